"""Afspraken and the look-back inside one conversation (mixed into :class:`Conversation`).

Agreements can be made at any moment of a conversation (on a closing card too: pass the card's
entry id). Each has *what* (the client's words), *who* (the client, the professional or someone
the client names: a name the client chooses, never required) and optionally *when we look at
it again* (the client's words). Like a note, an agreement has one consent: not asked yet, yes
or no; any change withdraws a yes, also when the text is typed back to what it was.

A follow-up conversation opens with look-back items: per earlier agreement, how it went
(:data:`~quez.store.Outcome`), who chose that answer, and a note in the client's words, with
their own consent. Typed texts go through the :class:`~quez.store.saver.Saver` (written a
moment later, and on every move); choices (who, outcome, consent) are written at once.
"""

from __future__ import annotations

from dataclasses import dataclass

from quez.store import Agreement, LookBack, Outcome, Session, Store, Who
from quez.store.agreement_model import AGREEMENT_FIELDS, AgreementField
from quez.store.model import ChosenBy
from quez.store.saver import Saver


@dataclass(frozen=True)
class PlanAgreed:
    """What "agree to all as shown" changed among the agreements and look-back items."""

    agreements: tuple[Agreement, ...] = ()
    lookbacks: tuple[LookBack, ...] = ()


class AgreementsMixin:
    """Agreements and look-back items of the conversation (state kept in memory, stored at once
    or by the next flush)."""

    store: Store
    session: Session
    saver: Saver
    agreements: list[Agreement]
    lookbacks: list[LookBack]
    continues: str | None  # the id of the conversation this one continues, if any

    def _load_agreements(self) -> None:
        self.agreements = self.store.agreements(self.session.id)
        self.lookbacks = self.store.lookbacks(self.session.id)
        self.continues = self.store.continues(self.session.id)

    # --- agreements --------------------------------------------------------------------------
    def agreement(self, agreement_id: int) -> Agreement | None:
        """An agreement of this conversation by id."""
        return next((a for a in self.agreements if a.id == agreement_id), None)

    def add_agreement(
        self,
        what: str = "",
        *,
        who: Who = "client",
        who_name: str = "",
        look_again: str = "",
        entry_id: int | None = None,
    ) -> Agreement:
        """A new agreement ("not asked yet"), stored at once; ``entry_id``: made on that card."""
        self.saver.flush()
        agreement = self.store.add_agreement(
            self.session.id,
            what=what,
            who=who,
            who_name=who_name,
            look_again=look_again,
            entry_id=entry_id,
        )
        self.agreements.append(agreement)
        return agreement

    def set_agreement_text(self, agreement_id: int, field: AgreementField, text: str) -> bool:
        """*What*, the name or *when* changed (autosaved by the next flush); False when nothing
        changed. A yes is withdrawn at the first change. A name is only kept for "other"."""
        agreement = self.agreement(agreement_id)
        if agreement is None or field not in AGREEMENT_FIELDS or agreement.text(field) == text:
            return False
        if field == "who_name" and agreement.who != "other":
            return False
        setattr(agreement, field, text)
        store = self.store
        self.saver.later(
            (f"agreement:{field}", str(agreement_id)),
            lambda: store.save_agreement_text(agreement_id, field, text),
        )
        if agreement.consent is not None:
            agreement.consent = None
            self.saver.later(
                ("agreement:withdraw", str(agreement_id)),
                lambda: store.set_agreement_consent(agreement_id, None),
            )
        return True

    def set_agreement_who(self, agreement_id: int, who: Who, who_name: str = "") -> bool:
        """Who does it (for "other" with the name the client chose, or none); a change
        withdraws a yes. Stored at once, after any pending text."""
        agreement = self.agreement(agreement_id)
        if agreement is None:
            return False
        name = who_name if who == "other" else ""
        if (agreement.who, agreement.who_name) == (who, name):
            return False
        self.saver.flush()
        self.store.set_agreement_who(agreement_id, who, name)
        agreement.who, agreement.who_name, agreement.consent = who, name, None
        return True

    def remove_agreement(self, agreement_id: int) -> bool:
        """Delete an agreement of this conversation (and any look-back at it)."""
        agreement = self.agreement(agreement_id)
        if agreement is None:
            return False
        for key in (*(f"agreement:{f}" for f in AGREEMENT_FIELDS), "agreement:withdraw"):
            self.saver.drop((key, str(agreement_id)))
        self.saver.flush()
        self.store.remove_agreement(agreement_id)
        self.agreements.remove(agreement)
        return True

    def set_agreement_consent(self, agreement_id: int, value: bool | None) -> Agreement | None:
        """The client's answer for an agreement (pending text is written first, so the answer
        is about the agreement as it is shown)."""
        agreement = self.agreement(agreement_id)
        if agreement is not None:
            self.saver.flush()
            self.store.set_agreement_consent(agreement_id, value)
            agreement.consent = value
        return agreement

    def toggle_agreement_consent(self, agreement_id: int) -> Agreement | None:
        """Yes becomes no; no and "not asked yet" become yes."""
        agreement = self.agreement(agreement_id)
        if agreement is None:
            return None
        return self.set_agreement_consent(agreement_id, agreement.consent is not True)

    def readback_agreements(self) -> list[Agreement]:
        """The agreements "Klopt dit zo?" reads back: every one with a *what*, in order."""
        return [a for a in self.agreements if a.has_text]

    # --- the look-back -----------------------------------------------------------------------
    def lookback(self, lookback_id: int) -> LookBack | None:
        """A look-back item of this conversation by id."""
        return next((item for item in self.lookbacks if item.id == lookback_id), None)

    def set_outcome(
        self, lookback_id: int, outcome: Outcome | None, chosen_by: ChosenBy = "client"
    ) -> LookBack | None:
        """How it went (None: not said), and who chose that answer; a change withdraws a yes."""
        item = self.lookback(lookback_id)
        if item is None:
            return None
        by = None if outcome is None else chosen_by
        if (item.outcome, item.chosen_by) != (outcome, by):
            self.saver.flush()
            self.store.set_outcome(lookback_id, outcome, chosen_by)
            item.outcome, item.chosen_by, item.consent = outcome, by, None
        return item

    def set_lookback_note(self, lookback_id: int, text: str) -> bool:
        """The client's note on how it went (autosaved by the next flush); a change withdraws
        a yes at once."""
        item = self.lookback(lookback_id)
        if item is None or item.note == text:
            return False
        item.note = text
        store = self.store
        self.saver.later(
            ("lookback:note", str(lookback_id)),
            lambda: store.save_lookback_note(lookback_id, text),
        )
        if item.consent is not None:
            item.consent = None
            self.saver.later(
                ("lookback:withdraw", str(lookback_id)),
                lambda: store.set_lookback_consent(lookback_id, None),
            )
        return True

    def set_lookback_consent(self, lookback_id: int, value: bool | None) -> LookBack | None:
        """The client's answer for a look-back item (outcome and note together)."""
        item = self.lookback(lookback_id)
        if item is not None:
            self.saver.flush()
            self.store.set_lookback_consent(lookback_id, value)
            item.consent = value
        return item

    def toggle_lookback_consent(self, lookback_id: int) -> LookBack | None:
        """Yes becomes no; no and "not asked yet" become yes."""
        item = self.lookback(lookback_id)
        if item is None:
            return None
        return self.set_lookback_consent(lookback_id, item.consent is not True)

    def unanswered_lookbacks(self) -> list[LookBack]:
        """Look-back items nobody said anything about yet (the look-back screen starts here)."""
        return [item for item in self.lookbacks if not item.has_answer]

    def readback_lookbacks(self) -> list[LookBack]:
        """The look-back items "Klopt dit zo?" reads back: every one with an answer."""
        return [item for item in self.lookbacks if item.has_answer]

    # --- together ----------------------------------------------------------------------------
    def _agree_plan_items(self) -> PlanAgreed:
        """Agree to every agreement and look-back item as shown that nobody asked about yet
        (the caller flushed first). Two transactions, one per table."""
        agreements = [a for a in self.readback_agreements() if a.consent is None]
        lookbacks = [i for i in self.readback_lookbacks() if i.consent is None]
        done_a = set(self.store.agree_agreements(agreements)) if agreements else set()
        done_l = set(self.store.agree_lookbacks(lookbacks)) if lookbacks else set()
        agreed = PlanAgreed(
            tuple(a for a in agreements if a.id in done_a),
            tuple(i for i in lookbacks if i.id in done_l),
        )
        for agreement in agreed.agreements:
            agreement.consent = True
        for item in agreed.lookbacks:
            item.consent = True
        return agreed

    def plan_not_asked(self) -> int:
        """Agreements and look-back items left out of the copy because nobody asked yet."""
        return sum(1 for a in self.readback_agreements() if a.consent is None) + sum(
            1 for i in self.readback_lookbacks() if i.consent is None
        )
