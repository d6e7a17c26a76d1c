"""What the intervisie screens share: their stylesheet and a debounced autosave.

Keystrokes only reach the meeting's :class:`~quez.conversation.saver.Saver`; half a second after
the last one a worker thread writes them. Every move, leaving a screen and quitting flush at once.
"""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

from textual.timer import Timer
from textual.worker import Worker, WorkerState

from quez.intervisie.meeting import Meeting
from quez.store import StoreError
from quez.tui.base import QuezScreen
from quez.tui.screens.intervisie_entry import IvContext

TCSS = str(Path(__file__).resolve().parent.parent / "intervisie.tcss")
GROUP = "iv-autosave"
ResultT = TypeVar("ResultT")


class IvScreen(QuezScreen[ResultT]):
    """A screen of the intervisie flow."""

    CSS_PATH = TCSS

    def __init__(self, ctx: IvContext) -> None:
        super().__init__()
        self.ctx = ctx
        self._save_timer: Timer | None = None

    @property
    def meeting(self) -> Meeting | None:
        """The meeting this screen works on (None before it exists)."""
        return None

    # -- autosave ------------------------------------------------------------------------
    def touched(self) -> None:
        """A note changed: save it shortly."""
        self.qapp.save_state = "pending"
        if self._save_timer is not None:
            self._save_timer.stop()
        delay = self.qapp.autosave.delay  # the app's setting (short in tests)
        self._save_timer = self.set_timer(delay, self._autosave, name=GROUP)

    def _autosave(self) -> None:
        self._save_timer = None
        meeting = self.meeting
        if meeting is None or not meeting.saver.pending:
            return
        self.qapp.save_state = "saving"
        self.run_worker(meeting.flush, group=GROUP, thread=True, exit_on_error=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if worker.group != GROUP:
            return
        event.stop()
        if worker.state == WorkerState.SUCCESS:
            self.qapp.save_state = "saved"
        elif worker.state == WorkerState.ERROR:
            self._failed(worker.error)

    def _failed(self, error: BaseException | None) -> None:
        if not isinstance(error, StoreError):
            if error is not None:
                raise error
            return
        self.qapp.save_state = "error"
        self.qapp.say(self.t("tui.save.failed", reason=error.message(self.t)), error=True)
        if self._save_timer is None:
            self._save_timer = self.set_timer(2.0, self._autosave, name=GROUP)

    def save_now(self) -> bool:
        """Write everything now, on this thread; False (and a message) when the store refused."""
        if self._save_timer is not None:
            self._save_timer.stop()
            self._save_timer = None
        meeting = self.meeting
        if meeting is None:
            return True
        try:
            meeting.flush()
        except StoreError as exc:
            self._failed(exc)
            return False
        self.qapp.save_state = "saved"
        return True

    def on_unmount(self) -> None:
        # Quitting (Ctrl+Q) or leaving: nothing typed may be lost.
        meeting = self.meeting
        if meeting is not None and meeting.saver.pending:
            self.save_now()
