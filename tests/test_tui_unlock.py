"""The unlock screen of an encrypted store: wrong tries, three strikes, saving into the vault."""

from __future__ import annotations

import time
from collections.abc import Iterator
from dataclasses import replace

import pytest
from textual.pilot import Pilot
from textual.widgets import Input, Static

from quez import vault
from quez.i18n import Translator
from quez.paths import Paths
from quez.store import Store, StoreError
from quez.store.cipher import Key
from quez.tui.app import QuezApp
from quez.tui.launch import run_tui
from quez.tui.screens.start import StartScreen
from quez.tui.screens.table import TableScreen
from quez.tui.screens.unlock import UnlockScreen
from quez.workflows.unlock import unlock_vault
from tests.tui_support import StepClock, make_app
from tests.vault_support import FAST, PASSPHRASE, MemoryKeyring, memory_keyring

__all__ = ["memory_keyring"]  # fixture


@pytest.fixture
def locked(paths: Paths) -> Paths:
    """An empty store, encrypted with cheap key-derivation parameters."""
    Store.open(paths.db_path).close()
    vault.enable(paths, PASSPHRASE, params=FAST)
    return paths


def locked_app(paths: Paths, *, lang: str = "nl") -> QuezApp:
    def open_store(key: Key) -> Store:
        return Store.open(paths.db_path, clock=StepClock(), key=key)

    return make_app(paths, None, lang=lang, open_store=open_store)


async def attempt(pilot: Pilot[int], app: QuezApp, passphrase: str) -> None:
    await pilot.press(*passphrase, "enter")
    await app.workers.wait_for_complete()
    await pilot.pause()


def status(app: QuezApp) -> str:
    return str(app.screen.query_one("#unlock-status", Static).render())


@pytest.fixture
def apps() -> Iterator[list[QuezApp]]:
    """Apps whose store is closed after the test."""
    made: list[QuezApp] = []
    yield made
    for app in made:
        if app.current_store is not None:
            app.current_store.close()


async def test_wrong_then_right_opens_and_saves_into_the_vault(
    locked: Paths, apps: list[QuezApp]
) -> None:
    app = locked_app(locked)
    apps.append(app)
    async with app.run_test(size=(80, 24)) as pilot:
        assert isinstance(app.screen, UnlockScreen)
        assert app.current_store is None
        field = app.screen.query_one(Input)
        assert field.password and field.has_focus
        await attempt(pilot, app, "niet de goede zin")
        assert isinstance(app.screen, UnlockScreen)
        assert status(app) == "Die wachtwoordzin klopt niet. Probeer het nog eens (nog 2 keer)."
        assert field.value == "" and field.has_focus and not field.disabled
        await attempt(pilot, app, PASSPHRASE)
        assert isinstance(app.screen, StartScreen)
        assert app.current_store is not None
        await pilot.press("enter", "enter", "1", *"geheim in de kluis", "ctrl+q")
    assert app.return_code == 0
    store = app.current_store
    assert store is not None
    sid = store.list_sessions()[0].session.id
    store.close()
    app.current_store = None
    with pytest.raises(StoreError):
        Store.open(locked.db_path)  # still locked without the key
    with Store.open(locked.db_path, key=vault.unlock(locked, PASSPHRASE)) as reopened:
        assert reopened.entries(sid)[0].note == "geheim in de kluis"
    assert b"geheim in de kluis" not in locked.db_path.read_bytes()


async def test_three_wrong_tries_stop_with_code_2(locked: Paths, apps: list[QuezApp]) -> None:
    app = locked_app(locked, lang="en")
    apps.append(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await attempt(pilot, app, "one")
        assert "tries left: 2" in status(app)
        await attempt(pilot, app, "two")
        assert "tries left: 1" in status(app)
        await attempt(pilot, app, "three")
    assert app.return_code == 2
    assert app.current_store is None  # nothing was opened


async def test_an_empty_enter_is_not_a_try(locked: Paths, apps: list[QuezApp]) -> None:
    app = locked_app(locked)
    apps.append(app)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("enter")
        assert status(app) == "Typ eerst uw wachtwoordzin."
        assert isinstance(app.screen, UnlockScreen) and app.screen.wrong == 0


async def test_the_screen_stays_responsive_while_unlocking(
    locked: Paths, apps: list[QuezApp]
) -> None:
    app = locked_app(locked)
    apps.append(app)
    assert app.locked is not None

    def slow(passphrase: str) -> Key:
        time.sleep(0.6)
        return vault.unlock(locked, passphrase)

    app.locked = replace(app.locked, unlock=slow)
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press(*PASSPHRASE, "enter")
        await pilot.pause(0.1)
        assert status(app) == "Ontgrendelen…"
        assert app.screen.query_one(Input).disabled
        await pilot.press("f5")  # keys still work: the derivation runs in a thread
        assert app.theme == "quez-contrast"
        await app.workers.wait_for_complete()
        await pilot.pause()
        assert isinstance(app.screen, StartScreen)


def test_a_plain_store_needs_no_key(paths: Paths) -> None:
    outcome = unlock_vault(paths, env={})
    assert (outcome.encrypted, outcome.key, outcome.failure) == (False, None, None)


def test_the_environment_is_honoured_like_on_the_command_line(
    locked: Paths, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    nobody = unlock_vault(locked, env={})  # nobody typed anything: ask on screen
    assert nobody.locked and nobody.key is None and nobody.failure is None
    given = unlock_vault(locked, env={"QUEZ_PASSPHRASE": PASSPHRASE})
    assert given.encrypted and given.key == vault.unlock(locked, PASSPHRASE)
    wrong = unlock_vault(locked, env={"QUEZ_PASSPHRASE": "not the one"})
    assert wrong.failure is not None and wrong.key is None
    assert "nothing was opened or changed" in wrong.failure.message(Translator("en"))
    # The app's start-up: one line on stderr and exit code 2, and no app at all.
    monkeypatch.setenv("QUEZ_PASSPHRASE", "not the one")
    assert run_tui(Translator("en"), locked, []) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nothing was opened or changed" in err


def test_a_remembered_key_needs_no_screen(paths: Paths, memory_keyring: MemoryKeyring) -> None:
    Store.open(paths.db_path).close()
    vault.enable(paths, PASSPHRASE, params=FAST, remember=True)
    outcome = unlock_vault(paths, env={})
    assert outcome.encrypted and outcome.key == vault.unlock(paths, PASSPHRASE)


async def test_after_unlock_the_flow_reaches_the_themes(locked: Paths, apps: list[QuezApp]) -> None:
    app = locked_app(locked)
    apps.append(app)
    async with app.run_test(size=(100, 30)) as pilot:
        await attempt(pilot, app, PASSPHRASE)
        await pilot.press("enter", "enter")
        assert isinstance(app.screen, TableScreen)
