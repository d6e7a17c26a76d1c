"""The state every part of :class:`~quez.store.Store` shares: connection, lock, clock, caches.

Threading: one SQLite connection opened with ``check_same_thread=False``, guarded by one
re-entrant lock; every public method takes it, so a Textual worker thread may autosave while the
UI thread reads. Other *processes* use their own connection; SQLite's locks (WAL, busy timeout,
``BEGIN IMMEDIATE``) make one wait for the other.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path

from quez.store.codec import to_iso
from quez.store.db import compact, write_transaction
from quez.store.errors import NotFoundError, StoreError, db_errors, from_sqlite
from quez.store.guard import FileGuard
from quez.store.ids import safe_id

_CACHE_LIMIT = 512
# What sqlite3 raises for a parameter it cannot bind: a str that is not valid UTF-8 (a lone
# surrogate in an id) or an int beyond 64 bits. Stored texts are mended by clean_text first;
# this catches what reaches SQLite unmended (ids, numbers), so it is a StoreError too.
# (UnicodeEncodeError's message would quote the text: always ``from None``.)
_UNBINDABLE = (UnicodeError, OverflowError)


class StoreBase:
    """Shared plumbing; use :meth:`quez.store.Store.open` to get a store."""

    def __init__(
        self,
        conn: sqlite3.Connection,
        path: Path,
        clock: Callable[[], datetime],
        guard: FileGuard | None = None,
    ) -> None:
        self._conn: sqlite3.Connection | None = conn
        self._path = path
        self._clock = clock
        # Checked before every write: the file is still the one opened, and writable.
        self._guard = guard if guard is not None else FileGuard(path)
        self._lock = threading.RLock()
        # Last text known to be stored, so an unchanged autosave costs no write.
        self._note_cache: dict[tuple[int, str], str] = {}  # (entry id, field) -> text
        self._worknote_cache: dict[str, str] = {}
        self._data_version = self._query_data_version(conn)

    @property
    def path(self) -> Path:
        """The database file."""
        return self._path

    def _now(self) -> datetime:
        return self._clock()

    def _stamp(self) -> str:
        return to_iso(self._clock())

    def _live(self) -> sqlite3.Connection:
        if self._conn is None:
            raise StoreError("store.error.closed")
        return self._conn

    @contextlib.contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One explicit write transaction, under the lock, into the file the store opened."""
        with self._lock:
            conn = self._live()
            self._guard.check()
            try:
                with write_transaction(conn, self._path) as conn:
                    yield conn
            except _UNBINDABLE:
                raise StoreError("store.error.unstorable") from None

    @contextlib.contextmanager
    def _read(self) -> Iterator[sqlite3.Connection]:
        """Reads under the lock, with SQLite errors translated."""
        with self._lock:
            try:
                yield self._live()
            except db_errors() as exc:
                raise from_sqlite(exc, self._path) from None
            except _UNBINDABLE:
                raise StoreError("store.error.unstorable") from None

    def _compact(self) -> bool:
        with self._lock:
            return compact(self._live(), self._path)

    @staticmethod
    def _query_data_version(conn: sqlite3.Connection) -> int:
        return int(conn.execute("PRAGMA data_version").fetchone()[0])

    def _sync_caches(self, conn: sqlite3.Connection) -> None:
        """Forget cached texts when another connection has committed since we last looked."""
        version = self._query_data_version(conn)
        if version != self._data_version or len(self._note_cache) > _CACHE_LIMIT:
            self._note_cache.clear()
            self._worknote_cache.clear()
            self._data_version = version

    def _forget(self, session_id: str) -> None:
        """Drop cached texts of a session that was deleted or closed."""
        self._note_cache.clear()
        self._worknote_cache.pop(session_id, None)

    @staticmethod
    def _touch(conn: sqlite3.Connection, session_id: str, stamp: str) -> None:
        """Bump a session's ``updated_at``; NotFoundError when it does not exist."""
        cursor = conn.execute(
            "UPDATE sessions SET updated_at = ? WHERE id = ?", (stamp, session_id)
        )
        if cursor.rowcount == 0:
            raise NotFoundError("store.error.no_session", session=safe_id(session_id))
