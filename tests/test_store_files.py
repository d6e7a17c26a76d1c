"""The store's files: private modes, and damaged/foreign/newer/locked files left untouched."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from quez.i18n import Translator
from quez.store import Store, StoreError
from quez.store.schema import CURRENT_VERSION

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes and signals are POSIX")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def fingerprint(path: Path) -> tuple[str, int]:
    return hashlib.sha256(path.read_bytes()).hexdigest(), mode(path)


@pytest.fixture
def umask_022() -> Iterator[None]:
    old = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(old)


def filled_store(path: Path) -> None:
    with Store.open(path) as store:
        for n in range(30):
            session = store.create_session("client", "gesprek", "nl", label=f"cliënt {n}")
            for k in range(5):
                store.add_entry(session.id, f"c{k}", "Wat wil je?", note="woorden " * 40)


def test_files_are_private_under_umask_022(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "nested" / "data" / "quez.sqlite3"
    with Store.open(path) as store:
        session = store.create_session("client", "gesprek", "nl")
        store.add_entry(session.id, "c", "t", note="n")
        wal, shm = Path(f"{path}-wal"), Path(f"{path}-shm")
        assert wal.exists() and shm.exists()
        assert (mode(path), mode(wal), mode(shm)) == (0o600, 0o600, 0o600)
        assert mode(path.parent) == mode(path.parent.parent) == 0o700


def test_loose_existing_file_is_tightened(tmp_path: Path, umask_022: None) -> None:
    path = tmp_path / "q.sqlite3"
    Store.open(path).close()
    os.chmod(path, 0o644)
    os.chmod(tmp_path, 0o755)
    Store.open(path).close()
    assert mode(path) == 0o600
    assert mode(tmp_path) == 0o755  # an existing folder may be the user's; it is not changed


def expect_untouched(path: Path, key: str, **open_args: float) -> StoreError:
    before = fingerprint(path)
    with pytest.raises(StoreError) as caught:
        Store.open(path, **open_args)  # type: ignore[arg-type]
    assert caught.value.key == key
    assert fingerprint(path) == before
    line = caught.value.message(Translator("en"))
    assert "\n" not in line and str(path) in line
    assert not Path(f"{path}-wal").exists() or Path(f"{path}-wal").stat().st_size == 0
    return caught.value


def test_garbage_file(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    path.write_bytes(b"this is not a database, it is a shopping list\n" * 50)
    os.chmod(path, 0o640)
    expect_untouched(path, "store.error.corrupt")


def test_short_file(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    path.write_bytes(b"SQLite format 3\x00\x10")
    expect_untouched(path, "store.error.corrupt")


@pytest.mark.parametrize("keep", [0.5, 0.9])
def test_truncated_database(tmp_path: Path, keep: float) -> None:
    path = tmp_path / "q.sqlite3"
    filled_store(path)
    data = path.read_bytes()
    path.write_bytes(data[: int(len(data) * keep)])
    expect_untouched(path, "store.error.corrupt")


def test_corrupted_page(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    filled_store(path)
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(page * 3, page * 3 + 200):
        data[offset] = 0xFF
    path.write_bytes(bytes(data))
    expect_untouched(path, "store.error.corrupt")


def test_newer_schema(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    filled_store(path)
    conn = sqlite3.connect(path)
    conn.execute(f"PRAGMA user_version = {CURRENT_VERSION + 1}")
    conn.commit()
    conn.close()
    error = expect_untouched(path, "store.error.newer")
    assert error.params["version"] == CURRENT_VERSION + 1


def test_foreign_database(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    expect_untouched(path, "store.error.foreign")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    path.mkdir()
    with pytest.raises(StoreError) as caught:
        Store.open(path)
    assert caught.value.key == "store.error.not_a_file"


def test_empty_file_becomes_a_store(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    path.touch(mode=0o600)
    with Store.open(path) as store:
        store.create_session("client", "gesprek", "nl")


HOLD_LOCK = textwrap.dedent(
    """
    import sqlite3, sys, time
    conn = sqlite3.connect(sys.argv[1], isolation_level=None)
    conn.execute("PRAGMA locking_mode = EXCLUSIVE")
    conn.execute("BEGIN EXCLUSIVE")
    conn.execute("UPDATE sessions SET label = label")
    print("locked", flush=True)
    sys.stdin.readline()
    conn.execute("ROLLBACK")
    """
)


def test_locked_database(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    filled_store(path)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        expect_untouched(path, "store.error.locked", busy_timeout=0.2)
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)
    with Store.open(path) as store:  # usable again once the other program lets go
        assert len(store.list_sessions()) == 30


def test_writer_waits_for_other_writer(tmp_path: Path) -> None:
    """A write blocked longer than the busy timeout is one clear error, not corruption."""
    path = tmp_path / "q.sqlite3"
    filled_store(path)
    script = textwrap.dedent(
        """
        import sqlite3, sys
        conn = sqlite3.connect(sys.argv[1], isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        print("writing", flush=True)
        sys.stdin.readline()
        conn.execute("COMMIT")
        """
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", script, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "writing"
        with Store.open(path, busy_timeout=0.2) as store:
            assert len(store.list_sessions()) == 30  # reading goes on during a write
            with pytest.raises(StoreError) as caught:
                store.create_session("client", "gesprek", "nl")
            assert caught.value.key == "store.error.locked"
    finally:
        assert holder.stdin is not None
        holder.stdin.close()
        holder.wait(10)
