"""Saving elsewhere: the store fails, so the professional chooses a folder for a copy.

The dialog only asks for the folder (prefilled with a new one under the home folder); the app
runs the workflow (:mod:`quez.workflows.rescue`) and says where the copy went.
"""

from __future__ import annotations

from pathlib import Path
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Input, Static

from quez.sanitize import clean_text
from quez.tui.base import QuezModal, show_key
from quez.tui.widgets.keybar import KeyBar


class SaveElsewhereScreen(QuezModal[Path | None]):
    """Ask for a new or empty folder; Enter saves, Esc goes back."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.back")]

    def __init__(self, suggestion: Path) -> None:
        super().__init__()
        self.suggestion = suggestion

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="elsewhere-dialog"):
            yield Static(self.t("save.elsewhere.title"), classes="dialog-title", markup=False)
            yield Static(self.t("save.elsewhere.intro"), classes="dialog-text", markup=False)
            yield Static(self.t("save.elsewhere.folder"), classes="field-label", markup=False)
            yield Input(clean_text(str(self.suggestion)), id="elsewhere-folder")
            yield KeyBar(classes="dialog-keys")

    def on_mount(self) -> None:
        field = self.query_one("#elsewhere-folder", Input)
        show_key(field, "enter", "submit", self.t("save.key.elsewhere"))
        field.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        typed = event.value.strip()
        if typed:
            self.dismiss(Path(typed))

    def action_cancel(self) -> None:
        self.dismiss(None)
