"""Autosave in the app, on a hand-moved clock: the maximum wait while typing goes on, the
debounce when it stops, and a failing store told once, retried, and never called "saved"."""

from __future__ import annotations

import contextlib
import shutil
import stat
from pathlib import Path

import pytest
from textual.worker import WorkerFailed

from quez import vault
from quez.paths import Paths
from quez.store import Store, StoreError
from quez.tui.app import QuezApp
from quez.tui.screens.card import CardScreen
from quez.tui.screens.save_elsewhere import SaveElsewhereScreen
from quez.tui.widgets.note_area import NoteArea
from quez.tui.widgets.save_status import SaveStatus
from tests.save_support import ManualTime, manual_autosave
from tests.tui_support import StepClock, make_app, open_store
from tests.vault_support import FAST, PASSPHRASE, plaintext_hits


async def settle(app: QuezApp, pilot: object) -> None:
    """Let a started flush worker finish (failed or not) and its outcome reach the app."""
    with contextlib.suppress(WorkerFailed):  # a failed save is the app's to handle
        await app.workers.wait_for_complete()
    await pilot.pause()  # type: ignore[attr-defined]


def note(store: Store) -> str:
    sid = store.list_sessions()[0].session.id
    return store.entries(sid)[0].note


def recorder(app: QuezApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    monkeypatch.setattr(app, "say", lambda message, **kw: said.append(message))
    return said


async def test_steady_typing_is_saved_by_the_maximum_wait(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            time = manual_autosave(app, delay=0.3, max_wait=0.6)
            await pilot.press("enter", "enter", "1")
            typed = ""
            for i, letter in enumerate("stapvoorstap"):
                await pilot.press(letter)
                typed += letter
                time.advance(0.25)  # a key every 0.25 s: the 0.3 s debounce never comes
                await settle(app, pilot)
                # Every letter typed 0.6 s or more ago (letters 0 … i-2) is in the store.
                assert note(store).startswith(typed[: max(0, i - 1)])
                assert typed.startswith(note(store))
            assert len(note(store)) >= len(typed) - 2  # saved while typing went on
            time.advance(0.3)  # then the quiet: the debounce saves the rest
            await settle(app, pilot)
            assert note(store) == typed and app.save_state == "saved"


async def test_without_the_maximum_wait_steady_typing_would_wait(paths: Paths) -> None:
    """The contrast that makes the test above mean something: the debounce alone never saves
    while keys keep coming."""
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            time = manual_autosave(app, delay=0.3, max_wait=1000.0)
            await pilot.press("enter", "enter", "1")
            for letter in "stapvoorstap":
                await pilot.press(letter)
                time.advance(0.25)
                await settle(app, pilot)
            assert note(store) == "" and app.save_state == "pending"


async def test_quiet_case_saves_after_the_debounce_only(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            time = manual_autosave(app, delay=0.3, max_wait=0.6)
            await pilot.press("enter", "enter", "1", *"kort")
            await settle(app, pilot)
            assert note(store) == "" and app.save_state == "pending"  # typing did not wait
            time.advance(0.29)
            await settle(app, pilot)
            assert note(store) == ""
            time.advance(0.01)
            await settle(app, pilot)
            assert note(store) == "kort" and app.save_state == "saved"


class Access:
    """The store's write check, switched by the test (as if the folder became read-only)."""

    def __init__(self) -> None:
        self.writable = True

    def __call__(self, path: Path, mode: int) -> bool:
        return self.writable


async def test_a_store_that_fails_mid_session_is_told_once_and_retried(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    access = Access()
    store = Store.open(paths.db_path, clock=StepClock(), access=access)
    with store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            time = manual_autosave(app)
            said = recorder(app, monkeypatch)
            await pilot.press("enter", "enter", "1", *"eerst")
            time.advance(0.3)
            await settle(app, pilot)
            assert note(store) == "eerst"
            access.writable = False  # QueZ may no longer write there
            await pilot.press(*" en dan")
            time.advance(0.3)
            await settle(app, pilot)
            assert app.save_state == "error"
            status = str(app.screen.query_one(SaveStatus).render())
            assert "✓" not in status and "niet opgeslagen" in status
            assert len(said) == 1 and "mag niet meer schrijven" in said[0]
            assert "Ctrl+S" in said[0] and "eerst" not in said[0]  # never the text itself
            for _ in range(3):  # it keeps trying, and does not repeat itself
                time.advance(2.0)
                await settle(app, pilot)
            assert len(said) == 1 and app.save_state == "error"
            screen = app.screen
            assert isinstance(screen, CardScreen)
            assert screen.query_one("#note", NoteArea).text == "eerst en dan"  # on screen
            assert app.conversation is not None
            assert app.conversation.entries[0].note == "eerst en dan"  # and in memory
            assert note(store) == "eerst"
            access.writable = True  # the folder is back
            time.advance(2.0)
            await settle(app, pilot)
            assert note(store) == "eerst en dan" and app.save_state == "saved"
            assert said[-1] == app.t("save.recovered")


async def test_save_elsewhere_makes_a_private_store_that_opens_with_quez_home(
    paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    access = Access()
    store = Store.open(paths.db_path, clock=StepClock(), access=access)
    with store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            time = manual_autosave(app)
            said = recorder(app, monkeypatch)
            await pilot.press("ctrl+s")
            assert not isinstance(app.screen, SaveElsewhereScreen)  # only offered on failure
            await pilot.press("enter", "enter", "1")
            access.writable = False
            await pilot.press(*"red mij")
            time.advance(0.3)
            await settle(app, pilot)
            assert app.save_state == "error"
            await pilot.press("ctrl+s")
            assert isinstance(app.screen, SaveElsewhereScreen)
            folder = tmp_path / "usb" / "kopie"
            field = app.screen.query_one("#elsewhere-folder")
            field.value = str(folder)  # type: ignore[attr-defined]
            await pilot.press("enter")
            assert not isinstance(app.screen, SaveElsewhereScreen)
            assert said[-1] == app.t("save.elsewhere.done", path=str(folder))
            assert len(said) == 2  # the failure once, then where the copy went
    copy = Paths.from_environment({"QUEZ_HOME": str(folder)})
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.data_dir.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.db_path.stat().st_mode) == 0o600
    with Store.open(copy.db_path) as rescued:
        assert note(rescued) == "red mij"


async def test_quit_with_unsaved_text_asks_first_and_says_what_happens(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    access = Access()
    store = Store.open(paths.db_path, clock=StepClock(), access=access)
    with store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            manual_autosave(app)
            said = recorder(app, monkeypatch)
            exits: list[object] = []
            real_exit = app.exit
            monkeypatch.setattr(
                app, "exit", lambda *a, **kw: (exits.append(kw.get("message")), real_exit(*a, **kw))
            )
            await pilot.press("enter", "enter", "1")
            access.writable = False
            await pilot.press(*"niet weg", "ctrl+q")
            assert exits == [] and said[-1] == app.t("save.quit.unsaved")
            assert "opgeslagen" not in said[-1]
            await pilot.press("ctrl+q")
        assert len(exits) == 1 and str(exits[0]) == app.t("save.quit.lost")


async def test_a_failed_flush_before_a_crash_never_says_saved(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    def explode(self: CardScreen) -> None:
        raise RuntimeError("kapot")

    monkeypatch.setattr(CardScreen, "action_next", explode)
    access = Access()
    store = Store.open(paths.db_path, clock=StepClock(), access=access)
    with store:
        app = make_app(paths, store)
        with pytest.raises(RuntimeError):
            async with app.run_test(size=(100, 30)) as pilot:
                manual_autosave(app)
                await pilot.press("enter", "enter", "1")
                access.writable = False
                await pilot.press(*"geheim woord", "escape", "n")
                await pilot.pause()
        assert app.return_code == 70
    out, err = capfd.readouterr()
    assert "QueZ liep vast" in err and "ontbreekt misschien" in err
    assert "opgeslagen" not in err and "geheim" not in out + err


async def test_a_flaky_save_raised_in_the_worker_is_retried(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A StoreError from the write itself (not the file check): same handling."""
    with open_store(paths) as store:
        real = store.save_note
        failures = iter([True, True])

        def flaky(entry_id: int, text: str) -> bool:
            if next(failures, False):
                raise StoreError("store.error.disk_full", path="x")
            return real(entry_id, text)

        monkeypatch.setattr(store, "save_note", flaky)
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            time: ManualTime = manual_autosave(app)
            said = recorder(app, monkeypatch)
            await pilot.press("enter", "enter", "1", *"vol")
            time.advance(0.3)
            await settle(app, pilot)
            time.advance(2.0)
            await settle(app, pilot)
            assert app.save_state == "error" and len(said) == 1
            time.advance(2.0)
            await settle(app, pilot)
            assert note(store) == "vol" and app.save_state == "saved"


async def test_in_a_vault_the_copy_is_encrypted_even_when_the_folder_is_gone(
    paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(paths.db_path).close()
    vault.enable(paths, PASSPHRASE, params=FAST)
    key = vault.unlock(paths, PASSPHRASE)
    store = Store.open(paths.db_path, key=key, clock=StepClock())
    with store:
        app = make_app(paths, store)
        app.store_key = key  # as run_tui passes it
        async with app.run_test(size=(100, 30)) as pilot:
            time = manual_autosave(app)
            said = recorder(app, monkeypatch)
            await pilot.press("enter", "enter", "1")
            shutil.rmtree(paths.data_dir)  # the data folder disappears, vault marker and all
            await pilot.press(*"KLUIS-KANARIE")
            time.advance(0.3)
            await settle(app, pilot)
            assert app.save_state == "error" and "is er niet meer" in said[0]
            await pilot.press("ctrl+s")
            folder = tmp_path / "kopie"
            app.screen.query_one("#elsewhere-folder").value = str(folder)  # type: ignore[attr-defined]
            await pilot.press("enter")
            assert said[-1] == app.t("save.elsewhere.done", path=str(folder))
    assert plaintext_hits(folder, "KLUIS-KANARIE") == {}
    copy = Paths.from_environment({"QUEZ_HOME": str(folder)})
    with Store.open(copy.db_path, key=vault.unlock(copy, PASSPHRASE)) as rescued:
        assert note(rescued) == "KLUIS-KANARIE"
