"""One page of the session list, with the total, in one query (``quez sessions``).

Only what a listing shows is read (no positions, mirrors or meta to decode), and the entry
counts are counted for the page alone, so listing the newest 50 costs about the same with 100
sessions as with 10,000.
"""

from __future__ import annotations

from datetime import datetime
from typing import NamedTuple

from quez.store.base import StoreBase
from quez.store.codec import from_iso

_PAGE = (
    "SELECT p.id, p.kind, p.status, p.label, p.updated_at,"
    " (SELECT count(*) FROM entries AS e WHERE e.session_id = p.id), p.total"
    " FROM (SELECT id, kind, status, label, updated_at, count(*) OVER () AS total"
    "  FROM sessions"
    "  WHERE (:status IS NULL OR status = :status) AND (:kind IS NULL OR kind = :kind)"
    "  ORDER BY updated_at DESC, id DESC LIMIT :limit) AS p"
    " ORDER BY p.updated_at DESC, p.id DESC"
)


class SessionLine(NamedTuple):
    """A session as one line of the list (a NamedTuple: cheap to define on the start path)."""

    id: str
    kind: str
    status: str
    label: str | None
    entry_count: int
    updated_at: datetime


class SessionPage(NamedTuple):
    """The newest sessions that match, and how many match in all."""

    lines: list[SessionLine]
    total: int

    @property
    def more(self) -> int:
        """How many matching sessions are not on this page."""
        return self.total - len(self.lines)


class ListingMixin(StoreBase):
    """The session list as lines."""

    def session_page(
        self, *, status: str | None = None, kind: str | None = None, limit: int | None = None
    ) -> SessionPage:
        """The ``limit`` most recently updated sessions (all when None) and the total."""
        params = {"status": status, "kind": kind, "limit": -1 if limit is None else limit}
        with self._read() as conn:
            rows = conn.execute(_PAGE, params).fetchall()
        lines = [
            SessionLine(row[0], row[1], row[2], row[3], int(row[5]), from_iso(row[4]))
            for row in rows
        ]
        return SessionPage(lines, int(rows[0][6]) if rows else 0)
