"""Deck loading: cold (validate the YAML) and warm (the JSON cache), against bare parsers.

For each deck (the shipped ones, and a generated 5,000-card deck just under the 1 MB limit):
- cold: ``quez.decks.load_deck(path)`` against ``yaml.load(text, Loader=CSafeLoader)`` of the
  same file (read included in both);
- warm: ``quez.decks.cache.load_deck_cached`` of an unchanged deck (read, hash, cache hit)
  against ``json.loads`` of the same data (what ``yaml.load`` gives, as JSON text in memory).
"""

from __future__ import annotations

import json
import tempfile
from collections.abc import Callable
from pathlib import Path

import yaml

from benchmarks._util import ROOT, Row, guarded, interleave, ratio_row, time_call
from quez.decks import discover, load_deck
from quez.decks.cache import load_deck_cached
from quez.paths import Paths

COLD_LIMIT = 1.2
WARM_LIMIT = 2.0
_WORDS = (
    "wat wie waar wanneer hoe waarom u uw wilt kunt vindt belangrijk leven mensen thuis werk "
    "hulp familie vrienden keuze zelf samen dag week morgen gisteren graag liever"
)
WORDS = _WORDS.split()


def _sentence(i: int, n: int) -> str:
    return " ".join(WORDS[(i * 7 + k * 3) % len(WORDS)] for k in range(n)).capitalize() + "?"


def make_big_deck(folder: Path, cards: int = 5000) -> Path:
    """Write a valid two-language deck of ``cards`` cards, just under the 1 MB limit."""
    themes = [f"thema-{k}" for k in range(8)]
    lines = [
        "format: 1",
        "id: groot",
        'title: {nl: "Groot", en: "Big"}',
        'description: {nl: "Een grote stapel", en: "A big deck"}',
        "kind: client",
        "languages: [nl, en]",
        "themes:",
    ]
    for k, tid in enumerate(themes):
        lines += [
            f"  - id: {tid}",
            f'    title: {{nl: "Thema {k}", en: "Theme {k}"}}',
            f'    question: {{nl: "{_sentence(k, 6)}", en: "Question {k}?"}}',
        ]
    lines.append("cards:")
    for i in range(cards):
        lines += [
            f"  - id: kaart-{i:05d}",
            f"    theme: {themes[i % len(themes)]}",
            "    text:",
            f'      nl: "{_sentence(i, 9)}"',
            f'      en: "Question number {i} about {WORDS[i % len(WORDS)]}?"',
        ]
        if i % 2 == 0:
            lines.append(f'    followups: [{{nl: "{_sentence(i + 1, 5)}", en: "And then {i}?"}}]')
        if i % 3 == 0:
            lines.append("    tags: [opening]" if i % 6 == 0 else "    tags: [extra]")
    text = "\n".join(lines) + "\n"
    path = folder / "groot.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def _subjects(path: Path, cache: Path) -> dict[str, Callable[[], object]]:
    text = path.read_text(encoding="utf-8")
    as_json = json.dumps(yaml.load(text, Loader=yaml.CSafeLoader), ensure_ascii=False)
    load_deck_cached(path, path.name, cache)  # fill the cache
    assert load_deck_cached(path, path.name, cache) == load_deck(path)
    return {
        "yaml": lambda: yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader),
        "cold": lambda: load_deck(path),
        "json": lambda: json.loads(as_json),
        "warm": lambda: load_deck_cached(path, path.name, cache),
    }


def measure(path: Path, cache: Path, runs: int, inner: int = 1) -> list[Row]:
    """Cold and warm load of one deck file (``inner`` calls per timed run)."""
    subjects = _subjects(path, cache)
    stats = interleave({k: time_call(f, inner) for k, f in subjects.items()}, runs)
    label = f"{path.stem} ({path.stat().st_size / 1000:.0f} kB)"
    return [
        ratio_row(
            f"decks.cold.{path.stem}",
            f"deck cold load: {label}",
            stats["cold"],
            "yaml.load",
            stats["yaml"],
            COLD_LIMIT,
        ),
        ratio_row(
            f"decks.warm.{path.stem}",
            f"deck warm load: {label}",
            stats["warm"],
            "json.loads",
            stats["json"],
            WARM_LIMIT,
        ),
    ]


def run(quick: bool = False) -> list[Row]:
    """Cold and warm load of each shipped deck and of the generated big deck."""
    runs = 5 if quick else 15
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="quez-bench-decks-") as tmp:
        folder = Path(tmp)
        for path in sorted((ROOT / "decks").glob("*.yaml")):
            rows += guarded(
                f"decks.{path.stem}",
                f"deck load: {path.stem}",
                lambda path=path: measure(path, folder / "cache", runs, inner=10),
            )
        rows += guarded(
            "decks.groot",
            "deck load: groot",
            lambda: measure(make_big_deck(folder), folder / "cache", runs),
        )
        rows += guarded(
            "decks.discover",
            "discover shipped decks, warm cache",
            lambda: [_discover_row(folder, runs)],
        )
    return rows


def _discover_row(folder: Path, runs: int) -> Row:
    """What the shipped decks cost a warm start: ``discover`` (no user decks) with a warm cache."""
    paths = Paths.from_environment({"QUEZ_HOME": str(folder / "home")})
    found = discover(paths, include_user=False)  # fills the cache
    texts = [
        json.dumps(yaml.load(p.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader))
        for p in (d.path for d in found.decks)
        if p is not None
    ]
    stats = interleave(
        {
            "json": time_call(lambda: [json.loads(t) for t in texts], 10),
            "discover": time_call(lambda: discover(paths, include_user=False), 10),
        },
        runs,
    )
    return ratio_row(
        "decks.discover",
        f"discover shipped decks, warm cache ({len(found.decks)} decks)",
        stats["discover"],
        "json.loads",
        stats["json"],
        None,  # informational: what the shipped decks add to a start (listing, paths, loads)
    )
