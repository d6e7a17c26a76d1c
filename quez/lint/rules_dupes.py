"""Duplicate and near-duplicate questions, per language.

Near-duplicates are found pairwise (O(n²) at worst) but cheaply: a prefix filter on rare words
picks the candidate pairs, length and shared characters rule most of them out, and only the rest
reach ``SequenceMatcher``, whose expensive side is analysed once per text.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import Counter
from collections.abc import Mapping, Sequence
from difflib import SequenceMatcher
from typing import NamedTuple

from quez.lint.model import Hit, TextItem
from quez.lint.text import normalise

NEAR_RATIO = 0.9  # difflib ratio on normalised text
NEAR_JACCARD = 0.85  # shared words / all words
MIN_JACCARD_WORDS = 4  # too few words make Jaccard meaningless
MIN_SHARED = 0.5  # near-duplicates share at least half the words of the shorter text

Located = tuple[TextItem, str, Hit]


class _Entry(NamedTuple):
    seq: int
    item: TextItem
    norm: str
    tokens: frozenset[str]
    chars: Mapping[str, int]


def duplicates(items: Sequence[TextItem], lang: str) -> list[Located]:
    """Later texts equal or nearly equal to an earlier one (the first one is left alone)."""
    found: list[Located] = []
    seen: dict[str, TextItem] = {}
    unique: list[_Entry] = []
    for item in items:
        value = item.ltext.values.get(lang)
        norm = normalise(value) if value is not None else ""
        if not norm:
            continue
        first = seen.setdefault(norm, item)
        if first is item:
            unique.append(_Entry(len(unique), item, norm, frozenset(norm.split()), Counter(norm)))
        else:
            found.append((item, lang, _hit("duplicate", "lint.duplicate", first, lang)))
    for later, earlier in sorted(_near_pairs(unique).items()):
        hit = _hit("near-duplicate", "lint.near_duplicate", unique[earlier].item, lang)
        found.append((unique[later].item, lang, hit))
    return found


def _near_pairs(entries: Sequence[_Entry]) -> dict[int, int]:
    """For each text nearly equal to an earlier one: its index -> the first such earlier index.

    Candidates come from a prefix filter: if two texts share at least half the words of the one
    with fewer words, that one's rarer half must contain a shared word, so only texts holding
    one of those rare words are compared at all.
    """
    freq = Counter(token for entry in entries for token in entry.tokens)
    # Each pair is compared once, from the side with fewer words (ties: the earlier text), so
    # every word's holders are kept in that order and each text only looks past itself.
    ordered = sorted(entries, key=_rank)
    holders: dict[str, list[_Entry]] = {}
    for entry in ordered:
        for token in entry.tokens:
            holders.setdefault(token, []).append(entry)
    ranks = {token: [_rank(e) for e in held] for token, held in holders.items()}
    best: dict[int, int] = {}
    for a in entries:
        size = len(a.tokens)
        rare = sorted(a.tokens, key=lambda token: (freq[token], token))
        compared: set[int] = set()
        matcher: SequenceMatcher[str] | None = None
        for token in rare[: size - math.ceil(MIN_SHARED * size) + 1]:
            held = holders[token]
            for b in held[bisect_right(ranks[token], _rank(a)) :]:
                if b.seq in compared:
                    continue
                compared.add(b.seq)
                shared = len(a.tokens & b.tokens)
                if shared < MIN_SHARED * size:
                    continue
                near = (
                    size >= MIN_JACCARD_WORDS and shared / len(a.tokens | b.tokens) >= NEAR_JACCARD
                )
                if not near and _char_bound(a, b) >= NEAR_RATIO:
                    if matcher is None:
                        matcher = SequenceMatcher(None, autojunk=False)
                        matcher.set_seq2(a.norm)  # the expensive side, analysed once
                    matcher.set_seq1(b.norm)
                    near = matcher.ratio() >= NEAR_RATIO
                if near:
                    later, earlier = max(a.seq, b.seq), min(a.seq, b.seq)
                    best[later] = min(best.get(later, earlier), earlier)
    return best


def _rank(entry: _Entry) -> tuple[int, int]:
    return (len(entry.tokens), entry.seq)


def _char_bound(a: _Entry, b: _Entry) -> float:
    """An upper bound of the difflib ratio from shared characters (difflib's quick_ratio)."""
    total = len(a.norm) + len(b.norm)
    if 2 * min(len(a.norm), len(b.norm)) < NEAR_RATIO * total:
        return 0.0  # the lengths alone rule it out
    other = b.chars.get
    shared = sum([n if n < (m := other(ch, 0)) else m for ch, n in a.chars.items()])
    return 2 * shared / total


def _hit(rule: str, key: str, other: TextItem, lang: str) -> Hit:
    line, _ = other.ltext.pos(lang)
    return Hit(rule, key, {"other": other.card or other.theme or "?", "line": line})
