"""Issue 16's walk through the screens: an incidentmethode with a name on no list, an advice in
the question round and a help dialog in between; then the summary, the parked advice and the
focus are checked. Once with a fake finder, once (slow) with the real one (deduce)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from textual.widgets import Input, Select, Static

from quez.paths import Paths
from quez.privacy import NameFinder
from quez.store import Store
from quez.tui.app import QuezApp
from quez.tui.screens.dialogs import NoticeScreen
from quez.tui.screens.intervisie_closing import IntervisieClosingScreen
from quez.tui.screens.intervisie_dialogs import AdvicePrompt, IntervisieHelpScreen
from quez.tui.screens.intervisie_home import IntervisieHomeScreen
from quez.tui.screens.intervisie_phase import IntervisiePhaseScreen
from quez.tui.screens.intervisie_privacy import IntervisiePrivacyScreen
from quez.tui.screens.intervisie_setup import IntervisieSetupScreen
from quez.tui.widgets.note_area import NoteArea
from tests.ivui_support import START, HandClock, make_app, ready_finder

CALL = "Mevrouw Johanna Bakker belde over haar zoon."
ADVICE = "Advies: je zou de zoon moeten bellen."


@pytest.fixture
def store(paths: Paths) -> Iterator[Store]:
    with Store.open(paths.db_path, clock=lambda: START) as opened:
        yield opened


def text_of(screen: Any, selector: str) -> str:
    return str(screen.query_one(selector, Static).render())


async def walk(app: QuezApp, pilot: Any, store: Store) -> str:
    """Set up, run every step of the incidentmethode, make the summary; returns the session id."""
    app.navigate.intervisie()
    await pilot.pause()
    home = app.screen
    assert isinstance(home, IntervisieHomeScreen)
    menu = home.query_one("#iv-home-list")
    await pilot.press(*["down"] * [o.id for o in menu.options].index("m:incidentmethode"))
    await pilot.press("enter")
    await pilot.pause()
    setup = app.screen
    assert isinstance(setup, IntervisieSetupScreen)
    await pilot.press(*"AB, Fatima, Jeroen, Mo")
    await pilot.pause()
    assert setup.query_one("#iv-role-inbrenger", Select).value == "AB"
    setup.query_one("#iv-case", Input).value = "Casus Noor"
    await pilot.press("ctrl+s")
    await pilot.pause()
    if isinstance(app.screen, IntervisiePrivacyScreen):  # deduce knows Noor as a name
        assert app.screen.pseudonym == "Casus A"
        await pilot.press("c", "ctrl+s")  # replace it by the pseudonym offered
        await pilot.pause()
        assert store.list_sessions()[0].session.label == "Casus A"

    phase = app.screen
    assert isinstance(phase, IntervisiePhaseScreen)
    (summary,) = store.list_sessions(kind="intervisie")
    flow = phase.meeting.flow
    note = phase.query_one("#iv-note", NoteArea)

    # "Het incident": a name that is on no list is found while typing.
    await pilot.press("escape", "n")
    assert flow.phase.id == "incident" and app.focused is note
    await pilot.press(*CALL)
    await pilot.pause()
    assert "naam van een persoon" in text_of(phase, "#iv-note-warning")

    # The question round: an advice, with the help opened halfway through typing it.
    await pilot.press("escape", "n")
    assert flow.phase.id == "vragen" and phase.kind == "question"
    await pilot.press(*ADVICE[:20])
    await pilot.press("f1")
    await pilot.pause()
    assert isinstance(app.screen, IntervisieHelpScreen)
    await pilot.press("escape")
    await pilot.pause()
    assert app.screen is phase and app.focused is note  # back in the note, not elsewhere
    await pilot.press(*ADVICE[20:])
    assert note.text == ADVICE
    await pilot.press("escape")  # done typing: the advice lock reads it
    await pilot.pause()
    prompt = app.screen
    assert isinstance(prompt, AdvicePrompt)
    assert ADVICE in prompt.sentences[0]
    stored = [e for e in store.entries(summary.session.id) if e.note == ADVICE]
    assert stored and stored[0].note_kind == "question"  # kept as typed while asked
    await pilot.press("b")  # keep it for the advice round
    await pilot.pause()
    assert app.screen is phase and app.focused is None  # Esc meant key mode: it still does
    assert "Advies (bewaard)" in text_of(phase, "#iv-notes")
    await pilot.press(*"n")  # a command, not a letter in the note
    assert flow.phase.id == "beslissen" and note.text == ""

    # The advice round: the parked advice is back.
    notes = text_of(phase, "#iv-notes")
    assert "Bewaard voor deze ronde" in notes and "je zou de zoon moeten bellen" in notes
    assert phase.kind == "advice"
    await pilot.press(*"Ik zou eerst luisteren.")
    for _ in range(3):  # what happened, comparing, what you take along
        await pilot.press("escape", "n")
    await pilot.press("escape", "n")  # to the closing round
    await pilot.pause()

    closing = app.screen
    assert isinstance(closing, IntervisieClosingScreen)
    for index in range(4):
        closing.query_one(f"#iv-take-{index}", Input).value = f"Rust {index}"
    await pilot.pause()
    await pilot.press("ctrl+s")
    await pilot.pause()
    dialog = app.screen
    assert isinstance(dialog, IntervisiePrivacyScreen)
    assert any("Johanna" in f.value for f in dialog.findings)
    await pilot.press("ctrl+s")  # every finding left out ([…]), the safe default
    await pilot.pause()
    assert isinstance(app.screen, NoticeScreen)
    await pilot.press("enter")
    await pilot.pause()
    assert isinstance(app.screen, IntervisieHomeScreen)
    return summary.session.id


def check_summary(paths: Paths, store: Store, session_id: str) -> None:
    (written,) = list(paths.exports_dir.iterdir())
    text = written.read_text(encoding="utf-8")
    assert "Johanna" not in text and "Bakker" not in text
    assert "belde over haar zoon." in text
    advice = text.index("## Adviezen")
    assert advice < text.index("je zou de zoon moeten bellen.")  # the parked advice, as advice
    assert advice < text.index("Ik zou eerst luisteren.")
    assert text.index("je zou de zoon moeten bellen.") < text.index("## Wat neemt ieder mee")
    parked = [e for e in store.entries(session_id) if e.note == ADVICE]
    assert [(e.note_kind, e.state, e.phase) for e in parked] == [("advice", "parked", "vragen")]


async def test_incidentmethode_with_an_unlisted_name_and_an_early_advice(
    paths: Paths, store: Store
) -> None:
    app = make_app(paths, store, HandClock(), finder=ready_finder())
    async with app.run_test(size=(100, 30)) as pilot:
        session_id = await walk(app, pilot, store)
    check_summary(paths, store, session_id)


@pytest.fixture(scope="module")
def real_finder(tmp_path_factory: pytest.TempPathFactory) -> NameFinder:
    """deduce on QueZ's trimmed lists, built once for this module (10–30 s)."""
    from quez.privacy.deduce_engine import deduce_loader

    finder = NameFinder(deduce_loader(tmp_path_factory.mktemp("quez-cache")))
    assert finder.load(), repr(finder.error)
    return finder


@pytest.mark.slow
async def test_the_same_walk_with_the_real_name_finder(
    paths: Paths, store: Store, real_finder: NameFinder
) -> None:
    app = make_app(paths, store, HandClock(), finder=real_finder)
    async with app.run_test(size=(100, 30)) as pilot:
        session_id = await walk(app, pilot, store)
    check_summary(paths, store, session_id)


def test_the_walk_needs_no_list(tmp_path: Path) -> None:
    """The name in the walk is on no list: only a finder can find it."""
    from quez.privacy import scan

    assert scan(CALL, names=[]) == []
