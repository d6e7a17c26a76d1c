"""Afspraken (agreements): adding, autosaving their texts, consent, removing.

An agreement has one consent, like a note: a changed text (*what*, the name, *when we look
again*) or a changed *who* puts it back to "not asked yet". The name is only kept for
``who == "other"``: choosing the client or the professional erases it, so no text is kept
that no document would show.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable, Sequence
from typing import Any

from quez.sanitize import clean_text
from quez.store.agreement_model import AGREEMENT_FIELDS, WHO, Agreement, AgreementField, Who
from quez.store.base import StoreBase
from quez.store.codec import check_choice, consent_value, from_iso
from quez.store.errors import NotFoundError

# Full statements (not composed at run time), in the column order row_to_agreement expects.
SELECT_AGREEMENT = (
    "SELECT id, session_id, seq, created_at, updated_at, what, who, who_name, look_again,"
    " consent, entry_id FROM agreements WHERE id = ?"
)
SELECT_AGREEMENTS = (
    "SELECT id, session_id, seq, created_at, updated_at, what, who, who_name, look_again,"
    " consent, entry_id FROM agreements WHERE session_id = ? ORDER BY seq"
)
# Full statements per field (never composed from input): a changed text withdraws the consent.
_SAVE_TEXT = {
    "what": "UPDATE agreements SET what = ?, consent = NULL, updated_at = ?"
    " WHERE id = ? AND what IS NOT ?",
    "who_name": "UPDATE agreements SET who_name = ?, consent = NULL, updated_at = ?"
    " WHERE id = ? AND who = 'other' AND who_name IS NOT ?",
    "look_again": "UPDATE agreements SET look_again = ?, consent = NULL, updated_at = ?"
    " WHERE id = ? AND look_again IS NOT ?",
}
_AGREE = (
    "UPDATE agreements SET consent = 1, updated_at = ? WHERE id = ? AND consent IS NULL"
    " AND what = ? AND who = ? AND who_name = ? AND look_again = ?"
)


def row_to_agreement(row: sqlite3.Row | tuple[Any, ...], offset: int = 0) -> Agreement:
    """A row of :data:`SELECT_AGREEMENT`'s columns (starting at ``offset``) as an Agreement."""
    r = row[offset : offset + 11]
    return Agreement(
        id=int(r[0]),
        session_id=str(r[1]),
        seq=int(r[2]),
        created_at=from_iso(r[3]),
        updated_at=from_iso(r[4]),
        what=r[5],
        who=r[6],
        who_name=r[7],
        look_again=r[8],
        consent=None if r[9] is None else bool(r[9]),
        entry_id=None if r[10] is None else int(r[10]),
    )


def _owner(conn: sqlite3.Connection, agreement_id: int) -> str:
    row = conn.execute("SELECT session_id FROM agreements WHERE id = ?", (agreement_id,)).fetchone()
    if row is None:
        raise NotFoundError("store.error.no_agreement", agreement=int(agreement_id))
    return str(row[0])


def _text_key(agreement_id: int, field: AgreementField) -> tuple[int, str]:
    return (agreement_id, f"agreement:{field}")  # never the same key as an entry's field


class AgreementsMixin(StoreBase):
    """Agreement-level operations."""

    def add_agreement(
        self,
        session_id: str,
        *,
        what: str = "",
        who: Who = "client",
        who_name: str = "",
        look_again: str = "",
        entry_id: int | None = None,
    ) -> Agreement:
        """Append an agreement to the session (next ``seq``), "not asked yet"."""
        check_choice("who", who, WHO)
        stamp = self._stamp()
        with self._write() as conn:
            self._touch(conn, session_id, stamp)
            if entry_id is not None:
                row = conn.execute("SELECT session_id FROM entries WHERE id = ?", (entry_id,))
                found = row.fetchone()
                if found is None or found[0] != session_id:
                    raise NotFoundError("store.error.no_entry", entry=int(entry_id))
            cursor = conn.execute(
                "INSERT INTO agreements (session_id, seq, what, who, who_name, look_again,"
                " consent, entry_id, created_at, updated_at) VALUES (?, (SELECT"
                " coalesce(max(seq), 0) + 1 FROM agreements WHERE session_id = ?),"
                " ?, ?, ?, ?, NULL, ?, ?, ?)",
                (
                    session_id,
                    session_id,
                    clean_text(what),
                    who,
                    clean_text(who_name) if who == "other" else "",
                    clean_text(look_again),
                    entry_id,
                    stamp,
                    stamp,
                ),
            )
            agreement = row_to_agreement(
                conn.execute(SELECT_AGREEMENT, (cursor.lastrowid,)).fetchone()
            )
        self._remember_agreement(agreement)
        return agreement

    def _remember_agreement(self, agreement: Agreement) -> None:
        for field in AGREEMENT_FIELDS:
            self._note_cache[_text_key(agreement.id, field)] = agreement.text(field)

    def agreements(self, session_id: str) -> list[Agreement]:
        """The session's agreements in the order they were made (empty when unknown)."""
        with self._read() as conn:
            self._sync_caches(conn)
            found = [row_to_agreement(r) for r in conn.execute(SELECT_AGREEMENTS, (session_id,))]
        for agreement in found:
            self._remember_agreement(agreement)
        return found

    def agreements_of(self, session_ids: Sequence[str]) -> list[Agreement]:
        """The agreements of several sessions, session by session in the order given."""
        with self._read() as conn:
            return [
                row_to_agreement(row)
                for session_id in session_ids
                for row in conn.execute(SELECT_AGREEMENTS, (session_id,))
            ]

    def get_agreement(self, agreement_id: int) -> Agreement | None:
        """One agreement by id, or None."""
        with self._read() as conn:
            row = conn.execute(SELECT_AGREEMENT, (agreement_id,)).fetchone()
        return None if row is None else row_to_agreement(row)

    def save_agreement_text(self, agreement_id: int, field: AgreementField, text: str) -> bool:
        """Autosave one text of an agreement: one small transaction; unchanged writes nothing.

        A changed text withdraws the agreement's consent. ``who_name`` is only kept while
        *who* is "other" (otherwise nothing is written and False is returned).
        """
        check_choice("field", field, AGREEMENT_FIELDS)
        key = _text_key(agreement_id, field)
        with self._lock:
            with self._read() as conn:
                self._sync_caches(conn)
            cleaned = clean_text(text)
            if self._note_cache.get(key) in (text, cleaned):
                return False
            stamp = self._stamp()
            with self._write() as conn:
                cursor = conn.execute(_SAVE_TEXT[field], (cleaned, stamp, agreement_id, cleaned))
                session_id = _owner(conn, agreement_id)
                changed = cursor.rowcount > 0
                if changed:
                    self._touch(conn, session_id, stamp)
            if changed or field != "who_name":
                self._note_cache[key] = cleaned
            return changed

    def set_agreement_who(self, agreement_id: int, who: Who, who_name: str = "") -> bool:
        """Who does it (and, for "other", the name the client chose); a change withdraws the
        consent. Returns False when nothing changed."""
        check_choice("who", who, WHO)
        name = clean_text(who_name) if who == "other" else ""
        stamp = self._stamp()
        with self._write() as conn:
            session_id = _owner(conn, agreement_id)
            cursor = conn.execute(
                "UPDATE agreements SET who = ?, who_name = ?, consent = NULL, updated_at = ?"
                " WHERE id = ? AND (who IS NOT ? OR who_name IS NOT ?)",
                (who, name, stamp, agreement_id, who, name),
            )
            changed = cursor.rowcount > 0
            if changed:
                self._touch(conn, session_id, stamp)
        self._note_cache[_text_key(agreement_id, "who_name")] = name
        return changed

    def set_agreement_consent(self, agreement_id: int, value: bool | None) -> None:
        """The client's answer for the agreement: True, False, or None (not asked yet)."""
        stamp = self._stamp()
        with self._write() as conn:
            session_id = _owner(conn, agreement_id)
            conn.execute(
                "UPDATE agreements SET consent = ?, updated_at = ? WHERE id = ?",
                (consent_value(value), stamp, agreement_id),
            )
            self._touch(conn, session_id, stamp)

    def agree_agreements(self, shown: Iterable[Agreement]) -> list[int]:
        """The client agreed to these agreements as they were shown: one transaction.

        An agreement gets a yes only when what is stored is exactly what was shown (all its
        texts and *who*) and nobody asked yet (an explicit no stays a no). Returns the ids
        that changed.
        """
        items = list(shown)
        stamp = self._stamp()
        changed: list[int] = []
        with self._write() as conn:
            sessions: set[str] = set()
            for a in items:
                values = (a.what, a.who, a.who_name, a.look_again)
                cleaned = tuple(clean_text(v) for v in values)
                cursor = conn.execute(_AGREE, (stamp, a.id, *cleaned))
                if cursor.rowcount > 0:
                    changed.append(a.id)
                    sessions.add(_owner(conn, a.id))
            for session_id in sorted(sessions):
                self._touch(conn, session_id, stamp)
        return changed

    def remove_agreement(self, agreement_id: int) -> int:
        """Delete an agreement (and any look-back at it); returns how many look-backs went.

        ``secure_delete`` zeroes the row; the log's old copies go with the next compaction
        (deleting the conversation compacts at once).
        """
        with self._write() as conn:
            session_id = _owner(conn, agreement_id)
            row = conn.execute(
                "SELECT count(*) FROM lookbacks WHERE agreement_id = ?", (agreement_id,)
            ).fetchone()
            conn.execute("DELETE FROM agreements WHERE id = ?", (agreement_id,))
            self._touch(conn, session_id, self._stamp())
        for field in AGREEMENT_FIELDS:
            self._note_cache.pop(_text_key(agreement_id, field), None)
        return int(row[0])
