"""The client's document as neutral data, built from a session: pure, no I/O, no clock.

What goes in (and the reason it is decided here, once, for every format):

- only texts the client said yes to (:meth:`Entry.in_client_copy`) that are not empty: "not
  asked yet" stays out like a no (:func:`copy_counts` counts those, so the professional can
  be told);
- per card, the client's own words and then the professional's labelled summary, each with its
  own consent; the intervisie note kinds never go into a client's document;
- never the werkaantekeningen, the regie mirror, internal ids or the deck's id;
- a question shows only with a note under it, so skipped or parked cards without one vanish;
- the agreements the client said yes to, and for a follow-up how the earlier ones went
  (:mod:`quez.export.agreements_doc` decides those).

Notes marked important appear once: first, under "what matters to me" (each with its question),
and not again in their theme, so a client reads their key points first and nothing twice.
Themes follow the conversation (first appearance); general cards before the first theme go
under "to begin with", general cards after it under "to finish"; a section whose notes all went
up to "what matters to me" is left out.

The optional "Van wie" block (:class:`FromWhom`) says who the client spoke with and when they
meet again: the professional's name, organisation and phone and the next appointment. It is
kept with the session (``session.meta["from_whom"]``, see :func:`from_whom_of`): the
professional's details are copied from the settings when the conversation starts and can be
changed for it, so every export of a conversation, from any front end, says the same. Every
part is optional; an empty part is left out, and with nothing filled in there is no block.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import NamedTuple

from quez import __version__
from quez.decks.model import Deck
from quez.export.agreements_doc import AgreementsPart, agreements_part
from quez.export.text import format_date, line_text, local_date, note_text
from quez.i18n import LANGUAGES, Translator
from quez.privacy import NameFinder
from quez.store.agreement_model import Agreement, LookBack
from quez.store.model import NOTE_FIELDS, Entry, NoteField, Session

FROM_WHOM = "from_whom"  # the session meta key of the "Van wie" block
FROM_WHOM_FIELDS = ("name", "organisation", "phone", "appointment")


@dataclass(frozen=True)
class FromWhom:
    """The "Van wie" block: who the client spoke with and when they meet again (all optional)."""

    name: str = ""
    organisation: str = ""
    phone: str = ""
    appointment: str = ""

    def to_meta(self) -> dict[str, str]:
        """The parts that are filled in, for ``session.meta["from_whom"]``."""
        return {name: getattr(self, name) for name in FROM_WHOM_FIELDS if getattr(self, name)}

    @property
    def is_empty(self) -> bool:
        """True when no part is filled in (the document then has no block)."""
        return not any(line_text(getattr(self, name)) for name in FROM_WHOM_FIELDS)


def from_whom_values(meta: Mapping[str, object]) -> dict[str, str]:
    """The block's parts as stored in a session's meta; anything odd is left out."""
    raw = meta.get(FROM_WHOM) if isinstance(meta, Mapping) else None
    if not isinstance(raw, Mapping):
        return {}
    return {k: v for k, v in raw.items() if k in FROM_WHOM_FIELDS and isinstance(v, str)}


def from_whom_of(session: Session) -> FromWhom:
    """The "Van wie" block stored with a session (empty when there is none)."""
    return FromWhom(**from_whom_values(session.meta))


@dataclass(frozen=True)
class ExportSource:
    """Everything an exporter may use. The deck's texts are passed in, already looked up."""

    session: Session
    entries: Sequence[Entry]
    lang: str | None = None  # None: the session's language
    deck_title: str | None = None
    theme_titles: Mapping[str, str] = field(default_factory=dict)
    address: str | None = None  # "u" for a formal deck; anything else: "je"
    tz: tzinfo | None = None  # for aware timestamps; None: the system's zone
    version: str = __version__
    from_whom: FromWhom = FromWhom()  # the "Van wie" block; empty: no block
    agreements: Sequence[Agreement] = ()  # the conversation's afspraken
    lookbacks: Sequence[LookBack] = ()  # a follow-up's look-back at earlier agreements
    # The conversations this one continues, oldest first (filled for "Mijn plan").
    earlier: Sequence[ExportSource] = ()
    # The name finder for kinds whose guard looks for people, places and institutions
    # (the intervisie summary); None: QueZ's own checks and the lists only.
    finder: NameFinder | None = None


class DocNote(NamedTuple):  # a tuple, not a dataclass: built a thousand times per document
    """One note: the client's own words, or the professional's summary."""

    text: str  # see quez.export.text.note_text
    question: str  # the card's text, one line ("" when the snapshot is empty)
    summary: bool = False
    important: bool = False


@dataclass(frozen=True)
class DocSection:
    """A theme (or the general opening/closing cards) with its notes in conversation order."""

    title: str
    notes: tuple[DocNote, ...]


@dataclass(frozen=True)
class DocTexts:
    """The document's fixed wording, in its language."""

    important: str
    context: str
    summary: str
    empty: str
    closing_title: str
    closing: tuple[str, ...]
    deck: str | None  # "Kaarten: …" line, None without a deck title
    from_whom: str  # the "Van wie" heading


@dataclass(frozen=True)
class ClientDocument:
    """A format-neutral client document; renderers only lay it out."""

    lang: str
    title: str  # the client's label, or the neutral "Ons gesprek van …"
    dated: str  # always "Ons gesprek van …"
    day: date
    deck_title: str | None
    version: str
    important: tuple[DocNote, ...]  # the notes marked important, once, in conversation order
    sections: tuple[DocSection, ...]  # every other note, by theme
    texts: DocTexts
    # The "Van wie" block as (label, value) lines in the document's language, empty ones left
    # out; () means no block.
    from_whom: tuple[tuple[str, str], ...] = ()
    agreements: AgreementsPart = field(default_factory=AgreementsPart)

    @property
    def is_empty(self) -> bool:
        """True when no note (and no agreement) made it into the document."""
        return not self.sections and not self.important and self.agreements.is_empty

    @property
    def notes(self) -> tuple[DocNote, ...]:
        """Every note in the document, each once, in reading order."""
        return self.important + tuple(n for s in self.sections for n in s.notes)


def document_language(session: Session, lang: str | None) -> str:
    """``lang`` if given, else the session's language; Dutch when neither is supported."""
    for candidate in (lang, session.language):
        if candidate and candidate.lower() in LANGUAGES:
            return candidate.lower()
    return LANGUAGES[0]


def source_for(
    session: Session,
    entries: Sequence[Entry],
    deck: Deck | None,
    *,
    lang: str | None = None,
    tz: tzinfo | None = None,
) -> ExportSource:
    """What an exporter needs, with the deck's titles looked up (a missing deck is fine)."""
    doc_lang = document_language(session, lang)
    from_whom = from_whom_of(session)
    if deck is None:
        return ExportSource(
            session=session, entries=entries, lang=doc_lang, tz=tz, from_whom=from_whom
        )
    fallback = deck.primary_language
    return ExportSource(
        session=session,
        entries=entries,
        lang=doc_lang,
        deck_title=deck.title.get(doc_lang, fallback),
        theme_titles={th.id: th.title.get(doc_lang, fallback) for th in deck.themes},
        address=deck.address,
        tz=tz,
        from_whom=from_whom,
    )


def _doc_note(entry: Entry, which: NoteField) -> DocNote | None:
    if not entry.in_client_copy(which):
        return None
    text = note_text(entry.text(which))
    if not text:
        return None
    return DocNote(
        text=text,
        question=line_text(entry.card_text),
        summary=which == "summary",
        important=entry.important,
    )


def _doc_notes(entry: Entry) -> list[DocNote]:
    """The card's texts that go in: own words first, then the summary."""
    notes = (_doc_note(entry, which) for which in NOTE_FIELDS)
    return [note for note in notes if note is not None]


class CopyCounts(NamedTuple):
    """How a conversation's texts stand for the client's copy (non-empty texts only)."""

    included: int  # the client said yes
    refused: int  # the client said no
    not_asked: int  # nobody asked yet: stays out


def copy_counts(entries: Sequence[Entry]) -> CopyCounts:
    """Count the own words and summaries with text by their consent (intervisie notes never
    count). ``not_asked`` is what ``quez export`` reports as left out because nobody asked."""
    counts: dict[bool | None, int] = {True: 0, False: 0, None: 0}
    for entry in entries:
        if entry.note_kind != "own_words":
            continue
        for which in NOTE_FIELDS:
            if note_text(entry.text(which)):
                counts[entry.consent_for(which)] += 1
    return CopyCounts(counts[True], counts[False], counts[None])


def _texts(t: Translator, source: ExportSource) -> DocTexts:
    u = "_u" if source.address == "u" else ""
    deck = line_text(source.deck_title)
    return DocTexts(
        important=t("export.doc.important"),
        context=t("export.doc.context"),
        summary=t("export.doc.summary"),
        empty=t("export.doc.empty"),
        closing_title=t(f"export.doc.yours{u}"),
        closing=tuple(t(f"export.doc.closing{i}{u}") for i in (1, 2, 3)),
        deck=t("export.doc.deck", deck=deck) if deck else None,
        from_whom=t("letter.from_whom.title"),
    )


def _from_whom(t: Translator, from_whom: FromWhom) -> tuple[tuple[str, str], ...]:
    """The block's lines: a label and the one-line value, for each part that is filled in."""
    lines = []
    for name in FROM_WHOM_FIELDS:
        value = line_text(getattr(from_whom, name))
        if value:
            lines.append((t(f"letter.from_whom.{name}"), value))
    return tuple(lines)


def _sections(t: Translator, source: ExportSource) -> tuple[DocSection, ...]:
    """Every note that is not marked important, by theme (the important ones go first)."""
    opening: list[DocNote] = []
    closing: list[DocNote] = []
    themes: dict[str, list[DocNote]] = {}  # insertion order = first appearance
    for entry in sorted(source.entries, key=lambda e: e.seq):
        if entry.theme_id is not None:
            themes.setdefault(entry.theme_id, [])
        notes = [] if entry.important else _doc_notes(entry)
        if not notes:
            continue
        if entry.theme_id is not None:
            themes[entry.theme_id].extend(notes)
        else:
            (closing if themes else opening).extend(notes)
    if not themes:
        return (DocSection(t("export.doc.general"), tuple(opening)),) if opening else ()
    sections: list[DocSection] = []
    if opening:
        sections.append(DocSection(t("export.doc.opening"), tuple(opening)))
    untitled = 0
    for theme_id, notes in themes.items():
        if not notes:
            continue
        title = line_text(source.theme_titles.get(theme_id))
        if not title:
            untitled += 1
            title = t("export.doc.topic", n=untitled)
        sections.append(DocSection(title, tuple(notes)))
    if closing:
        sections.append(DocSection(t("export.doc.closing_cards"), tuple(closing)))
    return tuple(sections)


def build_client_document(source: ExportSource) -> ClientDocument:
    """Turn a session and its entries into a :class:`ClientDocument` (deterministic)."""
    lang = document_language(source.session, source.lang)
    t = Translator(lang)
    day = local_date(source.session.created_at, source.tz)
    dated = t("export.doc.title", date=format_date(day, lang))
    sections = _sections(t, source)
    ordered = sorted(source.entries, key=lambda e: e.seq)
    important = tuple(n for e in ordered if e.important for n in _doc_notes(e))
    return ClientDocument(
        lang=lang,
        title=line_text(source.session.label) or dated,
        dated=dated,
        day=day,
        deck_title=line_text(source.deck_title) or None,
        version=source.version,
        important=important,
        sections=sections,
        texts=_texts(t, source),
        from_whom=_from_whom(t, source.from_whom),
        agreements=agreements_part(lang, source.agreements, source.lookbacks, source.tz),
    )
