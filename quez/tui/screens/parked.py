"""Cards kept for later ("l" on the card): the client asks for one, and it comes back."""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import OptionList, Static

from quez.tui.base import show_key
from quez.tui.screens.history import HistoryScreen
from quez.tui.widgets.keybar import KeyBar


class ParkedScreen(HistoryScreen):
    """The parked cards, oldest first; returns the chosen entry id (or None).

    The rows read like the history's (theme, question, marks); which cards are parked is the
    core's answer (:meth:`quez.conversation.Conversation.parked`).
    """

    def compose(self) -> ComposeResult:
        parked = self.conv.parked()
        with Vertical(classes="dialog", id="parked-dialog"):
            yield Static(self.t("table.parked.title"), classes="dialog-title", markup=False)
            if not parked:
                yield Static(self.t("table.parked.empty"), classes="dialog-text", markup=False)
            else:
                yield OptionList(*[self._option(e) for e in parked], id="parked-list")
                yield Static(self.t("table.parked.hint"), classes="dialog-hint", markup=False)
            yield KeyBar(classes="dialog-keys")

    def on_mount(self) -> None:
        if not self.query("#parked-list"):
            return
        menu = self.query_one("#parked-list", OptionList)
        show_key(menu, "enter", "select", self.t("tui.key.go_to_card"))
        menu.highlighted = 0
        menu.focus()
