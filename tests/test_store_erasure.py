"""Really forgetting: after delete, purge, close and retention the text is gone from every byte
of the database, its -wal and its -shm; erase_all removes every QueZ folder and nothing else."""

from __future__ import annotations

import os
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quez.paths import Paths
from quez.settings import Settings
from quez.store import Store, StoreError, erase_all
from quez.workflows.retention import apply_retention, retention_message_params

T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


def occurrences(path: Path, needle: str) -> int:
    """How often ``needle`` occurs in the bytes of the database, its -wal and -shm."""
    total = 0
    for file in (path, Path(f"{path}-wal"), Path(f"{path}-shm")):
        if file.exists():
            data = file.read_bytes()
            total += data.count(needle.encode("utf-8"))
            total += data.count(needle.encode("utf-16-le"))
    return total


def fill(store: Store, canary: str, *, entries: int = 12) -> str:
    """A session whose label, notes, card texts and werkaantekeningen all carry ``canary``."""
    session = store.create_session("client", "gesprek", "nl", label=f"{canary}-label")
    for n in range(entries):
        entry = store.add_entry(session.id, f"c{n}", f"kaart {canary}", note=f"{canary} begin")
        # Autosave growth: many old versions of every note pass through the log.
        for k in range(1, 8):
            store.save_note(entry.id, f"{canary} note {n} " + "woorden " * (k * 20))
        store.update_entry(entry.id, participant=f"{canary}-p")
    store.set_meta(session.id, {"who": canary})
    store.set_position(session.id, {"where": canary})
    store.save_worknotes(session.id, f"{canary} werkaantekening " * 30)
    return session.id


@pytest.fixture
def clock() -> Clock:
    return Clock()


def test_delete_session_leaves_no_trace(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path, clock=clock) as store:
        a = fill(store, "CANARY-AAA")
        b = fill(store, "CANARY-BBB")
        assert occurrences(path, "CANARY-AAA") > 0
        receipt = store.delete_session(a)
        assert (receipt.session_id, receipt.label, receipt.entry_count) == (
            a,
            "CANARY-AAA-label",
            12,
        )
        assert receipt.fully_erased and receipt.deleted_at == T0
        assert occurrences(path, "CANARY-AAA") == 0  # while the store is still open
        assert store.get_session(a) is None and store.entries(a) == []
        assert len(store.entries(b)) == 12
        worknotes = store.get_worknotes(b)
        assert worknotes is not None and "CANARY-BBB" in worknotes.text
    assert occurrences(path, "CANARY-AAA") == 0
    assert occurrences(path, "CANARY-BBB") > 0


def test_purge_leaves_no_trace(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path, clock=clock) as store:
        old = fill(store, "CANARY-OLD")
        clock.now = T0 + timedelta(days=100)
        new = fill(store, "CANARY-NEW")
        dry = store.purge(timedelta(days=90), dry_run=True)
        assert [item.session.id for item in dry] == [old]
        assert occurrences(path, "CANARY-OLD") > 0
        gone = store.purge(timedelta(days=90))
        assert [(item.session.id, item.entry_count) for item in gone] == [(old, 12)]
        assert occurrences(path, "CANARY-OLD") == 0
        assert [s.session.id for s in store.list_sessions()] == [new]
        assert store.purge(timedelta(days=90)) == []


def test_close_session_erases_worknotes(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path, clock=clock) as store:
        a = store.create_session("client", "gesprek", "nl").id
        b = store.create_session("client", "gesprek", "nl").id
        for n in range(1, 40):
            store.save_worknotes(a, "WN-CANARY-A " * n)
            store.save_worknotes(b, "WN-CANARY-B " * n)
        store.close_session(a)
        assert occurrences(path, "WN-CANARY-A") == 0
        assert store.get_worknotes(a) is None
        worknotes = store.get_worknotes(b)
        assert worknotes is not None and worknotes.text.startswith("WN-CANARY-B")


def test_retention_expires_worknotes_and_old_closed_sessions(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path, clock=clock) as store:
        early = store.create_session("client", "gesprek", "nl").id
        store.save_worknotes(early, "RET-CANARY-EARLY " * 20)
        closed = fill(store, "RET-CANARY-CLOSED", entries=2)
        store.close_session(closed)
        still_open = store.create_session("client", "gesprek", "nl").id
        clock.now = T0 + timedelta(days=20)
        late = store.create_session("client", "gesprek", "nl").id
        store.save_worknotes(late, "RET-CANARY-LATE")
        # Edited recently, but first written 35 days ago: still erased ("at the latest").
        clock.now = T0 + timedelta(days=35)
        store.save_worknotes(early, "RET-CANARY-EARLY edited")
        report = store.apply_retention(Settings(worknotes_days=30, retention_days=30))
        assert (report.worknotes_erased, report.sessions_purged) == (1, 1)
        assert occurrences(path, "RET-CANARY-EARLY") == 0
        assert occurrences(path, "RET-CANARY-CLOSED") == 0
        assert store.get_worknotes(late) is not None
        ids = {s.session.id for s in store.list_sessions()}
        assert ids == {early, still_open, late}  # open sessions are never purged by retention
    # Opening the store never removes anything; the retention workflow does, and says so.
    clock.now = T0 + timedelta(days=60)
    with Store.open(path, clock=clock) as store:
        assert store.get_worknotes(late) is not None
        report = apply_retention(store, Settings(worknotes_days=30))
        assert (report.worknotes_erased, report.sessions_purged) == (1, 0)
        assert retention_message_params(report) == {"worknotes": 1, "sessions": 0}
        assert store.get_worknotes(late) is None
        assert retention_message_params(apply_retention(store, Settings())) is None


def test_erase_all_removes_owned_folders_only(tmp_path: Path) -> None:
    home = tmp_path / "home"
    paths = Paths.from_environment({"QUEZ_HOME": str(home)})
    outside = tmp_path / "outside.txt"
    outside.write_text("keep me")
    with Store.open(paths.db_path) as store:
        fill(store, "ALL-CANARY", entries=2)
    for folder in (paths.backups_dir, paths.exports_dir, paths.config_dir, paths.cache_dir):
        folder.mkdir(parents=True, exist_ok=True)
    (paths.backups_dir / "quez-1.sqlite3").write_bytes(paths.db_path.read_bytes())
    (paths.exports_dir / "gesprek.md").write_text("ALL-CANARY")
    paths.settings_file.write_text("{}")
    (paths.exports_dir / "link").symlink_to(outside)  # a link is removed, never followed
    removed = erase_all(paths)
    assert set(removed) == {paths.data_dir, paths.config_dir, paths.cache_dir}
    assert not any(os.path.lexists(root) for root in paths.owned_roots())
    assert outside.read_text() == "keep me"
    assert home.exists()  # QUEZ_HOME itself is not one of the roots
    assert erase_all(paths) == []


def test_erase_all_refuses_a_symlinked_root(tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "precious.txt").write_text("x")
    home = tmp_path / "home"
    home.mkdir()
    (home / "data").symlink_to(elsewhere)
    paths = Paths.from_environment({"QUEZ_HOME": str(home)})
    with pytest.raises(StoreError) as caught:
        erase_all(paths)
    assert caught.value.key == "store.error.erase_refused"
    assert (elsewhere / "precious.txt").exists()


def test_erase_all_refuses_the_home_folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HOME", str(tmp_path))
    paths = Paths(tmp_path, tmp_path / "c", tmp_path / "d", tmp_path / "e")
    (tmp_path / "precious.txt").write_text("x")
    with pytest.raises(StoreError):
        erase_all(paths)
    assert (tmp_path / "precious.txt").exists()


def test_receipt_says_when_a_reader_kept_the_log(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path, busy_timeout=0.1) as store:
        victim = fill(store, "READER-CANARY", entries=2)
        reader = sqlite3.connect(path, isolation_level=None)
        try:
            reader.execute("BEGIN")
            reader.execute("SELECT count(*) FROM entries").fetchone()  # holds a snapshot
            receipt = store.delete_session(victim)
            assert not receipt.fully_erased
            assert store.get_session(victim) is None  # deleted all the same
        finally:
            reader.close()
        # Once the other reader is gone, the next erase clears the log.
        other = fill(store, "OTHER", entries=1)
        assert store.delete_session(other).fully_erased
        assert occurrences(path, "READER-CANARY") == 0
