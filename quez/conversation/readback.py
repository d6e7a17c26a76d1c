"""What "Klopt dit zo?" reads back: numbered sections of texts, each text answered on its own.

A *section* is one thing the client reads back as a whole: a card with its question (the stored
snapshot) and its texts. A *part* is one text of a section that the client answers for: yes,
no, or not asked yet. The read-back screen pages through sections and never asks what kind a
section is: it shows a section's number, title and flags and its parts, and changes a part
through the part itself (:meth:`Part.rewrite`, :meth:`Part.answer`).

Sections come from *sources* (:class:`CardSource`: the conversation's cards). Another kind of
section (an agreement: what, who, when, each with its own consent) is another source whose
parts implement :class:`Part`; the screen shows it without a change.

Numbering follows what is shown: 1..n over the sections, whatever a card's place in the
conversation (a skipped card without text is not shown and takes no number).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol

from quez.store.model import NOTE_FIELDS, NoteField

if TYPE_CHECKING:
    from quez.conversation.controller import Conversation
    from quez.store import Entry


class Part(Protocol):
    """One text of a section, with the client's own answer for it."""

    @property
    def key(self) -> str:
        """Stable and unique within the read-back (which parts were on screen, focus)."""
        ...

    @property
    def label(self) -> str:
        """The i18n key naming the kind of text ("your own words", "summary" …)."""
        ...

    @property
    def primary(self) -> bool:
        """True for the client's own words: shown first and most prominently."""
        ...

    @property
    def text(self) -> str:
        """The text as stored now (what the export would print)."""
        ...

    @property
    def consent(self) -> bool | None:
        """True, False, or None (not asked yet)."""
        ...

    def rewrite(self, text: str) -> bool:
        """A correction; withdraws the answer (not asked yet again). False when unchanged."""
        ...

    def answer(self, value: bool | None) -> None:
        """The client's answer for this text as it is shown."""
        ...


class Section(Protocol):
    """A numbered group of parts the client reads back as a whole."""

    @property
    def number(self) -> int:
        """1..n in the order shown."""
        ...

    @property
    def title(self) -> str:
        """What the parts answer (a card: its question as stored when it came up)."""
        ...

    @property
    def important(self) -> bool:
        """Marked as important to the client."""
        ...

    @property
    def parts(self) -> Sequence[Part]:
        """The texts, primary first."""
        ...

    def toggle_important(self) -> None:
        """Mark or unmark the section as important."""
        ...


class Source(Protocol):
    """Where sections come from; :class:`Readback` asks each in turn."""

    def sections(self, first: int) -> list[Section]:
        """This source's sections, numbered from ``first``."""
        ...

    def agree_to_all(self) -> int:
        """Yes to every text of this source nobody asked about yet (a no stays a no)."""
        ...


# --- cards ---------------------------------------------------------------------------------
class CardText:
    """The client's own words or the professional's summary of one card."""

    __slots__ = ("conv", "entry", "field")

    def __init__(self, conv: Conversation, entry: Entry, field: NoteField) -> None:
        self.conv = conv
        self.entry = entry
        self.field: NoteField = field

    @property
    def key(self) -> str:
        return f"card-{self.entry.id}-{self.field}"

    @property
    def label(self) -> str:
        return f"readback.part.{self.field}"

    @property
    def primary(self) -> bool:
        return self.field == "own_words"

    @property
    def text(self) -> str:
        return self.entry.text(self.field)

    @property
    def consent(self) -> bool | None:
        return self.entry.consent_for(self.field)

    def rewrite(self, text: str) -> bool:
        return self.conv.set_text(self.entry.id, self.field, text)

    def answer(self, value: bool | None) -> None:
        self.conv.set_consent(self.entry.id, self.field, value)


@dataclass(frozen=True, slots=True, eq=False)
class CardSection:
    """A card that has at least one text."""

    number: int
    entry: Entry
    parts: tuple[CardText, ...]
    conv: Conversation

    @property
    def title(self) -> str:
        return self.conv.question(self.entry)

    @property
    def important(self) -> bool:
        return self.entry.important

    def toggle_important(self) -> None:
        self.conv.toggle_important(self.entry.id)


class CardSource:
    """The conversation's cards with text, in conversation order, own words before summary."""

    def __init__(self, conv: Conversation) -> None:
        self.conv = conv

    def sections(self, first: int) -> list[Section]:
        conv = self.conv
        out: list[Section] = []
        for entry in conv.entries:
            parts = tuple(CardText(conv, entry, f) for f in NOTE_FIELDS if entry.text(f).strip())
            if parts:
                out.append(CardSection(first + len(out), entry, parts, conv))
        return out

    def agree_to_all(self) -> int:
        return len(self.conv.agree_to_all())


# --- the whole read-back -------------------------------------------------------------------
class Readback:
    """Every section and part, in order, and the pages a screen shows them in.

    Built once when the screen opens (cheap: no text is laid out here). Parts read the live
    entries, so a correction or an answer shows without rebuilding.
    """

    def __init__(self, sources: Sequence[Source], *, page_size: int = 8) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.sources = tuple(sources)
        self.page_size = page_size
        sections: list[Section] = []
        for source in self.sources:
            sections += source.sections(len(sections) + 1)
        self.sections = sections
        self.parts: list[Part] = [part for s in sections for part in s.parts]
        # The first part of each section, and the section of each part.
        self._first: list[int] = []
        self._section_of: list[int] = []
        for index, section in enumerate(sections):
            self._first.append(len(self._section_of))
            self._section_of += [index] * len(section.parts)

    @classmethod
    def of(cls, conv: Conversation, *, page_size: int = 8) -> Readback:
        """The read-back of a client conversation."""
        return cls([CardSource(conv)], page_size=page_size)

    def __len__(self) -> int:
        return len(self.parts)

    @property
    def pages(self) -> int:
        """How many pages (at least one, also when there is nothing to read back)."""
        return max(1, -(-len(self.sections) // self.page_size))

    def page_of(self, part: int) -> int:
        """The page that shows part number ``part`` (0-based)."""
        return self._section_of[part] // self.page_size if self.parts else 0

    def page_sections(self, page: int) -> list[Section]:
        """The sections on page ``page`` (0-based)."""
        return self.sections[page * self.page_size : (page + 1) * self.page_size]

    def page_parts(self, page: int) -> range:
        """The part numbers (0-based) on page ``page``."""
        sections = len(self.sections)
        start = min(page * self.page_size, sections)
        end = min(start + self.page_size, sections)
        first = self._first[start] if start < sections else len(self.parts)
        last = self._first[end] if end < sections else len(self.parts)
        return range(first, last)

    def section_of(self, part: int) -> Section:
        """The section part number ``part`` belongs to."""
        return self.sections[self._section_of[part]]

    def index(self, key: str) -> int | None:
        """The part number of the part with ``key``."""
        return next((i for i, p in enumerate(self.parts) if p.key == key), None)

    def not_asked(self) -> int:
        """How many texts nobody asked the client about yet."""
        return sum(1 for part in self.parts if part.consent is None)

    def unanswered(self) -> Iterator[Part]:
        """The texts nobody asked about yet, in order."""
        return (part for part in self.parts if part.consent is None)

    def agree_to_all(self) -> int:
        """Yes to every text as shown that nobody asked about yet; how many changed."""
        return sum(source.agree_to_all() for source in self.sources)
