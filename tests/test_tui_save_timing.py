"""The autosave schedule as a pure object: debounce, maximum wait, retry (no Textual, no sleeps)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quez.tui.save_timing import DELAY, MAX_WAIT, RETRY, SaveTiming
from tests.save_support import ManualTime


def timing(
    delay: float = 0.3, max_wait: float = 0.6, retry: float = 2.0
) -> tuple[SaveTiming, ManualTime]:
    clock = ManualTime()
    return SaveTiming(delay, max_wait, retry, clock=clock), clock


def test_defaults_save_within_a_second_and_keep_a_debounce() -> None:
    assert 0 < DELAY < MAX_WAIT < 1.0  # room under the second for the write itself
    assert RETRY >= 1.0


def test_nothing_waits_until_something_changes() -> None:
    schedule, _ = timing()
    assert schedule.deadline() is None and schedule.due_in() is None and not schedule.waiting


def test_quiet_case_debounce_after_the_last_change() -> None:
    schedule, clock = timing()
    schedule.changed()
    clock.now += 0.1
    schedule.changed()
    assert schedule.due_in() == pytest.approx(0.3)  # 0.3 after the last key, not the first


def test_steady_typing_is_saved_by_the_maximum_wait() -> None:
    schedule, clock = timing()
    start = clock.now
    for _ in range(10):  # a key every 0.25 s: the debounce alone would never fire
        schedule.changed()
        clock.now += 0.25
    assert schedule.deadline() == pytest.approx(start + 0.6)
    assert schedule.due_in() == 0.0


def test_a_save_starts_a_new_window() -> None:
    schedule, clock = timing()
    schedule.changed()
    clock.now += 0.6
    schedule.started()
    assert not schedule.waiting and schedule.deadline() is None
    schedule.changed()
    assert schedule.due_in() == pytest.approx(0.3)


def test_after_a_failure_the_retry_waits_and_keeps_going() -> None:
    schedule, clock = timing()
    schedule.changed()
    schedule.started()
    schedule.failed()
    assert schedule.failing and schedule.waiting  # the saver kept the writes: they wait
    assert schedule.due_in() == pytest.approx(2.0)
    clock.now += 0.5
    schedule.changed()  # typing on does not make the retry sooner
    assert schedule.due_in() == pytest.approx(1.5)
    clock.now += 1.5
    schedule.started()
    schedule.failed()  # fails again: the next try is another 2 s away
    assert schedule.due_in() == pytest.approx(2.0)
    schedule.started()
    schedule.succeeded()
    assert not schedule.failing and not schedule.waiting


def test_negative_times_are_refused() -> None:
    with pytest.raises(ValueError):
        SaveTiming(-1, 0.6)


def simulate(gaps: list[float], delay: float, max_wait: float) -> list[tuple[float, float]]:
    """Drive the schedule like the app does: after every change, and whenever the deadline
    passes, a save takes what is pending. Returns (changed at, saved at) per change."""
    schedule, clock = timing(delay, max_wait)
    waiting: list[float] = []
    saved: list[tuple[float, float]] = []

    def run_due(until: float) -> None:
        while (due := schedule.deadline()) is not None and due <= until:
            clock.now = max(clock.now, due)
            schedule.started()
            saved.extend((t, clock.now) for t in waiting)
            waiting.clear()

    for gap in gaps:
        run_due(clock.now + gap)
        clock.now += gap
        schedule.changed()
        waiting.append(clock.now)
        run_due(clock.now)
    run_due(clock.now + 10 * max_wait)
    return saved


@given(
    st.lists(st.floats(min_value=0.0, max_value=3.0), min_size=1, max_size=60),
    st.floats(min_value=0.05, max_value=1.0),
    st.floats(min_value=0.05, max_value=1.0),
)
def test_every_change_is_saved_within_the_maximum_wait(
    gaps: list[float], delay: float, max_wait: float
) -> None:
    saved = simulate(gaps, delay, max_wait)
    assert len(saved) == len(gaps)  # nothing is left behind
    for changed, at in saved:
        assert changed <= at <= changed + max_wait + 1e-9
    last_change, last_save = saved[-1]
    assert last_save <= last_change + delay + 1e-9  # the quiet end: the debounce saves it
