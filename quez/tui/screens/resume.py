"""Continue an open conversation: a list of open conversations, newest first."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quez.store import SessionSummary
from quez.tui.base import QuezModal, plain, show_key
from quez.tui.widgets.keybar import KeyBar


class ResumeScreen(QuezModal[str | None]):
    """Returns the chosen session id (or None)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.back")]

    def compose(self) -> ComposeResult:
        found = self.guard(lambda: self.qapp.store.list_sessions(status="open", kind="client"))
        with Vertical(classes="dialog", id="resume-dialog"):
            yield Static(self.t("tui.resume.title"), classes="dialog-title", markup=False)
            if not found:
                yield Static(self.t("tui.resume.empty"), classes="dialog-text", markup=False)
            else:
                yield OptionList(*[self._option(s) for s in found], id="resume-list")
            yield KeyBar(classes="dialog-keys")

    def on_mount(self) -> None:
        for menu in self.query("#resume-list").results(OptionList):
            show_key(menu, "enter", "select", self.t("tui.key.continue"))

    def _option(self, summary: SessionSummary) -> Option:
        session = summary.session
        deck = self.qapp.decks.get(session.deck_id)
        deck_title = deck.title.get(deck.text_language(self.t.lang)) if deck else session.deck_id
        when = session.updated_at.astimezone().strftime("%d-%m-%Y %H:%M")
        text = self.t(
            "tui.resume.row",
            name=session.label or self.t("tui.resume.unnamed"),
            date=when,
            cards=summary.entry_count,
            deck=deck_title,
        )
        return Option(plain(text), id=session.id)

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.dismiss(event.option.id)

    def action_cancel(self) -> None:
        self.dismiss(None)
