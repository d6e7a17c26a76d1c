"""Candidate pairs for the near-duplicate rule, without comparing every pair.

5,000 cards are 12.5 million pairs; almost none of them is near. The texts are numbered in deck
order and every filter works on whole sets of texts at once, as the bits of a Python integer
(bit ``seq`` stands for text ``seq``). A pair only reaches the rule itself when it passes:

- **length bounds on both sides**: a ratio of 0.9 needs character lengths within 9:11 of each
  other; a Jaccard of 0.85 needs word counts within 0.85 of each other;
- **shared words**: for each word of the later text the texts holding it are added into
  bit-sliced counters (``at_least[c]``: the texts holding at least ``c`` of its words);
- per pair, the characters they share bound the ratio before ``SequenceMatcher`` is asked:
  a text's characters are bits in unary (three e's are three bits in the e's field), so the
  characters two texts share are ``(a & b).bit_count()``.

Every filter is a necessary condition of the rule, with integer bounds rounded the lenient way:
the filters only skip pairs the rule would reject (``tests/test_lint_dupes.py``).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Mapping, Sequence
from typing import NamedTuple


class Text(NamedTuple):
    """One distinct normalised text and what the filters need of it."""

    seq: int
    norm: str
    tokens: frozenset[str]
    nwords: int  # words
    length: int  # characters
    chars: int  # characters in unary: popcount(a & b) = the characters a and b share


class TextIndex:
    """The texts as bit sets: by word, by character length and by word count."""

    def __init__(
        self,
        texts: Sequence[Text],
        *,
        ratio: float,
        jaccard: float,
        jaccard_words: int,
        shared: float,
    ) -> None:
        self.ratio, self.jaccard, self.jaccard_words, self.shared = (
            ratio,
            jaccard,
            jaccard_words,
            shared,
        )
        self.spread = (2 - ratio) / ratio  # 2 * min(la, lb) >= ratio * (la + lb)
        self.texts = texts
        self.holders: dict[str, int] = {}
        by_length: dict[int, int] = {}
        by_count: dict[int, int] = {}
        for text in self.texts:
            bit = 1 << text.seq
            for token in text.tokens:
                self.holders[token] = self.holders.get(token, 0) | bit
            by_length[text.length] = by_length.get(text.length, 0) | bit
            by_count[text.nwords] = by_count.get(text.nwords, 0) | bit
        self.by_count = by_count
        self.up_to_length = _cumulative(by_length)
        self.up_to_count = _cumulative(by_count)

    def candidates(self, text: Text) -> tuple[int, int]:
        """Earlier texts that pass the bounds for the ratio, and those for Jaccard (bit sets)."""
        earlier = (1 << text.seq) - 1
        length, count = text.length, text.nwords
        by_ratio = earlier & _between(
            self.up_to_length,
            math.floor(length / self.spread),
            math.ceil(length * self.spread),
        )
        by_jaccard, need = 0, 0
        if count >= self.jaccard_words:
            low = max(self.jaccard_words, math.floor(count * self.jaccard))
            high = math.ceil(count / self.jaccard)
            by_jaccard = earlier & _between(self.up_to_count, low, high)
            need = math.floor(self.jaccard * count)  # shared >= jaccard * the larger count
        pool = by_ratio | by_jaccard
        if not pool:
            return 0, 0
        at_least = self._sharing(text, pool, max(need, self._need(count)))
        # Shared words: at least ``shared`` of the words of the text with fewer.
        fewest = min(count, len(self.up_to_count)) - 1
        enough = at_least[self._need(count)] & ~self.up_to_count[fewest]
        for fewer in range(1, fewest + 1):
            enough |= at_least[self._need(fewer)] & self.by_count.get(fewer, 0)
        return by_ratio & enough, by_jaccard & at_least[need]

    def _need(self, words: int) -> int:
        """Shared words a text of ``words`` words needs with a text of at least as many."""
        return math.ceil(self.shared * words)

    def _sharing(self, text: Text, pool: int, top: int) -> list[int]:
        """``out[c]``: the texts of ``pool`` holding at least ``c`` of ``text``'s words.

        Bit-sliced counting: adding a word's holders moves each of them up one counter.
        """
        at_least = [pool] + [0] * top
        for token in text.tokens:
            holding = self.holders[token] & pool
            for c in range(top, 0, -1):
                at_least[c] |= at_least[c - 1] & holding
        return at_least


def make_texts(norms: Sequence[str]) -> list[Text]:
    """The texts with their characters in unary, each character in a field of its own."""
    counts = [Counter(norm) for norm in norms]
    widest: dict[str, int] = {}
    for count in counts:
        for ch, n in count.items():
            if n > widest.get(ch, 0):
                widest[ch] = n
    unary: dict[str, list[int]] = {}
    offset = 0
    for ch, width in widest.items():
        unary[ch] = [((1 << n) - 1) << offset for n in range(width + 1)]
        offset += width
    out = []
    for seq, (norm, count) in enumerate(zip(norms, counts, strict=True)):
        tokens = frozenset(norm.split())
        chars = sum([unary[ch][n] for ch, n in count.items()])
        out.append(Text(seq, norm, tokens, len(tokens), len(norm), chars))
    return out


def _cumulative(by_size: Mapping[int, int]) -> list[int]:
    """``out[n]``: the union of the sets of every size up to ``n``."""
    out: list[int] = []
    acc = 0
    for size in range(max(by_size) + 1):
        acc |= by_size.get(size, 0)
        out.append(acc)
    return out


def _between(up_to: Sequence[int], low: int, high: int) -> int:
    """The union of the sets with sizes ``low`` to ``high`` (inclusive)."""
    if high < 0 or low >= len(up_to) or low > high:
        return 0
    top = up_to[min(high, len(up_to) - 1)]
    return top & ~up_to[low - 1] if low > 0 else top
