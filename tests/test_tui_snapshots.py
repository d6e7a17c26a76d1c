"""A handful of SVG snapshots (deterministic: shipped deck, fixed rng and clock)."""

from __future__ import annotations

from typing import Any

from textual.pilot import Pilot

from quez.paths import Paths
from tests.tui_support import make_app, open_store


async def _settle(pilot: Pilot[Any]) -> None:
    await pilot.pause(0.15)
    await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def test_theme_cards_80x24(paths: Paths, snap_compare: Any) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        assert snap_compare(app, press=["enter", "enter"], terminal_size=(80, 24))


def test_theme_cards_160x48(paths: Paths, snap_compare: Any) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        assert snap_compare(app, press=["enter", "enter", "right"], terminal_size=(160, 48))


def test_card_with_a_note(paths: Paths, snap_compare: Any) -> None:
    async def type_note(pilot: Pilot[Any]) -> None:
        await pilot.press("enter", "enter", "4", *"Mijn buurvrouw, elke dinsdag.")
        await pilot.press("escape", "asterisk", "v")
        await _settle(pilot)

    with open_store(paths) as store:
        app = make_app(paths, store)
        assert snap_compare(app, terminal_size=(100, 30), run_before=type_note)


def test_read_back(paths: Paths, snap_compare: Any) -> None:
    async def two_notes(pilot: Pilot[Any]) -> None:
        await pilot.press("enter", "enter", "1", *"Zelf koken.", "escape", "n")
        await pilot.press("ctrl+o", *"Ze wil meer rust.", "escape", "k", "down", "space")
        await _settle(pilot)

    with open_store(paths) as store:
        app = make_app(paths, store)
        assert snap_compare(app, terminal_size=(100, 30), run_before=two_notes)
