"""The question before agreeing to everything at once: "Alle N aantekeningen … in uw kopie?"."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from quez.tui.base import QuezModal
from quez.tui.widgets.keybar import KeyBar


class AgreeAllScreen(QuezModal[bool]):
    """Asks the client once more; returns True only for an explicit yes (Enter or j/y)."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "answer(True)", "readback.agree.yes"),
        Binding("escape", "answer(False)", "readback.agree.back"),
        Binding("j", "answer(True)", show=False),
        Binding("y", "answer(True)", show=False),
        Binding("n", "answer(False)", show=False),
    ]

    def __init__(self, count: int) -> None:
        super().__init__()
        self.count = count

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="agree-dialog"):
            key = "readback.agree.question" if self.count > 1 else "readback.agree.question_one"
            question = self.t(key, count=self.count)
            yield Static(question, classes="dialog-title", id="agree-question", markup=False)
            yield Static(self.t("readback.agree.detail"), classes="dialog-text", markup=False)
            yield KeyBar(classes="dialog-keys")

    def action_answer(self, yes: bool) -> None:
        self.dismiss(yes)
