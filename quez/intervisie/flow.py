"""A running intervisie meeting as a pure state machine: phases, a countdown, the advice lock.

The clock is injected (monotonic seconds), so tests drive time by hand and a resumed meeting
continues where it was: a phase's elapsed time is saved, not wall-clock moments. At zero the
timer *signals* once; it only moves on by itself when the group turned ``auto_advance`` on.

``index`` always points into ``method.phases``. Optional steps the group did not choose are
stepped over (``run``: the indexes that run, in order); ``step`` and ``steps`` count only those.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Collection, Mapping, Sequence
from typing import Any

from quez.intervisie.methods import Method, Phase

Clock = Callable[[], float]
EXTRA_SECONDS = 120  # "+2 min"
MIN_MINUTES, MAX_MINUTES = 1, 120


class Signal(enum.Enum):
    """What :meth:`MeetingFlow.tick` noticed."""

    NONE = "none"
    EXPIRED = "expired"  # the countdown reached zero (reported once per phase and extension)
    ADVANCED = "advanced"  # auto-advance moved to the next phase
    FINISHED = "finished"  # auto-advance left the last phase


class AdviceLockedError(Exception):
    """Advice was offered before the method's advice phase."""

    key = "iv.advice_locked"

    def __init__(self) -> None:
        super().__init__("advice is locked until the advice phase")


class MeetingFlow:
    """Where a meeting is: the phase, its countdown, and what may be written now."""

    def __init__(
        self,
        method: Method,
        *,
        clock: Clock,
        minutes: Sequence[int] | None = None,
        auto_advance: bool = False,
        optional: Collection[str] = (),
    ) -> None:
        self.method = method
        self.clock = clock
        self.minutes = [p.minutes for p in method.phases] if minutes is None else list(minutes)
        if len(self.minutes) != len(method.phases):
            raise ValueError("one duration per phase is needed")
        self.minutes = [min(max(m, MIN_MINUTES), MAX_MINUTES) for m in self.minutes]
        self.auto_advance = auto_advance
        self.run = method.run_order(optional)  # indexes of the phases that run
        self.index = self.run[0] if self.run else len(method.phases)
        self._elapsed = 0.0  # seconds run in this phase before the current run started
        self._running_since: float | None = clock()
        self._extra = 0.0  # seconds added with +2 min in this phase
        self._signalled = False

    # -- where we are --------------------------------------------------------------------
    @property
    def finished(self) -> bool:
        """True once the last phase is done (the closing round comes next)."""
        return self.index >= len(self.method.phases)

    @property
    def phase(self) -> Phase:
        """The current phase (the last one once finished)."""
        return self.method.phases[min(self.index, len(self.method.phases) - 1)]

    @property
    def is_last(self) -> bool:
        """True in the last phase that runs."""
        return bool(self.run) and self.index == self.run[-1]

    @property
    def step(self) -> int:
        """The current phase's 1-based number among the phases that run (after the last: all)."""
        return self.run.index(self.index) + 1 if self.index in self.run else len(self.run)

    @property
    def steps(self) -> int:
        """How many phases run in this meeting."""
        return len(self.run)

    def runs(self, index: int) -> bool:
        """Does the phase at ``index`` run in this meeting (an optional one only when chosen)?"""
        return index in self.run

    @property
    def asking(self) -> bool:
        """May anyone ask questions now? False in listening, writing and decision steps."""
        return not self.finished and self.phase.questions

    @property
    def card_tags(self) -> tuple[str, ...]:
        """Reflection-card tags that fit the current phase (none where nobody asks)."""
        return self.phase.tags if self.asking else ()

    # -- the countdown -------------------------------------------------------------------
    @property
    def paused(self) -> bool:
        """True while the countdown stands still."""
        return self._running_since is None

    @property
    def duration(self) -> float:
        """This phase's length in seconds, including any +2 min."""
        return self.minutes[min(self.index, len(self.minutes) - 1)] * 60 + self._extra

    def elapsed(self) -> float:
        """Seconds this phase has been running."""
        running = 0.0 if self._running_since is None else self.clock() - self._running_since
        return self._elapsed + max(running, 0.0)

    def remaining(self) -> float:
        """Seconds left (never below zero)."""
        return max(self.duration - self.elapsed(), 0.0)

    def overtime(self) -> float:
        """Seconds past zero."""
        return max(self.elapsed() - self.duration, 0.0)

    @property
    def expired(self) -> bool:
        """True when the countdown is at zero."""
        return not self.finished and self.remaining() <= 0

    def pause(self) -> None:
        """Stop the countdown."""
        if self._running_since is not None:
            self._elapsed = self.elapsed()
            self._running_since = None

    def resume(self) -> None:
        """Let the countdown run again."""
        if self._running_since is None and not self.finished:
            self._running_since = self.clock()

    def toggle_pause(self) -> bool:
        """Pause or resume; returns the new ``paused`` state."""
        if self.paused:
            self.resume()
        else:
            self.pause()
        return self.paused

    def add_time(self, seconds: float = EXTRA_SECONDS) -> None:
        """Give this phase more time (+2 min); a new zero will signal again."""
        if self.finished:
            return
        if self.expired:
            # Extend from now, not from the original end: +2 min after zero means 2 minutes left.
            self._extra += self.elapsed() - self.duration
        self._extra += seconds
        self._signalled = False

    def tick(self) -> Signal:
        """Call regularly (the TUI does, about once a second); reports a zero once."""
        if self.finished or self._signalled or not self.expired:
            return Signal.NONE
        self._signalled = True
        if self.auto_advance:
            self.next_phase()
            return Signal.FINISHED if self.finished else Signal.ADVANCED
        return Signal.EXPIRED

    # -- moving on -----------------------------------------------------------------------
    def next_phase(self) -> None:
        """Skip to the next phase that runs (after the last: finished); its countdown starts."""
        if self.finished:
            return
        later = [i for i in self.run if i > self.index]
        self._go(later[0] if later else len(self.method.phases))

    def previous_phase(self) -> None:
        """Go back to the previous phase that runs, with a fresh countdown."""
        earlier = [i for i in self.run if i < self.index]
        if earlier:
            self._go(earlier[-1])

    def last_phase(self) -> None:
        """Back from the end to the last phase that runs (a fresh countdown)."""
        if self.run:
            self._go(self.run[-1])

    def _go(self, index: int) -> None:
        # A new step starts its own countdown, even after a pause in the step before.
        self.index = index
        self._elapsed, self._extra, self._signalled = 0.0, 0.0, False
        self._running_since = None if self.finished else self.clock()

    # -- the advice lock -----------------------------------------------------------------
    @property
    def advice_open(self) -> bool:
        """True from the method's first advice phase on."""
        return self.index >= self.method.advice_from

    def allows(self, note_kind: str) -> bool:
        """May a note of this kind be written now? Advice only once the lock is open."""
        return note_kind != "advice" or self.advice_open

    def require(self, note_kind: str) -> None:
        """Raise :class:`AdviceLockedError` when :meth:`allows` says no."""
        if not self.allows(note_kind):
            raise AdviceLockedError()

    # -- saving and resuming -------------------------------------------------------------
    def snapshot(self) -> dict[str, Any]:
        """JSON-ready state for ``session.position``; no wall-clock times."""
        return {
            "index": self.index,
            "elapsed": round(self.elapsed(), 1),
            "extra": self._extra,
            "paused": self.paused,
            "signalled": self._signalled,
        }

    def restore(self, state: Mapping[str, Any]) -> None:
        """Continue from :meth:`snapshot` (unknown or broken values fall back to a fresh start)."""
        index = state.get("index", 0)
        valid = isinstance(index, int) and 0 <= index <= len(self.minutes)
        self.index = index if valid else (self.run[0] if self.run else 0)
        if not self.finished and self.index not in self.run:
            # A step that no longer runs (its method changed): continue at the next one that does.
            later = [i for i in self.run if i > self.index]
            self.index = later[0] if later else len(self.minutes)
        self._elapsed = _number(state.get("elapsed"))
        self._extra = _number(state.get("extra"))
        self._signalled = state.get("signalled") is True
        paused = state.get("paused") is True or self.finished
        self._running_since = None if paused else self.clock()


def _number(value: object) -> float:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and 0 <= value < 86400:
        return float(value)
    return 0.0
