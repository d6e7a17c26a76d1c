"""The look-back of a follow-up: per earlier agreement, how it went and a note, with consent.

A look-back row belongs to the follow-up and points at the earlier agreement; it is read
together with that agreement as it is stored now (a join), so a changed or deleted agreement
is never shown from a stale copy. Changing the outcome or the note withdraws the consent.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any, get_args

from quez.sanitize import clean_text
from quez.store.agreement_model import OUTCOMES, LookBack, Outcome
from quez.store.agreements import row_to_agreement
from quez.store.base import StoreBase
from quez.store.codec import check_choice, consent_value, from_iso
from quez.store.errors import NotFoundError
from quez.store.model import ChosenBy

# Full statements (not composed at run time): the look-back's columns, then its agreement's
# in the order row_to_agreement expects.
SELECT_LOOKBACK = (
    "SELECT l.id, l.session_id, l.seq, l.created_at, l.updated_at, l.outcome, l.chosen_by,"
    " l.note, l.consent, a.id, a.session_id, a.seq, a.created_at, a.updated_at, a.what, a.who,"
    " a.who_name, a.look_again, a.consent, a.entry_id"
    " FROM lookbacks AS l JOIN agreements AS a ON a.id = l.agreement_id WHERE l.id = ?"
)
SELECT_LOOKBACKS = (
    "SELECT l.id, l.session_id, l.seq, l.created_at, l.updated_at, l.outcome, l.chosen_by,"
    " l.note, l.consent, a.id, a.session_id, a.seq, a.created_at, a.updated_at, a.what, a.who,"
    " a.who_name, a.look_again, a.consent, a.entry_id"
    " FROM lookbacks AS l JOIN agreements AS a ON a.id = l.agreement_id"
    " WHERE l.session_id = ? ORDER BY l.seq"
)


def row_to_lookback(row: sqlite3.Row | tuple[Any, ...]) -> LookBack:
    """A :data:`SELECT_LOOKBACK` row as a :class:`LookBack` with its agreement."""
    return LookBack(
        id=int(row[0]),
        session_id=str(row[1]),
        seq=int(row[2]),
        created_at=from_iso(row[3]),
        updated_at=from_iso(row[4]),
        outcome=row[5],
        chosen_by=row[6],
        note=row[7],
        consent=None if row[8] is None else bool(row[8]),
        agreement=row_to_agreement(row, 9),
    )


def _owner(conn: sqlite3.Connection, lookback_id: int) -> str:
    row = conn.execute("SELECT session_id FROM lookbacks WHERE id = ?", (lookback_id,)).fetchone()
    if row is None:
        raise NotFoundError("store.error.no_lookback", lookback=int(lookback_id))
    return str(row[0])


def insert_lookbacks(
    conn: sqlite3.Connection, session_id: str, agreement_ids: Sequence[int], stamp: str
) -> None:
    """One new look-back item per agreement, in order (inside the caller's transaction);
    an agreement that already has one in this session is skipped."""
    for agreement_id in agreement_ids:
        _agreement_exists(conn, agreement_id)
        conn.execute(
            "INSERT INTO lookbacks (session_id, agreement_id, seq, outcome, chosen_by,"
            " note, consent, created_at, updated_at) VALUES (?, ?, (SELECT"
            " coalesce(max(seq), 0) + 1 FROM lookbacks WHERE session_id = ?),"
            " NULL, NULL, '', NULL, ?, ?)"
            " ON CONFLICT (session_id, agreement_id) DO NOTHING",
            (session_id, agreement_id, session_id, stamp, stamp),
        )


def _note_key(lookback_id: int) -> tuple[int, str]:
    return (lookback_id, "lookback:note")


class LookBacksMixin(StoreBase):
    """Look-back operations."""

    def add_lookbacks(self, session_id: str, agreement_ids: Sequence[int]) -> list[LookBack]:
        """Open a look-back item per earlier agreement, in the order given (one transaction).

        Each starts without an outcome, without a note and "not asked yet". An agreement that
        already has an item in this session is left as it is.
        """
        stamp = self._stamp()
        with self._write() as conn:
            self._touch(conn, session_id, stamp)
            insert_lookbacks(conn, session_id, agreement_ids, stamp)
            found = [row_to_lookback(r) for r in conn.execute(SELECT_LOOKBACKS, (session_id,))]
        for item in found:
            self._note_cache[_note_key(item.id)] = item.note
        return found

    def lookbacks(self, session_id: str) -> list[LookBack]:
        """The session's look-back items in order, each with its earlier agreement."""
        with self._read() as conn:
            self._sync_caches(conn)
            found = [row_to_lookback(r) for r in conn.execute(SELECT_LOOKBACKS, (session_id,))]
        for item in found:
            self._note_cache[_note_key(item.id)] = item.note
        return found

    def lookbacks_of(self, session_ids: Sequence[str]) -> list[LookBack]:
        """The look-back items of several sessions, session by session in the order given."""
        with self._read() as conn:
            return [
                row_to_lookback(row)
                for session_id in session_ids
                for row in conn.execute(SELECT_LOOKBACKS, (session_id,))
            ]

    def get_lookback(self, lookback_id: int) -> LookBack | None:
        """One look-back item by id, or None."""
        with self._read() as conn:
            row = conn.execute(SELECT_LOOKBACK, (lookback_id,)).fetchone()
        return None if row is None else row_to_lookback(row)

    def set_outcome(
        self, lookback_id: int, outcome: Outcome | None, chosen_by: ChosenBy = "client"
    ) -> bool:
        """How it went, and who chose that; a change withdraws the consent. ``None`` clears
        the outcome (and who chose it). Returns False when nothing changed."""
        if outcome is not None:
            check_choice("outcome", outcome, OUTCOMES)
            check_choice("chosen_by", chosen_by, get_args(ChosenBy))
        by = None if outcome is None else chosen_by
        stamp = self._stamp()
        with self._write() as conn:
            session_id = _owner(conn, lookback_id)
            cursor = conn.execute(
                "UPDATE lookbacks SET outcome = ?, chosen_by = ?, consent = NULL, updated_at = ?"
                " WHERE id = ? AND (outcome IS NOT ? OR chosen_by IS NOT ?)",
                (outcome, by, stamp, lookback_id, outcome, by),
            )
            changed = cursor.rowcount > 0
            if changed:
                self._touch(conn, session_id, stamp)
        return changed

    def save_lookback_note(self, lookback_id: int, text: str) -> bool:
        """Autosave the note (like :meth:`save_note`); a changed note withdraws the consent."""
        key = _note_key(lookback_id)
        with self._lock:
            with self._read() as conn:
                self._sync_caches(conn)
            cleaned = clean_text(text)
            if self._note_cache.get(key) in (text, cleaned):
                return False
            stamp = self._stamp()
            with self._write() as conn:
                session_id = _owner(conn, lookback_id)
                cursor = conn.execute(
                    "UPDATE lookbacks SET note = ?, consent = NULL, updated_at = ?"
                    " WHERE id = ? AND note IS NOT ?",
                    (cleaned, stamp, lookback_id, cleaned),
                )
                changed = cursor.rowcount > 0
                if changed:
                    self._touch(conn, session_id, stamp)
            self._note_cache[key] = cleaned
            return changed

    def set_lookback_consent(self, lookback_id: int, value: bool | None) -> None:
        """The client's answer for a look-back item: True, False, or None (not asked yet)."""
        stamp = self._stamp()
        with self._write() as conn:
            session_id = _owner(conn, lookback_id)
            conn.execute(
                "UPDATE lookbacks SET consent = ?, updated_at = ? WHERE id = ?",
                (consent_value(value), stamp, lookback_id),
            )
            self._touch(conn, session_id, stamp)

    def agree_lookbacks(self, shown: Iterable[LookBack]) -> list[int]:
        """The client agreed to these look-back items as shown (outcome, who chose it, note):
        one transaction; only items nobody asked about yet; returns the ids that changed."""
        items = list(shown)
        stamp = self._stamp()
        changed: list[int] = []
        with self._write() as conn:
            sessions: set[str] = set()
            for item in items:
                cursor = conn.execute(
                    "UPDATE lookbacks SET consent = 1, updated_at = ? WHERE id = ?"
                    " AND consent IS NULL AND outcome IS ? AND chosen_by IS ? AND note = ?",
                    (stamp, item.id, item.outcome, item.chosen_by, clean_text(item.note)),
                )
                if cursor.rowcount > 0:
                    changed.append(item.id)
                    sessions.add(_owner(conn, item.id))
            for session_id in sorted(sessions):
                self._touch(conn, session_id, stamp)
        return changed

    def lookbacks_pointing_at(self, session_id: str) -> dict[str, int]:
        """Per *other* session: how many of its look-back items point at this session's
        agreements (deleting this session deletes them too)."""
        with self._read() as conn:
            rows = conn.execute(
                "SELECT l.session_id, count(*) FROM lookbacks AS l JOIN agreements AS a"
                " ON a.id = l.agreement_id WHERE a.session_id = ? AND l.session_id <> ?"
                " GROUP BY l.session_id ORDER BY l.session_id",
                (session_id, session_id),
            ).fetchall()
        return {str(row[0]): int(row[1]) for row in rows}


def _agreement_exists(conn: sqlite3.Connection, agreement_id: int) -> None:
    row = conn.execute("SELECT 1 FROM agreements WHERE id = ?", (agreement_id,)).fetchone()
    if row is None:
        raise NotFoundError("store.error.no_agreement", agreement=int(agreement_id))
