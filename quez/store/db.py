"""Opening the SQLite file safely, and the one way to write: an explicit transaction.

The database file is created 0600 *before* SQLite sees it (SQLite gives ``-wal``/``-shm`` the
mode of the database file), and SQLite is only ever allowed to open an existing file
(``mode=rw``), so it never creates one with the umask's permissions. An existing file is checked
(header, application id, schema version, and ``quick_check`` when asked: see
:mod:`quez.store.openmarks` for when) before anything is written to it: a damaged, foreign or
newer file gives a :class:`StoreError` and stays byte-for-byte as it was.

With a :class:`~quez.store.cipher.Key` the same file is opened through SQLCipher: every page,
the ``-wal`` included, is encrypted; everything else here (checks, pragmas, transactions) is
the same.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import stat
from collections.abc import Iterator
from pathlib import Path
from typing import cast

from quez.fsutil import FILE_MODE, create_private_file, ensure_private_dir
from quez.store.cipher import Key, check_vault_state, cipher_connect
from quez.store.errors import StoreError, db_errors, from_sqlite
from quez.store.schema import APPLICATION_ID, CURRENT_VERSION

SQLITE_MAGIC = b"SQLite format 3\x00"
SIDE_SUFFIXES = ("-wal", "-shm", "-journal")


def side_files(path: Path) -> list[Path]:
    """The files SQLite keeps next to ``path`` (write-ahead log, shared memory, journal)."""
    return [path.with_name(path.name + suffix) for suffix in SIDE_SUFFIXES]


def _check_file(path: Path, *, encrypted: bool = False) -> None:
    """Refuse anything at ``path`` that is not a regular file starting like an SQLite database
    (``encrypted``: like an SQLCipher one, whose first bytes are random, never SQLite's)."""
    try:
        info = os.stat(path)
    except FileNotFoundError:
        return
    except OSError:
        raise StoreError("store.error.unreadable", path=str(path)) from None
    if not stat.S_ISREG(info.st_mode):
        raise StoreError("store.error.not_a_file", path=str(path))
    if info.st_size == 0:
        return  # created by us and never written, or all of it still in the -wal
    try:
        with open(path, "rb") as handle:
            header = handle.read(100)
    except OSError:
        raise StoreError("store.error.unreadable", path=str(path)) from None
    if encrypted and header.startswith(SQLITE_MAGIC):
        raise StoreError("vault.error.not_encrypted", path=str(path))
    if len(header) < 100 or not (encrypted or header.startswith(SQLITE_MAGIC)):
        raise StoreError("store.error.corrupt", path=str(path))


def integrity_ok(conn: sqlite3.Connection) -> bool:
    """``PRAGMA quick_check``: reads every page of the file (the costly part of opening)."""
    return conn.execute("PRAGMA quick_check").fetchall() == [("ok",)]


def _validate(conn: sqlite3.Connection, path: Path, *, check: bool = True) -> None:
    """Read-only checks (the integrity check only when ``check``); nothing here writes."""
    try:
        # One read transaction, so all four answers come from one snapshot: otherwise another
        # process's first migration can commit between two reads and look like a foreign file.
        conn.execute("BEGIN")
        try:
            sound = integrity_ok(conn) if check else True
            version = int(conn.execute("PRAGMA user_version").fetchone()[0])
            app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
            objects = int(conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0])
        finally:
            conn.execute("COMMIT")
    except db_errors() as exc:
        raise from_sqlite(exc, path) from None
    if not sound:
        raise StoreError("store.error.corrupt", path=str(path))
    if app_id not in (0, APPLICATION_ID) or (version == 0 and objects) or (version and not app_id):
        raise StoreError("store.error.foreign", path=str(path))
    if version > CURRENT_VERSION:
        raise StoreError(
            "store.error.newer", path=str(path), version=version, supported=CURRENT_VERSION
        )


def _configure(conn: sqlite3.Connection, path: Path, busy_timeout: float) -> None:
    try:
        conn.execute(f"PRAGMA busy_timeout = {max(0, int(busy_timeout * 1000))}")
        mode = str(conn.execute("PRAGMA journal_mode = WAL").fetchone()[0])
        for pragma in (
            "synchronous = FULL",
            "secure_delete = ON",
            "foreign_keys = ON",
            "temp_store = MEMORY",  # VACUUM and sorting never spill note text to /tmp
            "cache_size = -8192",  # 8 MiB: a few years of sessions stay in memory
            "trusted_schema = OFF",
        ):
            conn.execute(f"PRAGMA {pragma}")
    except db_errors() as exc:
        raise from_sqlite(exc, path) from None
    if mode.lower() != "wal":
        raise StoreError("store.error.io", path=str(path), code="journal_mode")


def _tighten(path: Path) -> None:
    """Make the database and its side files 0600 (a restored copy may have come in looser).

    An existing folder is left as it is (it may be one the user chose); a missing one is
    created 0700 in :func:`connect`.
    """
    for file in (path, *side_files(path)):
        try:
            if stat.S_IMODE(os.stat(file).st_mode) != FILE_MODE:
                os.chmod(file, FILE_MODE)
        except FileNotFoundError:
            continue
        except OSError:  # someone else's file: it cannot be made private, so it is not used
            raise StoreError("store.error.unreadable", path=str(path)) from None


def connect(
    path: Path, *, busy_timeout: float, key: Key | None = None, check: bool = True
) -> sqlite3.Connection:
    """Open (creating if missing) the store database, validated and configured.

    ``check`` runs ``quick_check`` on an existing file (:class:`~quez.store.Store` decides).

    The connection is in autocommit mode (``isolation_level=None``): every write goes through
    :func:`write_transaction`. It is shareable between threads (``check_same_thread=False``);
    the :class:`~quez.store.Store` serialises access with a lock. With ``key`` it is an
    SQLCipher connection (same interface); without one, an encrypted store is refused.
    """
    path = Path(path).absolute()
    check_vault_state(path, key)
    _check_file(path, encrypted=key is not None)
    if not path.exists():
        try:
            ensure_private_dir(path.parent)
            create_private_file(path)
        except OSError:
            raise StoreError("store.error.unreadable", path=str(path)) from None
    if key is not None:
        conn = cast(
            sqlite3.Connection,
            cipher_connect(path.as_uri() + "?mode=rw", key, timeout=busy_timeout, where=str(path)),
        )
    else:
        try:
            conn = sqlite3.connect(
                path.as_uri() + "?mode=rw",
                uri=True,
                timeout=busy_timeout,
                isolation_level=None,
                check_same_thread=False,
            )
        except sqlite3.Error as exc:
            raise from_sqlite(exc, path) from None
    try:
        _validate(conn, path, check=check)
        _configure(conn, path, busy_timeout)
        _tighten(path)
    except BaseException:
        conn.close()
        raise
    return conn


@contextlib.contextmanager
def write_transaction(conn: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """``BEGIN IMMEDIATE … COMMIT``: all of it is stored, or (on any error) none of it."""
    try:
        conn.execute("BEGIN IMMEDIATE")
    except db_errors() as exc:
        raise from_sqlite(exc, path) from None
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            with contextlib.suppress(*db_errors()):
                conn.execute("ROLLBACK")
        if isinstance(exc, db_errors()):
            raise from_sqlite(exc, path) from None
        raise


def compact(conn: sqlite3.Connection, path: Path) -> bool:
    """Rebuild the file (``VACUUM``) and empty the log (``wal_checkpoint(TRUNCATE)``).

    ``secure_delete`` zeroes deleted rows, but stale copies of pages can linger in the log and
    in free space; this removes them. Returns False when another connection kept the log busy
    (the deleted rows are gone; old page copies leave the log once that connection closes).
    """
    try:
        conn.execute("VACUUM")
        busy = int(conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0])
    except db_errors() as exc:
        error = from_sqlite(exc, path)
        if error.key == "store.error.locked":
            return False
        raise error from None
    return busy == 0
