"""Debounced autosave: a keystroke restarts a short timer; the timer flushes in a worker thread.

Typing never waits for the disk. The :class:`~quez.store.saver.Saver` keeps writes ordered, so
a slow worker flush and a synchronous flush (on every move and on quit) cannot overtake each
other. The app's ``save_state`` shows what happened: pending, saving, saved or error.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from textual.timer import Timer
from textual.worker import Worker, WorkerState

from quez.store import StoreError

if TYPE_CHECKING:
    from quez.store.saver import Saver
    from quez.tui.app import QuezApp

GROUP = "autosave"


class Autosave:
    """Owns the debounce timer and the flush worker for the app's current saver."""

    def __init__(self, app: QuezApp, saver: Callable[[], Saver | None], delay: float) -> None:
        self._app = app
        self._saver = saver
        self.delay = delay
        self._timer: Timer | None = None

    def touch(self) -> None:
        """Something changed: (re)start the timer; the save follows ``delay`` after the last key."""
        self._app.save_state = "pending"
        if self._timer is not None:
            self._timer.stop()
        self._timer = self._app.set_timer(self.delay, self._fire, name="autosave")

    def _fire(self) -> None:
        self._timer = None
        saver = self._saver()
        if saver is None or not saver.pending:
            return
        self._app.save_state = "saving"
        self._app.run_worker(saver.flush, group=GROUP, thread=True, exit_on_error=False)

    def on_worker_state(self, worker: Worker[object]) -> None:
        """Called by the app for every worker state change; handles ours."""
        if worker.group != GROUP:
            return
        saver = self._saver()
        if worker.state == WorkerState.SUCCESS:
            self._app.save_state = "pending" if saver and saver.pending else "saved"
        elif worker.state == WorkerState.ERROR:
            self._report(worker.error)
            self.touch_later()

    def touch_later(self) -> None:
        """Retry a failed save a little later (the saver kept the failed writes)."""
        if self._timer is None:
            self._timer = self._app.set_timer(max(self.delay, 2.0), self._fire, name="autosave")
        self._app.save_state = "error"

    def _report(self, error: BaseException | None) -> None:
        if isinstance(error, StoreError):
            reason = error.message(self._app.t)
            self._app.say(self._app.t("tui.save.failed", reason=reason), error=True)
        elif error is not None:
            raise error

    def flush_now(self, saver: Saver | None = None) -> bool:
        """Write everything now, on this thread (moves, quit, crash); False if it failed.

        ``saver`` defaults to the app's current one; a screen that is leaving passes its own.
        """
        if self._timer is not None:
            self._timer.stop()
            self._timer = None
        saver = saver if saver is not None else self._saver()
        if saver is None:
            return True
        try:
            saver.flush()
        except StoreError as exc:
            self._report(exc)
            self.touch_later()
            return False
        self._app.save_state = "saved"
        return True
