"""The meeting state machine with a fake clock: timer, pause, +2 min, skip, expiry, advice lock."""

from __future__ import annotations

from pathlib import Path

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


def _phase(pid: str, minutes: int, extra: str) -> str:
    text = "{nl: x, en: x}"
    return (
        f"  - {{id: {pid}, title: {text}, purpose: {text}, minutes: {minutes}, "
        f"speaker: {text}, rules: {text}, {extra}}}\n"
    )


ROLES = "roles:\n  - {id: inbrenger, title: {nl: Inbrenger, en: Presenter}}\n"
# Six fixed steps, shaped like the incident method of QueZ 0.1 (the flow does not depend on the
# shipped files' content), and the same with an optional first step and two quiet steps.
SIX_STEPS = (
    "format: 1\nid: zes\ntitle: {nl: Zes, en: Six}\ndescription: {nl: x, en: x}\n"
    + ROLES
    + "phases:\n"
    + _phase("incident", 3, "tags: [verkennen]")
    + _phase("stil", 3, "tags: [verkennen], notes: question")
    + _phase("vragen", 12, "tags: [verkennen, analyseren], notes: question")
    + _phase("analyse", 10, "tags: [analyseren, reflecteren]")
    + _phase("advies", 12, "tags: [advies], advice: true, notes: advice")
    + _phase("afronding", 8, "tags: [evalueren, reflecteren]")
)
WITH_OPTIONAL = SIX_STEPS.replace(
    "phases:\n", "phases:\n" + _phase("terugblik", 10, "optional: true, questions: false")
).replace(
    "minutes: 3, speaker: {nl: x, en: x}, rules: {nl: x, en: x}, tags: [verkennen]}",
    "minutes: 3, speaker: {nl: x, en: x}, rules: {nl: x, en: x}, questions: false}",
    1,
)


@pytest.fixture
def method(tmp_path: Path) -> Method:
    path = tmp_path / "zes.yaml"
    path.write_text(SIX_STEPS, encoding="utf-8")
    return load_method(path)


@pytest.fixture
def optional_method(tmp_path: Path) -> Method:
    path = tmp_path / "zeven.yaml"
    path.write_text(WITH_OPTIONAL, encoding="utf-8")
    return load_method(path)


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


def test_an_optional_step_runs_only_when_chosen(optional_method: Method, clock: FakeClock) -> None:
    assert optional_method.phases[0].optional and optional_method.total_minutes == 48
    flow = MeetingFlow(optional_method, clock=clock)
    assert flow.phase.id == "incident" and flow.index == 1
    assert (flow.step, flow.steps) == (1, 6) and not flow.runs(0)
    flow.previous_phase()
    assert flow.phase.id == "incident"  # nothing runs before it
    chosen = MeetingFlow(optional_method, clock=clock, optional=["terugblik"])
    assert chosen.phase.id == "terugblik" and chosen.remaining() == 600
    assert (chosen.step, chosen.steps) == (1, 7)
    chosen.next_phase()
    assert chosen.phase.id == "incident" and chosen.step == 2
    chosen.previous_phase()
    assert chosen.phase.id == "terugblik"


def test_a_step_where_nobody_asks_offers_no_cards(
    optional_method: Method, clock: FakeClock
) -> None:
    flow = MeetingFlow(optional_method, clock=clock, optional=["terugblik"])
    assert not flow.asking and flow.card_tags == ()  # the look-back round
    flow.next_phase()
    assert flow.phase.id == "incident" and not flow.asking and flow.card_tags == ()
    flow.next_phase()
    assert flow.asking and flow.card_tags == ("verkennen",)
    assert flow.allows("question")  # a question to ask later may still be noted


def test_back_from_the_end_and_restore_skip_what_does_not_run(
    optional_method: Method, clock: FakeClock
) -> None:
    flow = MeetingFlow(optional_method, clock=clock)
    for _ in range(10):
        flow.next_phase()
    assert flow.finished and flow.step == flow.steps == 6
    flow.last_phase()
    assert flow.phase.id == "afronding" and flow.is_last and not flow.finished
    flow.restore({"index": 0})  # an optional step that was not chosen
    assert flow.phase.id == "incident"
    flow.restore({"index": "x"})
    assert flow.phase.id == "incident"


@pytest.mark.parametrize("path", sorted(shipped_methods_dir().glob("*.yaml")), ids=lambda p: p.stem)
def test_shipped_methods_run_without_the_optional_round(path: Path, clock: FakeClock) -> None:
    method = load_method(path)
    flow = MeetingFlow(method, clock=clock)
    assert not method.phases[flow.index].optional
    seen = []
    while not flow.finished:
        seen.append(flow.phase.id)
        flow.next_phase()
    assert "terugblik" not in seen and len(seen) == flow.steps == len(method.phases) - 1
