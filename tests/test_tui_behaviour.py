"""Autosave timing and failures, display modes, the intervisie seam."""

from __future__ import annotations

import contextlib

import pytest
from textual.widgets import OptionList
from textual.worker import WorkerFailed

from quez.paths import Paths
from quez.store import StoreError
from quez.tui.save_timing import DELAY, MAX_WAIT, RETRY
from quez.tui.screens.help import HelpScreen
from quez.tui.screens.intervisie_home import IntervisieHomeScreen
from quez.tui.screens.start import StartScreen
from quez.tui.themes import CONTRAST, NORMAL
from tests.save_support import manual_autosave
from tests.tui_support import make_app, open_store


async def test_autosave_lands_within_a_second(paths: Paths) -> None:
    """With the real timings (on a hand-moved clock): typing does not wait for a save, and the
    save follows well within a second."""
    with open_store(paths) as store:
        app = make_app(paths, store, delay=DELAY, max_wait=MAX_WAIT)
        async with app.run_test(size=(100, 30)) as pilot:
            time = manual_autosave(app, delay=DELAY, max_wait=MAX_WAIT)
            await pilot.press("enter", "enter", "1", *"net getypt")
            sid = store.list_sessions()[0].session.id
            assert store.entries(sid)[0].note == ""  # typing did not wait for a save
            time.advance(1.0)
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert store.entries(sid)[0].note == "net getypt"
            assert app.save_state == "saved"


async def test_a_failed_save_is_kept_and_retried(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Deterministic: the failure is injected (one refused write) and the clock is moved by
    hand, so neither load nor timing decides the outcome."""
    with open_store(paths) as store:
        real = store.save_note
        failures = iter([True])

        def flaky(entry_id: int, note: str) -> bool:
            if next(failures, False):
                raise StoreError("store.error.disk_full", path="x")
            return real(entry_id, note)

        monkeypatch.setattr(store, "save_note", flaky)
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            time = manual_autosave(app)
            await pilot.press("enter", "enter", "1", *"bewaar mij")
            time.advance(DELAY)  # the save is due: it fails
            with contextlib.suppress(WorkerFailed):
                await app.workers.wait_for_complete()
            await pilot.pause()
            assert app.save_state == "error"
            sid = store.list_sessions()[0].session.id
            assert store.entries(sid)[0].note == ""
            time.advance(RETRY)  # the retry: the write that was kept goes through
            await app.workers.wait_for_complete()
            await pilot.pause()
            assert store.entries(sid)[0].note == "bewaar mij"
            assert app.save_state == "saved"


async def test_large_text_contrast_and_no_color(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_COLOR", "1")
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(80, 24)) as pilot:
            assert app.no_color
            assert app.theme == NORMAL and not app.has_class("-large")
            await pilot.press("plus", "f5")
            assert app.has_class("-large") and app.theme == CONTRAST
            assert app.settings.large_text and app.settings.high_contrast
            await pilot.press("minus", "f5")
            assert not app.has_class("-large") and app.theme == NORMAL
            await pilot.press("f1")
            assert isinstance(app.screen, HelpScreen)
            await pilot.press("escape")


async def test_the_start_menu_opens_the_intervisie_home_and_esc_comes_back(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(80, 24)) as pilot:
            menu = app.screen.query_one("#start-menu", OptionList)
            menu.highlighted = menu.get_option_index("intervisie")
            await pilot.press("enter")
            assert isinstance(app.screen, IntervisieHomeScreen)
            await pilot.press("escape")
            assert isinstance(app.screen, StartScreen)
