"""The shipped decks' shape: core openers first, one question per card, phase tags that mean
what the methods need, gossip cards in the third person, balanced themes."""

from __future__ import annotations

from collections import Counter

import pytest

from quez.decks import Deck, load_deck
from quez.decks.model import CLOSING, CORE, INTERVISIE_PHASES, OPENING
from quez.lint.rules_deck import address_form
from quez.lint.rules_double import is_double
from tests.conftest import SHIPPED


@pytest.fixture(scope="module")
def gesprek() -> Deck:
    return load_deck(SHIPPED / "gesprek.yaml")


@pytest.fixture(scope="module")
def intervisie() -> Deck:
    return load_deck(SHIPPED / "intervisie.yaml")


def _texts(deck: Deck) -> list[tuple[str, str, str]]:
    found = [(t.id, lang, t.question.get(lang)) for t in deck.themes for lang in deck.languages]
    for card in deck.cards:
        for text in (card.text, *card.followups):
            found += [(card.id, lang, text.get(lang)) for lang in deck.languages]
    return found


def test_a_few_core_openers_come_first(gesprek: Deck) -> None:
    openers = gesprek.tagged(OPENING)
    core = [c for c in openers if CORE in c.tags]
    assert 3 <= len(core) <= 5
    assert list(openers[: len(core)]) == core  # offered before the other opening cards
    assert all(CORE not in c.tags for c in gesprek.cards if OPENING not in c.tags)


@pytest.mark.parametrize("name", ["gesprek", "intervisie"])
def test_one_question_per_text(name: str) -> None:
    deck = load_deck(SHIPPED / f"{name}.yaml")
    doubles = [(cid, lang) for cid, lang, text in _texts(deck) if is_double(text, lang)]
    assert doubles == []


def test_counts_never_drop_below_version_one(gesprek: Deck, intervisie: Deck) -> None:
    themes = Counter(c.theme for c in gesprek.cards if c.theme)
    assert min(themes.values()) >= 14 and max(themes.values()) - min(themes.values()) <= 2
    assert len(gesprek.tagged(OPENING)) >= 12 and len(gesprek.tagged(CLOSING)) >= 10
    values = ("gelijkwaardigheid", "autonomie", "aandacht", "vertrouwen")
    per_value = Counter(c.theme for c in intervisie.cards if c.theme in values)
    assert min(per_value.values()) >= 10 and max(per_value.values()) - min(per_value.values()) <= 2
    assert len(intervisie.cards) >= 61 and len(gesprek.cards) >= 78


def test_every_intervisie_card_fits_a_step(intervisie: Deck) -> None:
    for card in intervisie.cards:
        assert card.phases and set(card.tags) <= set(INTERVISIE_PHASES), card.id
    counts = Counter(tag for card in intervisie.cards for tag in card.tags)
    assert all(counts[tag] >= 5 for tag in INTERVISIE_PHASES), counts


def test_gossip_cards_speak_about_the_case_presenter(intervisie: Deck) -> None:
    gossip = intervisie.tagged("roddelen")
    assert len(gossip) >= 5
    for card in gossip:
        assert set(card.tags) == {"roddelen"}, card.id
        assert "inbrenger" in card.text.get("nl") and not address_form(card.text.get("nl"))
        assert "case presenter" in card.text.get("en")
        assert " you" not in f" {card.text.get('en').lower()}"


def test_evaluation_cards_look_back_on_the_meeting(intervisie: Deck) -> None:
    for card in intervisie.tagged("evalueren"):
        text = card.text.get("nl").lower()
        assert any(w in text for w in ("vandaag", "bespreking", "erbij was")), card.id


def test_the_closing_checks_agreements_and_who_may_know(gesprek: Deck) -> None:
    closing = {c.id: c.text.get("nl") for c in gesprek.tagged(CLOSING)}
    assert "in uw eigen woorden" in closing["slot-12"]
    assert closing["slot-13"] == "Met wie mag ik hierover praten?"
    assert not any("volgende keer" in text or "weer met mij" in text for text in closing.values())
