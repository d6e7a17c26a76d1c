"""Entries: the cards of a session and their notes, including the cheap autosave.

A client conversation's entry has two texts, the client's own words (``note``) and the
professional's summary (``summary``), each with its own consent. Changing a text withdraws its
consent ("not asked yet" again): the client agreed to the words they read, not to later ones.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import get_args

from quez.sanitize import clean_text
from quez.store.base import StoreBase
from quez.store.codec import (
    SELECT_ENTRIES,
    SELECT_ENTRY,
    check_choice,
    clean_optional,
    consent_value,
    json_text,
    row_to_entry,
)
from quez.store.errors import NotFoundError
from quez.store.model import NOTE_FIELDS, ChosenBy, Entry, EntryState, NoteField, NoteKind
from quez.store.records import UNSET, Unset

# Full statements per field (never composed at run time): a changed text withdraws its consent.
_SAVE_TEXT = {
    "own_words": "UPDATE entries SET note = ?, consent = NULL, updated_at = ?"
    " WHERE id = ? AND note IS NOT ?",
    "summary": "UPDATE entries SET summary = ?, summary_consent = NULL, updated_at = ?"
    " WHERE id = ? AND summary IS NOT ?",
}
_AGREE = {
    "own_words": "UPDATE entries SET consent = 1, updated_at = ?"
    " WHERE id = ? AND consent IS NULL AND note = ?",
    "summary": "UPDATE entries SET summary_consent = 1, updated_at = ?"
    " WHERE id = ? AND summary_consent IS NULL AND summary = ?",
}


def _entry_session(conn: sqlite3.Connection, entry_id: int) -> str:
    row = conn.execute("SELECT session_id FROM entries WHERE id = ?", (entry_id,)).fetchone()
    if row is None:
        raise NotFoundError("store.error.no_entry", entry=int(entry_id))
    return str(row[0])


class EntriesMixin(StoreBase):
    """Entry-level operations."""

    def add_entry(
        self,
        session_id: str,
        card_id: str,
        card_text: str,
        *,
        theme_id: str | None = None,
        chosen_by: ChosenBy = "client",
        note_kind: NoteKind = "own_words",
        phase: str | None = None,
        participant: str | None = None,
        followups: Iterable[str] = (),
        note: str = "",
        summary: str = "",
    ) -> Entry:
        """Append a card to the session (next ``seq``), optionally with first texts; both
        start "not asked yet"."""
        check_choice("chosen_by", chosen_by, get_args(ChosenBy))
        check_choice("note_kind", note_kind, get_args(NoteKind))
        follow = json_text("followups", [str(item) for item in followups])
        stamp = self._stamp()
        with self._write() as conn:
            self._touch(conn, session_id, stamp)
            cursor = conn.execute(
                "INSERT INTO entries (session_id, seq, card_id, card_text, theme_id, chosen_by,"
                " note, note_kind, important, consent, state, phase, participant, followups,"
                " created_at, updated_at, summary, summary_consent)"
                " VALUES (?, (SELECT coalesce(max(seq), 0) + 1 FROM entries WHERE session_id = ?),"
                " ?, ?, ?, ?, ?, ?, 0, NULL, 'active', ?, ?, ?, ?, ?, ?, NULL)",
                (
                    session_id,
                    session_id,
                    clean_text(card_id),
                    clean_text(card_text),
                    clean_optional(theme_id),
                    chosen_by,
                    clean_text(note),
                    note_kind,
                    clean_optional(phase),
                    clean_optional(participant),
                    follow,
                    stamp,
                    stamp,
                    clean_text(summary),
                ),
            )
            row = conn.execute(SELECT_ENTRY, (cursor.lastrowid,)).fetchone()
        entry = row_to_entry(row)
        self._remember(entry)
        return entry

    def _remember(self, entry: Entry) -> None:
        for field in NOTE_FIELDS:
            self._note_cache[(entry.id, field)] = entry.text(field)

    def entries(self, session_id: str) -> list[Entry]:
        """The session's entries in conversation order (empty for an unknown session)."""
        with self._read() as conn:
            self._sync_caches(conn)
            # Row by row, not fetchall(): a long conversation never holds its rows and its
            # entries in memory at the same time (issue 17: the read-back at 10,000 notes).
            found = [row_to_entry(row) for row in conn.execute(SELECT_ENTRIES, (session_id,))]
            for entry in found:
                self._remember(entry)
        return found

    def get_entry(self, entry_id: int) -> Entry | None:
        """One entry by id, or None."""
        with self._read() as conn:
            row = conn.execute(SELECT_ENTRY, (entry_id,)).fetchone()
        return None if row is None else row_to_entry(row)

    def save_note(self, entry_id: int, note: str) -> bool:
        """Autosave the own words (see :meth:`save_text`)."""
        return self.save_text(entry_id, "own_words", note)

    def save_summary(self, entry_id: int, summary: str) -> bool:
        """Autosave the professional's summary (see :meth:`save_text`)."""
        return self.save_text(entry_id, "summary", summary)

    def save_text(self, entry_id: int, field: NoteField, text: str) -> bool:
        """Autosave one text: one small transaction; an unchanged text writes nothing (False).

        A changed text withdraws that field's consent (back to "not asked yet").
        """
        check_choice("field", field, NOTE_FIELDS)
        key = (entry_id, field)
        with self._lock:
            with self._read() as conn:
                self._sync_caches(conn)
            cached = self._note_cache.get(key)
            if cached is not None and cached == text:
                return False
            cleaned = clean_text(text)
            if cached is not None and cached == cleaned:
                return False
            stamp = self._stamp()
            with self._write() as conn:
                cursor = conn.execute(_SAVE_TEXT[field], (cleaned, stamp, entry_id, cleaned))
                changed = cursor.rowcount > 0
                if changed:
                    conn.execute(
                        "UPDATE sessions SET updated_at = ?"
                        " WHERE id = (SELECT session_id FROM entries WHERE id = ?)",
                        (stamp, entry_id),
                    )
                else:
                    _entry_session(conn, entry_id)  # NotFoundError for an unknown entry
            self._note_cache[key] = cleaned
            return changed

    def agree(self, shown: Iterable[tuple[int, NoteField, str]]) -> list[tuple[int, NoteField]]:
        """The client agreed to these texts as they were shown: one transaction.

        Each item is (entry id, field, the text shown). A field gets a yes only when its stored
        text is exactly the text shown and nobody asked yet (an explicit no stays a no).
        Returns the (entry id, field) pairs that changed.
        """
        items = list(shown)
        for _, field, _ in items:
            check_choice("field", field, NOTE_FIELDS)
        stamp = self._stamp()
        changed: list[tuple[int, NoteField]] = []
        with self._write() as conn:
            sessions: set[str] = set()
            for entry_id, field, text in items:
                cursor = conn.execute(_AGREE[field], (stamp, entry_id, clean_text(text)))
                if cursor.rowcount > 0:
                    changed.append((entry_id, field))
                    sessions.add(_entry_session(conn, entry_id))
            for session_id in sorted(sessions):
                self._touch(conn, session_id, stamp)
        return changed

    def set_consent(self, entry_id: int, field: NoteField, value: bool | None) -> None:
        """The client's answer for one text: True, False, or None (not asked yet)."""
        check_choice("field", field, NOTE_FIELDS)
        if field == "summary":
            self.update_entry(entry_id, summary_consent=value)
        else:
            self.update_entry(entry_id, consent=value)

    def update_entry(
        self,
        entry_id: int,
        *,
        important: bool | None = None,
        consent: bool | Unset | None = UNSET,
        summary_consent: bool | Unset | None = UNSET,
        state: EntryState | None = None,
        note_kind: NoteKind | None = None,
        phase: str | Unset | None = UNSET,
        participant: str | Unset | None = UNSET,
    ) -> None:
        """Change an entry's flags; arguments left out keep their value.

        ``consent`` is the answer for the own words, ``summary_consent`` for the summary
        (True, False, or None: not asked yet).
        """
        if state is not None:
            check_choice("state", state, get_args(EntryState))
        if note_kind is not None:
            check_choice("note_kind", note_kind, get_args(NoteKind))
        stamp = self._stamp()
        with self._write() as conn:
            row = conn.execute(
                "SELECT session_id, important, consent, state, note_kind, phase, participant,"
                " summary_consent FROM entries WHERE id = ?",
                (entry_id,),
            ).fetchone()
            if row is None:
                raise NotFoundError("store.error.no_entry", entry=int(entry_id))
            conn.execute(
                "UPDATE entries SET important = ?, consent = ?, state = ?, note_kind = ?,"
                " phase = ?, participant = ?, summary_consent = ?, updated_at = ? WHERE id = ?",
                (
                    row[1] if important is None else int(bool(important)),
                    row[2] if consent is UNSET else consent_value(consent),
                    row[3] if state is None else state,
                    row[4] if note_kind is None else note_kind,
                    row[5] if phase is UNSET else clean_optional(phase),
                    row[6] if participant is UNSET else clean_optional(participant),
                    row[7] if summary_consent is UNSET else consent_value(summary_consent),
                    stamp,
                    entry_id,
                ),
            )
            self._touch(conn, row[0], stamp)
