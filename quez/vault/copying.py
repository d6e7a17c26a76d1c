"""One file's conversion: take the store for ourselves, copy it with ``sqlcipher_export`` into a
temporary file under the new key (or none), and prove the copy before anything is replaced.

The source is never written to except for leaving WAL mode, which is also how we know no other
connection has it open (SQLite refuses that while another one has). All connections here are
SQLCipher's: mixing two SQLite libraries on one file in one process breaks POSIX locks.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from quez.store.cipher import Key, cipher_connect
from quez.store.db import SQLITE_MAGIC, side_files
from quez.store.errors import StoreError, db_errors, error_name
from quez.store.wipe import shred
from quez.vault.errors import VaultError
from quez.vault.files import create_empty, fsync_file

BUSY_TIMEOUT = 2.0
_TARGET = "quez_vault_target"


def _is_plain(path: Path) -> bool:
    with open(path, "rb") as handle:
        return handle.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC


def open_exclusive(path: Path, key: Key | None) -> Any:
    """Open ``path`` (plain when ``key`` is None) and hold an exclusive lock until closed.

    ``vault.error.in_use`` when another program has the store open; ``vault.error.damaged``
    when it fails SQLite's quick check. A wrong key is ``vault.error.cannot_decrypt``.
    """
    if key is None and not _is_plain(path):
        raise VaultError("vault.error.not_plain", path=str(path))
    if key is not None and _is_plain(path):
        raise VaultError("vault.error.not_encrypted", path=str(path))
    conn = cipher_connect(path.as_uri() + "?mode=rw", key, timeout=BUSY_TIMEOUT, where=str(path))
    try:
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        # Leaving WAL checkpoints and removes the -wal; it needs every other connection gone.
        conn.execute("PRAGMA journal_mode = DELETE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("COMMIT")  # in exclusive locking mode the lock stays taken
        checks = conn.execute("PRAGMA quick_check").fetchall()
    except db_errors() as exc:
        conn.close()
        name = error_name(exc)
        if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in str(exc).lower():
            raise VaultError("vault.error.in_use", path=str(path)) from None
        raise VaultError("vault.error.damaged", path=str(path)) from None
    if checks != [("ok",)]:
        conn.close()
        raise VaultError("vault.error.damaged", path=str(path))
    return conn


def _tables(conn: Any) -> list[str]:
    rows = conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")
    return [str(row[0]) for row in rows.fetchall()]


def _counts(conn: Any) -> dict[str, int]:
    """Rows per table (names come from the file's own schema; quoted as identifiers)."""
    counts: dict[str, int] = {}
    for name in _tables(conn):
        quoted = '"' + name.replace('"', '""') + '"'
        query = f"SELECT count(*) FROM {quoted}"  # noqa: S608 - an identifier, quoted
        counts[name] = int(conn.execute(query).fetchone()[0])
    return counts


def _header(conn: Any) -> tuple[int, int]:
    version = int(conn.execute("PRAGMA user_version").fetchone()[0])
    app_id = int(conn.execute("PRAGMA application_id").fetchone()[0])
    return version, app_id


def export_copy(source: Any, tmp: Path, key: Key | None) -> None:
    """Copy the open ``source`` into the new file ``tmp`` (0600), encrypted with ``key``."""
    create_empty(tmp)
    version, app_id = _header(source)
    source.execute(
        f"ATTACH DATABASE ? AS {_TARGET} KEY ?", (str(tmp), key.literal() if key else "")
    )
    try:
        source.execute(f"SELECT sqlcipher_export('{_TARGET}')")
        # sqlcipher_export copies schema and rows, not the header fields QueZ relies on.
        source.execute(f"PRAGMA {_TARGET}.user_version = {version}")
        source.execute(f"PRAGMA {_TARGET}.application_id = {app_id}")
    finally:
        with contextlib.suppress(*db_errors()):
            source.execute(f"DETACH DATABASE {_TARGET}")
    # In exclusive locking mode a rollback journal is kept (zeroed); it is not the copy's.
    for side in side_files(tmp):
        shred(side)
    fsync_file(tmp)


def verify_copy(source: Any, tmp: Path, key: Key | None) -> None:
    """Prove the copy: right encryption, ``integrity_check`` ok, same header and row counts."""
    if _is_plain(tmp) != (key is None):
        raise VaultError("vault.error.verify_failed", path=str(tmp))
    try:
        copy = cipher_connect(tmp.as_uri() + "?mode=ro", key, timeout=BUSY_TIMEOUT, where=str(tmp))
    except StoreError:
        raise VaultError("vault.error.verify_failed", path=str(tmp)) from None
    try:
        checks = copy.execute("PRAGMA integrity_check").fetchall()
        same = _header(copy) == _header(source) and _counts(copy) == _counts(source)
    except db_errors():
        raise VaultError("vault.error.verify_failed", path=str(tmp)) from None
    finally:
        copy.close()
    if checks != [("ok",)] or not same:
        raise VaultError("vault.error.verify_failed", path=str(tmp))
