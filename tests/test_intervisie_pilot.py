"""A whole incidentmethode through the TUI, with a clock moved by hand."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone

import pytest
from textual.widgets import Input, Select

from quez.decks import discover
from quez.i18n import Translator
from quez.paths import Paths
from quez.settings import Settings
from quez.store import Store
from quez.tui.app import QuezApp
from quez.tui.launch import build_app
from quez.tui.screens.intervisie_closing import IntervisieClosingScreen
from quez.tui.screens.intervisie_home import IntervisieHomeScreen
from quez.tui.screens.intervisie_phase import IntervisiePhaseScreen
from quez.tui.screens.intervisie_privacy import IntervisiePrivacyScreen
from quez.tui.screens.intervisie_setup import IntervisieSetupScreen
from quez.tui.widgets.intervisie_timer import PhaseClock
from quez.tui.widgets.note_area import NoteArea

START = datetime(2026, 5, 3, 14, 0, tzinfo=timezone.utc)


class HandClock:
    """Wall-clock time that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    def seconds(self) -> float:
        return self.now.timestamp()


def make_app(paths: Paths, store: Store, clock: HandClock) -> QuezApp:
    return build_app(
        Translator("nl"), paths, store,
        decks=discover(paths, [], include_user=False), settings=Settings(),
        rng=random.Random(3), clock=clock, autosave_delay=0.05, save_settings=False,
    )  # fmt: skip


@pytest.fixture
def store(paths: Paths) -> Store:
    with Store.open(paths.db_path, clock=lambda: START) as opened:
        yield opened


async def type_into(pilot: object, text: str) -> None:
    await pilot.press(*text)  # type: ignore[attr-defined]


@pytest.mark.slow
async def test_full_incidentmethode(paths: Paths, store: Store) -> None:
    clock = HandClock()
    app = make_app(paths, store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.navigate.intervisie()
        await pilot.pause()
        assert isinstance(app.screen, IntervisieHomeScreen)
        menu_ids = [o.id for o in app.screen.query_one("#iv-home-list").options]
        await pilot.press(*["down"] * menu_ids.index("m:incidentmethode"), "enter")
        await pilot.pause()
        setup = app.screen
        assert isinstance(setup, IntervisieSetupScreen)

        # Setup: four people, suggested roles, a case title with a forbidden name in it.
        await type_into(pilot, "AB, Fatima, Jeroen, Mo")
        await pilot.pause()
        roles = {
            r.id: setup.query_one(f"#iv-role-{r.id}", Select).value for r in setup.method.roles
        }
        assert roles == {"inbrenger": "AB", "gespreksleider": "Fatima", "tijdbewaker": "Jeroen",
                         "notulist": "Mo"}  # fmt: skip
        setup.query_one("#iv-role-gespreksleider", Select).value = "AB"
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert "gespreksleider" in str(setup.query_one("#iv-setup-errors").render())
        assert store.list_sessions() == []  # nothing stored before Start succeeds
        setup.query_one("#iv-role-gespreksleider", Select).value = "Fatima"
        setup.query_one("#iv-case", Input).value = "Casus Noor en Jan Jansen"
        setup.query_one("#iv-setup-names", NoteArea).load_text("Jan Jansen")
        setup.query_one("#iv-min-1", Input).value = "2"  # step 0 is the optional look-back
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, IntervisiePrivacyScreen)
        assert store.list_sessions() == []  # the guard comes before the first save
        await pilot.press("x", "enter")  # leave the name out
        await pilot.pause()

        phase = app.screen
        assert isinstance(phase, IntervisiePhaseScreen)
        session = store.list_sessions(kind="intervisie")[0].session
        assert session.label == "Casus Noor en […]"
        assert session.meta["minutes"][1] == 2 and session.meta["niet_noemen"] == ["Jan Jansen"]

        # The timer: counts down, pauses, +2 min, signals at zero without moving on.
        flow = phase.meeting.flow
        assert flow.remaining() == 120
        clock.advance(60)
        phase.tick()
        assert flow.remaining() == 60
        await pilot.press("escape", "p")  # key mode, pause
        clock.advance(600)
        phase.tick()
        assert flow.paused and flow.remaining() == 60
        await pilot.press("p", "t")
        assert not flow.paused and flow.remaining() == 180
        clock.advance(181)
        phase.tick()
        await pilot.pause()
        assert flow.expired and flow.phase.id == "keuze"
        assert phase.query_one(PhaseClock).has_class("-expired")

        # A note in the first phase, typed; the advice lock before the advice phase.
        await pilot.press("enter")
        await type_into(pilot, "Ze liep weg.")
        await pilot.press("ctrl+o", "ctrl+o")  # note -> advice? skipped -> question
        assert phase.kind != "advice"
        await pilot.pause(0.2)
        entries = store.entries(session.id)
        assert entries[-1].note == "Ze liep weg." and entries[-1].phase == "keuze"
        assert all(e.note_kind != "advice" for e in entries)

        await pilot.press("escape", "n")  # to "het incident"
        await pilot.press("escape", "n")  # to "vragen om informatie"
        assert flow.phase.id == "vragen" and phase.kind == "question"
        await pilot.press("ctrl+p", "ctrl+p")  # from Fatima (the field has focus)
        await type_into(pilot, "Wat deed je toen?")
        await pilot.press("ctrl+n")
        await type_into(pilot, "Bel 0612345678")
        await pilot.pause()
        assert "telefoonnummer" in str(phase.query_one("#iv-note-warning").render())
        await pilot.press("escape", "n")  # "wat zou jij doen?", where advice opens
        assert flow.phase.id == "beslissen" and phase.kind == "advice"
        await pilot.press("ctrl+p")  # Fatima -> Jeroen; the field already has focus
        await type_into(pilot, "Benoem wat je ziet.")
        await pilot.press("escape", "n", "escape", "n")  # what happened, comparing
        await pilot.press("escape", "n", "escape", "n")  # afronding, then the closing round
        await pilot.pause()

        closing = app.screen
        assert isinstance(closing, IntervisieClosingScreen)
        for index in range(4):
            closing.query_one(f"#iv-take-{index}", Input).value = f"Rust {index}"
        closing.query_one("#iv-next", Input).value = "Gesprek plannen."
        closing.query_one("#iv-eval", Input).value = "Goed."
        await pilot.pause(0.2)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, IntervisiePrivacyScreen)  # the phone number
        await pilot.press("x", "enter")
        await pilot.pause()
        await pilot.press("enter")  # the notice: where the summary is
        await pilot.pause()
        assert isinstance(app.screen, IntervisieHomeScreen)

    stored = store.get_session(session.id)
    assert stored is not None and stored.status == "closed"
    entries = store.entries(session.id)
    kinds = {e.note_kind for e in entries if e.note}
    assert {"note", "question", "advice", "takeaway", "next_step", "evaluation"} <= kinds
    advice = [e for e in entries if e.note_kind == "advice"]
    assert advice[0].phase == "beslissen" and advice[0].participant == "Jeroen"
    question = next(e for e in entries if e.note == "Wat deed je toen?")
    assert question.participant == "Fatima" and question.note_kind == "question"
    files = list(paths.exports_dir.iterdir())
    assert len(files) == 1
    summary = files[0].read_text(encoding="utf-8")
    assert "0612345678" not in summary and "Jan Jansen" not in summary
    assert "Benoem wat je ziet." in summary and "Rust 3" in summary


async def test_start_screen_seam_and_quit_keeps_the_typed_note(paths: Paths, store: Store) -> None:
    from quez.intervisie.meeting import Meeting
    from tests.intervisie_helpers import incident, sample_setup

    clock = HandClock()
    method = incident()
    meeting = Meeting.start(store, method, sample_setup(method), lang="nl", clock=clock.seconds)
    app = make_app(paths, store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        menu = app.screen.query_one("#start-menu")
        menu.highlighted = [o.id for o in menu.options].index("intervisie")
        await pilot.press("enter")
        await pilot.pause()
        home = app.screen
        assert isinstance(home, IntervisieHomeScreen)
        options = [o.id for o in home.query_one("#iv-home-list").options if o is not None]
        assert f"s:{meeting.session.id}" in options
        await pilot.press("end", "enter")  # continue the open meeting
        await pilot.pause()
        phase = app.screen
        assert isinstance(phase, IntervisiePhaseScreen)
        assert phase.meeting.session.id == meeting.session.id
        await type_into(pilot, "Niet kwijtraken")
        await pilot.press("ctrl+q")  # at once, before the autosave delay
    notes = [e.note for e in store.entries(meeting.session.id)]
    assert "Niet kwijtraken" in notes


async def test_auto_advance_when_chosen(paths: Paths, store: Store) -> None:
    from quez.intervisie.meeting import Meeting
    from tests.intervisie_helpers import incident, sample_setup

    clock = HandClock()
    method = incident()
    setup = sample_setup(method)
    setup.auto_advance = True
    meeting = Meeting.start(store, method, setup, lang="en", clock=clock.seconds)
    app = make_app(paths, store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        app.navigate.intervisie()
        await pilot.pause()
        home = app.screen
        assert isinstance(home, IntervisieHomeScreen)
        app.navigate.meeting(home.ctx, meeting)
        await pilot.pause()
        phase = app.screen
        assert isinstance(phase, IntervisiePhaseScreen)
        clock.advance(5 * 60 + 1)
        phase.tick()
        await pilot.pause()
        assert meeting.flow.phase.id == "incident"
        text = str(phase.query_one("#iv-phase-title").render())
        assert "Het incident" in text


async def test_a_crash_saves_the_meeting_note_typed_just_before(paths: Paths, store: Store) -> None:
    from quez.intervisie.meeting import Meeting
    from tests.intervisie_helpers import incident, sample_setup

    clock = HandClock()
    method = incident()
    meeting = Meeting.start(store, method, sample_setup(method), lang="nl", clock=clock.seconds)
    app = build_app(
        Translator("nl"), paths, store,
        decks=discover(paths, [], include_user=False), settings=Settings(),
        rng=random.Random(3), clock=clock, autosave_delay=30.0, autosave_max_wait=30.0,
        save_settings=False,
    )  # fmt: skip  # no autosave in time: the crash handler must save

    def explode() -> None:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.pause()
            menu = app.screen.query_one("#start-menu")
            menu.highlighted = [o.id for o in menu.options].index("intervisie")
            await pilot.press("enter")
            await pilot.pause()
            await pilot.press("end", "enter")  # continue the open meeting
            await pilot.pause()
            assert isinstance(app.screen, IntervisiePhaseScreen)
            await type_into(pilot, "Gered bij een crash")
            app.call_later(explode)
            await pilot.pause()
    assert app.return_code == 70
    assert "Gered bij een crash" in [e.note for e in store.entries(meeting.session.id)]
