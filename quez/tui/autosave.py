"""Autosave: debounced, with a maximum wait, flushed in a worker thread, retried after a failure.

Typing never waits for the disk. When to save is decided by a pure
:class:`~quez.tui.save_timing.SaveTiming` (debounce for the quiet case, a maximum wait while
typing goes on, a retry interval after a failure); this class turns its deadlines into app
timers and runs the flush in a worker. The :class:`~quez.store.saver.Saver` keeps writes
ordered, so a slow worker flush and a synchronous flush (on every move, on quit, on a signal)
cannot overtake each other. The app's ``save_state`` shows what happened: pending, saving,
saved or error.

A failing store is told once, in one calm line (not again on every retry), and once more when
saving works again; the text stays on screen and in the saver, and the tries go on.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Protocol

from textual.worker import Worker, WorkerState

from quez.store import StoreError
from quez.tui.save_timing import SaveTiming

if TYPE_CHECKING:
    from quez.store.saver import Saver
    from quez.tui.app import QuezApp

GROUP = "autosave"


class Stoppable(Protocol):
    """A started timer (Textual's :class:`~textual.timer.Timer` is one)."""

    def stop(self) -> None: ...


# Start a one-shot timer: (seconds, callback) -> the timer. The app's ``set_timer`` by default.
Timers = Callable[[float, Callable[[], None]], Stoppable]


class Autosave:
    """Owns the save timer and the flush worker for the app's current saver."""

    def __init__(
        self,
        app: QuezApp,
        saver: Callable[[], Saver | None],
        timing: SaveTiming,
        timers: Timers | None = None,
    ) -> None:
        self._app = app
        self._saver = saver
        self.timing = timing
        self.timers: Timers = timers or self._app_timer
        self._timer: Stoppable | None = None
        self._running = False  # a worker flush is under way
        self._told: str | None = None  # the failure already told (its i18n key)
        self.last_ok = True  # the last save that ran, worked

    def _app_timer(self, wait: float, callback: Callable[[], None]) -> Stoppable:
        return self._app.set_timer(wait, callback, name="autosave")

    # --- scheduling --------------------------------------------------------------------------
    def touch(self) -> None:
        """Something changed: the save follows by the debounce, or by the maximum wait."""
        if not self.timing.failing:
            self._app.save_state = "pending"
        self.timing.changed()
        self._arm()

    def _stop_timer(self) -> None:
        if self._timer is not None:
            self._timer.stop()
            self._timer = None

    def _arm(self) -> None:
        """(Re)start the timer for the next deadline; save at once when it has passed."""
        self._stop_timer()
        wait = self.timing.due_in()
        if wait is None or self._running:
            return  # nothing waits, or the running flush re-arms when it ends
        if wait <= 0:
            self._fire()
        else:
            self._timer = self.timers(wait, self._fire)

    def _fire(self) -> None:
        self._timer = None
        if self._running:
            return
        wait = self.timing.due_in()
        if wait is None:
            return
        if wait > 0:  # a timer that came early (or a re-arm): wait for the real deadline
            self._timer = self.timers(wait, self._fire)
            return
        saver = self._saver()
        self.timing.started()
        if saver is None or not saver.pending:
            return
        self._running = True
        self._app.save_state = "saving"
        self._app.run_worker(saver.flush, group=GROUP, thread=True, exit_on_error=False)

    def on_worker_state(self, worker: Worker[object]) -> None:
        """Called by the app for every worker state change; handles ours."""
        if worker.group != GROUP or worker.state not in (
            WorkerState.SUCCESS,
            WorkerState.ERROR,
            WorkerState.CANCELLED,
        ):
            return
        self._running = False
        if worker.state == WorkerState.SUCCESS:
            self._succeeded()
        elif worker.state == WorkerState.ERROR:
            self._failed(worker.error)
        self._arm()

    # --- outcomes ----------------------------------------------------------------------------
    def _succeeded(self) -> None:
        saver = self._saver()
        pending = saver is not None and saver.pending
        self.last_ok = True
        self.timing.succeeded()
        if self._told is not None and not pending:
            self._told = None
            self._app.say(self._app.t("save.recovered"))
        self._app.save_state = "pending" if pending else "saved"

    def _failed(self, error: BaseException | None) -> None:
        if not isinstance(error, StoreError):
            if error is not None:
                raise error  # not a store failure: a bug, for the crash handler
            return
        self.last_ok = False
        self.timing.failed()
        self._app.save_state = "error"
        if self._told != error.key:  # one calm line per kind of failure, not one per retry
            self._told = error.key
            reason = error.message(self._app.t)
            self._app.say(self._app.t("save.failed", reason=reason), error=True)

    def failed(self, error: StoreError) -> None:
        """A save outside the autosave failed (a move on a screen): tell once, retry later."""
        self._failed(error)
        self._arm()

    def flush_now(self, saver: Saver | None = None) -> bool:
        """Write everything now, on this thread (moves, quit, signals, crash); False if it failed.

        ``saver`` defaults to the app's current one; a screen that is leaving passes its own.
        """
        self._stop_timer()
        saver = saver if saver is not None else self._saver()
        if saver is None:
            return True
        self.timing.started()
        try:
            saver.flush()
        except StoreError as exc:
            self._failed(exc)
            self._arm()
            return False
        self._succeeded()
        return True
