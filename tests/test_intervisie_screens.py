"""The intervisie screens without traps: visible fields, optional steps, quiet steps, focus after
dialogs, no empty notes, answers filed as answers, pseudonyms that name nobody."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from textual.widgets import Input, OptionList, Static, Switch, TextArea

from quez.intervisie.meeting import Meeting
from quez.paths import Paths
from quez.store import Store
from quez.tui.screens.help import HelpScreen
from quez.tui.screens.intervisie_dialogs import (
    IntervisieHelpScreen,
    PseudonymDialog,
    QuestionDialog,
)
from quez.tui.screens.intervisie_home import IntervisieHomeScreen
from quez.tui.screens.intervisie_phase import IntervisiePhaseScreen
from quez.tui.screens.intervisie_privacy import IntervisiePrivacyScreen
from quez.tui.screens.intervisie_setup import IntervisieSetupScreen
from quez.tui.widgets.keybar import KeyBar
from quez.tui.widgets.note_area import NoteArea
from tests.intervisie_helpers import incident, sample_setup
from tests.ivui_support import START, HandClock, at, make_app, open_meeting, ready_finder


@pytest.fixture
def store(paths: Paths) -> Iterator[Store]:
    with Store.open(paths.db_path, clock=lambda: START) as opened:
        yield opened


def start_meeting(store: Store, clock: HandClock, *, optional: list[str] | None = None) -> Meeting:
    method = incident()
    setup = sample_setup(method)
    setup.optional = optional or []
    return Meeting.start(store, method, setup, lang="nl", clock=clock.seconds)


async def open_setup(app: object, pilot: object) -> IntervisieSetupScreen:
    app.navigate.intervisie()  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    home = app.screen  # type: ignore[attr-defined]
    app.navigate.setup(home.ctx, incident())  # type: ignore[attr-defined]
    await pilot.pause()  # type: ignore[attr-defined]
    setup = app.screen  # type: ignore[attr-defined]
    assert isinstance(setup, IntervisieSetupScreen)
    return setup


def keys_shown(screen: object) -> set[str]:
    return {action for _, _, action in screen.query_one(KeyBar).hints()}  # type: ignore[attr-defined]


# -- setup ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("size", [(80, 24), (100, 30), (140, 45)])
async def test_every_setup_field_has_a_visible_text_row(
    paths: Paths, store: Store, size: tuple[int, int]
) -> None:
    app = make_app(paths, store)
    async with app.run_test(size=size) as pilot:
        setup = await open_setup(app, pilot)
        fields = [
            setup.query_one(f"#{name}")
            for name in ("iv-people", "iv-case", "iv-setup-question", "iv-setup-names")
        ]
        for field in fields:
            field.scroll_visible(animate=False)
            await pilot.pause()
            assert field.content_size.height >= 1, field.id  # a row to type in
            assert field.content_size.width >= 20, field.id
            assert setup.query_one("#iv-setup").region.contains_region(field.region), field.id
        question = setup.query_one("#iv-setup-question", NoteArea)
        question.load_text("Hoe blijf ik rustig als iemand boos wordt en steeds weer belt? " * 3)
        await pilot.pause()
        assert question.wrapped_document.height > 1  # long questions wrap, nothing hides


async def test_optional_steps_are_off_until_switched_on(paths: Paths, store: Store) -> None:
    app = make_app(paths, store)
    async with app.run_test(size=(100, 30)) as pilot:
        setup = await open_setup(app, pilot)
        switch = setup.query_one("#iv-opt-terugblik", Switch)
        assert switch.value is False
        assert "48" in str(setup.query_one("#iv-total", Static).render())
        setup.query_one("#iv-people", Input).value = "AB, Fatima, Jeroen, Mo"
        await pilot.pause()
        switch.value = True
        await pilot.pause()
        assert "58" in str(setup.query_one("#iv-total", Static).render())
        await pilot.press("ctrl+s")
        await pilot.pause()
        phase = app.screen
        assert isinstance(phase, IntervisiePhaseScreen)
        assert phase.meeting.setup.optional == ["terugblik"]
        assert phase.meeting.flow.phase.id == "terugblik"
        assert "stap 1 van 8" in str(phase.query_one("#iv-top", Static).render())


async def test_a_listed_name_in_the_title_is_replaced_by_a_pseudonym_that_names_nobody(
    paths: Paths, store: Store
) -> None:
    app = make_app(paths, store, finder=ready_finder())
    async with app.run_test(size=(100, 30)) as pilot:
        setup = await open_setup(app, pilot)
        setup.query_one("#iv-people", Input).value = "AB, Fatima, Jeroen, Mo"
        setup.query_one("#iv-case", Input).value = "Casus Wilma"
        setup.query_one("#iv-setup-names", NoteArea).load_text("Wilma")
        setup.query_one("#iv-case", Input).focus()
        await pilot.pause()
        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, IntervisiePrivacyScreen)
        assert dialog.pseudonym == "Casus A"  # never "Casus Wilma": it names Wilma
        await pilot.press("escape")  # back: nothing stored, the focus where it was
        await pilot.pause()
        assert app.screen is setup and store.list_sessions() == []
        assert app.focused is setup.query_one("#iv-case", Input)

        await pilot.press("ctrl+s")
        await pilot.pause()
        dialog = app.screen
        assert isinstance(dialog, IntervisiePrivacyScreen)
        await pilot.press("s")  # a pseudonym of our own …
        await pilot.pause()
        assert isinstance(app.screen, PseudonymDialog)
        await pilot.press(*"Wilma 2", "enter")  # … that names her: refused, calmly
        await pilot.pause()
        assert isinstance(app.screen, PseudonymDialog)
        assert "Kies een andere" in str(app.screen.query_one("#iv-pseudonym-problem").render())
        field = app.screen.query_one(Input)
        field.value = ""
        await pilot.press(*"Casus Noord", "enter")
        await pilot.pause()
        assert app.screen is dialog and dialog.pseudonym == "Casus Noord"
        assert dialog.choices == ["Casus Noord"]
        await pilot.press("ctrl+s")
        await pilot.pause()
    session = store.list_sessions(kind="intervisie")[0].session
    assert session.label == "Casus Noord"  # not "Casus Casus Noord", and no Wilma


# -- a phase -------------------------------------------------------------------------------------
async def test_steps_are_counted_as_they_run_and_quiet_steps_offer_no_card(
    paths: Paths, store: Store
) -> None:
    clock = HandClock()
    meeting = start_meeting(store, clock)
    app = make_app(paths, store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meeting(app, pilot, meeting)
        phase = app.screen
        assert isinstance(phase, IntervisiePhaseScreen)
        assert meeting.flow.phase.id == "keuze"  # the look-back was not chosen
        assert "stap 1 van 7" in str(phase.query_one("#iv-top", Static).render())
        await pilot.press("escape")
        await pilot.pause()
        assert "screen.card" not in keys_shown(phase)  # nobody asks here: no other card
        assert "niemand vragen" in str(phase.query_one("#iv-card", Static).render())
        assert not phase.query_one("#iv-card-hint").display
        await pilot.press("k")  # the key does nothing here
        await pilot.press("question_mark")
        await pilot.pause()
        help_screen = app.screen
        assert isinstance(help_screen, IntervisieHelpScreen)
        steps = "\n".join(help_screen.steps)
        assert "–  Terugblik op vorige keer (niet gekozen)" in steps
        assert "▶ 1. Een incident kiezen (5 min, niemand vraagt)" in steps
        assert "  3. Vragen om informatie (10 min)" in steps
        assert all("Andere kaart" not in label for _, label in help_screen.keys)
        await pilot.press("escape")
        await pilot.press("n", "escape", "n", "escape")  # to the question round, key mode
        await pilot.pause()
        assert meeting.flow.phase.id == "vragen"
        assert "stap 3 van 7" in str(phase.query_one("#iv-top", Static).render())
        assert "screen.card" in keys_shown(phase)
        assert phase.query_one("#iv-card-hint").display


async def test_focus_returns_where_it_was_after_every_dialog(paths: Paths, store: Store) -> None:
    clock = HandClock()
    meeting = start_meeting(store, clock)
    at(meeting, "vragen")
    app = make_app(paths, store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meeting(app, pilot, meeting)
        phase = app.screen
        assert isinstance(phase, IntervisiePhaseScreen)
        note = phase.query_one("#iv-note", NoteArea)
        assert app.focused is note
        await pilot.press(*"Wat zag je")
        await pilot.press("f1")  # help while typing …
        await pilot.pause()
        assert isinstance(app.screen, IntervisieHelpScreen)
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is note and note.text == "Wat zag je"  # … typing goes on
        await pilot.press("escape")  # key mode
        await pilot.pause()
        assert app.focused is None
        for key, dialog in (("question_mark", IntervisieHelpScreen), ("i", QuestionDialog)):
            await pilot.press(key)
            await pilot.pause()
            assert isinstance(app.screen, dialog)
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is phase
            assert app.focused is None  # still key mode: the next key is a command …
        await pilot.press("f1")  # the app's help key works here too
        await pilot.pause()
        assert isinstance(app.screen, (IntervisieHelpScreen, HelpScreen))
        await pilot.press("escape")
        await pilot.pause()
        assert app.focused is None
        await pilot.press("p")  # … such as pause, not a letter in the note
        assert meeting.flow.paused and note.text == "Wat zag je"


async def test_an_emptied_note_disappears_and_nothing_empty_is_stored(
    paths: Paths, store: Store
) -> None:
    clock = HandClock()
    meeting = start_meeting(store, clock)
    at(meeting, "vragen")
    app = make_app(paths, store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meeting(app, pilot, meeting)
        phase = app.screen
        assert isinstance(phase, IntervisiePhaseScreen)
        await pilot.press("space", "space")  # only spaces: nothing is stored
        assert phase.draft_id is None
        await pilot.press("backspace", "backspace", *"Wat?")
        assert "Wat?" in str(phase.query_one("#iv-notes", Static).render())
        await pilot.press("backspace", "backspace", "backspace", "backspace")
        await pilot.pause()
        assert phase.draft_id is None
        assert "Nog niets opgeschreven" in str(phase.query_one("#iv-notes", Static).render())
        await pilot.press(*"Hoe?", "ctrl+n", "ctrl+n")
        await pilot.pause()
    active = [
        (e.note, e.note_kind) for e in store.entries(meeting.session.id) if e.state == "active"
    ]
    assert ("Hoe?", "question") in active
    assert all(note.strip() for note, _ in active)
    dropped = [e for e in store.entries(meeting.session.id) if e.state == "skipped"]
    assert all(e.note == "" for e in dropped)


async def test_the_inbrenger_answers_in_the_question_round(paths: Paths, store: Store) -> None:
    clock = HandClock()
    meeting = start_meeting(store, clock)
    at(meeting, "vragen")
    app = make_app(paths, store, clock)
    async with app.run_test(size=(100, 30)) as pilot:
        await open_meeting(app, pilot, meeting)
        phase = app.screen
        assert isinstance(phase, IntervisiePhaseScreen)
        seen: list[tuple[str, str | None]] = []
        for _ in range(5):  # the group, AB, Fatima, Jeroen, Mo, and round again
            seen.append((phase.kind, phase.person))
            await pilot.press("ctrl+p")
        assert ("question", "AB") not in seen and ("answer", "AB") in seen
        assert {kind for kind, person in seen if person != "AB"} == {"question"}
        while phase.person != "AB":
            await pilot.press("ctrl+p")
        assert "Soort: Antwoord · Van: AB" in str(phase.query_one("#iv-note-bar").render())
        await pilot.press(*"Ze belde drie keer.", "ctrl+n", "ctrl+p")  # AB -> Fatima
        assert (phase.kind, phase.person) == ("question", "Fatima")
        await pilot.press(*"Wat zei ze?", "ctrl+o")  # question -> answer: it is AB's then
        assert (phase.kind, phase.person) == ("answer", "AB")
        await pilot.press("ctrl+o")  # answer -> note; advice stays locked
        assert phase.kind == "note"
        await pilot.press("ctrl+o")  # advice is skipped: back to question
        assert phase.kind == "question" and phase.person is None  # AB asks no questions
        await pilot.pause()
    filed = {e.note: (e.note_kind, e.participant) for e in store.entries(meeting.session.id)}
    assert filed["Ze belde drie keer."] == ("answer", "AB")
    assert filed["Wat zei ze?"] == ("question", None)


# -- home ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lang", "line"),
    [("nl", "Incidentmethode  (48 min, 7 stappen + 1 optioneel)"),
     ("en", "Incident method  (48 min, 7 steps + 1 optional)")],
)  # fmt: skip
async def test_home_counts_what_always_runs(
    paths: Paths, store: Store, lang: str, line: str
) -> None:
    app = make_app(paths, store, lang=lang)
    async with app.run_test(size=(100, 30)) as pilot:
        app.navigate.intervisie()
        await pilot.pause()
        home = app.screen
        assert isinstance(home, IntervisieHomeScreen)
        menu = home.query_one(OptionList)
        lines = [str(menu.get_option_at_index(i).prompt) for i in range(menu.option_count)]
        assert line in lines
        menu.highlighted = [o.id for o in menu.options].index("m:incidentmethode")
        await pilot.pause()
        about = str(home.query_one("#iv-home-about", Static).render())
        optional = "(optioneel)" if lang == "nl" else "(optional)"
        assert f"{optional} →" in about


def test_text_areas_are_the_setup_fields_that_wrap() -> None:
    assert issubclass(NoteArea, TextArea)
