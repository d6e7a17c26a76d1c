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

from array import array
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Protocol, TypeVar, overload

from quez.store.model import NoteField

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
    """Where sections come from; :class:`Readback` asks each in turn.

    A source says how many parts each of its sections has up front (plain numbers) and builds
    a section only when it is shown: a read-back of 10,000 cards holds no 10,000 objects.
    """

    def sizes(self) -> Sequence[int]:
        """How many parts each section has, in order."""
        ...

    def section(self, index: int, number: int) -> Section:
        """Section ``index`` (0-based, of this source), shown as number ``number``."""
        ...

    def not_asked(self) -> int:
        """How many of this source's texts nobody asked the client about yet."""
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


_BITS: tuple[tuple[NoteField, int], ...] = (("own_words", 1), ("summary", 2))


class CardSource:
    """The conversation's cards with text, in conversation order, own words before summary.

    Which texts a card shows is fixed when the read-back opens (a text emptied while reading
    stays on screen, empty, until the next time).
    """

    def __init__(self, conv: Conversation) -> None:
        self.conv = conv
        self._entries: list[Entry] = []
        self._masks = bytearray()  # per card: 1 own words, 2 summary, 3 both
        self._sizes = bytearray()
        for entry in conv.entries:  # spelled out: this runs once per card of the conversation
            mask = (1 if entry.note.strip() else 0) | (2 if entry.summary.strip() else 0)
            if mask:
                self._entries.append(entry)
                self._masks.append(mask)
                self._sizes.append(1 if mask < 3 else 2)

    def sizes(self) -> Sequence[int]:
        return self._sizes

    def section(self, index: int, number: int) -> Section:
        entry, mask, conv = self._entries[index], self._masks[index], self.conv
        parts = tuple(CardText(conv, entry, field) for field, bit in _BITS if mask & bit)
        return CardSection(number, entry, parts, conv)

    def not_asked(self) -> int:
        return sum(
            1
            for entry, mask in zip(self._entries, self._masks, strict=True)
            for field, bit in _BITS
            if mask & bit and entry.consent_for(field) is None
        )

    def agree_to_all(self) -> int:
        return len(self.conv.agree_to_all())


# --- the whole read-back -------------------------------------------------------------------
class Readback:
    """Every section and part, in order, and the pages a screen shows them in.

    Holds numbers, not objects: the first part of each section (prefix sums). Sections and
    parts are built when asked for (a page at a time); parts read the live entries, so a
    correction or an answer shows without rebuilding.
    """

    def __init__(self, sources: Sequence[Source], *, page_size: int = 8) -> None:
        if page_size < 1:
            raise ValueError("page_size must be at least 1")
        self.sources = tuple(sources)
        self.page_size = page_size
        self._offsets: list[int] = []  # the first section (0-based) of each source
        self._first = array("L", [0])  # the first part of each section, then the total
        for source in self.sources:
            self._offsets.append(len(self._first) - 1)
            total = self._first[-1]
            for size in source.sizes():
                total += size
                self._first.append(total)
        self.sections: Sequence[Section] = _Lazy(len(self._first) - 1, self.section)
        self.parts: Sequence[Part] = _Lazy(self._first[-1], self.part)

    @classmethod
    def of(cls, conv: Conversation, *, page_size: int = 8) -> Readback:
        """The read-back of a client conversation."""
        return cls([CardSource(conv)], page_size=page_size)

    def __len__(self) -> int:
        """How many texts (parts) there are."""
        return self._first[-1]

    def section(self, index: int) -> Section:
        """Section ``index`` (0-based), numbered ``index + 1``."""
        which = bisect_right(self._offsets, index) - 1
        return self.sources[which].section(index - self._offsets[which], index + 1)

    def section_index(self, part: int) -> int:
        """The section (0-based) part number ``part`` belongs to."""
        return bisect_right(self._first, part) - 1

    def part(self, index: int) -> Part:
        """Part number ``index`` (0-based)."""
        section = self.section_index(index)
        return self.section(section).parts[index - self._first[section]]

    @property
    def pages(self) -> int:
        """How many pages (at least one, also when there is nothing to read back)."""
        return max(1, -(-len(self.sections) // self.page_size))

    def page_of(self, part: int) -> int:
        """The page that shows part number ``part`` (0-based)."""
        return self.section_index(part) // self.page_size if len(self) else 0

    def page_sections(self, page: int) -> list[Section]:
        """The sections on page ``page`` (0-based), built now."""
        start = page * self.page_size
        end = min(start + self.page_size, len(self.sections))
        return [self.section(i) for i in range(start, end)]

    def page_numbers(self, page: int) -> range:
        """The section numbers (1..n) on page ``page``."""
        start = min(page * self.page_size, len(self.sections))
        return range(start + 1, min(start + self.page_size, len(self.sections)) + 1)

    def page_parts(self, page: int) -> range:
        """The part numbers (0-based) on page ``page``."""
        sections = len(self.sections)
        start = min(page * self.page_size, sections)
        end = min(start + self.page_size, sections)
        return range(self._first[start], self._first[end])

    def not_asked(self) -> int:
        """How many texts nobody asked the client about yet."""
        return sum(source.not_asked() for source in self.sources)

    def agree_to_all(self) -> int:
        """Yes to every text as shown that nobody asked about yet; how many changed."""
        return sum(source.agree_to_all() for source in self.sources)


T = TypeVar("T")


class _Lazy(Sequence[T]):
    """A read-only sequence whose items are made when asked for."""

    def __init__(self, length: int, make: Callable[[int], T]) -> None:
        self._length = length
        self._make = make

    def __len__(self) -> int:
        return self._length

    @overload
    def __getitem__(self, index: int) -> T: ...
    @overload
    def __getitem__(self, index: slice) -> list[T]: ...
    def __getitem__(self, index: int | slice) -> T | list[T]:
        if isinstance(index, slice):
            return [self._make(i) for i in range(*index.indices(self._length))]
        if index < 0:
            index += self._length
        if not 0 <= index < self._length:
            raise IndexError(index)
        return self._make(index)
