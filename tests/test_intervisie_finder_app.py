"""One name finder per app: injected, loaded in a worker without blocking typing, shown calmly,
cancelled on quit, forgotten when a meeting closes. Fake finders only (no deduce here)."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, ProgressBar, Static

from quez.i18n import Translator
from quez.intervisie.meeting import Meeting
from quez.paths import Paths
from quez.privacy import LoadState, NameFinder
from quez.store import Store
from quez.tui import launch
from quez.tui.screens.intervisie_closing import IntervisieClosingScreen
from quez.tui.screens.intervisie_phase import IntervisiePhaseScreen
from quez.tui.screens.intervisie_privacy import IntervisiePrivacyScreen
from quez.tui.screens.intervisie_setup import IntervisieSetupScreen
from quez.tui.widgets.intervisie_names import NameCheckLine
from tests.intervisie_helpers import incident, sample_setup
from tests.ivui_support import START, HandClock, HeldFinder, at, make_app, open_meeting


@pytest.fixture
def store(paths: Paths) -> Iterator[Store]:
    with Store.open(paths.db_path, clock=lambda: START) as opened:
        yield opened


def meeting_in(store: Store, clock: HandClock, phase: str) -> Meeting:
    method = incident()
    meeting = Meeting.start(store, method, sample_setup(method), lang="nl", clock=clock.seconds)
    at(meeting, phase)
    return meeting


def line_text(screen: object, selector: str = "#iv-names") -> str:
    line = screen.query_one(selector, NameCheckLine)  # type: ignore[attr-defined]
    return str(line.query_one(".iv-names-text", Static).render())


async def started(held: HeldFinder) -> None:
    assert await asyncio.to_thread(held.started.wait, 10), "the finder never started loading"


async def settled(finder: NameFinder, pilot: Any) -> None:
    await asyncio.to_thread(finder.wait, 10)  # the loading thread has finished …
    await pilot.pause()  # … and its last state has reached the app


def test_without_a_finder_the_app_checks_the_lists_only(paths: Paths, store: Store) -> None:
    app = make_app(paths, store)
    assert app.finder.state is LoadState.OFF and app.names_state is LoadState.OFF


def test_run_tui_gives_the_app_the_real_finder_unloaded(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    built: dict[str, Any] = {}

    class Signals:
        def finished(self) -> None:
            pass

    class Ran:
        return_code = 0
        current_store = None
        exit_signals = Signals()

        def run(self) -> None:
            pass

    def fake_build(*args: object, **kwargs: Any) -> Ran:
        built.update(kwargs)
        return Ran()

    monkeypatch.setattr(launch, "build_app", fake_build)
    assert launch.run_tui(Translator("nl"), paths, []) == 0
    finder = built["finder"]
    assert isinstance(finder, NameFinder) and finder.state is LoadState.IDLE  # not loaded yet


async def test_typing_goes_on_while_the_finder_loads_and_the_note_is_checked_once_ready(
    paths: Paths, store: Store
) -> None:
    clock, held = HandClock(), HeldFinder()
    meeting = meeting_in(store, clock, "incident")
    app = make_app(paths, store, clock, finder=held.finder)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert held.finder.state is LoadState.IDLE  # the kitchen table never loads the lists
        await open_meeting(app, pilot, meeting)
        await started(held)  # opening intervisie began loading, in a worker thread
        phase = app.screen
        assert isinstance(phase, IntervisiePhaseScreen)
        await pilot.pause()
        assert app.names_state is LoadState.BUILDING
        names = phase.query_one("#iv-names", NameCheckLine)
        assert names.query_one(ProgressBar).display  # an indeterminate bar: something happens
        assert "eerste keer" in line_text(phase)
        await pilot.press(*"Mevrouw Johanna Bakker belde.")  # typing does not wait
        assert phase.query_one("#iv-note").text == "Mevrouw Johanna Bakker belde."  # type: ignore[attr-defined]
        assert str(phase.query_one("#iv-note-warning", Static).render()) == ""
        assert "nog niet gecontroleerd" in line_text(phase)  # and the screen says so
        held.release()
        await settled(held.finder, pilot)
        assert app.names_state is LoadState.READY
        assert not names.query_one(ProgressBar).display
        assert line_text(phase) == "Namencontrole staat aan."
        warning = str(phase.query_one("#iv-note-warning", Static).render())
        assert "naam van een persoon" in warning  # checked again without another key
    assert [e.note for e in store.entries(meeting.session.id) if e.note.startswith("Mevrouw")]


async def test_quitting_cancels_a_first_time_build(paths: Paths, store: Store) -> None:
    held = HeldFinder()
    app = make_app(paths, store, finder=held.finder)
    async with app.run_test(size=(100, 30)) as pilot:
        app.navigate.intervisie()
        await started(held)
        await pilot.press("ctrl+q")
        await pilot.pause()
    assert held.cancelled is not None and held.cancelled.is_set()
    assert await asyncio.to_thread(held.finder.wait, 10) is False
    assert held.finder.state is LoadState.FAILED  # cancelled: nothing half-built is used


async def test_a_finder_that_fails_is_said_plainly(paths: Paths, store: Store) -> None:
    clock, held = HandClock(), HeldFinder(fail=True)
    meeting = meeting_in(store, clock, "vragen")
    app = make_app(paths, store, clock, finder=held.finder)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meeting(app, pilot, meeting)
        await started(held)
        held.release()
        await settled(held.finder, pilot)
        phase = app.screen
        assert app.names_state is LoadState.FAILED
        assert "werkt niet" in line_text(phase)
        assert phase.query_one("#iv-names", NameCheckLine).has_class("-failed")


async def test_no_summary_while_the_names_are_still_being_prepared(
    paths: Paths, store: Store
) -> None:
    clock, held = HandClock(), HeldFinder()
    meeting = meeting_in(store, clock, "afronding")
    meeting.next_phase()
    meeting.add_note("takeaway", "Mevrouw Johanna Bakker belde.", participant="Mo")
    meeting.flush()
    app = make_app(paths, store, clock, finder=held.finder)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meeting(app, pilot, meeting)
        await started(held)
        closing = app.screen
        assert isinstance(closing, IntervisieClosingScreen)
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert app.screen is closing  # not written: names were not looked for yet
        assert not paths.exports_dir.exists() or not list(paths.exports_dir.iterdir())
        held.release()
        await settled(held.finder, pilot)
        forgotten: list[bool] = []
        app.finder.forget = lambda: forgotten.append(True)  # type: ignore[method-assign]
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, IntervisiePrivacyScreen)
        assert [f.value for f in dialog.findings] == ["Mevrouw Johanna Bakker"]
        await pilot.press("ctrl+s", "enter")  # leave it out; then the notice
        await pilot.pause()
    (written,) = list(paths.exports_dir.iterdir())
    text = written.read_text(encoding="utf-8")
    assert "Johanna" not in text and "belde." in text
    assert forgotten  # the meeting is closed: the finder keeps no line of it


async def test_setup_says_when_names_could_not_be_checked_yet(
    paths: Paths, store: Store, tmp_path: Path
) -> None:
    held = HeldFinder()
    app = make_app(paths, store, finder=held.finder)
    async with app.run_test(size=(100, 30)) as pilot:
        app.navigate.intervisie()
        await started(held)
        await pilot.pause()
        app.navigate.setup(app.screen.ctx, incident())  # type: ignore[attr-defined]
        await pilot.pause()
        setup = app.screen
        assert isinstance(setup, IntervisieSetupScreen)
        assert "eerste keer" in line_text(setup, "#iv-setup-namecheck")
        setup.query_one("#iv-people", Input).value = "AB, Fatima, Jeroen, Mo"
        setup.query_one("#iv-case", Input).value = "Casus Wilma"
        await pilot.pause()
        said: list[str] = []
        app.say = lambda message, error=False: said.append(message)  # type: ignore[method-assign]
        await pilot.press("ctrl+s")
        await pilot.pause()
        assert isinstance(app.screen, IntervisiePhaseScreen)  # nothing found in the lists …
        assert any("nog gecontroleerd voordat het verslag" in m for m in said)  # … yet


_NICENESS = """
import os, sys, time
deadline = time.monotonic() + 10
while os.nice(0) == 0 and time.monotonic() < deadline:  # until the parent has lowered it
    time.sleep(0.01)
open(sys.argv[1], "w").write(str(os.nice(0)))
"""


@pytest.mark.skipif(not hasattr(os, "setpriority"), reason="POSIX priorities")
def test_a_first_time_build_yields_the_cpu_to_typing(tmp_path: Path) -> None:
    from quez.privacy.deduce_engine import BUILD_NICENESS, BuildError, build

    seen = tmp_path / "niceness"
    command = [sys.executable, "-c", _NICENESS, str(seen)]
    with pytest.raises(BuildError):  # the stand-in writes no cache
        build(tmp_path / "names" / "deduce-x", command=command)
    assert int(seen.read_text()) >= BUILD_NICENESS > 0
