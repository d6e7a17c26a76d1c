"""Agreements and look-back items as neutral document data: pure, no I/O, no clock.

Used by the client's conversation document (what was agreed, and for a follow-up how the earlier
agreements went) and by "Mijn plan" (:mod:`quez.export.plan`). The rules, decided once here:

- an agreement goes in only when the client said yes to it and its *what* is not empty; its
  name ("someone the client names") and *when* are the client's words too;
- a look-back item goes in only when the client said yes to it *and* the earlier agreement still
  goes in (:attr:`quez.store.LookBack.in_client_copy`);
- client texts are tidied like notes (:func:`~quez.export.text.note_text` for *what* and the
  look-back note, :func:`~quez.export.text.line_text` for the name and *when*).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import tzinfo
from typing import NamedTuple

from quez.export.text import format_date, line_text, local_date, note_text
from quez.i18n import Translator
from quez.store.agreement_model import Agreement, LookBack


class DocAgreement(NamedTuple):
    """One agreement as a document shows it; every text is ready to print."""

    title: str  # "Afspraak 1", "Afspraak van 23 november 2026"
    what: str  # the client's words (note_text)
    who: str  # "Wie doet het: ik zelf" / "… : <the name the client chose>"
    when: str  # "Wanneer kijken we er weer naar: <client's words>", or ""
    made: str  # "Afgesproken op …", or "" (only where it helps)
    state: str  # "Hoe ging het: deels gelukt", or ""
    state_note: str  # the client's words on how it went (note_text), or ""
    asks: bool  # someone else does it (the professional or someone the client names)


@dataclass(frozen=True)
class AgreementTexts:
    """The fixed headings of the agreement parts, in the document's language."""

    lookback: str  # "Hoe ging het met de afspraken?"
    agreements: str  # "Wat we hebben afgesproken"


@dataclass(frozen=True)
class AgreementsPart:
    """The agreement parts of a client's conversation document (empty: nothing is shown)."""

    lookback: tuple[DocAgreement, ...] = ()
    agreements: tuple[DocAgreement, ...] = ()
    texts: AgreementTexts = AgreementTexts("", "")

    @property
    def is_empty(self) -> bool:
        """True when neither part has anything in it."""
        return not self.lookback and not self.agreements


class PlanCounts(NamedTuple):
    """Agreements and look-back items by consent (only those with something to show)."""

    included: int
    refused: int
    not_asked: int


def plan_counts(agreements: Sequence[Agreement], lookbacks: Sequence[LookBack]) -> PlanCounts:
    """Count agreements with a *what* and answered look-back items by their consent (what
    ``quez export`` reports as left out because nobody asked)."""
    counts: dict[bool | None, int] = {True: 0, False: 0, None: 0}
    for agreement in agreements:
        if note_text(agreement.what):
            counts[agreement.consent] += 1
    for item in lookbacks:
        if item.has_answer:
            counts[item.consent] += 1
    return PlanCounts(counts[True], counts[False], counts[None])


def _who(t: Translator, agreement: Agreement) -> str:
    if agreement.who == "other":
        name = line_text(agreement.who_name)
        return name or t("plan.doc.who.someone")
    return t(f"plan.doc.who.{agreement.who}")


def doc_agreement(
    t: Translator,
    agreement: Agreement,
    title: str,
    *,
    state: LookBack | None = None,
    made: str = "",
    state_day: str = "",
) -> DocAgreement | None:
    """An agreement that goes in, with (optionally) how it went; None when it stays out."""
    what = note_text(agreement.what) if agreement.in_client_copy else ""
    if not what:
        return None
    when = line_text(agreement.look_again)
    state_line = state_note = ""
    if state is not None and state.in_client_copy:
        state_note = note_text(state.note)
        if state.outcome is not None:
            outcome = t(f"plan.doc.outcome.{state.outcome}")
            key = "plan.doc.state_on" if state_day else "plan.doc.state"
            state_line = t(key, state=outcome, date=state_day)
    return DocAgreement(
        title=title,
        what=what,
        who=t("plan.doc.who", who=_who(t, agreement)),
        when=t("plan.doc.when", when=when) if when else "",
        made=made,
        state=state_line,
        state_note=state_note,
        asks=agreement.who != "client",
    )


def agreements_part(
    lang: str,
    agreements: Sequence[Agreement],
    lookbacks: Sequence[LookBack],
    tz: tzinfo | None = None,
) -> AgreementsPart:
    """The agreement parts of one conversation's document: its look-back, then what it agreed."""
    t = Translator(lang)
    back: list[DocAgreement] = []
    for item in sorted(lookbacks, key=lambda i: i.seq):
        if not item.in_client_copy:
            continue
        day = format_date(local_date(item.agreement.created_at, tz), lang)
        doc = doc_agreement(t, item.agreement, t("plan.doc.made_title", date=day), state=item)
        if doc is not None:
            back.append(doc)
    made: list[DocAgreement] = []
    for agreement in sorted(agreements, key=lambda a: a.seq):
        doc = doc_agreement(t, agreement, t("plan.doc.number", n=len(made) + 1))
        if doc is not None:
            made.append(doc)
    texts = AgreementTexts(t("plan.doc.lookback"), t("plan.doc.agreements"))
    return AgreementsPart(tuple(back), tuple(made), texts)


def texts_of(items: Sequence[DocAgreement]) -> list[str]:
    """Every client text in ``items`` (for the privacy scan)."""
    return [text for d in items for text in (d.what, d.who, d.when, d.state_note) if text]
