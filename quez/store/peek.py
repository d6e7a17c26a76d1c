"""A read-only look at the session ids, for shell completion.

Completion runs on every Tab: it must never ask for a passphrase, migrate, apply retention or
show anything a client said. So this opens the file read-only (SQLite ``mode=ro``), reads ids
only, and gives nothing for an encrypted store, a store being converted, a foreign file or any
error at all.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from quez.store.cipher import marker_path, pending_path
from quez.store.ids import is_session_id
from quez.store.schema import APPLICATION_ID

MAX_IDS = 200


def session_ids(db: Path) -> list[str]:
    """Session ids, most recently changed first; ``[]`` whenever that cannot be read calmly."""
    if not db.is_file() or marker_path(db).exists() or pending_path(db).exists():
        return []
    # No write-ahead log beside the file means no open connection and nothing uncheckpointed:
    # the file alone is the whole store, and "immutable" reads it without creating the -wal and
    # -shm files a read-only WAL reader would leave behind. Otherwise the app has it open, and
    # those files exist already.
    wal = db.with_name(db.name + "-wal")
    query = "mode=ro" if wal.exists() else "mode=ro&immutable=1"
    try:
        conn = sqlite3.connect(f"{db.absolute().as_uri()}?{query}", uri=True, timeout=0.2)
    except sqlite3.Error:
        return []
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            return []
        rows = conn.execute(
            "SELECT id FROM sessions ORDER BY updated_at DESC LIMIT ?", (MAX_IDS,)
        ).fetchall()
    except sqlite3.Error:
        # Completion is a convenience: a damaged or locked store simply completes nothing.
        # The commands themselves report it properly when the user runs them.
        return []
    finally:
        conn.close()
    return [row[0] for row in rows if isinstance(row[0], str) and is_session_id(row[0])]
