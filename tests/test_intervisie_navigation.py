"""Moving through a meeting: one navigator for all screens, and the edges of the phase list."""

from __future__ import annotations

import random
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest
from textual.widgets import Static

from quez.decks import discover
from quez.i18n import Translator
from quez.intervisie.meeting import Meeting
from quez.paths import Paths
from quez.settings import Settings
from quez.store import Store
from quez.tui.app import QuezApp
from quez.tui.launch import build_app
from quez.tui.screens.intervisie_closing import IntervisieClosingScreen
from quez.tui.screens.intervisie_home import IntervisieHomeScreen
from quez.tui.screens.intervisie_phase import IntervisiePhaseScreen
from quez.tui.widgets.note_area import NoteArea
from tests.intervisie_helpers import FakeClock, incident, sample_setup

START = datetime(2026, 5, 3, 14, 0, tzinfo=timezone.utc)


@pytest.fixture
def store(paths: Paths) -> Iterator[Store]:
    with Store.open(paths.db_path, clock=lambda: START) as opened:
        yield opened


def app_for(paths: Paths, store: Store) -> QuezApp:
    return build_app(
        Translator("nl"), paths, store,
        decks=discover(paths, [], include_user=False), settings=Settings(),
        rng=random.Random(3), clock=lambda: START, autosave_delay=30.0, save_settings=False,
    )  # fmt: skip


def test_back_from_the_first_phase_stays_in_the_first_phase(store: Store) -> None:
    method = incident()
    clock = FakeClock()
    meeting = Meeting.start(store, method, sample_setup(method), lang="nl", clock=clock)
    clock.advance(30)
    meeting.previous_phase()
    meeting.previous_phase()
    meeting.flush()
    first = meeting.flow.run[0]  # the optional look-back step is not chosen here
    assert meeting.flow.index == first and meeting.flow.phase.id == method.phases[first].id
    assert meeting.flow.step == 1
    assert meeting.stage == "phases"
    assert meeting.flow.remaining() == method.phases[first].minutes * 60 - 30  # the clock ran on
    stored = store.get_session(meeting.session.id)
    assert stored is not None and stored.position["flow"]["index"] == first


async def test_v_on_the_first_phase_screen_stays_there(paths: Paths, store: Store) -> None:
    method = incident()
    meeting = Meeting.start(store, method, sample_setup(method), lang="nl", clock=FakeClock())
    app = app_for(paths, store)
    async with app.run_test(size=(100, 30)) as pilot:
        app.navigate.intervisie()
        await pilot.pause()
        home = app.screen
        assert isinstance(home, IntervisieHomeScreen)
        app.navigate.meeting(home.ctx, meeting)
        await pilot.pause()
        phase = app.screen
        assert isinstance(phase, IntervisiePhaseScreen)
        title = str(phase.query_one("#iv-phase-title", Static).render())
        await pilot.press("escape", "v")  # key mode, then "previous phase"
        await pilot.pause()
        assert app.screen is phase and meeting.flow.index == meeting.flow.run[0]
        assert phase.query_one("#iv-note", NoteArea).text == ""  # "v" was a key, not a letter
        assert str(phase.query_one("#iv-phase-title", Static).render()) == title
        depth = len(app.screen_stack)
        await pilot.press("escape", "v")
        await pilot.pause()
        assert app.screen is phase and len(app.screen_stack) == depth
        assert meeting.flow.index == meeting.flow.run[0]
        assert not meeting.phase_notes(meeting.flow.phase.id)


async def test_a_meeting_in_its_closing_round_resumes_there_and_leaves_home(
    paths: Paths, store: Store
) -> None:
    method = incident()
    meeting = Meeting.start(store, method, sample_setup(method), lang="nl", clock=FakeClock())
    for _ in method.phases:
        meeting.next_phase()
    meeting.flush()
    assert meeting.stage == "closing"
    app = app_for(paths, store)
    async with app.run_test(size=(100, 30)) as pilot:
        app.navigate.intervisie()
        await pilot.pause()
        home = app.screen
        assert isinstance(home, IntervisieHomeScreen)
        app.navigate.meeting(home.ctx, meeting)
        await pilot.pause()
        assert isinstance(app.screen, IntervisieClosingScreen)
        assert isinstance(app.screen_stack[-2], IntervisiePhaseScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen is home
