"""The client's document as neutral data, built from a session: pure, no I/O, no clock.

What goes in (and the reason it is decided here, once, for every format):

- only texts the client said yes to (:meth:`Entry.in_client_copy`) that are not empty: "not
  asked yet" stays out like a no (:func:`copy_counts` counts those, so the professional can
  be told);
- per card, the client's own words and then the professional's labelled summary, each with its
  own consent; the intervisie note kinds never go into a client's document;
- never the werkaantekeningen, the regie mirror, internal ids or the deck's id;
- a question shows only with a note under it, so skipped or parked cards without one vanish.

Notes marked important come first under "what matters to me", and again in their place.
Themes follow the conversation (first appearance); general cards before the first theme go
under "to begin with", general cards after it under "to finish".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, tzinfo
from typing import NamedTuple

from quez import __version__
from quez.decks.model import Deck
from quez.export.text import format_date, line_text, local_date, note_text
from quez.i18n import LANGUAGES, Translator
from quez.privacy import NameFinder
from quez.store.model import NOTE_FIELDS, Entry, NoteField, Session


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


@dataclass(frozen=True)
class ClientDocument:
    """A format-neutral client document; renderers only lay it out."""

    lang: str
    title: str  # the client's label, or the neutral "Ons gesprek van …"
    dated: str  # always "Ons gesprek van …"
    day: date
    deck_title: str | None
    version: str
    important: tuple[DocNote, ...]
    sections: tuple[DocSection, ...]
    texts: DocTexts

    @property
    def is_empty(self) -> bool:
        """True when no note made it into the document."""
        return not self.sections


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
    if deck is None:
        return ExportSource(session=session, entries=entries, lang=doc_lang, tz=tz)
    fallback = deck.primary_language
    return ExportSource(
        session=session,
        entries=entries,
        lang=doc_lang,
        deck_title=deck.title.get(doc_lang, fallback),
        theme_titles={th.id: th.title.get(doc_lang, fallback) for th in deck.themes},
        address=deck.address,
        tz=tz,
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
    )


def _sections(t: Translator, source: ExportSource) -> tuple[DocSection, ...]:
    opening: list[DocNote] = []
    closing: list[DocNote] = []
    themes: dict[str, list[DocNote]] = {}  # insertion order = first appearance
    for entry in sorted(source.entries, key=lambda e: e.seq):
        if entry.theme_id is not None:
            themes.setdefault(entry.theme_id, [])
        notes = _doc_notes(entry)
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
    important = tuple(n for s in sections for n in s.notes if n.important)
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
    )
