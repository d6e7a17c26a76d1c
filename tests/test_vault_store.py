"""The store behaves the same in a vault: the store suite's erasure and crash tests, run again
against an encrypted database.

Erasure in a vault is checked as someone holding the key would look: every page of the file and
every frame of its -wal is decrypted (free space included), and the canary must be gone there
too. The raw bytes must never show it at all.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from quez.paths import Paths
from quez.store import Store, StoreError, erase_all
from quez.vault import Key
from tests import test_store_crash as crash
from tests import test_store_erasure as erasure
from tests.vault_support import count, decrypted_bytes, keyed_store

pytest.importorskip("cryptography.hazmat.primitives.ciphers")


@pytest.fixture
def key() -> Key:
    return Key(os.urandom(32))


@pytest.fixture
def in_vault(monkeypatch: pytest.MonkeyPatch, key: Key) -> None:
    """Make the erasure module open every store with ``key`` and look through the cipher."""

    def occurrences(path: Path, needle: str) -> int:
        for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
            if file.exists():
                assert count(file.read_bytes(), needle) == 0, file  # ciphertext only
        return count(decrypted_bytes(path, key), needle)

    monkeypatch.setattr(erasure, "Store", keyed_store(key))
    monkeypatch.setattr(erasure, "occurrences", occurrences)


REUSED: list[Callable[[Path, erasure.Clock], None]] = [
    erasure.test_delete_session_leaves_no_trace,
    erasure.test_purge_leaves_no_trace,
    erasure.test_close_session_erases_worknotes,
    erasure.test_retention_expires_worknotes_and_old_closed_sessions,
]


@pytest.mark.parametrize("case", REUSED, ids=lambda f: f.__name__)
@pytest.mark.usefixtures("in_vault")
def test_store_erasure_in_a_vault(
    case: Callable[[Path, erasure.Clock], None], tmp_path: Path
) -> None:
    case(tmp_path, erasure.Clock())


def test_decryption_sees_what_the_store_wrote(tmp_path: Path, key: Key) -> None:
    """The erasure checks above would be empty if the decryptor saw nothing: prove it sees."""
    path = tmp_path / "q.sqlite3"
    with Store.open(path, key=key) as store:
        erasure.fill(store, "SEEN-CANARY", entries=2)
        assert count(decrypted_bytes(path, key), "SEEN-CANARY") > 0
    assert count(decrypted_bytes(path, key), "SEEN-CANARY") > 0
    assert count(path.read_bytes(), "SEEN-CANARY") == 0


def test_erase_all_in_a_vault(paths: Paths, key: Key) -> None:
    with Store.open(paths.db_path, key=key) as store:
        erasure.fill(store, "ALL-VAULT", entries=2)
    removed = erase_all(paths)
    assert paths.data_dir in removed and not paths.data_dir.exists()


def test_sigkill_during_autosave_in_a_vault(tmp_path: Path, key: Key) -> None:
    acks = crash.kill_lane(tmp_path / "vault.sqlite3", seed=7, kills=12, key=key)
    assert acks > 12


def test_wrong_key_and_missing_key_leave_the_file_alone(tmp_path: Path, key: Key) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path, key=key) as store:
        store.create_session("client", "gesprek", "nl")
    before = path.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store.open(path, key=Key(os.urandom(32)))
    assert caught.value.key == "vault.error.cannot_decrypt"
    (tmp_path / "vault.json").write_text("{}")  # a marker says: encrypted
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.key == "vault.error.locked"
    assert path.read_bytes() == before


def test_a_plain_store_is_not_opened_as_a_vault(tmp_path: Path, key: Key) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path) as store:
        store.create_session("client", "gesprek", "nl")
    with pytest.raises(StoreError) as caught:
        Store.open(path, key=key)
    assert caught.value.key == "vault.error.not_encrypted"


def test_a_store_mid_conversion_is_refused(tmp_path: Path, key: Key) -> None:
    path = tmp_path / "q.sqlite3"
    (tmp_path / "vault-pending.json").write_text("{}")
    for given in (None, key):
        with pytest.raises(StoreError) as caught:
            Store.open(path, key=given)
        assert caught.value.key == "vault.error.pending"
    assert not path.exists()  # and nothing was created in the meantime


def test_key_never_shows_its_bytes(key: Key) -> None:
    assert key.raw.hex() not in repr(key) and key.raw.hex() not in str(key)
    assert key == Key(key.raw) and key != Key(os.urandom(32))
    with pytest.raises(ValueError):
        Key(b"short")
