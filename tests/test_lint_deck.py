"""Deck rules: address, duplicates, theme balance, translations; positions; robustness."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quez.decks.model import LText
from quez.i18n import Translator
from quez.lint import RULES, deck_items, has_errors, lint_deck
from quez.lint.model import Finding
from tests.lint_factory import make_deck

T = Translator("en")


def rule_hits(deck: object, rule: str) -> list[Finding]:
    return [f for f in lint_deck(deck, translator=T) if f.rule == rule]  # type: ignore[arg-type]


# --- form of address ----------------------------------------------------------------------------
def test_mixed_address_flags_the_minority_form() -> None:
    deck = make_deck(["Wat wilt u?", "Wie helpt u?", "Wat vind jij?"])
    hits = rule_hits(deck, "mixed-address")
    assert [(f.card, f.level) for f in hits] == [("c3", "warning")]


def test_mixed_address_on_a_tie_reports_the_u_texts() -> None:
    deck = make_deck(["Wat wil je?", "Wat wilt u?"])
    hits = rule_hits(deck, "mixed-address")
    assert [f.card for f in hits] == ["c2"] and "alternate" in hits[0].message


@pytest.mark.parametrize(
    "texts",
    [
        ["Wat wilt u?", "Wie helpt u?", "Wat vindt uw zus?"],
        ["Wat wil je?", "Wie helpt jou?", "Wat vindt jouw zus?"],
        # "jullie" goes with both forms; "u" inside a word is not the pronoun.
        ["Wat wilt u?", "Hoe gaan jullie thuis met elkaar om?", "Wat vindt u van uurwerken?"],
    ],
)
def test_consistent_address_is_fine(texts: list[str]) -> None:
    assert rule_hits(make_deck(texts), "mixed-address") == []


@pytest.mark.parametrize(("declared", "bad"), [("u", "Wat wil je?"), ("je", "Wat wilt u?")])
def test_wrong_address_against_declaration(declared: str, bad: str) -> None:
    good = "Wat wilt u?" if declared == "u" else "Wat wil je?"
    deck = make_deck([good, good + " En nu?", bad], address=declared)  # type: ignore[arg-type]
    hits = rule_hits(deck, "wrong-address")
    assert [(f.card, f.level) for f in hits] == [("c3", "error")]
    assert rule_hits(deck, "mixed-address") == []


def test_address_is_a_dutch_rule() -> None:
    deck = make_deck([{"nl": "Wat wilt u?", "en": "What do you want?"}], languages=("nl", "en"))
    assert rule_hits(deck, "mixed-address") == []
    assert (
        rule_hits(make_deck(["What do you want? U turn?"], languages=("en",)), "mixed-address")
        == []
    )


# --- duplicates -----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("a", "b", "lang"),
    [
        ("Wat geeft u energie?", "wat geeft u  energie", "nl"),
        ("What gives you energy?", "What gives you energy!", "en"),
    ],
)
def test_duplicate(a: str, b: str, lang: str) -> None:
    hits = rule_hits(make_deck([a, "Wie helpt u?", b], languages=(lang,)), "duplicate")
    assert [(f.card, f.level) for f in hits] == [("c3", "error")]
    assert "c1" in hits[0].message


@pytest.mark.parametrize(
    ("a", "b", "lang", "near"),
    [
        (
            "Wat zou u de komende tijd graag samen met uw familie willen doen?",
            "Wat zou u de komende tijd graag samen met uw familie willen ondernemen?",
            "nl",
            True,
        ),
        (
            "What would you like to do with your family in the coming weeks?",
            "What would you like to do with your family over the coming weeks?",
            "en",
            True,
        ),
        ("Wat geeft u energie?", "Wat kost u energie?", "nl", False),
        ("Who helps you at home?", "Who do you help at home?", "en", False),
    ],
)
def test_near_duplicate(a: str, b: str, lang: str, near: bool) -> None:
    hits = rule_hits(make_deck([a, b], languages=(lang,)), "near-duplicate")
    assert [f.card for f in hits] == (["c2"] if near else [])


def test_duplicates_are_per_language_and_followups_may_repeat_across_cards() -> None:
    deck = make_deck(
        [
            (None, {"nl": "Wat helpt u?", "en": "What helps?"}, [{"nl": "En nog?", "en": "More?"}]),
            (None, {"nl": "Wie helpt u?", "en": "What helps?"}, [{"nl": "En nog?", "en": "More?"}]),
        ],
        languages=("nl", "en"),
    )
    assert [(f.card, f.lang) for f in rule_hits(deck, "duplicate")] == [("c2", "en")]


def test_followup_repeating_its_own_card_is_a_duplicate() -> None:
    deck = make_deck([(None, "Wat helpt u?", ["Wat helpt u?"])])
    assert len(rule_hits(deck, "duplicate")) == 1


# --- themes ---------------------------------------------------------------------------------------
def test_thin_and_empty_themes() -> None:
    cards = [("a", f"Wat helpt u bij {n}?") for n in range(6)]
    cards += [("b", f"Wie helpt u bij {n}?") for n in range(6)]
    cards += [("c", "Waar haalt u kracht uit?")]
    deck = make_deck(cards, themes={"a": "Wat?", "b": "Wie?", "c": "Waar?", "d": "Hoe?"})
    assert [f.theme for f in rule_hits(deck, "thin-theme")] == ["c"]
    assert [(f.theme, f.level) for f in rule_hits(deck, "empty-theme")] == [("d", "error")]


def test_balanced_themes_are_fine() -> None:
    cards = [(t, f"Wat helpt u bij {t}{n}?") for t in "ab" for n in range(4)]
    cards += [("c", f"Wie helpt u bij {n}?") for n in range(3)]
    deck = make_deck(cards, themes={"a": "Wat?", "b": "Wie?", "c": "Hoe?"})
    assert rule_hits(deck, "thin-theme") == [] and rule_hits(deck, "empty-theme") == []


# --- translations ---------------------------------------------------------------------------------
def test_missing_and_empty_translation() -> None:
    deck = make_deck(
        [{"nl": "Wat helpt u?"}, {"nl": "Wie helpt u?", "en": "  "}, {"nl": "Hoe?", "en": "How?"}],
        languages=("nl", "en"),
    )
    hits = rule_hits(deck, "missing-translation")
    assert [(f.card, f.lang, f.level) for f in hits] == [
        ("c1", "en", "error"),
        ("c2", "en", "error"),
    ]


# --- positions, order, levels ---------------------------------------------------------------------
def test_findings_point_at_the_translation_and_are_sorted() -> None:
    deck = make_deck([{"nl": "Waarom?", "en": "Why?"}], languages=("nl", "en"))
    found = lint_deck(deck, translator=T)
    card = deck.cards[0]
    assert [(f.line, f.col, f.lang) for f in found] == [
        (*card.text.pos("nl"), "nl"),
        (*card.text.pos("en"), "en"),
    ]
    assert found[0].render().startswith(f"deck.yaml:{found[0].line}:11: warning: why-question: ")


def test_every_rule_has_a_level_and_messages_in_both_languages() -> None:
    from quez.i18n import catalogue

    assert set(RULES.values()) <= {"error", "warning"}
    keys = [k for k in catalogue() if k.startswith("lint.")]
    assert all(all(catalogue()[k]) for k in keys)


def test_has_errors_and_strict() -> None:
    warning = Finding("p", 1, 1, "warning", "why-question", "m")
    error = Finding("p", 1, 1, "error", "duplicate", "m")
    assert not has_errors([warning]) and has_errors([warning], strict=True)
    assert has_errors([error]) and not has_errors([]) and not has_errors([], strict=True)


def test_deck_items_cover_every_text() -> None:
    deck = make_deck([("a", "Wat?", ["Hoe?", "Wie?"])], themes={"a": "Waar?"})
    fields = sorted(i.field for i in deck_items(deck))
    assert fields == ["description", "followup", "followup", "question", "text", "title", "title"]


# --- robustness -----------------------------------------------------------------------------------
@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    texts=st.lists(st.text(max_size=300), min_size=1, max_size=6),
    lang=st.sampled_from(["nl", "en", "de"]),
    address=st.sampled_from([None, "je", "u"]),
)
def test_linter_never_raises(texts: list[str], lang: str, address: str | None) -> None:
    cards = [("a" if i % 2 else None, t, [t[::-1]]) for i, t in enumerate(texts)]
    deck = make_deck(cards, themes={"a": texts[0], "b": ""}, languages=(lang,), address=address)  # type: ignore[arg-type]
    for finding in lint_deck(deck, translator=T):
        assert finding.rule in RULES and "\n" not in finding.message


def test_ltext_without_positions_still_gets_a_place() -> None:
    deck = make_deck(["Waarom?"])
    bare = deck.cards[0].__class__(id="x", text=LText({"nl": "Waarom?"}))
    deck = deck.__class__(**{**deck.__dict__, "cards": (bare,)})
    assert [(f.line, f.col) for f in lint_deck(deck, translator=T)] == [(1, 1)]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(
        st.lists(
            st.sampled_from(["wat", "hoe", "u", "je", "helpt", "thuis", "werk", "dag", "fijn"]),
            min_size=1,
            max_size=8,
        ),
        min_size=2,
        max_size=25,
    )
)
def test_near_duplicate_prefilter_loses_nothing(texts: list[list[str]]) -> None:
    """The prefix filter finds exactly the pairs a brute-force comparison finds."""
    from difflib import SequenceMatcher

    from quez.lint import rules_dupes as rd

    deck = make_deck([" ".join(words) for words in texts])
    items = [i for i in deck_items(deck) if i.pooled]
    found = {f[0].card for f in rd.duplicates(items, "nl") if f[2].rule == "near-duplicate"}
    norms: list[str] = []
    expected = set()
    for item in items:
        norm = " ".join(item.ltext.values["nl"].split())
        if norm in norms:
            continue
        for other in norms:
            a, b = set(norm.split()), set(other.split())
            shared, fewer = len(a & b), min(len(a), len(b))
            if shared < rd.MIN_SHARED * fewer:
                continue
            jaccard = fewer >= rd.MIN_JACCARD_WORDS and shared / len(a | b) >= rd.NEAR_JACCARD
            ratio = SequenceMatcher(None, norm, other, autojunk=False).ratio()
            if jaccard or ratio >= rd.NEAR_RATIO:
                expected.add(item.card)
                break
        norms.append(norm)
    assert found == expected
