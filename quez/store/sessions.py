"""Creating, reading, listing and changing sessions."""

from __future__ import annotations

import sqlite3
from typing import Any, get_args

from quez.store.base import StoreBase
from quez.store.codec import (
    LIST_SESSIONS,
    SELECT_SESSION,
    check_choice,
    clean_optional,
    json_text,
    row_to_session,
    to_iso,
)
from quez.store.errors import NotFoundError
from quez.store.ids import new_session_id, normalise_id, safe_id
from quez.store.model import Session, SessionKind, SessionStatus
from quez.store.records import SessionSummary

_SETTERS = {
    "position": "UPDATE sessions SET position = ?, updated_at = ? WHERE id = ?",
    "mirror": "UPDATE sessions SET mirror = ?, updated_at = ? WHERE id = ?",
    "meta": "UPDATE sessions SET meta = ?, updated_at = ? WHERE id = ?",
    "label": "UPDATE sessions SET label = ?, updated_at = ? WHERE id = ?",
    "status": "UPDATE sessions SET status = ?, updated_at = ? WHERE id = ?",
}


def select_summaries(
    conn: sqlite3.Connection,
    *,
    status: str | None = None,
    kind: str | None = None,
    before: str | None = None,
) -> list[SessionSummary]:
    """Summaries matching the filters, most recently updated first."""
    rows = conn.execute(LIST_SESSIONS, {"status": status, "kind": kind, "before": before})
    return [SessionSummary(row_to_session(row), int(row[12]), bool(row[13])) for row in rows]


def insert_session(
    conn: sqlite3.Connection,
    kind: SessionKind,
    deck_id: str,
    language: str,
    label: str | None,
    deck_version: str | None,
    meta_text: str,
    stamp: str,
) -> Session:
    """Insert a new open session with a fresh random id (inside the caller's transaction)."""
    session_id = new_session_id()
    while conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone():
        session_id = new_session_id()
    conn.execute(
        "INSERT INTO sessions (id, kind, deck_id, deck_version, language, label, status,"
        " position, mirror, meta, created_at, updated_at)"
        " VALUES (?, ?, ?, ?, ?, ?, 'open', '{}', NULL, ?, ?, ?)",
        (
            session_id,
            kind,
            clean_optional(deck_id) or "",
            clean_optional(deck_version),
            clean_optional(language) or "",
            clean_optional(label),
            meta_text,
            stamp,
            stamp,
        ),
    )
    return row_to_session(conn.execute(SELECT_SESSION, (session_id,)).fetchone())


class SessionsMixin(StoreBase):
    """Session-level operations of the store."""

    def create_session(
        self,
        kind: SessionKind,
        deck_id: str,
        language: str,
        *,
        label: str | None = None,
        deck_version: str | None = None,
        meta: dict[str, Any] | None = None,
    ) -> Session:
        """Start a new, open session with a fresh random id."""
        check_choice("kind", kind, get_args(SessionKind))
        meta_text = json_text("meta", meta or {})
        stamp = to_iso(self._now())
        with self._write() as conn:
            return insert_session(
                conn, kind, deck_id, language, label, deck_version, meta_text, stamp
            )

    def get_session(self, session_id: str) -> Session | None:
        """The session with this id, or None."""
        with self._read() as conn:
            row = conn.execute(SELECT_SESSION, (session_id,)).fetchone()
        return None if row is None else row_to_session(row)

    def list_sessions(
        self, *, status: SessionStatus | None = None, kind: SessionKind | None = None
    ) -> list[SessionSummary]:
        """Sessions with their entry counts, most recently updated first."""
        with self._read() as conn:
            return select_summaries(conn, status=status, kind=kind)

    def _set(self, field: str, session_id: str, value: str | None) -> None:
        with self._write() as conn:
            cursor = conn.execute(_SETTERS[field], (value, self._stamp(), session_id))
            if cursor.rowcount == 0:
                raise NotFoundError("store.error.no_session", session=safe_id(session_id))

    def set_position(self, session_id: str, position: dict[str, Any]) -> None:
        """Remember where the conversation is, so it resumes exactly there."""
        self._set("position", session_id, json_text("position", position))

    def set_label(self, session_id: str, label: str | None) -> None:
        """Set or clear the pseudonym (cleaned and trimmed; empty clears it)."""
        self._set("label", session_id, clean_optional(label))

    def set_mirror(self, session_id: str, mirror: dict[str, Any]) -> None:
        """Store the regie mirror (never exported)."""
        self._set("mirror", session_id, json_text("mirror", mirror))

    def set_meta(self, session_id: str, meta: dict[str, Any]) -> None:
        """Replace the kind-specific data."""
        self._set("meta", session_id, json_text("meta", meta))

    def reopen_session(self, session_id: str) -> None:
        """Mark a closed session open again (its erased werkaantekeningen stay erased)."""
        self._set("status", session_id, "open")

    def resolve_session_id(self, text: str) -> str | None:
        """The id of the one session whose id starts with what the user typed, or None."""
        typed = normalise_id(text)
        if not typed:
            return None
        with self._read() as conn:
            rows = conn.execute(
                "SELECT id FROM sessions WHERE substr(id, 1, ?) = ? LIMIT 2", (len(typed), typed)
            ).fetchall()
        return str(rows[0][0]) if len(rows) == 1 else None
