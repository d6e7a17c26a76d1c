"""Small kitchen-table details: the new-conversation steps, dialogs that fit, large text."""

from __future__ import annotations

from pathlib import Path

from textual.widgets import Input, OptionList

from quez.paths import Paths
from quez.tui.app import QuezApp
from quez.tui.screens.new_conversation import NewConversationScreen
from quez.tui.screens.table import TableScreen
from tests.tui_support import make_app, open_store, write_deck


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
