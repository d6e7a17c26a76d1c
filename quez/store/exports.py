"""The export files QueZ wrote for each session, so that deleting a session removes them too.

Whoever writes a client's document (or a team summary) calls :meth:`record_export` right after
writing it. Deleting or purging the session erases the recorded files first (see
:mod:`quez.store.export_files`) and then the rows; the records go with the session's rows.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from quez.sanitize import clean_text
from quez.store.base import StoreBase
from quez.store.codec import from_iso
from quez.store.errors import NotFoundError, StoreError
from quez.store.export_files import file_id
from quez.store.ids import safe_id
from quez.store.records import ExportRecord

# Full statements (not composed at run time), in the column order _record expects.
_BY_SESSION = (
    "SELECT id, session_id, path, format, created_at, file_id FROM exports"
    " WHERE session_id = ? ORDER BY id"
)
_BY_ID = "SELECT id, session_id, path, format, created_at, file_id FROM exports WHERE id = ?"
_ALL = "SELECT id, session_id, path, format, created_at, file_id FROM exports ORDER BY id"


def _record(row: sqlite3.Row | tuple[Any, ...]) -> ExportRecord:
    return ExportRecord(
        id=int(row[0]),
        session_id=str(row[1]),
        path=Path(os.fsdecode(bytes(row[2]))),
        format=str(row[3]),
        created_at=from_iso(str(row[4])),
        file_id=str(row[5]),
    )


def select_exports(conn: sqlite3.Connection, session_ids: Iterable[str]) -> list[ExportRecord]:
    """The export records of these sessions, oldest first."""
    found: list[ExportRecord] = []
    for session_id in session_ids:
        rows = conn.execute(_BY_SESSION, (session_id,))
        found.extend(_record(row) for row in rows)
    return found


class ExportsMixin(StoreBase):
    """Recording and listing export files."""

    def record_export(self, session_id: str, path: Path, fmt: str) -> ExportRecord:
        """Remember that QueZ wrote ``path`` (just now) for this session.

        The file must exist: its device and inode are recorded, so that a different file put
        at the same path later is never erased in its place.
        """
        path = Path(path).absolute()
        try:
            identity = file_id(os.stat(path))
        except (OSError, UnicodeError):
            raise StoreError("store.error.export_missing", path=clean_text(str(path))) from None
        stamp = self._stamp()
        with self._write() as conn:
            known = conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
            if known is None:
                raise NotFoundError("store.error.no_session", session=safe_id(session_id))
            cursor = conn.execute(
                "INSERT INTO exports (session_id, path, format, file_id, created_at)"
                " VALUES (?, ?, ?, ?, ?)",
                (session_id, os.fsencode(path), clean_text(fmt)[:16], identity, stamp),
            )
            row = conn.execute(_BY_ID, (cursor.lastrowid,)).fetchone()
        return _record(row)

    def exports(self, session_id: str) -> list[ExportRecord]:
        """The export files recorded for one session, oldest first."""
        with self._read() as conn:
            return select_exports(conn, [session_id])

    def all_exports(self) -> list[ExportRecord]:
        """Every recorded export file (``quez erase-all`` erases them before the folders)."""
        with self._read() as conn:
            return [_record(row) for row in conn.execute(_ALL)]
