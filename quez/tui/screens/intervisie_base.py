"""What the intervisie screens share: their context, their stylesheet, the app's autosave.

Keystrokes only reach the meeting's :class:`~quez.store.saver.Saver`; the app's
:class:`~quez.tui.autosave.Autosave` writes them half a second after the last one (it finds the
meeting on the screen stack, so a crash flushes it too). Every move, leaving a screen and
quitting flush at once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from quez.decks import DeckSet
from quez.decks.model import Deck
from quez.intervisie.catalog import MethodSet, discover_methods
from quez.intervisie.meeting import Meeting
from quez.tui.base import QuezScreen

if TYPE_CHECKING:
    from quez.tui.app import QuezApp

TCSS = str(Path(__file__).resolve().parent.parent / "intervisie.tcss")
ResultT = TypeVar("ResultT")
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


class IvScreen(QuezScreen[ResultT]):
    """A screen of the intervisie flow.

    When a dialog closes the focus goes back to where it was, and *nowhere* when nothing had
    it (key mode): Textual's auto-focus would otherwise put it in the first field, and the next
    command key would become text.
    """

    CSS_PATH = TCSS
    AUTO_FOCUS = ""

    def __init__(self, ctx: IvContext) -> None:
        super().__init__()
        self.ctx = ctx

    @property
    def meeting(self) -> Meeting | None:
        """The meeting this screen works on (None before it exists)."""
        return None

    # -- autosave: the app's one mechanism (it finds this screen's meeting) ----------------
    def touched(self) -> None:
        """A note changed: save it shortly."""
        self.qapp.autosave.touch()

    def save_now(self) -> bool:
        """Write everything now, on this thread; False (and a message) when the store refused."""
        meeting = self.meeting
        return True if meeting is None else self.qapp.autosave.flush_now(meeting.saver)

    def on_unmount(self) -> None:
        # Quitting (Ctrl+Q) or leaving: nothing typed may be lost.
        meeting = self.meeting
        if meeting is not None and meeting.saver.pending:
            self.save_now()
