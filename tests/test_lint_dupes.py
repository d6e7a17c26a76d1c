"""The near-duplicate search finds exactly what comparing every pair on its own finds.

``reference`` is the rule written out plainly (no index, no bounds, every earlier text tried in
order); the fast search in ``quez.lint.rules_dupes`` / ``quez.lint.dupes_index`` must agree with
it on generated decks: random words from a small vocabulary (many texts share most words),
random characters (the ratio matters more than the words), and texts that are rewordings of
each other.
"""

from __future__ import annotations

import random
from difflib import SequenceMatcher

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quez.i18n import Translator
from quez.lint import deck_items, lint_deck
from quez.lint import rules_dupes as rd
from quez.lint.text import normalise
from tests.lint_factory import make_deck


def reference_near(norms: list[str], i: int, j: int) -> bool:
    """The rule for texts ``i`` < ``j``, straight from its definition."""
    a, b = set(norms[i].split()), set(norms[j].split())
    # The ratio runs from the text with more words (ties: the later one) to the other.
    low, high = (i, j) if len(a) <= len(b) else (j, i)
    fewer = min(len(a), len(b))
    shared = len(a & b)
    if shared < rd.MIN_SHARED * fewer:
        return False
    if fewer >= rd.MIN_JACCARD_WORDS and shared / len(a | b) >= rd.NEAR_JACCARD:
        return True
    ratio = SequenceMatcher(None, norms[high], norms[low], autojunk=False).ratio()
    return ratio >= rd.NEAR_RATIO


def reference(norms: list[str]) -> dict[int, int]:
    """Every later text -> the earliest earlier text it is near (if any), pair by pair."""
    found = {}
    for j in range(len(norms)):
        for i in range(j):
            if reference_near(norms, i, j):
                found[j] = i
                break
    return found


def distinct(texts: list[str]) -> list[str]:
    return [n for n in dict.fromkeys(normalise(t) for t in texts) if n]


SMALL_VOCABULARY = ["wat", "hoe", "u", "je", "helpt", "thuis", "werk", "dag", "fijn", "de"]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(
        st.lists(st.sampled_from(SMALL_VOCABULARY), min_size=1, max_size=10),
        min_size=2,
        max_size=40,
    )
)
def test_small_vocabulary_matches_the_reference(texts: list[list[str]]) -> None:
    norms = distinct([" ".join(words) for words in texts])
    assert rd.near_pairs(norms) == rd.near_pairs(norms, few=0) == reference(norms)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(alphabet="abcde ", max_size=40), min_size=2, max_size=40))
def test_random_characters_match_the_reference(texts: list[str]) -> None:
    norms = distinct(texts)
    assert rd.near_pairs(norms) == rd.near_pairs(norms, few=0) == reference(norms)


@settings(max_examples=100, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.lists(st.text(alphabet="abcdefghijklmnopqrstuvwxyzë", min_size=1, max_size=9), min_size=3),
    st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 10**6)), min_size=2, max_size=30),
)
def test_rewordings_match_the_reference(words: list[str], edits: list[tuple[int, int]]) -> None:
    """Texts built by small edits of earlier ones: many near pairs, some just below the bar."""
    texts = [" ".join(words[:8])]
    for source, change in edits:
        base = texts[source % len(texts)].split()
        spot = change % len(base)
        if change % 3 == 0:
            base[spot] = words[change % len(words)]
        elif change % 3 == 1:
            base.insert(spot, words[(change // 3) % len(words)])
        else:
            base[spot] = base[spot][:-1] or base[spot]
        texts.append(" ".join(base))
    norms = distinct(texts)
    assert rd.near_pairs(norms) == rd.near_pairs(norms, few=0) == reference(norms)


def test_a_generated_small_vocabulary_deck_matches_the_reference() -> None:
    """Like the benchmark's big deck: texts that differ in a number and one word."""
    rng = random.Random(5)
    texts = [
        f"Question number {rng.randrange(2000)} about {rng.choice(SMALL_VOCABULARY)}?"
        for _ in range(150)
    ]
    norms = distinct(texts)
    expected = reference(norms)
    assert len(expected) > 50  # dense: most texts are near an earlier one
    assert rd.near_pairs(norms) == rd.near_pairs(norms, few=0) == expected


def test_findings_through_the_deck_match_the_reference() -> None:
    texts = [
        "Wat zou u de komende tijd graag samen met uw familie willen doen?",
        "Wie helpt u thuis?",
        "Wat zou u de komende tijd graag samen met uw familie willen ondernemen?",
        "Wie helpt u thuis?",  # a plain duplicate, not a near one
        "Wie helpt u thuis graag?",
        "Wat geeft u energie?",
    ]
    deck = make_deck(texts)
    items = [i for i in deck_items(deck) if i.pooled]
    norms = distinct(texts)
    cards = {normalise(i.ltext.values["nl"]): i.card for i in reversed(items)}
    expected = {(cards[norms[j]], cards[norms[i]]) for j, i in reference(norms).items()}
    found = lint_deck(deck, translator=Translator("en"))
    near = [(f.card, f.message) for f in found if f.rule == "near-duplicate"]
    assert [card for card, _ in near] == sorted(later for later, _ in expected)
    assert all(dict(expected)[card] in message for card, message in near)
    assert [f.card for f in found if f.rule == "duplicate"] == ["c4"]


def test_single_and_empty_inputs() -> None:
    assert rd.near_pairs([]) == {} and rd.near_pairs(["wat"]) == {}
    assert rd.duplicates([], "nl") == []
