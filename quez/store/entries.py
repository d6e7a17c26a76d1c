"""Entries: the cards of a session and their notes, including the cheap autosave."""

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
    json_text,
    row_to_entry,
)
from quez.store.errors import NotFoundError
from quez.store.model import ChosenBy, Entry, EntryState, NoteKind
from quez.store.records import UNSET, Unset


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
    ) -> Entry:
        """Append a card to the session (next ``seq``), optionally with a first note."""
        check_choice("chosen_by", chosen_by, get_args(ChosenBy))
        check_choice("note_kind", note_kind, get_args(NoteKind))
        follow = json_text("followups", [str(item) for item in followups])
        stamp = self._stamp()
        with self._write() as conn:
            self._touch(conn, session_id, stamp)
            cursor = conn.execute(
                "INSERT INTO entries (session_id, seq, card_id, card_text, theme_id, chosen_by,"
                " note, note_kind, important, consent, state, phase, participant, followups,"
                " created_at, updated_at) VALUES (?, (SELECT coalesce(max(seq), 0) + 1"
                " FROM entries WHERE session_id = ?), ?, ?, ?, ?, ?, ?, 0, NULL, 'active',"
                " ?, ?, ?, ?, ?)",
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
                ),
            )
            row = conn.execute(SELECT_ENTRY, (cursor.lastrowid,)).fetchone()
        entry = row_to_entry(row)
        self._note_cache[entry.id] = entry.note
        return entry

    def entries(self, session_id: str) -> list[Entry]:
        """The session's entries in conversation order (empty for an unknown session)."""
        with self._read() as conn:
            self._sync_caches(conn)
            rows = conn.execute(SELECT_ENTRIES, (session_id,)).fetchall()
            found = [row_to_entry(row) for row in rows]
            self._note_cache.update((entry.id, entry.note) for entry in found)
        return found

    def get_entry(self, entry_id: int) -> Entry | None:
        """One entry by id, or None."""
        with self._read() as conn:
            row = conn.execute(SELECT_ENTRY, (entry_id,)).fetchone()
        return None if row is None else row_to_entry(row)

    def save_note(self, entry_id: int, note: str) -> bool:
        """Autosave a note: one small transaction; an unchanged note writes nothing (False)."""
        with self._lock:
            with self._read() as conn:
                self._sync_caches(conn)
            cached = self._note_cache.get(entry_id)
            if cached is not None and cached == note:
                return False
            cleaned = clean_text(note)
            if cached is not None and cached == cleaned:
                return False
            stamp = self._stamp()
            with self._write() as conn:
                cursor = conn.execute(
                    "UPDATE entries SET note = ?, updated_at = ? WHERE id = ? AND note IS NOT ?",
                    (cleaned, stamp, entry_id, cleaned),
                )
                changed = cursor.rowcount > 0
                if changed:
                    conn.execute(
                        "UPDATE sessions SET updated_at = ?"
                        " WHERE id = (SELECT session_id FROM entries WHERE id = ?)",
                        (stamp, entry_id),
                    )
                else:
                    _entry_session(conn, entry_id)  # NotFoundError for an unknown entry
            self._note_cache[entry_id] = cleaned
            return changed

    def update_entry(
        self,
        entry_id: int,
        *,
        important: bool | None = None,
        consent: bool | Unset | None = UNSET,
        state: EntryState | None = None,
        note_kind: NoteKind | None = None,
        phase: str | Unset | None = UNSET,
        participant: str | Unset | None = UNSET,
    ) -> None:
        """Change an entry's flags; arguments left out keep their value."""
        if state is not None:
            check_choice("state", state, get_args(EntryState))
        if note_kind is not None:
            check_choice("note_kind", note_kind, get_args(NoteKind))
        stamp = self._stamp()
        with self._write() as conn:
            row = conn.execute(
                "SELECT session_id, important, consent, state, note_kind, phase, participant"
                " FROM entries WHERE id = ?",
                (entry_id,),
            ).fetchone()
            if row is None:
                raise NotFoundError("store.error.no_entry", entry=int(entry_id))
            conn.execute(
                "UPDATE entries SET important = ?, consent = ?, state = ?, note_kind = ?,"
                " phase = ?, participant = ?, updated_at = ? WHERE id = ?",
                (
                    row[1] if important is None else int(bool(important)),
                    row[2] if consent is UNSET else (None if consent is None else int(consent)),
                    row[3] if state is None else state,
                    row[4] if note_kind is None else note_kind,
                    row[5] if phase is UNSET else clean_optional(phase),
                    row[6] if participant is UNSET else clean_optional(participant),
                    stamp,
                    entry_id,
                ),
            )
            self._touch(conn, row[0], stamp)
