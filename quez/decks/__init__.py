"""Decks: the model, a safe loader with ``path:line:col`` problems, and discovery."""

from __future__ import annotations

from quez.decks.build import load_deck
from quez.decks.discovery import DeckFailure, DeckSet, discover
from quez.decks.model import Card, Deck, LText, Theme
from quez.decks.problems import DeckError, Problem

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
