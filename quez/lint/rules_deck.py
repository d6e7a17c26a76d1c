"""Rules that look at the deck as a whole: translations, form of address, theme balance."""

from __future__ import annotations

from collections.abc import Sequence
from statistics import median

from quez.decks.model import Deck, Theme
from quez.lint.model import Hit, TextItem
from quez.lint.text import lower_words
from quez.lint.wordlists import NL_JE_FORMS, NL_U_FORMS

Located = tuple[TextItem, str, Hit]  # the text, its language, what was found


def missing_translations(items: Sequence[TextItem], languages: Sequence[str]) -> list[Located]:
    """Texts that lack a declared language, or are empty in it."""
    found: list[Located] = []
    for item in items:
        for lang in languages:
            value = item.ltext.values.get(lang)
            if value is None:
                hit = Hit("missing-translation", "lint.missing_translation", {"lang": lang})
                found.append((item, lang, hit))
            elif not value.strip():
                hit = Hit("missing-translation", "lint.empty_text", {"lang": lang})
                found.append((item, lang, hit))
    return found


def address_form(text: str) -> set[str]:
    """The Dutch forms of address a text uses: a subset of {"je", "u"}."""
    tokens = set(lower_words(text))
    forms: set[str] = set()
    if tokens & NL_JE_FORMS:
        forms.add("je")
    if tokens & NL_U_FORMS:
        forms.add("u")
    return forms


def mixed_address(deck: Deck, items: Sequence[TextItem]) -> list[Located]:
    """Dutch texts that break the deck's form of address (declared, else the majority)."""
    if "nl" not in deck.languages:
        return []
    uses = [(item, address_form(item.ltext.values.get("nl", ""))) for item in items]
    if deck.address is not None:
        other = "u" if deck.address == "je" else "je"
        hit = Hit("wrong-address", "lint.wrong_address", {"declared": deck.address, "used": other})
        return [(item, "nl", hit) for item, forms in uses if other in forms]
    je = sum(1 for _, forms in uses if "je" in forms)
    u = sum(1 for _, forms in uses if "u" in forms)
    if not je or not u:
        return []
    minority = "je" if je < u else "u"  # on a tie, the u-texts are reported
    majority = "u" if minority == "je" else "je"
    params = {"used": minority, "majority": majority, "je": je, "u": u}
    key = "lint.mixed_address_tie" if je == u else "lint.mixed_address"
    hit = Hit("mixed-address", key, params)
    return [(item, "nl", hit) for item, forms in uses if minority in forms]


def theme_balance(deck: Deck) -> list[tuple[Theme, Hit]]:
    """Themes without cards, and themes with far fewer cards than the others."""
    counts = {theme.id: len(deck.cards_for(theme.id)) for theme in deck.themes}
    found: list[tuple[Theme, Hit]] = []
    filled = [n for n in counts.values() if n]
    middle = median(filled) if len(filled) >= 2 else 0
    for theme in deck.themes:
        n = counts[theme.id]
        if n == 0:
            found.append((theme, Hit("empty-theme", "lint.empty_theme")))
        elif n < middle / 2:
            hit = Hit("thin-theme", "lint.thin_theme", {"count": n, "median": f"{middle:g}"})
            found.append((theme, hit))
    return found
