"""The read-back model: numbered sections of texts, pages, and answers per text (no UI)."""

from __future__ import annotations

import random

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quez.conversation import Conversation
from quez.conversation.readback import Readback, Section
from quez.paths import Paths
from quez.store import Store
from tests.tui_support import open_store, shipped_decks


def conversation(store: Store, paths: Paths, texts: list[tuple[str, str]]) -> Conversation:
    """A conversation with one card per (own words, summary) pair, in order."""
    deck = shipped_decks(paths).get("gesprek")
    assert deck is not None
    conv = Conversation.start(store, deck, lang="nl", rng=random.Random(3))
    for own, summary in texts:
        entry = conv.draw()
        assert entry is not None
        conv.set_text(entry.id, "own_words", own)
        conv.set_text(entry.id, "summary", summary)
    conv.flush()
    return conv


def test_sections_are_numbered_as_shown_and_parts_keep_their_own_answer(paths: Paths) -> None:
    texts = [("een", ""), ("", ""), ("", ""), ("vier", "samen"), ("", "alleen samenvatting")]
    with open_store(paths) as store:
        conv = conversation(store, paths, texts)
        readback = Readback.of(conv)
        assert [s.number for s in readback.sections] == [1, 2, 3]  # not 1, 4, 5
        assert [s.title for s in readback.sections] == [
            conv.entries[i].card_text for i in (0, 3, 4)
        ]
        parts = readback.parts
        assert [(p.text, p.label, p.primary) for p in parts] == [
            ("een", "readback.part.own_words", True),
            ("vier", "readback.part.own_words", True),
            ("samen", "readback.part.summary", False),
            ("alleen samenvatting", "readback.part.summary", False),
        ]
        assert len({p.key for p in parts}) == 4

        parts[1].answer(True)
        parts[2].answer(False)
        entry = conv.entries[3]
        assert (entry.consent, entry.summary_consent) == (True, False)
        stored = store.entries(conv.session.id)[3]
        assert (stored.consent, stored.summary_consent) == (True, False)

        assert parts[1].rewrite("vier, en vijf")  # a correction withdraws that answer only
        assert (parts[1].consent, parts[2].consent) == (None, False)
        assert not parts[1].rewrite("vier, en vijf")  # unchanged: nothing to do


def test_agree_to_all_says_yes_to_what_was_not_asked_and_keeps_a_no(paths: Paths) -> None:
    with open_store(paths) as store:
        conv = conversation(store, paths, [("een", "samen"), ("twee", "")])
        readback = Readback.of(conv)
        readback.parts[1].answer(False)
        assert readback.not_asked() == 2
        assert readback.agree_to_all() == 2
        assert [p.consent for p in readback.parts] == [True, False, True]
        assert readback.not_asked() == 0
        assert [(e.consent, e.summary_consent) for e in store.entries(conv.session.id)] == [
            (True, False),
            (True, None),
        ]


def test_important_belongs_to_the_section(paths: Paths) -> None:
    with open_store(paths) as store:
        conv = conversation(store, paths, [("een", "samen")])
        section = Readback.of(conv).sections[0]
        section.toggle_important()
        assert section.important and store.entries(conv.session.id)[0].important


@given(st.lists(st.integers(min_value=1, max_value=2), max_size=40), st.integers(1, 9))
def test_pages_cover_every_part_once_in_order(parts_per_section: list[int], size: int) -> None:
    # Two sources one after the other: numbering and part numbers run on across them.
    half = len(parts_per_section) // 2
    sources = [FakeSource(parts_per_section[:half]), FakeSource(parts_per_section[half:])]
    readback = Readback(sources, page_size=size)
    seen: list[int] = []
    keys: list[str] = []
    for page in range(readback.pages):
        numbers = readback.page_parts(page)
        sections = readback.page_sections(page)
        assert len(sections) <= size
        assert list(readback.page_numbers(page)) == [s.number for s in sections]
        assert all(readback.page_of(i) == page for i in numbers)
        assert [p.key for s in sections for p in s.parts] == [
            readback.parts[i].key for i in numbers
        ]
        seen += numbers
        keys += [p.key for s in sections for p in s.parts]
    assert seen == list(range(len(readback)))
    assert [s.number for s in readback.sections] == list(range(1, len(parts_per_section) + 1))
    assert len(set(keys)) == len(readback) == sum(parts_per_section)
    assert readback.pages == max(1, -(-len(parts_per_section) // size))
    assert readback.not_asked() == sum(parts_per_section)


def test_a_page_size_below_one_is_refused() -> None:
    with pytest.raises(ValueError):
        Readback([], page_size=0)


class FakeSource:
    """Sections of 1 or 2 texts; enough for the page arithmetic."""

    def __init__(self, sizes: list[int]) -> None:
        self._sizes = sizes

    def sizes(self) -> list[int]:
        return self._sizes

    def section(self, index: int, number: int) -> Section:
        return FakeSection(number, self._sizes[index])

    def not_asked(self) -> int:
        return sum(self._sizes)

    def agree_to_all(self) -> int:
        return 0


class FakeSection:
    def __init__(self, number: int, size: int) -> None:
        self.number = number
        self.title = f"Vraag {number}"
        self.important = False
        self.parts = [FakePart(f"{number}-{n}") for n in range(size)]

    def toggle_important(self) -> None:
        self.important = not self.important


class FakePart:
    label = "readback.part.own_words"
    primary = True
    consent: bool | None = None

    def __init__(self, key: str) -> None:
        self.key = key
        self.text = key

    def rewrite(self, text: str) -> bool:
        changed = text != self.text
        self.text = text
        return changed

    def answer(self, value: bool | None) -> None:
        self.consent = value
