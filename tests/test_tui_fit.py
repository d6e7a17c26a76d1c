"""At 80x24 with large text, in Dutch and English, every header and dialog fits on screen.

"Fits" is measured on the widgets' regions: a dialog lies inside the screen with its title and
key bar inside its frame; every text in a header is shown whole (it may wrap to the header's
second line, never run past it), and the large-text mark shrinks to "A+" on a narrow screen.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import pytest
from textual.geometry import Region
from textual.widget import Widget
from textual.widgets import OptionList, Static

from quez.paths import Paths
from quez.settings import Settings
from quez.store import Store
from quez.tui.app import QuezApp
from quez.tui.screens.end import EndScreen
from quez.tui.screens.from_whom import FromWhomScreen
from quez.tui.screens.readback import ReadBackScreen
from quez.tui.screens.table import TableScreen
from tests.tui_support import make_app, open_store

SIZE = (80, 24)
SCREEN = Region(0, 0, *SIZE)


@contextmanager
def large_app(paths: Paths, lang: str) -> Iterator[tuple[QuezApp, Store]]:
    with open_store(paths) as store:
        yield make_app(paths, store, lang=lang, settings=Settings(large_text=True)), store


def shown_whole(widget: Static) -> bool:
    """The widget's text needs no more lines than it has at its width."""
    region = widget.content_region
    needed = widget.get_content_height(region.size, SCREEN.size, region.width)
    return region.width > 0 and needed <= region.height


def check_header(app: QuezApp) -> list[str]:
    """Everything wrong with the header of the screen on top (empty: it fits)."""
    problems = []
    bar = app.screen.query_one(".topbar")
    if not SCREEN.contains_region(bar.region):
        problems.append(f"header outside the screen: {bar.region}")
    for part in bar.query(Static):
        if not part.display:
            continue
        name = part.id or ".".join(part.classes)
        if not bar.region.contains_region(part.region):
            problems.append(f"{name} outside the header")
        if part.has_class("size-mark"):
            if part.region.width != 2 or not str(part.render()).startswith("A+"):
                problems.append(f"large-text mark not shortened to A+: {part.region}")
        elif not shown_whole(part):
            problems.append(f"{name} cut: {str(part.render())!r} in {part.content_region}")
    return problems


def check_dialog(app: QuezApp) -> list[str]:
    """Everything wrong with the dialog on top (empty: it fits)."""
    dialog = app.screen.query_one(".dialog")
    problems = []
    if not SCREEN.contains_region(dialog.region):
        problems.append(f"dialog outside the screen: {dialog.region}")
    inside = dialog.region.shrink((1, 1, 1, 1))  # within the frame
    title = app.screen.query(".dialog-title")
    parts: list[Widget] = [*title, app.screen.query_one("KeyBar")]
    for part in parts:
        if not inside.contains_region(part.region):
            problems.append(f"{type(part).__name__} outside the frame: {part.region}")
    if dialog.scroll_y:
        problems.append("dialog scrolled")
    return problems


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_every_header_fits_at_80x24_in_large_text(paths: Paths, lang: str) -> None:
    with large_app(paths, lang) as (app, _store):
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("enter", "enter")
            assert isinstance(app.screen, TableScreen) and app.large_text
            assert check_header(app) == []
            conv = app.conversation
            assert conv is not None
            # The longest header the shipped deck makes: a drawn card in its longest theme.
            longest = max(conv.themes, key=lambda th: len(conv.theme_title(th.id)))
            conv.draw(longest.id)
            app.navigate.card()
            await pilot.pause()
            assert "professional" in str(app.screen.query_one("#card-meta", Static).render())
            assert check_header(app) == []
            await pilot.press("escape")
            await pilot.press("k")
            assert isinstance(app.screen, ReadBackScreen)
            assert check_header(app) == []
            await pilot.press("o")
            assert isinstance(app.screen, EndScreen)
            assert check_header(app) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_every_dialog_fits_at_80x24_in_large_text(paths: Paths, lang: str) -> None:
    with large_app(paths, lang) as (app, _store):
        async with app.run_test(size=SIZE) as pilot:
            await pilot.press("question_mark")  # help over the start screen
            assert check_dialog(app) == []
            await pilot.press("escape")
            menu = app.screen.query_one("#start-menu", OptionList)
            menu.highlighted = 3  # Van wie: the professional's details
            await pilot.press("enter")
            assert isinstance(app.screen, FromWhomScreen)
            assert check_dialog(app) == []
            await pilot.press("escape")
            menu.highlighted = 0
            await pilot.press("enter")  # new conversation
            assert check_dialog(app) == []
            await pilot.press("enter", "1", "escape", "l")  # a card for later
            await pilot.press("escape", "t")
            for key in ("h", "l", "v", "question_mark"):  # history, later, Van wie, help
                await pilot.press(key)
                assert check_dialog(app) == [], key
                await pilot.press("escape")
            await pilot.press("escape")  # to the start screen: one conversation is open
            await pilot.press("down", "enter")  # continue a conversation
            assert check_dialog(app) == []
