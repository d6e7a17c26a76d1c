"""When the next autosave is due: a small pure object with an injected clock (no Textual).

Three rules decide it:

- **debounce** (the quiet case): ``delay`` after the last change, so a pause in typing is
  saved at once without writing on every key;
- **maximum wait** (steady typing): never more than ``max_wait`` after the first change that
  is not being saved yet, so text typed on and on is still saved at least once a second;
- **retry**: after a failed save, the next try comes ``retry`` after the failure (keys typed in
  the meantime do not make it sooner), and the tries go on until one succeeds.

:class:`quez.tui.autosave.Autosave` drives it with the app's timers; the tests drive it with a
hand-moved clock.
"""

from __future__ import annotations

import time
from collections.abc import Callable

Clock = Callable[[], float]

DELAY = 0.3  # seconds after the last key
MAX_WAIT = 0.6  # seconds after the first unsaved key, whatever happens (leaves room under 1 s)
RETRY = 2.0  # seconds after a failed save


class SaveTiming:
    """The autosave schedule; every method reads the injected clock (seconds, monotonic)."""

    def __init__(
        self,
        delay: float = DELAY,
        max_wait: float = MAX_WAIT,
        retry: float = RETRY,
        *,
        clock: Clock = time.monotonic,
    ) -> None:
        if delay < 0 or max_wait < 0 or retry < 0:
            raise ValueError("autosave times cannot be negative")
        self.delay = delay
        self.max_wait = max_wait
        self.retry = retry
        self.clock = clock
        self._first: float | None = None  # first change not yet handed to a save
        self._last: float | None = None  # last such change
        self._failed_at: float | None = None  # set while saving fails

    @property
    def waiting(self) -> bool:
        """True while changes wait for a save (or for the retry of a failed one)."""
        return self._first is not None

    @property
    def failing(self) -> bool:
        """True from a failed save until a save succeeds."""
        return self._failed_at is not None

    def changed(self) -> None:
        """Something changed now."""
        now = self.clock()
        if self._first is None:
            self._first = now
        self._last = now

    def deadline(self) -> float | None:
        """The clock time the next save is due, or None when nothing waits."""
        if self._first is None or self._last is None:
            return None
        due = min(self._last + self.delay, self._first + self.max_wait)
        if self._failed_at is not None:
            due = max(due, self._failed_at + self.retry)
        return due

    def due_in(self) -> float | None:
        """Seconds until the next save is due (0.0: now), or None when nothing waits."""
        due = self.deadline()
        return None if due is None else max(0.0, due - self.clock())

    def started(self) -> None:
        """A save took everything pending; changes from now on wait for the next one."""
        self._first = self._last = None

    def succeeded(self) -> None:
        """The save worked: retrying is over."""
        self._failed_at = None

    def failed(self) -> None:
        """The save failed (the saver kept the writes): try again ``retry`` from now."""
        now = self.clock()
        self._failed_at = now
        if self._first is None:
            self._first = self._last = now
