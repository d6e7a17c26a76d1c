"""Small kitchen-table details: the new-conversation steps, dialogs that fit, large text."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Input, OptionList, Static

from quez.i18n import Translator
from quez.paths import Paths
from quez.settings import Settings
from quez.tui.app import QuezApp
from quez.tui.launch import build_app
from quez.tui.screens.card import CardScreen
from quez.tui.screens.new_conversation import NewConversationScreen
from quez.tui.screens.readback import ReadBackScreen
from quez.tui.screens.table import TableScreen
from quez.tui.widgets.note_area import NoteArea
from quez.tui.widgets.question import QuestionText
from tests.tui_support import StepClock, make_app, open_store, write_deck


def hints(app: QuezApp) -> list[tuple[str, str]]:
    bar = app.screen.query_one("KeyBar")
    return [(key, label) for key, label, _ in bar.hints()]  # type: ignore[attr-defined]


async def test_enter_on_the_cards_moves_to_the_name_then_begins(
    paths: Paths, tmp_path: Path
) -> None:
    second = write_deck(tmp_path, "Tweede stapel", deck_id="tweede")
    with open_store(paths) as store:
        app = make_app(paths, store, extra=[second])
        app.preselect_deck = None  # two decks, none given: the dialog starts on the list
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter")
            assert isinstance(app.screen, NewConversationScreen)
            assert isinstance(app.focused, OptionList)
            assert ("Enter", "Kiezen, dan de naam") in hints(app)
            await pilot.press("down", "enter")
            menu = app.screen.query_one("#new-decks", OptionList)
            chosen = menu.get_option_at_index(menu.highlighted or 0).id
            assert isinstance(app.screen, NewConversationScreen)  # not started yet
            assert isinstance(app.focused, Input) and app.focused.id == "new-label"
            assert ("Enter", "Beginnen") in hints(app)
            await pilot.press(*"Merel", "enter")
            assert isinstance(app.screen, TableScreen)
            session = store.list_sessions()[0].session
            assert (session.deck_id, session.label) == (chosen, "Merel")


async def test_with_one_deck_one_enter_begins(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter")
            assert isinstance(app.focused, Input) and app.focused.id == "new-label"
            assert ("Enter", "Beginnen") in hints(app)
            await pilot.press("enter")
            assert isinstance(app.screen, TableScreen)
            assert store.list_sessions()[0].session.label is None


async def test_dialogs_fit_and_keep_their_keys_in_view(paths: Paths, tmp_path: Path) -> None:
    decks = [write_deck(tmp_path, f"Stapel {n}", deck_id=f"stapel-{n}") for n in range(3)]
    for size in ((80, 24), (160, 48)):
        with open_store(paths) as store:
            app = make_app(paths, store, extra=decks)
            app.preselect_deck = None
            async with app.run_test(size=size) as pilot:
                await pilot.press("enter")
                dialog = app.screen.query_one(".dialog")
                keys = app.screen.query_one("KeyBar")
                assert keys.region.bottom <= dialog.region.bottom - 1, size  # inside the frame
                assert dialog.region.bottom <= size[1]
                title = app.screen.query_one(".dialog-title")
                assert dialog.scroll_y == 0 and title.region.y > dialog.region.y, size


def scales(app: QuezApp, selector: str) -> list[int]:
    return [
        q.scale(q.content_region.width) for q in app.screen.query(selector).results(QuestionText)
    ]


def mark_shown(app: QuezApp) -> bool:
    return app.screen.query_one(".size-mark").display


async def test_large_text_is_visible_and_stored(paths: Paths) -> None:
    with open_store(paths) as store:
        app = build_app(Translator("nl"), paths, store, clock=StepClock(), autosave_delay=0.05)
        async with app.run_test(size=(160, 48)) as pilot:
            await pilot.press("enter", "enter", "1", *"Zelf koken.", "escape")
            assert isinstance(app.screen, CardScreen) and not mark_shown(app)
            assert scales(app, "#question") == [1]
            await pilot.press("plus")
            await pilot.pause()
            assert scales(app, "#question") == [2] and mark_shown(app)
            assert Settings.load(paths.settings_file).large_text  # saved by the app
            await pilot.press("k")
            await pilot.pause()
            assert scales(app, ".block-note") == [2]
            await pilot.press("minus")
            await pilot.pause()
            assert scales(app, ".block-note") == [1] and not mark_shown(app)
            assert not Settings.load(paths.settings_file).large_text


async def test_read_back_at_80x24_all_equal_unless_large(paths: Paths) -> None:
    long = "Ik wil zelf mijn boodschappen doen, ook als het regent en mijn knie pijn doet."
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter", "enter", "1", *long, "escape", "n", *"Soms.", "escape")
            await pilot.press("k")
            await pilot.pause()
            assert isinstance(app.screen, ReadBackScreen)
            assert scales(app, ".block-note") == [0, 0]  # the long one does not fit: none
            await pilot.press("plus")
            await pilot.pause()
            assert scales(app, ".block-note")[1] > 0 and mark_shown(app)


def border(app: QuezApp, selector: str) -> str:
    return str(app.screen.query_one(selector).styles.border_top[0])


async def test_no_color_states_differ_by_frame_and_words(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("enter", "enter")
            assert app.no_color
            assert [border(app, f"#theme-{n}") for n in (1, 2)] == ["double", "round"]
            await pilot.press("1", *"Zelf koken.")
            assert border(app, "#note") == "double"  # typing
            await pilot.press("escape")
            assert border(app, "#note") == "round"
            # Two fields, told apart by their frames and their labels, not by colour.
            summary = app.screen.query_one("#summary", NoteArea)
            assert border(app, "#summary") == "dashed"
            assert "Samenvatting door de begeleider" in str(summary.border_title)
            assert "Uw eigen woorden" in str(app.screen.query_one("#note").border_title)
            await pilot.press("ctrl+o")  # to the other field, typing there
            assert app.focused is summary and border(app, "#summary") == "double"
            await pilot.press("escape", "asterisk")
            assert border(app, "#summary") == "dashed"
            assert "★" in str(app.screen.query_one("#note").border_subtitle)
            await pilot.press("w", *" erbij", "escape", "w")
            area = app.screen.query_one("#worknotes-text", NoteArea)
            area.move_cursor((0, 0))  # as after loading a resumed conversation
            await pilot.press("w", *" en nog")
            assert border(app, "#worknotes") == "heavy"
            title = str(app.screen.query_one("#worknotes-title", Static).render())
            assert title.startswith("Werkaantekeningen")
            assert area.text == " erbij en nog"  # reopening goes on after what is there


async def test_the_typed_name_survives_tab_to_begin_and_back(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter", *"Merel", "tab")
            assert app.focused is not None and app.focused.id == "new-start"
            assert ("Enter", "Beginnen") in hints(app)  # the button says what Enter does
            await pilot.press("shift+tab", *" B")  # back to the field: the name grows
            label = app.screen.query_one("#new-label", Input)
            assert label.value == "Merel B"
            await pilot.press("tab", "enter")
            assert isinstance(app.screen, TableScreen)
            assert store.list_sessions()[0].session.label == "Merel B"
