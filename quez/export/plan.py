"""The client's plan ("Mijn plan") as neutral data, built from a conversation (and the ones it
continues): pure, no I/O, no clock. Renderers: :mod:`quez.export.plan_markdown`,
:mod:`quez.export.plan_html`.

What goes in, decided here once for every format:

- **Wat wil ik? / Wat kan ik? / Wat vind ik belangrijk? / Wie hoort bij mij?**: the client's own
  words the client said yes to, on cards of the themes with the deck ids ``eigenaarschap``,
  ``kracht``, ``motivatie`` and ``contacten`` (the four working elements of eigen regie). A
  deck with other themes gets one section per theme, under the theme's own title, after these
  four. Cards without a theme (opening, closing) stay in the conversation document only.
- Only the client's own words: never the professional's summary (the plan is in the client's
  words), never werkaantekeningen, the regie mirror, ids or tags.
- **Wat ga ik zelf doen?** (agreements the client does) and **Wat vraag ik?** (agreements the
  professional or someone the client names does: what the client asks of others): every
  agreement of the chain that the client said yes to, with who and when, and its *latest*
  state: the newest look-back answer the client said yes to (later conversations win).
- Over a chain, the conversations come oldest first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

from quez.export.agreements_doc import DocAgreement, doc_agreement, plan_counts, texts_of
from quez.export.document import ExportSource, document_language
from quez.export.text import format_date, line_text, local_date, note_text
from quez.i18n import Translator
from quez.store.agreement_model import LookBack, latest_lookbacks

# The four plan questions, by the deck theme id they come from (eigen regie's four elements).
PLAN_THEMES: tuple[tuple[str, str], ...] = (
    ("eigenaarschap", "plan.doc.want"),
    ("kracht", "plan.doc.can"),
    ("motivatie", "plan.doc.matters"),
    ("contacten", "plan.doc.people"),
)


class PlanNote(NamedTuple):
    """One of the client's own words in the plan, with the question it answered."""

    text: str  # note_text
    question: str  # line_text of the card ("" when empty)


@dataclass(frozen=True)
class PlanSection:
    """A plan question (or another theme) with the client's words for it."""

    title: str
    notes: tuple[PlanNote, ...]


@dataclass(frozen=True)
class PlanTexts:
    """The plan's fixed wording, in its language."""

    context: str  # "Bij de vraag"
    own: str
    asks: str
    asks_intro: str
    empty: str
    closing_title: str
    closing: tuple[str, ...]


@dataclass(frozen=True)
class PlanDocument:
    """A format-neutral plan; renderers only lay it out."""

    lang: str
    title: str  # "Mijn plan"
    label: str | None  # the newest label the client chose in the chain, if any
    dated: str  # "Uit ons gesprek van …" / "Uit onze gesprekken van …"
    day: date  # the day of the (newest) conversation exported
    version: str
    sections: tuple[PlanSection, ...]
    own: tuple[DocAgreement, ...]
    asks: tuple[DocAgreement, ...]
    texts: PlanTexts

    @property
    def is_empty(self) -> bool:
        """True when nothing of the client made it into the plan."""
        return not self.sections and not self.own and not self.asks


def chain_of(source: ExportSource) -> tuple[ExportSource, ...]:
    """The conversations of the plan, oldest first: the earlier ones, then ``source``."""
    return (*source.earlier, source)


def _dates(t: Translator, days: Sequence[date], lang: str) -> str:
    """The line "Uit ons gesprek van …" for one conversation, else "Uit onze gesprekken van …" with
    each day once (two conversations on one day name it once)."""
    names = [format_date(day, lang) for day in sorted(set(days))]
    if len(days) == 1:
        return t("plan.doc.from_one", date=names[0])
    listed = names[0] if len(names) == 1 else ", ".join(names[:-1])
    if len(names) > 1:
        listed += f" {t('plan.doc.and')} {names[-1]}"
    return t("plan.doc.from_many", dates=listed)


def _sections(t: Translator, chain: Sequence[ExportSource]) -> tuple[PlanSection, ...]:
    slots = dict(PLAN_THEMES)
    found: dict[str, list[PlanNote]] = {}  # theme id -> notes, first appearance order
    titles: dict[str, str] = {}
    for source in chain:
        for entry in sorted(source.entries, key=lambda e: e.seq):
            if entry.theme_id is None or not entry.in_client_copy("own_words"):
                continue
            text = note_text(entry.note)
            if not text:
                continue
            found.setdefault(entry.theme_id, []).append(PlanNote(text, line_text(entry.card_text)))
            titles.setdefault(entry.theme_id, line_text(source.theme_titles.get(entry.theme_id)))
    sections = [
        PlanSection(t(key), tuple(found[theme])) for theme, key in PLAN_THEMES if theme in found
    ]
    untitled = 0
    for theme, notes in found.items():
        if theme in slots:
            continue
        title = titles[theme]
        if not title:
            untitled += 1
            title = t("export.doc.topic", n=untitled)
        sections.append(PlanSection(title, tuple(notes)))
    return tuple(sections)


def _agreements(
    t: Translator, lang: str, chain: Sequence[ExportSource]
) -> tuple[list[DocAgreement], list[DocAgreement]]:
    """(what I do myself, what I ask) with each agreement's latest agreed state."""
    order = [s.session.id for s in chain]
    days = {s.session.id: local_date(s.session.created_at, s.tz) for s in chain}
    lookbacks: list[LookBack] = [item for s in chain for item in s.lookbacks]
    latest = latest_lookbacks(lookbacks, order, consented=True)
    many = len(chain) > 1
    own: list[DocAgreement] = []
    asks: list[DocAgreement] = []
    for source in chain:
        made = format_date(days[source.session.id], lang) if many else ""
        for agreement in sorted(source.agreements, key=lambda a: a.seq):
            state = latest.get(agreement.id)
            said = format_date(days[state.session_id], lang) if many and state else ""
            doc = doc_agreement(
                t,
                agreement,
                "",  # numbered below, in the order printed
                state=state,
                made=t("plan.doc.made", date=made) if made else "",
                state_day=said,
            )
            if doc is not None:
                (asks if doc.asks else own).append(doc)
    return own, asks


def _numbered(
    t: Translator, items: Sequence[DocAgreement], start: int, *, who: bool
) -> tuple[DocAgreement, ...]:
    """Number the agreements in the order they are printed (own first, then asks); under
    "Wat ga ik zelf doen?" the who line would only say "ik zelf", so it goes."""
    return tuple(
        item._replace(title=t("plan.doc.number", n=n), who=item.who if who else "")
        for n, item in enumerate(items, start)
    )


def build_plan_document(source: ExportSource) -> PlanDocument:
    """Turn a conversation (with ``source.earlier``: its chain) into a :class:`PlanDocument`."""
    lang = document_language(source.session, source.lang)
    t = Translator(lang)
    chain = chain_of(source)
    own, asks = _agreements(t, lang, chain)
    u = "_u" if source.address == "u" else ""
    texts = PlanTexts(
        context=t("export.doc.context"),
        own=t("plan.doc.own"),
        asks=t("plan.doc.asks"),
        asks_intro=t("plan.doc.asks_intro"),
        empty=t("plan.doc.empty"),
        closing_title=t(f"plan.doc.yours{u}"),
        closing=tuple(t(f"plan.doc.closing{i}{u}") for i in (1, 2, 3)),
    )
    days = [local_date(s.session.created_at, s.tz) for s in chain]
    return PlanDocument(
        lang=lang,
        title=t("plan.doc.title"),
        label=next(
            (line_text(s.session.label) for s in reversed(chain) if line_text(s.session.label)),
            None,
        ),
        dated=_dates(t, days, lang),
        day=local_date(source.session.created_at, source.tz),
        version=source.version,
        sections=_sections(t, chain),
        own=_numbered(t, own, 1, who=False),
        asks=_numbered(t, asks, len(own) + 1, who=True),
        texts=texts,
    )


def plan_not_asked(source: ExportSource) -> int:
    """Texts the plan would hold if the client had been asked: own words on a theme's card,
    agreements and look-back answers, over the chain, that nobody asked about yet."""
    chain = chain_of(source)
    notes = sum(
        1
        for s in chain
        for e in s.entries
        if e.theme_id is not None
        and e.note_kind == "own_words"
        and e.consent is None
        and note_text(e.note)
    )
    agreements = [a for s in chain for a in s.agreements]
    lookbacks = [item for s in chain for item in s.lookbacks]
    return notes + plan_counts(agreements, lookbacks).not_asked


def plan_texts(doc: PlanDocument) -> list[str]:
    """Every client text in the plan (for the privacy scan): label, words, agreements."""
    texts = [doc.label] if doc.label else []
    texts += [note.text for section in doc.sections for note in section.notes]
    return texts + texts_of(doc.own) + texts_of(doc.asks)
