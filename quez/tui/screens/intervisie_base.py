"""What the intervisie screens share: their stylesheet and the app's debounced autosave.

Keystrokes only reach the meeting's :class:`~quez.store.saver.Saver`; the app's
:class:`~quez.tui.autosave.Autosave` writes them half a second after the last one (it finds the
meeting on the screen stack, so a crash flushes it too). Every move, leaving a screen and
quitting flush at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from quez.intervisie.meeting import Meeting
from quez.tui.base import QuezScreen
from quez.tui.screens.intervisie_entry import IvContext

TCSS = str(Path(__file__).resolve().parent.parent / "intervisie.tcss")
ResultT = TypeVar("ResultT")


class IvScreen(QuezScreen[ResultT]):
    """A screen of the intervisie flow."""

    CSS_PATH = TCSS

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
