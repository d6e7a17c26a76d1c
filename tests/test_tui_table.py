"""At the table: skip and later are confirmed, parked cards come back, discussed themes show."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import OptionList

from quez.paths import Paths
from quez.tui.app import QuezApp
from quez.tui.screens.card import CardScreen
from quez.tui.screens.parked import ParkedScreen
from quez.tui.screens.table import TableScreen
from quez.tui.widgets.theme_card import ThemeCard
from tests.tui_support import make_app, open_store, write_deck


def listen(app: QuezApp) -> list[str]:
    said: list[str] = []
    app.say = lambda message, *, error=False: said.append(message)  # type: ignore[method-assign]
    return said


def card_text(app: QuezApp, number: int) -> str:
    card = app.screen.query_one(f"#theme-{number}", ThemeCard)
    return str(card.render())


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_skip_and_later_say_what_happened(paths: Paths, lang: str) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store, lang=lang)
        said = listen(app)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("enter", "enter", "1", "escape", "s")
            assert said == [app.t("table.notice.skipped")]
            await pilot.press("escape", "l")
            assert said[-1] == app.t("table.notice.parked")
            assert isinstance(app.screen, CardScreen)
            states = [e.state for e in store.entries(store.list_sessions()[0].session.id)]
            assert states == ["skipped", "parked", "active"]


async def test_the_table_marks_discussed_themes_in_words(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("enter", "enter")
            assert "besproken" not in card_text(app, 1)
            await pilot.press("1", "escape", "l", "escape", "t")
            assert isinstance(app.screen, TableScreen) and app.no_color
            assert "✓ besproken · 1 voor later" in card_text(app, 1)
            assert app.screen.query_one("#theme-1").has_class("-discussed")
            assert "besproken" not in card_text(app, 2)
            assert not app.screen.query_one("#theme-2").has_class("-discussed")


async def test_a_parked_card_comes_back_when_the_client_asks(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        said = listen(app)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter", "enter", "l")
            assert isinstance(app.screen, ParkedScreen)
            assert not app.screen.query("#parked-list")  # nothing kept yet: says so
            await pilot.press("escape", "2", "escape", "l", "escape", "t", "l")
            assert isinstance(app.screen, ParkedScreen)
            menu = app.screen.query_one("#parked-list", OptionList)
            assert menu.option_count == 1
            await pilot.press("enter")
            assert isinstance(app.screen, CardScreen)
            conv = app.conversation
            assert conv is not None and conv.current is not None
            assert conv.current.seq == 1 and conv.current.state == "active"
            assert conv.parked() == []
            assert app.t("table.notice.came_back") not in said  # asked for: no explanation


async def test_choosing_a_used_up_theme_brings_its_parked_card_back(
    paths: Paths, tmp_path: Path
) -> None:
    deck = write_deck(tmp_path, "Vraag?", deck_id="klein")
    with open_store(paths) as store:
        app = make_app(paths, store, extra=[deck])
        app.preselect_deck = "klein"
        said = listen(app)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter", "enter", "2", "escape", "l")
            # The theme's only card was kept for later: back to the table, told how to find it.
            assert isinstance(app.screen, TableScreen)
            assert said[-1] == app.t("table.notice.parked_last")
            assert "1 voor later" in card_text(app, 2)
            await pilot.press("2")
            assert isinstance(app.screen, CardScreen)
            assert said[-1] == app.t("table.notice.came_back")
            await pilot.press("escape", "t")
            assert "✓ besproken · alles geweest" in card_text(app, 2)
