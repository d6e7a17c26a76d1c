"""Schema migrations: a database built at every earlier version upgrades with its data intact."""

from __future__ import annotations

import multiprocessing
import sqlite3
from pathlib import Path

import pytest

from quez.store import CURRENT_VERSION, Store
from quez.store.schema import APPLICATION_ID, MIGRATIONS, migrate, user_version

# Rows written with the version-1 columns (every later version must keep reading them).
SESSION_ROW = (
    "abcd2345",
    "client",
    "gesprek",
    "1.0",
    "nl",
    "Anna",
    "open",
    '{"screen":"card"}',
    None,
    '{"k":1}',
    "2024-01-01T10:00:00.000000+00:00",
    "2024-01-02T10:00:00.000000+00:00",
)
ENTRY_ROW = (
    "abcd2345",
    1,
    "kracht-1",
    "Wat kun je goed?",
    "kracht",
    "client",
    "Koken.",
    "own_words",
    1,
    None,
    "active",
    None,
    None,
    '["En verder?"]',
    "2024-01-01T10:05:00.000000+00:00",
    "2024-01-01T10:06:00.000000+00:00",
)


def build_at(path: Path, version: int) -> None:
    """A database at ``version``, by running only the migrations up to it, with data in it."""
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        migrate(conn, target=version)
        assert user_version(conn) == version
        if version >= 1:
            conn.execute("INSERT INTO sessions VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", SESSION_ROW)
            conn.execute(
                "INSERT INTO entries (session_id, seq, card_id, card_text, theme_id, chosen_by,"
                " note, note_kind, important, consent, state, phase, participant, followups,"
                " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                ENTRY_ROW,
            )
            conn.execute(
                "INSERT INTO worknotes VALUES ('abcd2345', 'kladje',"
                " '2024-01-01T10:00:00.000000+00:00', '2024-01-01T10:00:00.000000+00:00')"
            )
    finally:
        conn.close()


def test_current_version_counts_migrations() -> None:
    assert CURRENT_VERSION == len(MIGRATIONS) >= 2


@pytest.mark.parametrize("version", range(CURRENT_VERSION))
def test_upgrade_from_every_earlier_version(tmp_path: Path, version: int) -> None:
    path = tmp_path / "q.sqlite3"
    build_at(path, version)
    with Store.open(path) as store:
        if version >= 1:
            session = store.get_session("abcd2345")
            assert session is not None
            assert (session.label, session.position, session.meta) == (
                "Anna",
                {"screen": "card"},
                {"k": 1},
            )
            (entry,) = store.entries("abcd2345")
            assert (entry.note, entry.important, entry.followups) == (
                "Koken.",
                True,
                ("En verder?",),
            )
            worknotes = store.get_worknotes("abcd2345")
            assert worknotes is not None and worknotes.text == "kladje"
        # The upgraded store is fully usable.
        fresh = store.create_session("client", "gesprek", "nl")
        store.add_entry(fresh.id, "c", "t", note="n")
    conn = sqlite3.connect(path)
    try:
        assert user_version(conn) == CURRENT_VERSION
        assert conn.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        indexes = {
            row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
        assert {"sessions_by_updated", "worknotes_by_created"} <= indexes
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_open_at_current_version_does_not_write(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    Store.open(path).close()
    before = path.read_bytes()
    Store.open(path).close()
    assert path.read_bytes() == before


def _open_in_child(path: str) -> None:
    Store.open(Path(path)).close()


def test_two_processes_creating_the_store_migrate_once(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    ctx = multiprocessing.get_context("spawn")
    children = [ctx.Process(target=_open_in_child, args=(str(path),)) for _ in range(3)]
    for child in children:
        child.start()
    for child in children:
        child.join(30)
        assert child.exitcode == 0
    conn = sqlite3.connect(path)
    try:
        assert user_version(conn) == CURRENT_VERSION
    finally:
        conn.close()
