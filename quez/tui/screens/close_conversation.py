"""Closing a conversation: ask first, and show the werkaantekeningen one last time.

Closing erases the werkaantekeningen (the professional's private notes). Before that happens
they are shown once more, read-only but selectable, so the professional can carry over by hand
what belongs in the dossier. They never go into the client's copy. Returns True to close.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static, TextArea

from quez.sanitize import clean_text
from quez.tui.base import QuezModal, show_key
from quez.tui.widgets.keybar import KeyBar


class CloseConversationScreen(QuezModal[bool]):
    """``j`` (``y`` in English) closes and erases; Esc or ``n`` keeps the conversation open.

    No Enter: erasing is never one reflex keystroke away from the end screen's Enter.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape,n", "answer(False)", "save.close.no", priority=True),
    ]

    def __init__(self, worknotes: str) -> None:
        super().__init__()
        self.worknotes = worknotes
        yes = "y" if self.t.lang == "en" else "j"
        show_key(self, yes, "answer(True)", self.t("save.close.yes"))

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="close-dialog"):
            yield Static(self.t("save.close.title"), classes="dialog-title", markup=False)
            if self.worknotes.strip():
                yield Static(self.t("save.close.intro"), classes="dialog-text", markup=False)
                yield TextArea(
                    clean_text(self.worknotes),
                    read_only=True,
                    soft_wrap=True,
                    show_line_numbers=False,
                    id="close-worknotes",
                )
            else:
                yield Static(self.t("save.close.none"), classes="dialog-text", markup=False)
            yield KeyBar(classes="dialog-keys")

    def action_answer(self, close: bool) -> None:
        self.dismiss(close)
