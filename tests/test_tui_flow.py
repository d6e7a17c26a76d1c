"""Walk the whole kitchen-table flow with the pilot and check what the store holds."""

from __future__ import annotations

from pathlib import Path

from textual.pilot import Pilot
from textual.widgets import TextArea

from quez.paths import Paths
from quez.store import Store
from quez.tui.app import QuezApp
from quez.tui.screens.card import CardScreen
from quez.tui.screens.close_conversation import CloseConversationScreen
from quez.tui.screens.end import EndScreen
from quez.tui.screens.readback import ReadBackScreen
from quez.tui.screens.start import StartScreen
from quez.tui.screens.table import TableScreen
from quez.tui.widgets.note_area import NoteArea
from tests.tui_support import make_app, open_store


async def settle(pilot: Pilot[int], app: QuezApp) -> None:
    """Let the debounce timer fire and the save worker finish."""
    await pilot.pause(0.15)
    await app.workers.wait_for_complete()
    await pilot.pause()


async def new_conversation(pilot: Pilot[int], label: str = "") -> None:
    await pilot.press("enter")  # Nieuw gesprek
    await pilot.press(*label)
    await pilot.press("enter")  # Beginnen
    await pilot.pause()


def only_session(store: Store) -> str:
    sessions = store.list_sessions()
    assert len(sessions) == 1
    return sessions[0].session.id


async def test_whole_flow_is_stored(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            assert isinstance(app.screen, StartScreen)
            await new_conversation(pilot, "Tuin")
            assert isinstance(app.screen, TableScreen)
            sid = only_session(store)
            assert store.get_session(sid).label == "Tuin"  # type: ignore[union-attr]

            # The client chooses theme 2 and says something; autosave writes it.
            await pilot.press("2")
            assert isinstance(app.screen, CardScreen)
            await pilot.press(*"Ik kan goed koken")
            await settle(pilot, app)
            first = store.entries(sid)[0]
            assert (first.card_id, first.chosen_by, first.note) == (
                "kra-01",
                "client",
                "Ik kan goed koken",
            )
            assert app.save_state == "saved"

            # Leave the field, mark important, next card, type, skip it.
            await pilot.press("escape", "asterisk", "n", *"tweede", "escape", "s")
            await pilot.pause()
            # Back to the table; the professional draws; a summary; private notes.
            await pilot.press("escape", "t")
            assert isinstance(app.screen, TableScreen)
            await pilot.press("r")
            assert isinstance(app.screen, CardScreen)
            await pilot.press("ctrl+o", *"samenvatting", "escape", "w", *"prive", "escape", "w")
            assert not app.screen.query_one("#worknotes").display

            # History: back to the first card and its note.
            await pilot.press("h")
            await pilot.press("home", "enter")
            assert isinstance(app.screen, CardScreen)
            assert app.screen.query_one("#note", NoteArea).text == "Ik kan goed koken"

            # Klopt dit zo? Correct note 1 (not asked yet), note 2: yes, then no after all;
            # yes to the summary.
            await pilot.press("escape", "k")
            assert isinstance(app.screen, ReadBackScreen)
            await pilot.press("enter", "end", *" en bakken", "escape")
            await pilot.press("down", "space", "space", "down", "space")
            await pilot.press("o")
            assert isinstance(app.screen, EndScreen)
            mirror_before_close = store.get_session(sid).mirror  # type: ignore[union-attr]
            assert store.get_worknotes(sid).text == "prive"  # type: ignore[union-attr]
            await pilot.press("a")  # asks first, showing the werkaantekeningen once more
            assert isinstance(app.screen, CloseConversationScreen)
            assert app.screen.query_one("#close-worknotes", TextArea).text == "prive"
            assert store.get_worknotes(sid) is not None  # nothing erased before the yes
            await pilot.press("j", "enter")
            assert isinstance(app.screen, StartScreen)

        entries = store.entries(sid)
        assert [(e.card_id, e.chosen_by, e.state) for e in entries] == [
            ("kra-01", "client", "active"),
            ("kra-02", "client", "skipped"),
            ("kra-03", "client", "active"),
            (entries[3].card_id, "professional", "active"),
        ]
        one, two, _, drawn = entries
        assert one.note == "Ik kan goed koken en bakken" and one.important
        assert one.consent is None and not one.goes_in_client_copy
        assert two.note == "tweede" and two.consent is False and not two.goes_in_client_copy
        assert (drawn.note, drawn.summary) == ("", "samenvatting")
        assert drawn.summary_consent is True and drawn.goes_in_client_copy
        assert mirror_before_close is not None
        assert mirror_before_close["chosen_by_client"] == 3
        assert mirror_before_close["chosen_by_professional"] == 1
        session = store.get_session(sid)
        assert session is not None and session.status == "closed"
        assert store.get_worknotes(sid) is None


async def test_export_from_readback_writes_the_clients_copy(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            await new_conversation(pilot)
            await pilot.press("1", *"mijn eigen woorden", "escape", "n", *"niet mee")
            await pilot.press("escape", "w", *"geheim", "escape", "k")
            await pilot.press("space", "e")  # yes to the first; nobody asked about the second
            assert isinstance(app.screen, EndScreen)
            exported = app.screen.exported
        assert {p.suffix for p in exported} == {".html", ".md"}
        for path in exported:
            text = path.read_text(encoding="utf-8")
            assert "eigen woorden" in text
            assert "niet mee" not in text and "geheim" not in text
            assert "chosen_by" not in text
        assert exported[0].parent == paths.exports_dir


async def test_resume_exactly_where_it_was(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store, delay=5.0)  # the timer never fires: quit must save
        async with app.run_test(size=(100, 30)) as pilot:
            await new_conversation(pilot)
            await pilot.press("3", *"half af", "escape", "w", *"eigen notitie", "escape")
            await pilot.press("ctrl+q")
        assert app.return_code == 0

        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("down", "enter")  # Verder met een gesprek
            await pilot.press("enter")  # the only open conversation
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, CardScreen)
            assert screen.query_one("#note", NoteArea).text == "half af"
            assert screen.query_one("#worknotes").display
            assert screen.query_one("#worknotes-text", NoteArea).text == "eigen notitie"
            assert app.conversation is not None
            assert app.conversation.current is not None
            assert app.conversation.current.card_id == "mot-01"
            # Esc goes back to the theme cards, and again to the start.
            await pilot.press("escape", "escape")
            assert isinstance(app.screen, TableScreen)
            await pilot.press("escape")
            assert isinstance(app.screen, StartScreen)


async def test_english_ui_and_deck(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store, lang="en")
        async with app.run_test(size=(80, 24)) as pilot:
            await new_conversation(pilot)
            assert isinstance(app.screen, TableScreen)
            titles = [c.title for c in app.screen.query("ThemeCard")]  # type: ignore[attr-defined]
            assert titles[0] == "What do I want?"
            hints = [label for _, label, _ in app.screen.query_one("#keybar").hints()]  # type: ignore[attr-defined]
            assert "Draw a card" in hints and "Help" in hints
            await pilot.press("question_mark")
            await pilot.press("escape")
            await pilot.press("o")
            assert isinstance(app.screen, CardScreen)
            assert app.conversation is not None
            current = app.conversation.current
            assert current is not None and current.card_text == "How are you today?"


async def test_preselected_deck_from_cli(paths: Paths, tmp_path: Path) -> None:
    source = Path(__file__).resolve().parent.parent / "decks" / "gesprek.yaml"
    copy = tmp_path / "mijn.yaml"
    copy.write_text(source.read_text(encoding="utf-8").replace("id: gesprek", "id: mijn", 1))
    with open_store(paths) as store:
        app = make_app(paths, store, extra=[copy])
        assert app.preselect_deck == "mijn"
        async with app.run_test(size=(100, 30)) as pilot:
            await new_conversation(pilot)
            assert app.conversation is not None and app.conversation.deck.id == "mijn"
