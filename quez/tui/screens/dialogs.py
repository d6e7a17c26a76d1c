"""Small dialogs: a notice to read and close."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from quez.tui.base import QuezModal, plain
from quez.tui.widgets.keybar import KeyBar


class NoticeScreen(QuezModal[None]):
    """A short message; Enter or Esc closes it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "tui.key.back"),
        Binding("enter", "close", "tui.key.ok"),
    ]

    def __init__(self, message: str) -> None:
        super().__init__()
        self.message = message

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(plain(self.message), classes="dialog-text")
            yield KeyBar(classes="dialog-keys")

    def action_close(self) -> None:
        self.dismiss(None)
