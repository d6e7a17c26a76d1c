"""A small "opgeslagen" / "opslaan…" indicator that follows the app's autosave state."""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from textual.widgets import Static

if TYPE_CHECKING:
    from quez.tui.app import QuezApp

_KEYS = {
    "idle": "tui.save.saved",
    "pending": "tui.save.saving",
    "saving": "tui.save.saving",
    "saved": "tui.save.saved",
    "error": "tui.save.error",
}


class SaveStatus(Static):
    """Shows the last autosave state in words (never by colour alone)."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__("", markup=False, id=id)

    def on_mount(self) -> None:
        app = cast("QuezApp", self.app)
        self.watch(app, "save_state", self._show, init=True)

    def _show(self, state: str) -> None:
        app = cast("QuezApp", self.app)
        self.update(app.t(_KEYS.get(state, "tui.save.saved")))
        self.set_class(state == "error", "-error")
