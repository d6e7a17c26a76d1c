"""Werkaantekeningen: the professional's private scratch notes, kept in their own table.

They are never exported, are erased when the session closes (:meth:`close_session`) and at the
latest ``Settings.worknotes_days`` days after they were first written (:meth:`apply_retention`).
"""

from __future__ import annotations

from quez.sanitize import clean_text
from quez.store.base import StoreBase
from quez.store.codec import from_iso
from quez.store.errors import NotFoundError, StoreError
from quez.store.ids import safe_id
from quez.store.model import WorkNotes


class WorkNotesMixin(StoreBase):
    """Reading and autosaving werkaantekeningen."""

    def get_worknotes(self, session_id: str) -> WorkNotes | None:
        """The werkaantekeningen of a session, or None when there are none."""
        with self._read() as conn:
            row = conn.execute(
                "SELECT text, updated_at FROM worknotes WHERE session_id = ?", (session_id,)
            ).fetchone()
        return None if row is None else WorkNotes(session_id, row[0], from_iso(row[1]))

    def save_worknotes(self, session_id: str, text: str) -> bool:
        """Autosave werkaantekeningen (same semantics as :meth:`save_note`); empty erases them.

        Refused for a closed session: closing is what erases them.
        """
        with self._lock:
            with self._read() as conn:
                self._sync_caches(conn)
            cleaned = clean_text(text)
            if self._worknote_cache.get(session_id) == cleaned:
                return False
            stamp = self._stamp()
            with self._write() as conn:
                row = conn.execute(
                    "SELECT status FROM sessions WHERE id = ?", (session_id,)
                ).fetchone()
                if row is None:
                    raise NotFoundError("store.error.no_session", session=safe_id(session_id))
                if row[0] != "open":
                    raise StoreError("store.error.session_closed", session=safe_id(session_id))
                if cleaned:
                    cursor = conn.execute(
                        "INSERT INTO worknotes (session_id, text, created_at, updated_at)"
                        " VALUES (?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE"
                        " SET text = excluded.text, updated_at = excluded.updated_at"
                        " WHERE worknotes.text IS NOT excluded.text",
                        (session_id, cleaned, stamp, stamp),
                    )
                else:
                    cursor = conn.execute(
                        "DELETE FROM worknotes WHERE session_id = ?", (session_id,)
                    )
                changed = cursor.rowcount > 0
                if changed:
                    self._touch(conn, session_id, stamp)
            self._worknote_cache[session_id] = cleaned
            return changed
