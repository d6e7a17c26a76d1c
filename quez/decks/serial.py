"""Decks to and from plain JSON-able data (for the deck cache; never pickle)."""

from __future__ import annotations

from pathlib import Path
from typing import Any, cast

from quez.decks.model import Address, Card, Deck, DeckKind, LText, Theme


def _lt(text: LText) -> dict[str, Any]:
    return {"v": dict(text.values), "p": {k: list(v) for k, v in text.positions.items()}}


def _from_lt(data: dict[str, Any]) -> LText:
    return LText(dict(data["v"]), {k: (int(v[0]), int(v[1])) for k, v in data["p"].items()})


def deck_to_data(deck: Deck) -> dict[str, Any]:
    """A JSON-able dict holding everything in ``deck`` except its path."""
    return {
        "id": deck.id,
        "title": _lt(deck.title),
        "description": _lt(deck.description),
        "kind": deck.kind,
        "languages": list(deck.languages),
        "author": deck.author,
        "version": deck.version,
        "licence": deck.licence,
        "address": deck.address,
        "format": deck.format,
        "themes": [
            {
                "id": t.id,
                "title": _lt(t.title),
                "question": _lt(t.question),
                "description": _lt(t.description) if t.description else None,
                "pos": list(t.pos),
            }
            for t in deck.themes
        ],
        "cards": [
            {
                "id": c.id,
                "text": _lt(c.text),
                "theme": c.theme,
                "followups": [_lt(f) for f in c.followups],
                "tags": list(c.tags),
                "pos": list(c.pos),
            }
            for c in deck.cards
        ],
    }


def deck_from_data(data: dict[str, Any], path: Path | None) -> Deck:
    """Rebuild a deck written by :func:`deck_to_data`; raises KeyError/TypeError if malformed."""
    themes = tuple(
        Theme(
            t["id"],
            _from_lt(t["title"]),
            _from_lt(t["question"]),
            _from_lt(t["description"]) if t["description"] else None,
            (int(t["pos"][0]), int(t["pos"][1])),
        )
        for t in data["themes"]
    )
    cards = tuple(
        Card(
            c["id"],
            _from_lt(c["text"]),
            c["theme"],
            tuple(_from_lt(f) for f in c["followups"]),
            tuple(c["tags"]),
            (int(c["pos"][0]), int(c["pos"][1])),
        )
        for c in data["cards"]
    )
    return Deck(
        id=data["id"],
        title=_from_lt(data["title"]),
        description=_from_lt(data["description"]),
        kind=cast(DeckKind, data["kind"]),
        languages=tuple(data["languages"]),
        themes=themes,
        cards=cards,
        path=path,
        author=data["author"],
        version=data["version"],
        licence=data["licence"],
        address=cast("Address | None", data["address"]),
        format=int(data["format"]),
    )
