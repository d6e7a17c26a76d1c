"""Afspraken (agreements), the look-back of a follow-up, and chains of linked conversations.

Plain dataclasses and pure functions; the SQL lives in :mod:`quez.store.agreements` and
:mod:`quez.store.links`. See ``docs/afspraken.md`` for what the client sees.

- An :class:`Agreement` belongs to one client conversation: *what* (the client's words), *who*
  (the client, the professional, or someone the client names with a name they choose, never
  required) and, optionally, *when we look at it again* (the client's words). It has one
  consent, exactly like a note: ``None`` (not asked yet), ``True`` or ``False``; a change to any
  of its texts or to *who* withdraws it.
- A :class:`LookBack` belongs to a follow-up conversation and points at an earlier agreement:
  how it went (:data:`Outcome`), who chose that, and a note in the client's words, with its own
  consent (for the outcome and the note together).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Literal

from quez.store.model import ChosenBy

Who = Literal["client", "professional", "other"]
WHO: tuple[Who, ...] = ("client", "professional", "other")
# gelukt / deels / niet / niet meer nodig
Outcome = Literal["done", "partly", "not", "not_needed"]
OUTCOMES: tuple[Outcome, ...] = ("done", "partly", "not", "not_needed")
# An agreement with one of these as its latest outcome is not looked back at again.
FINAL_OUTCOMES: frozenset[Outcome] = frozenset({"done", "not_needed"})
# The texts of an agreement the client types (each autosaved like a note).
AgreementField = Literal["what", "who_name", "look_again"]
AGREEMENT_FIELDS: tuple[AgreementField, ...] = ("what", "who_name", "look_again")


@dataclass
class Agreement:
    """One afspraak of a conversation."""

    id: int
    session_id: str
    seq: int
    created_at: datetime
    updated_at: datetime
    what: str = ""
    who: Who = "client"
    who_name: str = ""  # only for who == "other"; "" when the client gave no name
    look_again: str = ""  # "over twee weken", "na de vakantie"; "" when not said
    consent: bool | None = None
    entry_id: int | None = None  # the card it was made on, if any

    def text(self, field: AgreementField) -> str:
        """One of the typed texts."""
        if field == "who_name":
            return self.who_name
        if field == "look_again":
            return self.look_again
        return self.what

    @property
    def has_text(self) -> bool:
        """True when there is something to read back (its *what*)."""
        return bool(self.what.strip())

    @property
    def in_client_copy(self) -> bool:
        """True only when the client said yes and there is a *what*."""
        return self.consent is True and self.has_text


@dataclass
class LookBack:
    """How an earlier agreement went, said in a follow-up conversation."""

    id: int
    session_id: str  # the follow-up
    seq: int
    agreement: Agreement  # the earlier agreement as it is stored now (its own session_id)
    created_at: datetime
    updated_at: datetime
    outcome: Outcome | None = None  # None: not said yet
    chosen_by: ChosenBy | None = None  # who chose the outcome
    note: str = ""
    consent: bool | None = None

    @property
    def has_answer(self) -> bool:
        """True when an outcome or a note was given."""
        return self.outcome is not None or bool(self.note.strip())

    @property
    def in_client_copy(self) -> bool:
        """True when the client said yes to this look-back *and* the earlier agreement still
        goes into the client's copy (it may have been changed since)."""
        return self.consent is True and self.has_answer and self.agreement.in_client_copy


@dataclass(frozen=True)
class ChainLink:
    """One conversation of a chain, without any of its text: ids and dates only."""

    session_id: str
    created_at: datetime
    status: str


def latest_lookbacks(
    lookbacks: Iterable[LookBack], order: Iterable[str], *, consented: bool = False
) -> dict[int, LookBack]:
    """The latest look-back with an answer per agreement id (pure).

    ``order`` lists the chain's session ids, oldest first; within a session the look-back's
    ``seq`` orders. With ``consented`` only look-backs that go into the client's copy count
    (what documents show); without, every answer counts (what the next look-back starts from).
    """
    rank = {session_id: n for n, session_id in enumerate(order)}
    found: dict[int, tuple[tuple[int, int], LookBack]] = {}
    for item in lookbacks:
        if item.session_id not in rank or not item.has_answer:
            continue
        if consented and not item.in_client_copy:
            continue
        key = (rank[item.session_id], item.seq)
        known = found.get(item.agreement.id)
        if known is None or key > known[0]:
            found[item.agreement.id] = (key, item)
    return {agreement_id: item for agreement_id, (_, item) in found.items()}


def open_agreements(
    agreements: Iterable[Agreement], lookbacks: Iterable[LookBack], order: Iterable[str]
) -> list[Agreement]:
    """The agreements a follow-up looks back at: the ones the client said yes to, in chain
    order, except those whose latest outcome is final (done, no longer needed)."""
    sessions = list(order)
    rank = {session_id: n for n, session_id in enumerate(sessions)}
    latest = latest_lookbacks(lookbacks, sessions)
    chosen = [
        a
        for a in agreements
        if a.session_id in rank
        and a.in_client_copy
        and (a.id not in latest or latest[a.id].outcome not in FINAL_OUTCOMES)
    ]
    return sorted(chosen, key=lambda a: (rank[a.session_id], a.seq))
