"""Decks to and from plain JSON-able data (for the deck cache; never pickle).

The layout is built for a warm start, which reads it back on every launch:
- cards and themes are lists, not objects; a text is the list of its translations in the deck's
  language order (or, if its languages differ from that, the object ``{lang: text}``);
- every text's ``line col`` pairs (one pair per deck language, ``0 0`` for none) go into one
  string of numbers, in the order the texts are written, decoded only when a position is asked
  for (lint does; the TUI never does); each card row ends with where its numbers start;
- distinct tag lists are stored once and cards refer to them by index;
- the frozen dataclasses are filled directly (``__dict__``), skipping ``__init__``: the data was
  validated before it was cached, and the cache is only trusted under its content hash. A card's
  texts are made on first use (``quez.decks.model._Cached``), so loading 5,000 cards costs
  little more than parsing their JSON.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from quez.decks.model import Card, Deck, LText, Pos, Theme

LAYOUT = 4  # bump when the layout changes (the QueZ version is in the cache key too)
_new = object.__new__
_fill = object.__setattr__  # (obj, "__dict__", fields): bypasses the frozen __setattr__
# Rows end with where their texts' position numbers start:
# a card is [id, text, theme id, followups, tags index, line, col, offset],
# a theme is [id, title, question, description or null, line, col, offset].
Row = list[Any]


class CachedTexts:
    """One cached deck's languages and position numbers; fills in what cached objects left out."""

    __slots__ = ("_flat", "_numbers", "languages", "step")

    def __init__(self, languages: tuple[str, ...], numbers: str) -> None:
        self.languages = languages
        self.step = 2 * len(languages)  # position numbers per text
        self._numbers = numbers
        self._flat: list[int] | None = None

    def text(self, stored: list[str] | dict[str, str], at: int) -> LText:
        """A text whose positions start at number ``at`` (decoded on first use)."""
        if type(stored) is list:
            values = dict(zip(self.languages, stored, strict=True))
        elif type(stored) is dict:
            values = stored
        else:
            raise TypeError("deck cache text")
        made: LText = _new(LText)
        _fill(made, "__dict__", {"values": values, "_source": self, "_at": at})
        return made

    def complete(self, obj: object) -> None:
        """Fill in what a cached card (its texts) or text (its positions) left out."""
        state = obj.__dict__
        if isinstance(obj, LText):
            state["positions"] = self._positions(state.pop("_at"), tuple(state["values"]))
        elif isinstance(obj, Card):
            row: Row = state["_row"]
            at, step = row[7], self.step
            state["text"] = self.text(row[1], at)
            state["followups"] = tuple(
                self.text(stored, at + step * k) for k, stored in enumerate(row[3], 1)
            )
            del state["_row"]
        else:
            row = state["_row"]
            at, step = row[6], self.step
            state["title"] = self.text(row[1], at)
            state["question"] = self.text(row[2], at + step)
            state["description"] = None if row[3] is None else self.text(row[3], at + 2 * step)
            del state["_row"]
        del state["_source"]

    def _positions(self, at: int, langs: tuple[str, ...]) -> dict[str, Pos]:
        if self._flat is None:
            try:
                self._flat = [int(n) for n in self._numbers.split()]
            except ValueError:  # a damaged entry: positions only ever point at problems
                self._flat = []
        flat = self._flat
        found: dict[str, Pos] = {}
        for k, lang in enumerate(langs):
            i = at + 2 * k
            if i + 1 < len(flat) and flat[i]:  # 0 0: no position known
                found[lang] = (flat[i], flat[i + 1])
        return found


def deck_to_data(deck: Deck) -> dict[str, Any]:
    """A JSON-able dict holding everything in ``deck`` except its path.

    Raises ValueError for a text in more languages than the deck has (never from ``build_deck``).
    """
    flat: list[int] = []
    languages = deck.languages

    def text(t: LText) -> list[str] | dict[str, str]:
        if len(t.values) > len(languages):
            raise ValueError("text in an undeclared language")
        for lang in t.values:
            flat.extend(t.positions.get(lang, (0, 0)))
        flat.extend((0, 0) * (len(languages) - len(t.values)))
        if tuple(t.values) == languages:
            return list(t.values.values())
        return dict(t.values)

    data: dict[str, Any] = {
        "layout": LAYOUT,
        "id": deck.id,
        "kind": deck.kind,
        "languages": list(languages),
        "author": deck.author,
        "version": deck.version,
        "licence": deck.licence,
        "address": deck.address,
        "format": deck.format,
    }
    # The order of the text() calls is the order deck_from_data reads the positions back in.
    data["title"] = text(deck.title)
    data["description"] = text(deck.description)
    themes: list[Row] = []
    for t in deck.themes:
        at, desc = len(flat), t.description
        row: Row = [t.id, text(t.title), text(t.question), None if desc is None else text(desc)]
        themes.append([*row, *t.pos, at])
    data["themes"] = themes
    tag_index: dict[tuple[str, ...], int] = {}
    cards: list[Row] = []
    data["cards"] = cards
    for c in deck.cards:
        at = len(flat)
        row = [c.id, text(c.text), c.theme, [text(f) for f in c.followups]]
        cards.append([*row, tag_index.setdefault(c.tags, len(tag_index)), *c.pos, at])
    data["tags"] = [list(tags) for tags in tag_index]
    data["pos"] = " ".join(map(str, flat))
    data["count"] = len(flat)
    return data


def deck_from_data(data: dict[str, Any], path: Path | None) -> Deck:
    """Rebuild a deck written by :func:`deck_to_data`.

    Raises KeyError, TypeError, ValueError or IndexError if the data is not in this layout.
    """
    if data["layout"] != LAYOUT:
        raise ValueError("deck cache layout")
    numbers: str = data["pos"]
    source = CachedTexts(tuple(data["languages"]), numbers)
    text, step = source.text, source.step
    title, description = text(data["title"], 0), text(data["description"], step)
    themes: list[Theme] = []
    for row in data["themes"]:  # texts are made on first use
        theme: Theme = _new(Theme)
        _fill(
            theme,
            "__dict__",
            {"id": row[0], "pos": (row[4], row[5]), "_row": row, "_source": source},
        )
        themes.append(theme)
    tag_lists = [tuple(tags) for tags in data["tags"]]
    cards: list[Card] = []
    append = cards.append
    for row in data["cards"]:  # the hot loop (5,000 cards in a full deck)
        card: Card = _new(Card)
        _fill(
            card,
            "__dict__",
            {
                "id": row[0],
                "theme": row[2],
                "tags": tag_lists[row[4]],
                "pos": (row[5], row[6]),
                "_row": row,
                "_source": source,
            },
        )
        append(card)
    if numbers.count(" ") + 1 != data["count"]:
        raise ValueError("deck cache positions")
    return Deck(
        id=data["id"],
        title=title,
        description=description,
        kind=data["kind"],
        languages=source.languages,
        themes=tuple(themes),
        cards=tuple(cards),
        path=path,
        author=data["author"],
        version=data["version"],
        licence=data["licence"],
        address=data["address"],
        format=int(data["format"]),
    )
