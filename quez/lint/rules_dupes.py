"""Duplicate and near-duplicate questions, per language.

Two texts are *near* (:func:`near`) when they share at least half the words of the one with
fewer words and either their word sets are nearly equal (Jaccard) or their characters are
(``SequenceMatcher`` ratio). Each later text is reported once, against the earliest text it is
near. ``quez.lint.dupes_index`` finds that earliest text without comparing every pair.
"""

from __future__ import annotations

from collections.abc import Sequence
from difflib import SequenceMatcher

from quez.lint.dupes_index import Text, TextIndex, make_texts
from quez.lint.model import Hit, TextItem
from quez.lint.text import normalise

NEAR_RATIO = 0.9  # difflib ratio on normalised text
NEAR_JACCARD = 0.85  # shared words / all words
MIN_JACCARD_WORDS = 4  # too few words make Jaccard meaningless
MIN_SHARED = 0.5  # near-duplicates share at least half the words of the shorter text

_FEW = 8  # up to this many texts, compare every pair

Located = tuple[TextItem, str, Hit]
Matchers = dict[int, "SequenceMatcher[str]"]


def duplicates(items: Sequence[TextItem], lang: str) -> list[Located]:
    """Later texts equal or nearly equal to an earlier one (the first one is left alone)."""
    found: list[Located] = []
    seen: dict[str, TextItem] = {}
    unique: list[TextItem] = []
    norms: list[str] = []
    for item in items:
        value = item.ltext.values.get(lang)
        norm = normalise(value) if value is not None else ""
        if not norm:
            continue
        first = seen.setdefault(norm, item)
        if first is item:
            unique.append(item)
            norms.append(norm)
        else:
            found.append((item, lang, _hit("duplicate", "lint.duplicate", first, lang)))
    for later, earlier in sorted(near_pairs(norms).items()):
        hit = _hit("near-duplicate", "lint.near_duplicate", unique[earlier], lang)
        found.append((unique[later], lang, hit))
    return found


def near_pairs(norms: Sequence[str], *, few: int = _FEW) -> dict[int, int]:
    """For each text nearly equal to an earlier one: its index -> the earliest such index.

    ``norms`` are distinct normalised texts. The index hands out, for each text, the earlier
    texts that pass every cheap bound; they are tried earliest first until one is near. Up to
    ``few`` texts are simply compared pair by pair.
    """
    texts = make_texts(norms)
    if len(texts) <= few:  # a card and its follow-ups: every pair costs less than an index
        return {
            y.seq: x.seq
            for y in texts
            if (x := next((x for x in texts[: y.seq] if near(x, y)), None)) is not None
        }
    index = TextIndex(
        texts,
        ratio=NEAR_RATIO,
        jaccard=NEAR_JACCARD,
        jaccard_words=MIN_JACCARD_WORDS,
        shared=MIN_SHARED,
    )
    matchers: Matchers = {}
    best: dict[int, int] = {}
    chars = [text.chars for text in texts]
    lengths = [text.length for text in texts]
    for later in texts[1:]:
        by_ratio, by_jaccard = index.candidates(later)
        mine, length = later.chars, later.length
        left = by_ratio | by_jaccard
        while left:
            lowest = left & -left
            left ^= lowest
            seq = lowest.bit_length() - 1
            # The characters they share bound the ratio: most candidates stop here.
            if not lowest & by_jaccard and 2 * (chars[seq] & mine).bit_count() < NEAR_RATIO * (
                lengths[seq] + length
            ):
                continue
            if near(texts[seq], later, matchers):
                best[later.seq] = seq
                break
    return best


def near(x: Text, y: Text, matchers: Matchers | None = None) -> bool:
    """True when ``x`` and ``y`` are near-duplicates: the rule itself, one pair at a time.

    The ratio is taken from the side with more words (ties: the later text) towards the other,
    as ``SequenceMatcher`` is not quite symmetric. ``matchers`` keeps each text's analysed side.
    """
    low, high = (x, y) if (x.nwords, x.seq) < (y.nwords, y.seq) else (y, x)
    shared = len(x.tokens & y.tokens)
    if shared < MIN_SHARED * low.nwords:
        return False
    union = x.nwords + y.nwords - shared
    if low.nwords >= MIN_JACCARD_WORDS and shared / union >= NEAR_JACCARD:
        return True
    total = x.length + y.length
    if 2 * min(x.length, y.length) < NEAR_RATIO * total:
        return False  # the lengths alone rule the ratio out
    if 2 * (x.chars & y.chars).bit_count() / total < NEAR_RATIO:
        return False  # so do the characters they share (difflib's quick_ratio)
    matcher = None if matchers is None else matchers.get(low.seq)
    if matcher is None:
        matcher = SequenceMatcher(None, autojunk=False)
        matcher.set_seq2(low.norm)  # the expensive side, analysed once per text
        if matchers is not None:
            matchers[low.seq] = matcher
    matcher.set_seq1(high.norm)
    return matcher.ratio() >= NEAR_RATIO


def _hit(rule: str, key: str, other: TextItem, lang: str) -> Hit:
    line, _ = other.ltext.pos(lang)
    return Hit(rule, key, {"other": other.card or other.theme or "?", "line": line})
