"""Before every save the store checks its file: still there, still the one it opened, writable.

Without the check SQLite keeps writing into a file that was deleted or replaced, and the note
is silently lost. Every case here fails when the check is switched off.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from quez.i18n import Translator
from quez.store import Store, StoreError

SECRET = "Mijn geheime woorden"


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    return tmp_path / "data"


@pytest.fixture
def store(folder: Path) -> Iterator[Store]:
    with Store.open(folder / "quez.sqlite3") as opened:
        yield opened


def note_in(store: Store) -> int:
    session = store.create_session("client", "gesprek", "nl")
    return store.add_entry(session.id, "c", "Wat wil je?", note="begin").id


def refused(store: Store, entry_id: int, key: str) -> StoreError:
    with pytest.raises(StoreError) as caught:
        store.save_note(entry_id, SECRET)
    error = caught.value
    assert error.key == key
    for lang in ("nl", "en"):
        line = error.message(Translator(lang))
        assert "\n" not in line and SECRET not in line and line != key
    assert SECRET not in str(error)
    return error


def test_deleted_folder(store: Store, folder: Path) -> None:
    entry_id = note_in(store)
    shutil.rmtree(folder)
    refused(store, entry_id, "store.error.folder_gone")
    assert not folder.exists()  # nothing was recreated behind the user's back


def test_deleted_file_in_a_folder_that_stays(store: Store, folder: Path) -> None:
    entry_id = note_in(store)
    for file in folder.iterdir():
        file.unlink()
    refused(store, entry_id, "store.error.file_replaced")


def test_replaced_file_is_left_untouched(store: Store, folder: Path, tmp_path: Path) -> None:
    entry_id = note_in(store)
    path = folder / "quez.sqlite3"
    other = tmp_path / "elsewhere.sqlite3"
    shutil.copyfile(path, other)  # e.g. a sync tool putting an older copy back
    os.replace(other, path)
    before = path.read_bytes()
    refused(store, entry_id, "store.error.file_replaced")
    assert path.read_bytes() == before


def test_moved_file(store: Store, folder: Path, tmp_path: Path) -> None:
    entry_id = note_in(store)
    os.rename(folder / "quez.sqlite3", tmp_path / "moved.sqlite3")
    refused(store, entry_id, "store.error.file_replaced")


def test_not_writable_any_more(folder: Path) -> None:
    # chmod does not stop root, so "may I write?" is injected; the default is os.access.
    writable = True
    with Store.open(folder / "quez.sqlite3", access=lambda _p, _m: writable) as store:
        entry_id = note_in(store)
        writable = False
        refused(store, entry_id, "store.error.not_writable")
        writable = True
        assert store.save_note(entry_id, SECRET)  # and saving works again once it may


def test_the_default_check_asks_the_system_about_this_file(folder: Path) -> None:
    asked: list[tuple[Path, int]] = []

    def spy(path: Path, mode: int) -> bool:
        asked.append((path, mode))
        return os.access(path, mode)

    path = folder / "quez.sqlite3"
    with Store.open(path, access=spy) as store:
        entry_id = note_in(store)
        asked.clear()
        store.save_note(entry_id, "een")
        store.save_note(entry_id, "een")  # unchanged: no write, so no check either
    assert asked == [(path, os.W_OK)]


def test_the_default_check_is_the_systems_answer(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    entry_id = note_in(store)
    monkeypatch.setattr(os, "access", lambda _path, _mode: False)  # as a read-only disk answers
    refused(store, entry_id, "store.error.not_writable")


def test_a_refused_note_stays_pending_in_the_conversation(folder: Path) -> None:
    from quez.store.saver import Saver

    with Store.open(folder / "quez.sqlite3") as store:
        entry_id = note_in(store)
        saver = Saver(store)
        shutil.rmtree(folder)
        saver.note(entry_id, SECRET)
        with pytest.raises(StoreError):
            saver.flush()
        assert saver.pending  # kept for the retry / "save elsewhere"
        assert saver.last_error is not None and saver.last_error.key == "store.error.folder_gone"


def test_compacting_keeps_the_same_file(store: Store) -> None:
    """VACUUM rewrites the file in place: saving after a delete must not look like a swap."""
    keep = note_in(store)
    doomed = store.create_session("client", "gesprek", "nl")
    store.delete_session(doomed.id)
    assert store.save_note(keep, "nog steeds hier")


def test_trust_messages_have_the_same_placeholders_in_both_languages() -> None:
    import string

    from quez.i18n.messages_trust import MESSAGES

    for key, (nl, en) in MESSAGES.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (nl, en)]
        assert fields[0] == fields[1], key
        assert key.startswith(("store.error.", "trust.")), key
