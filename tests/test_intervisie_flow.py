"""The meeting state machine with a fake clock: timer, pause, +2 min, skip, expiry, advice lock."""

from __future__ import annotations

import pytest

from quez.intervisie.flow import AdviceLockedError, MeetingFlow, Signal
from quez.intervisie.methods import Method, load_method
from quez.paths import shipped_methods_dir


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def method() -> Method:
    return load_method(shipped_methods_dir() / "incidentmethode.yaml")


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_countdown_and_single_expiry_signal(method: Method, clock: FakeClock) -> None:
    flow = MeetingFlow(method, clock=clock)
    assert flow.phase.id == "incident" and flow.remaining() == 180
    clock.advance(60)
    assert flow.remaining() == 120 and flow.tick() is Signal.NONE
    clock.advance(120)
    assert flow.expired and flow.remaining() == 0
    assert flow.tick() is Signal.EXPIRED
    assert flow.tick() is Signal.NONE  # once
    clock.advance(30)
    assert flow.overtime() == 30 and flow.phase.id == "incident"  # no auto-advance


def test_pause_stops_the_clock(method: Method, clock: FakeClock) -> None:
    flow = MeetingFlow(method, clock=clock)
    clock.advance(10)
    assert flow.toggle_pause() is True
    clock.advance(500)
    assert flow.remaining() == 170 and flow.tick() is Signal.NONE
    assert flow.toggle_pause() is False
    clock.advance(20)
    assert flow.remaining() == 150


def test_plus_two_minutes_before_and_after_zero(method: Method, clock: FakeClock) -> None:
    flow = MeetingFlow(method, clock=clock)
    flow.add_time()
    assert flow.remaining() == 300
    clock.advance(330)
    assert flow.tick() is Signal.EXPIRED
    flow.add_time()  # after zero: two minutes from now
    assert flow.remaining() == 120 and not flow.expired
    clock.advance(120)
    assert flow.tick() is Signal.EXPIRED  # a new zero signals again


def test_skip_and_back(method: Method, clock: FakeClock) -> None:
    flow = MeetingFlow(method, clock=clock, minutes=[1, 2, 3, 4, 5, 6])
    clock.advance(30)
    flow.next_phase()
    assert flow.phase.id == "stil" and flow.remaining() == 120
    flow.pause()
    flow.next_phase()
    assert not flow.paused and flow.remaining() == 180  # a new step's clock runs
    flow.previous_phase()
    assert flow.phase.id == "stil" and flow.remaining() == 120
    for _ in range(10):
        flow.next_phase()
    assert flow.finished and not flow.expired and flow.card_tags == ()
    assert flow.tick() is Signal.NONE


def test_auto_advance_only_when_enabled(method: Method, clock: FakeClock) -> None:
    flow = MeetingFlow(method, clock=clock, minutes=[1] * 6, auto_advance=True)
    clock.advance(61)
    assert flow.tick() is Signal.ADVANCED and flow.index == 1
    assert flow.remaining() == 60
    for _ in range(4):
        clock.advance(60)
        assert flow.tick() is Signal.ADVANCED
    clock.advance(60)
    assert flow.tick() is Signal.FINISHED and flow.finished


def test_durations_are_clamped_and_checked(method: Method, clock: FakeClock) -> None:
    flow = MeetingFlow(method, clock=clock, minutes=[0, 500, 3, 3, 3, 3])
    assert flow.minutes[:2] == [1, 120]
    with pytest.raises(ValueError):
        MeetingFlow(method, clock=clock, minutes=[3])


def test_advice_lock(method: Method, clock: FakeClock) -> None:
    flow = MeetingFlow(method, clock=clock)
    for _ in range(method.advice_from):
        assert not flow.advice_open
        assert not flow.allows("advice")
        assert flow.allows("question") and flow.allows("note")
        with pytest.raises(AdviceLockedError) as info:
            flow.require("advice")
        assert info.value.key == "iv.advice_locked"
        flow.next_phase()
    assert flow.phase.id == "advies" and flow.allows("advice")
    flow.require("advice")
    flow.next_phase()
    assert flow.allows("advice")  # stays open after the advice phase


def test_card_tags_follow_the_phase(method: Method, clock: FakeClock) -> None:
    flow = MeetingFlow(method, clock=clock)
    assert flow.card_tags == ("verkennen",)
    flow.next_phase()
    flow.next_phase()
    assert flow.card_tags == ("verkennen", "analyseren")


def test_snapshot_and_restore(method: Method, clock: FakeClock) -> None:
    flow = MeetingFlow(method, clock=clock)
    flow.next_phase()
    clock.advance(100)
    flow.add_time()
    state = flow.snapshot()
    clock.advance(10_000)  # closed for a while: that time does not count
    again = MeetingFlow(method, clock=clock)
    again.restore(state)
    assert again.index == 1 and again.remaining() == pytest.approx(180 + 120 - 100)
    again.restore({"index": "x", "elapsed": -5, "paused": "yes"})
    assert again.index == 0 and again.elapsed() == 0 and not again.paused
