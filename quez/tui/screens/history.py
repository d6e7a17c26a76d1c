"""Earlier cards: every card that came up, to return to it and its note."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quez.decks.model import CLOSING, OPENING
from quez.store import Entry
from quez.tui.base import QuezModal, plain, show_key
from quez.tui.widgets.keybar import KeyBar


class HistoryScreen(QuezModal[int | None]):
    """Returns the chosen entry id (or None)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.back")]

    def compose(self) -> ComposeResult:
        entries = self.conv.entries
        with Vertical(classes="dialog", id="history-dialog"):
            yield Static(self.t("tui.history.title"), classes="dialog-title", markup=False)
            if not entries:
                yield Static(self.t("tui.history.empty"), classes="dialog-text", markup=False)
            else:
                yield OptionList(*[self._option(e) for e in entries], id="history-list")
                yield Static(self.t("tui.history.hint"), classes="dialog-hint", markup=False)
            yield KeyBar(classes="dialog-keys")

    def where(self, entry: Entry) -> str:
        """The theme title, or "Opening"/"Closing" for general cards."""
        conv = self.conv
        if entry.theme_id:
            return conv.theme_title(entry.theme_id)
        if conv.is_tagged(entry, OPENING):
            return self.t("tui.card.opening")
        if conv.is_tagged(entry, CLOSING):
            return self.t("tui.card.closing")
        return self.t("tui.card.general")

    def _option(self, entry: Entry) -> Option:
        marks = []
        if entry.important:
            marks.append(self.t("tui.card.important"))
        if entry.state != "active":
            marks.append(self.t(f"tui.card.state.{entry.state}"))
        if entry.note.strip():
            marks.append(self.t("tui.history.has_note"))
        tail = f"  ({', '.join(marks)})" if marks else ""
        text = f"{entry.seq}. {self.where(entry)}: {self.conv.question(entry)}{tail}"
        return Option(plain(text), id=str(entry.id))

    def on_mount(self) -> None:
        current = self.conv.current
        if current is None or not self.query("#history-list"):
            return
        menu = self.query_one("#history-list", OptionList)
        show_key(menu, "enter", "select", self.t("tui.key.go_to_card"))
        ids = [e.id for e in self.conv.entries]
        if current.id in ids:
            menu.highlighted = ids.index(current.id)
        menu.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(int(event.option.id or 0))

    def action_cancel(self) -> None:
        self.dismiss(None)
