"""Small intervisie dialogs: the inbrenger's question, and help for the phase screen."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from quez.tui.base import QuezModal, plain
from quez.tui.screens.intervisie_base import TCSS
from quez.tui.widgets.keybar import KeyBar
from quez.tui.widgets.note_area import NoteArea


class QuestionDialog(QuezModal[str | None]):
    """Write or sharpen the inbrenger's question; Ctrl+S keeps it, Esc leaves it as it was."""

    CSS_PATH = TCSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "keep", "iv.tui.key.done"),
        Binding("escape", "cancel", "tui.key.back"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.t("iv.tui.question.title"), classes="dialog-title", markup=False)
            yield Static(self.t("iv.tui.question.intro"), classes="dialog-text", markup=False)
            yield NoteArea(self.question, id="iv-question-text")
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        area = self.query_one("#iv-question-text", NoteArea)
        area.move_cursor(area.document.end)
        area.focus()

    def action_keep(self) -> None:
        self.dismiss(self.query_one("#iv-question-text", NoteArea).text.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


class IntervisieHelpScreen(QuezModal[None]):
    """The method's steps, the keys of the phase screen, and why advice waits."""

    CSS_PATH = TCSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "tui.key.back"),
        Binding("f1", "close", show=False),
        Binding("question_mark", "close", show=False),
    ]

    def __init__(self, steps: list[str], keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.steps = steps
        self.keys = keys

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.t("iv.tui.help.title"), classes="dialog-title", markup=False)
            with VerticalScroll(id="iv-help-body"):
                yield Static(self.t("iv.tui.help.intro"), classes="dialog-text", markup=False)
                yield Static(plain("\n".join(self.steps)), classes="dialog-text")
                width = max((len(k) for k, _ in self.keys), default=0) + 2
                rows = "\n".join(f"{k.ljust(width)}{label}" for k, label in self.keys)
                yield Static(plain(rows), classes="dialog-text")
        yield KeyBar(id="keybar")

    def action_close(self) -> None:
        self.dismiss(None)
