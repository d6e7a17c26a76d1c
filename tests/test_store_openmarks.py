"""The integrity check runs after an unclean shutdown or a foreign change, not on every open.

Counted, not timed: ``quez.store.db.integrity_ok`` (``PRAGMA quick_check``) is wrapped to count
its calls. A second process holds the store open (a live QueZ) or is killed with SIGKILL (a
crash); see ``quez/store/openmarks.py`` for the reasoning.
"""

from __future__ import annotations

import os
import signal
import sqlite3
import stat
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest

from quez.paths import Paths
from quez.store import Store, StoreError, db, erase_all
from quez.store.openmarks import marks, record_path

pytestmark = pytest.mark.skipif(os.name != "posix", reason="flock and signals are POSIX")

HOLDER = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from quez.store import Store

    store = Store.open(Path(sys.argv[1]))
    session = store.create_session("client", "gesprek", "nl")
    store.add_entry(session.id, "c1", "Wat wilt u?", note="Zelf koken.")
    print("READY", flush=True)
    sys.stdin.read()  # until the test closes our stdin (or kills us)
    store.close()
    """
)


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each integrity check, by database file."""
    done: list[Path] = []
    real = db.integrity_ok

    def counting(conn: sqlite3.Connection) -> bool:
        done.append(Path(conn.execute("PRAGMA database_list").fetchone()[2]))
        return real(conn)

    monkeypatch.setattr(db, "integrity_ok", counting)
    return done


@pytest.fixture
def holder(tmp_path: Path) -> Iterator[tuple[Path, subprocess.Popen[str]]]:
    """Another process with the store open, past its first write."""
    path = tmp_path / "data" / "quez.sqlite3"
    Store.open(path).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "READY"
    try:
        yield path, proc
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.wait(timeout=30)


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_a_clean_store_is_not_checked_again(tmp_path: Path, checks: list[Path]) -> None:
    path = tmp_path / "data" / "quez.sqlite3"
    with Store.open(path) as store:
        store.create_session("client", "gesprek", "nl")
        [mark] = marks(path)
        assert mode(mark) == 0o600 and mark.read_bytes() == b""
    assert marks(path) == [] and mode(record_path(path)) == 0o600
    for _ in range(3):
        Store.open(path).close()
    assert checks == []
    Store.open(path, check=True).close()  # on request (``quez check``)
    assert checks == [path]


def test_two_stores_at_once_do_not_check_each_other(tmp_path: Path, checks: list[Path]) -> None:
    path = tmp_path / "quez.sqlite3"
    Store.open(path).close()
    with Store.open(path) as first, Store.open(path) as second:
        first.create_session("client", "gesprek", "nl")
        assert len(marks(path)) == 2
        second.create_session("client", "gesprek", "nl")
    assert marks(path) == [] and checks == []
    Store.open(path).close()
    assert checks == []


def test_a_live_process_is_not_a_crash(
    holder: tuple[Path, subprocess.Popen[str]], checks: list[Path]
) -> None:
    path, proc = holder
    [theirs] = marks(path)
    with Store.open(path) as store:
        assert len(store.list_sessions()) == 1
    Store.open(path).close()
    assert checks == []  # the file changed under a live QueZ: that is no reason to check
    assert marks(path) == [theirs]  # and its mark was left alone
    assert proc.stdin is not None
    proc.stdin.close()
    assert proc.wait(timeout=30) == 0
    assert marks(path) == []
    Store.open(path).close()
    assert checks == []


def test_after_sigkill_the_next_open_checks_once(
    holder: tuple[Path, subprocess.Popen[str]], checks: list[Path]
) -> None:
    path, proc = holder
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=30)
    assert len(marks(path)) == 1  # left behind, nobody holds its lock
    with Store.open(path) as store:
        assert [e.note for e in store.entries(store.list_sessions()[0].session.id)] == [
            "Zelf koken."
        ]
    assert checks == [path] and marks(path) == []
    Store.open(path).close()
    assert checks == [path]  # once is enough


def test_a_file_changed_behind_our_back_is_checked(tmp_path: Path, checks: list[Path]) -> None:
    path = tmp_path / "quez.sqlite3"
    with Store.open(path) as store:
        for n in range(30):
            session = store.create_session("client", "gesprek", "nl", label=f"cliënt {n}")
            store.add_entry(session.id, "c", "Wat wil je?", note="woorden " * 40)
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))
    for _ in range(2):  # and again: a damaged file stays in question
        with pytest.raises(StoreError) as caught:
            Store.open(path)
        assert caught.value.key == "store.error.corrupt"
    assert checks == [path, path] and marks(path) == []


def test_a_store_without_a_record_is_checked_once(tmp_path: Path, checks: list[Path]) -> None:
    path = tmp_path / "quez.sqlite3"
    Store.open(path).close()
    record_path(path).unlink()  # as a store from before this change, or a restored copy
    Store.open(path).close()
    Store.open(path).close()
    assert checks == [path]


def test_a_stale_mark_with_a_damaged_file_stays_until_the_file_is_sound(
    tmp_path: Path, checks: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "quez.sqlite3"
    Store.open(path).close()
    stale = path.with_name(path.name + "-open-deadbeef0000")
    stale.touch(mode=0o600)
    monkeypatch.setattr(db, "integrity_ok", lambda conn: checks.append(path) and False)
    with pytest.raises(StoreError):
        Store.open(path)
    assert stale.exists()
    monkeypatch.undo()
    Store.open(path).close()
    assert not stale.exists()


def test_erase_all_removes_marks_and_record(paths: Paths) -> None:
    Store.open(paths.db_path).close()
    stale = paths.db_path.with_name(paths.db_path.name + "-open-deadbeef0000")
    stale.touch()
    assert record_path(paths.db_path).exists()
    erase_all(paths)
    assert not paths.data_dir.exists()
