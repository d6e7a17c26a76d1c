"""Which card comes next. Pure functions over a deck and the entries so far.

Cards come in deck order (authors order them from light to deeper); a card that came up is not
offered again, except a *parked* one ("later"), which comes back once the unseen cards of its
theme (or tag) are used up: before QueZ says there are no cards left, the parked ones are
offered, oldest first. The client can also ask for a parked card at any time
(:func:`parked_entries` lists them). Skipped cards only come back when chosen from the history.

:func:`theme_progress` tells the theme table which themes were discussed already.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass

from quez.decks.model import Card, Deck
from quez.store.model import Entry


@dataclass(frozen=True)
class Pick:
    """The card to show; ``entry_id`` is set when it is a parked entry coming back."""

    card: Card
    entry_id: int | None = None


def _first_unseen(cards: Sequence[Card], entries: Sequence[Entry]) -> Card | None:
    used = {e.card_id for e in entries}
    return next((c for c in cards if c.id not in used), None)


def _first_parked(deck: Deck, cards: Sequence[Card], entries: Sequence[Entry]) -> Pick | None:
    wanted = {c.id for c in cards}
    for entry in entries:
        if entry.state == "parked" and entry.card_id in wanted:
            card = deck.card(entry.card_id)
            if card is not None:
                return Pick(card, entry.id)
    return None


def _pick_from(deck: Deck, cards: Sequence[Card], entries: Sequence[Entry]) -> Pick | None:
    card = _first_unseen(cards, entries)
    if card is not None:
        return Pick(card)
    return _first_parked(deck, cards, entries)


def next_in_theme(deck: Deck, theme_id: str, entries: Sequence[Entry]) -> Pick | None:
    """The next card of a theme, or ``None`` when every card of it has come up."""
    return _pick_from(deck, deck.cards_for(theme_id), entries)


def next_tagged(deck: Deck, tag: str, entries: Sequence[Entry]) -> Pick | None:
    """The next opening (or closing …) card, or ``None`` when none is left."""
    return _pick_from(deck, deck.tagged(tag), entries)


def random_pick(
    deck: Deck, entries: Sequence[Entry], rng: random.Random, theme_id: str | None = None
) -> Pick | None:
    """A random card that has not come up yet: from one theme, or from all themed cards."""
    if theme_id is None:
        pool = tuple(c for c in deck.cards if c.theme is not None)
    else:
        pool = deck.cards_for(theme_id)
    used = {e.card_id for e in entries}
    unseen = [c for c in pool if c.id not in used]
    if unseen:
        return Pick(rng.choice(unseen))
    return _first_parked(deck, pool, entries)


def parked_entries(entries: Sequence[Entry], theme_id: str | None = None) -> list[Entry]:
    """The cards parked for later, in conversation order (of one theme, or all of them)."""
    return [
        e for e in entries if e.state == "parked" and (theme_id is None or e.theme_id == theme_id)
    ]


@dataclass(frozen=True)
class ThemeProgress:
    """How far a theme is: what the theme table shows on its card."""

    discussed: int  # cards of the theme that came up and were not skipped or parked
    parked: int  # cards kept for later
    left: int  # cards that have not come up yet

    @property
    def used_up(self) -> bool:
        """True when choosing the theme would bring no card (nothing new, nothing parked)."""
        return self.left == 0 and self.parked == 0


def theme_progress(deck: Deck, theme_id: str, entries: Sequence[Entry]) -> ThemeProgress:
    """Count a theme's cards by where they are in this conversation."""
    mine = [e for e in entries if e.theme_id == theme_id]
    used = {e.card_id for e in entries}
    return ThemeProgress(
        discussed=sum(1 for e in mine if e.state == "active"),
        parked=sum(1 for e in mine if e.state == "parked"),
        left=sum(1 for c in deck.cards_for(theme_id) if c.id not in used),
    )


def remaining(deck: Deck, theme_id: str, entries: Sequence[Entry]) -> int:
    """How many cards of a theme have not come up yet (parked ones count as waiting)."""
    used = {e.card_id for e in entries if e.state != "parked"}
    return sum(1 for c in deck.cards_for(theme_id) if c.id not in used)
