"""Help: every key, the current screen's first. Esc (or ?) closes it."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.content import Content
from textual.screen import Screen
from textual.widgets import Static

from quez.tui.base import QuezModal
from quez.tui.keys import KEYMAP, SECTIONS
from quez.tui.widgets.keybar import KeyBar

_SCREEN_SECTION = {
    "TableScreen": "table",
    "CardScreen": "card",
    "ReadBackScreen": "readback",
    "EndScreen": "end",
}


class HelpScreen(QuezModal[None]):
    """Lists every key; shows what the professional can do now."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "tui.key.back"),
        Binding("question_mark", "close", show=False),
        Binding("f1", "close", show=False),
        Binding("q", "close", show=False),
    ]

    def __init__(self, under: Screen[object] | None = None) -> None:
        super().__init__()
        first = _SCREEN_SECTION.get(type(under).__name__) if under is not None else None
        self.sections = ([first] if first else []) + [s for s in SECTIONS if s != first]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="help-dialog"):
            yield Static(self.t("tui.help.title"), classes="dialog-title", markup=False)
            with VerticalScroll(id="help-body"):
                yield Static(self.t("tui.help.intro"), classes="dialog-text", markup=False)
                for section in self.sections:
                    yield Static(self._section(section), classes="help-section")
            yield KeyBar(classes="dialog-keys")

    def _section(self, section: str) -> Content:
        rows = [(self.t(k) if k.startswith("tui.") else k, label) for k, label in KEYMAP[section]]
        width = max(len(k) for k, _ in rows) + 2
        parts: list[Content | str | tuple[str, str]] = [(self.t(f"tui.help.s.{section}"), "bold")]
        for key, label in rows:
            parts += ["\n", (f"  {key}".ljust(width + 2), "bold"), self.t(label)]
        return Content.assemble(*parts)

    def action_close(self) -> None:
        self.dismiss(None)
