"""The deck model: plain frozen dataclasses, no YAML and no Textual.

Every human-readable text is a :class:`LText`: one string per language, each with the
``line:col`` where it was written, so that lint and validation can point at it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

DeckKind = Literal["client", "intervisie"]
Address = Literal["je", "u"]
# Which step of an intervisie method a card fits: factual questions, what is going on, one's own
# feelings and norms, ideas, looking back on the meeting, and the gossip round (cards that speak
# about the case presenter in the third person).
INTERVISIE_PHASES = ("verkennen", "analyseren", "reflecteren", "advies", "evalueren", "roddelen")
# Tags with a meaning of their own in a client deck.
OPENING = "opening"
CLOSING = "closing"
CORE = "core"  # one of the few opening cards to start with; the others are there to choose from

Pos = tuple[int, int]  # 1-based line and column


class _Cached:
    """Lets an object read from the deck cache fill in some fields on first use.

    :mod:`quez.decks.serial` builds cached cards and themes without their texts and cached texts
    without their positions, leaving ``_source`` (the deck's cache data) in their ``__dict__``; the
    first read of a missing field asks the source to fill them in. A warm start then builds
    only what is shown (the TUI never asks for a position).
    """

    __slots__ = ()

    if not TYPE_CHECKING:  # hidden from mypy: it would make every attribute name valid

        def __getattr__(self, name):
            source = self.__dict__.get("_source")
            if source is None or name not in self.__dataclass_fields__:
                raise AttributeError(name)
            source.complete(self)
            return self.__dict__[name]


@dataclass(frozen=True)
class LText(_Cached):
    """A text in one or more languages, with where each translation was written."""

    values: Mapping[str, str]
    positions: Mapping[str, Pos] = field(default_factory=dict, compare=False)

    def get(self, lang: str, fallback: str | None = None) -> str:
        """The text in ``lang``; else ``fallback``'s; else the first one there is."""
        if lang in self.values:
            return self.values[lang]
        if fallback is not None and fallback in self.values:
            return self.values[fallback]
        return next(iter(self.values.values()), "")

    def pos(self, lang: str) -> Pos:
        """Where the ``lang`` text was written (or the first known position)."""
        if lang in self.positions:
            return self.positions[lang]
        return next(iter(self.positions.values()), (1, 1))


@dataclass(frozen=True)
class Theme(_Cached):
    """A theme card: laid face up so the client can choose it."""

    id: str
    title: LText
    question: LText
    description: LText | None = None
    pos: Pos = (1, 1)


@dataclass(frozen=True)
class Card(_Cached):
    """A question card. ``theme`` is ``None`` for general cards (e.g. opening/closing)."""

    id: str
    text: LText
    theme: str | None = None
    followups: tuple[LText, ...] = ()
    tags: tuple[str, ...] = ()
    pos: Pos = (1, 1)

    @property
    def phases(self) -> tuple[str, ...]:
        """The intervisie phases this card is tagged for."""
        return tuple(t for t in self.tags if t in INTERVISIE_PHASES)


# Cached cards and themes fill in their texts on first use (see ``_Cached``); a class-level
# default would be found first and hide that. ``__init__`` keeps its defaults without them.
del Card.followups, Theme.description


@dataclass(frozen=True)
class Deck:
    """A validated deck. Build one with :func:`quez.decks.load_deck`, never by hand from YAML."""

    id: str
    title: LText
    description: LText
    kind: DeckKind
    languages: tuple[str, ...]
    themes: tuple[Theme, ...]
    cards: tuple[Card, ...]
    path: Path | None = None
    author: str | None = None
    version: str | None = None
    licence: str | None = None
    address: Address | None = None
    format: int = 1

    @property
    def primary_language(self) -> str:
        """The deck's first language: what a plain-string text is written in."""
        return self.languages[0]

    def text_language(self, ui_lang: str) -> str:
        """The language to show this deck in for a UI in ``ui_lang``."""
        return ui_lang if ui_lang in self.languages else self.primary_language

    def theme(self, theme_id: str) -> Theme | None:
        """The theme with this id, if any."""
        return next((t for t in self.themes if t.id == theme_id), None)

    def card(self, card_id: str) -> Card | None:
        """The card with this id, if any."""
        return next((c for c in self.cards if c.id == card_id), None)

    def cards_for(self, theme_id: str | None) -> tuple[Card, ...]:
        """Cards in one theme (``None``: the general cards)."""
        return tuple(c for c in self.cards if c.theme == theme_id)

    def tagged(self, tag: str) -> tuple[Card, ...]:
        """Cards carrying ``tag`` (``opening``, ``closing``, an intervisie phase …)."""
        return tuple(c for c in self.cards if tag in c.tags)
