"""The Textual application (a minimal placeholder until the kitchen-table screens land)."""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import Footer, Static

from quez.decks import DeckSet
from quez.i18n import Translator


class QuezApp(App[None]):
    """QueZ in the terminal."""

    BINDINGS = [("q", "quit", "Quit")]

    def __init__(self, *, t: Translator, decks: DeckSet) -> None:
        super().__init__()
        self.t = t
        self.decks = decks

    def compose(self) -> ComposeResult:
        names = ", ".join(d.id for d in self.decks.decks)
        yield Static(f"QueZ: {names}", markup=False)
        yield Footer()
