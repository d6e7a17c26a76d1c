"""What a session is, as plain dataclasses (the SQL lives in the store, not here).

A *session* is one conversation (``kind="client"``) or one intervisie meeting
(``kind="intervisie"``). Its *entries* are the cards that came up, in order, each with the note
written for it. *Werkaantekeningen* (the professional's private scratch notes) are kept apart:
they are never exported and are erased when the session closes.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

SessionKind = Literal["client", "intervisie"]
SessionStatus = Literal["open", "closed"]
ChosenBy = Literal["client", "professional"]
# own_words: a client conversation's entry, whose ``note`` is the client's own words (its
# ``summary`` is the professional's). The other kinds are intervisie notes (see quez.intervisie);
# "answer" is the inbrenger's answer in a question round.
# (Schema 2 also had "summary" for a whole note; schema 3 moved those into ``Entry.summary``.)
NoteKind = Literal[
    "own_words", "question", "answer", "advice", "takeaway", "next_step", "evaluation", "note"
]
EntryState = Literal["active", "skipped", "parked"]
# The two texts of a client entry, each with its own consent.
NoteField = Literal["own_words", "summary"]
NOTE_FIELDS: tuple[NoteField, ...] = ("own_words", "summary")


@dataclass
class Session:
    """One conversation or intervisie meeting."""

    id: str
    kind: SessionKind
    deck_id: str
    language: str
    created_at: datetime
    updated_at: datetime
    label: str | None = None  # a pseudonym the client chose; never required
    deck_version: str | None = None
    status: SessionStatus = "open"
    # Where the conversation is, so it can resume exactly there (screen, theme, entry …).
    position: dict[str, Any] = field(default_factory=dict)
    # The regie mirror shown to the professional at the end; never exported.
    mirror: dict[str, Any] | None = None
    # Kind-specific data, e.g. an intervisie's method, roles, participants and timings.
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class Entry:
    """A card that came up in a session, and the note written with it."""

    id: int
    session_id: str
    seq: int  # order in the conversation (1, 2, …)
    card_id: str
    card_text: str  # snapshot in the session language, so exports survive deck changes
    created_at: datetime
    updated_at: datetime
    theme_id: str | None = None
    chosen_by: ChosenBy = "client"
    note: str = ""  # the client's own words (intervisie: the note of kind ``note_kind``)
    note_kind: NoteKind = "own_words"
    important: bool = False
    # Whether the client agreed their own words go into their copy; None: not asked yet.
    consent: bool | None = None
    state: EntryState = "active"
    phase: str | None = None  # intervisie phase the entry belongs to
    participant: str | None = None  # intervisie: who said it (initials / first name)
    followups: tuple[str, ...] = ()  # snapshot of follow-up questions
    summary: str = ""  # the professional's summary of what was said (client conversations)
    # Whether the client agreed the summary goes into their copy; None: not asked yet.
    summary_consent: bool | None = None

    def text(self, field: NoteField) -> str:
        """The own words or the summary."""
        return self.summary if field == "summary" else self.note

    def consent_for(self, field: NoteField) -> bool | None:
        """The client's answer for one field: True, False, or None (not asked yet)."""
        return self.summary_consent if field == "summary" else self.consent

    def in_client_copy(self, field: NoteField) -> bool:
        """True only when the client said yes to this field of a client conversation's card.

        Nothing goes along by default: "not asked yet" stays out, like a no.
        """
        return self.note_kind == "own_words" and self.consent_for(field) is True

    @property
    def goes_in_client_copy(self) -> bool:
        """True when the client said yes to at least one of this card's texts that has text."""
        return any(self.in_client_copy(field) and self.text(field).strip() for field in NOTE_FIELDS)


@dataclass
class WorkNotes:
    """The professional's private scratch notes for a session."""

    session_id: str
    text: str
    updated_at: datetime
