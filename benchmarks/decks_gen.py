"""Generated decks for the lint benchmarks (written to a temporary folder, never committed).

- ``make_varied_deck``: two-language cards whose questions are drawn from a few thousand made-up
  words with a Zipf-like frequency (a few words very common, most rare), as in real decks, with
  one card in 40 a slight rewording of an earlier one (so near-duplicates are found);
- ``benchmarks.bench_decks.make_big_deck`` is the small-vocabulary deck: 27 Dutch words and
  English texts that differ only in a number and one word.
"""

from __future__ import annotations

import random
from pathlib import Path

_ONSETS = ("b", "d", "f", "g", "h", "k", "l", "m", "n", "p", "r", "s", "t", "v", "w", "z", "st")
_VOWELS = ("a", "e", "i", "o", "u", "aa", "ee", "oo", "ie", "ou", "ij", "ui")
_CODAS = ("", "", "n", "k", "l", "r", "s", "t", "rd", "ng")
_COMMON = {
    "nl": [
        "wat",
        "u",
        "uw",
        "de",
        "het",
        "een",
        "in",
        "met",
        "voor",
        "van",
        "hoe",
        "wie",
        "is",
        "wilt",
        "kunt",
        "vindt",
        "dat",
        "op",
    ],
    "en": [
        "what",
        "you",
        "your",
        "the",
        "a",
        "in",
        "with",
        "for",
        "of",
        "how",
        "who",
        "is",
        "would",
        "can",
        "do",
        "that",
        "on",
    ],
}


def _vocabulary(rng: random.Random, size: int) -> list[str]:
    words: set[str] = set()
    while len(words) < size:
        syllables = rng.choice((1, 2, 2, 3))
        words.add(
            "".join(
                rng.choice(_ONSETS) + rng.choice(_VOWELS) + rng.choice(_CODAS)
                for _ in range(syllables)
            )
        )
    return sorted(words)


def _sentence(rng: random.Random, common: list[str], rare: list[str], weights: list[float]) -> str:
    length = rng.randint(5, 9)
    words = [
        rng.choice(common) if rng.random() < 0.45 else rng.choices(rare, weights)[0]
        for _ in range(length)
    ]
    return " ".join(words).capitalize() + "?"


def _reword(rng: random.Random, text: str, rare: list[str]) -> str:
    """``text`` with one word changed: a near-duplicate (or, for short texts, not quite)."""
    words = text.rstrip("?").split()
    words[rng.randrange(len(words))] = rng.choice(rare)
    return " ".join(words).capitalize() + "?"


def make_varied_deck(folder: Path, cards: int = 5000, *, seed: int = 17) -> Path:
    """Write a valid two-language deck of ``cards`` cards with varied questions."""
    rng = random.Random(seed)
    rare = {lang: _vocabulary(rng, 3000) for lang in ("nl", "en")}
    weights = [1 / (rank + 1) for rank in range(3000)]  # Zipf: rank r is 1/r as common
    themes = [f"thema-{k}" for k in range(8)]
    lines = [
        "format: 1",
        "id: gevarieerd",
        'title: {nl: "Gevarieerd", en: "Varied"}',
        'description: {nl: "Een grote, gevarieerde stapel", en: "A big, varied deck"}',
        "kind: client",
        "languages: [nl, en]",
        "themes:",
    ]
    for k, tid in enumerate(themes):
        lines += [
            f"  - id: {tid}",
            f'    title: {{nl: "Thema {k}", en: "Theme {k}"}}',
            f'    question: {{nl: "Waar wilt u het over hebben {k}?", en: "What about {k}?"}}',
        ]
    lines.append("cards:")
    written: list[dict[str, str]] = []
    for i in range(cards):
        if written and i % 40 == 39:
            source = rng.choice(written)
            text = {lang: _reword(rng, source[lang], rare[lang]) for lang in ("nl", "en")}
        else:
            text = {
                lang: _sentence(rng, _COMMON[lang], rare[lang], weights) for lang in ("nl", "en")
            }
        written.append(text)
        lines += [
            f"  - id: k{i:04d}",
            f"    theme: {themes[i % len(themes)]}",
            f'    text: {{nl: "{text["nl"]}", en: "{text["en"]}"}}',
        ]
    path = folder / "gevarieerd.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path
