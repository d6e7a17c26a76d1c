"""A hand-moved clock with timers, for autosave tests without sleeps.

``ManualTime`` is both the clock (call it) and the timer factory (``start``) of the app's
:class:`~quez.tui.autosave.Autosave`: nothing fires until the test moves time with
:meth:`ManualTime.advance`, and then exactly the timers that are due fire, in order.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from quez.tui.app import QuezApp
from quez.tui.save_timing import SaveTiming


@dataclass
class ManualTimer:
    """One started timer."""

    due: float
    callback: Callable[[], None]
    stopped: bool = False

    def stop(self) -> None:
        self.stopped = True


@dataclass
class ManualTime:
    """A clock in seconds that only the test moves, and the timers waiting on it."""

    now: float = 1000.0
    timers: list[ManualTimer] = field(default_factory=list)

    def __call__(self) -> float:
        return self.now

    def start(self, wait: float, callback: Callable[[], None]) -> ManualTimer:
        timer = ManualTimer(self.now + wait, callback)
        self.timers.append(timer)
        return timer

    def advance(self, seconds: float) -> None:
        """Move the clock, firing every timer that comes due on the way (in due order)."""
        end = self.now + seconds
        while True:
            live = [t for t in self.timers if not t.stopped and t.due <= end]
            if not live:
                break
            first = min(live, key=lambda t: t.due)
            first.stopped = True
            self.now = max(self.now, first.due)
            first.callback()
        self.now = end
        self.timers = [t for t in self.timers if not t.stopped]


def manual_autosave(app: QuezApp, *, delay: float = 0.3, max_wait: float = 0.6) -> ManualTime:
    """Drive the app's autosave by hand: its clock and its timers become a ManualTime."""
    time = ManualTime()
    app.autosave.timing = SaveTiming(delay, max_wait, app.autosave.timing.retry, clock=time)
    app.autosave.timers = time.start
    return time
