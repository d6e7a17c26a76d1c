"""Duplicate and near-duplicate questions, per language.

Pairwise comparison is O(n²), made cheap by cutting early: texts whose lengths (or word counts)
differ too much cannot reach the thresholds, so most pairs never reach ``SequenceMatcher``.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from quez.lint.model import Hit, TextItem
from quez.lint.text import normalise

NEAR_RATIO = 0.9  # difflib ratio on normalised text
NEAR_JACCARD = 0.85  # shared words / all words
MIN_JACCARD_WORDS = 4  # too few words make Jaccard meaningless

Located = tuple[TextItem, str, Hit]


def _label(item: TextItem) -> str:
    return item.card or item.theme or "?"


def duplicates(items: Sequence[TextItem], lang: str) -> list[Located]:
    """Later texts equal or nearly equal to an earlier one (the first one is left alone)."""
    entries: list[tuple[TextItem, str, frozenset[str]]] = []
    for item in items:
        value = item.ltext.values.get(lang)
        if value is not None and (norm := normalise(value)):
            entries.append((item, norm, frozenset(norm.split())))
    found: list[Located] = []
    seen: dict[str, TextItem] = {}
    for index, (item, norm, tokens) in enumerate(entries):
        first = seen.setdefault(norm, item)
        if first is not item:
            found.append((item, lang, _hit("duplicate", "lint.duplicate", first, lang)))
            continue
        for other, other_norm, other_tokens in entries[:index]:
            if other_norm != norm and _near(norm, tokens, other_norm, other_tokens):
                found.append(
                    (item, lang, _hit("near-duplicate", "lint.near_duplicate", other, lang))
                )
                break
    return found


def _hit(rule: str, key: str, other: TextItem, lang: str) -> Hit:
    line, _ = other.ltext.pos(lang)
    return Hit(rule, key, {"other": _label(other), "line": line})


def _near(a: str, a_tokens: frozenset[str], b: str, b_tokens: frozenset[str]) -> bool:
    small, large = sorted((len(a_tokens), len(b_tokens)))
    if small >= MIN_JACCARD_WORDS and small / large >= NEAR_JACCARD:
        union = len(a_tokens | b_tokens)
        if union and len(a_tokens & b_tokens) / union >= NEAR_JACCARD:
            return True
    if 2 * min(len(a), len(b)) / (len(a) + len(b)) < NEAR_RATIO:
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return (
        matcher.real_quick_ratio() >= NEAR_RATIO
        and matcher.quick_ratio() >= NEAR_RATIO
        and matcher.ratio() >= NEAR_RATIO
    )
