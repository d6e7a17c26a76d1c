"""The seam between the start screen (or ``quez intervisie``) and the intervisie screens.

``make_intervisie_screen(app)`` returns the first intervisie screen; the start screen pushes it.
``run_intervisie`` runs the whole app with that screen already open.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from quez.decks.model import Deck
from quez.i18n import Translator
from quez.intervisie.catalog import MethodSet, discover_methods
from quez.paths import Paths

if TYPE_CHECKING:
    from textual.screen import Screen

    from quez.decks import DeckSet
    from quez.tui.app import QuezApp

REFLECTION_DECK = "intervisie"


@dataclass
class IvContext:
    """What every intervisie screen needs besides the app: methods, cards, a seconds clock."""

    methods: MethodSet
    deck: Deck | None  # the reflection cards
    seconds: Callable[[], float]  # for phase timers: derived from the app's injected clock


def reflection_deck(decks: DeckSet) -> Deck | None:
    """The intervisie deck (by id, else the first deck of kind intervisie)."""
    deck = decks.get(REFLECTION_DECK)
    if deck is not None and deck.kind == "intervisie":
        return deck
    return next((d for d in decks.decks if d.kind == "intervisie"), None)


def make_context(app: QuezApp) -> IvContext:
    """Load methods and pick the reflection deck for ``app``."""
    clock: Callable[[], datetime] = app.clock
    return IvContext(
        methods=discover_methods(app.paths),
        deck=reflection_deck(app.decks),
        seconds=lambda: clock().timestamp(),
    )


def make_intervisie_screen(app: QuezApp) -> Screen[None]:
    """The first intervisie screen: choose a method or continue a meeting."""
    from quez.tui.screens.intervisie_home import IntervisieHomeScreen

    return IntervisieHomeScreen(make_context(app))


def run_intervisie(t: Translator, paths: Paths, extra_decks: list[Path]) -> int:
    """``quez intervisie``: the app with the intervisie screen on top of the start screen.

    Built and run by :func:`quez.tui.launch.run_tui` (so an encrypted store is unlocked first);
    the intervisie screen opens once the start screen is up, so Esc leads back to it.
    """
    from quez.tui.launch import run_tui

    def open_intervisie(app: QuezApp) -> None:
        app.push_screen(make_intervisie_screen(app))

    return run_tui(t, paths, extra_decks, then=open_intervisie)
