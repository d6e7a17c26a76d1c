"""Decks: the model, a safe loader with ``path:line:col`` problems, and discovery."""

from __future__ import annotations

from pathlib import Path

from quez.decks.discovery import DeckFailure, DeckSet, discover
from quez.decks.model import Card, Deck, LText, Theme
from quez.decks.problems import DeckError, Problem


def load_deck(path: Path, shown: str | None = None) -> Deck:
    """Load and validate one deck file; raise :class:`DeckError` listing every problem.

    PyYAML is imported here, on first use: a start with every deck in the cache never needs it.
    """
    from quez.decks.build import load_deck as load

    return load(path, shown)


__all__ = [
    "Card",
    "Deck",
    "DeckError",
    "DeckFailure",
    "DeckSet",
    "LText",
    "Problem",
    "Theme",
    "discover",
    "load_deck",
]
