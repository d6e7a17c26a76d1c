"""Keep ``benchmarks/run.py`` from rotting: one tiny figure, end to end, in well under 5 s.

The benchmarks themselves are not tests (no timing is asserted here); run them with
``python benchmarks/run.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from benchmarks import run as bench
from benchmarks.bench_decks import make_big_deck, measure
from quez.decks import load_deck
from tests.conftest import SHIPPED


def test_one_deck_figure_runs_and_renders(tmp_path: Path) -> None:
    rows = measure(SHIPPED / "intervisie.yaml", tmp_path / "cache", runs=2)
    assert [r.name for r in rows] == ["decks.cold.intervisie", "decks.warm.intervisie"]
    assert all(r.ratio is not None and r.ratio > 0 and r.passed is not None for r in rows)
    text = bench.table(rows)
    assert "deck warm load: intervisie" in text and "≤ 2×" in text
    payload = json.loads(json.dumps([bench.row_to_json(r) for r in rows]))
    assert payload[1]["floor"]["name"] == "json.loads" and payload[1]["n"] == 2


def test_other_engineers_dicts_become_rows() -> None:
    rows = bench.rows_from_dict(
        "export",
        {"markdown_ms": {"median": 4.0, "min": 3.0, "max": 5.0, "unit": "ms"}, "note": "x"},
    )
    assert [(r.name, r.limit, r.passed) for r in rows] == [("export.markdown_ms", 20.0, True)]


def test_generated_deck_is_valid_and_just_under_the_limit(tmp_path: Path) -> None:
    deck = load_deck(make_big_deck(tmp_path, cards=50))
    assert len(deck.cards) == 50 and deck.cards[0].followups
    big = make_big_deck(tmp_path)
    assert 0.9 * 1024 * 1024 < big.stat().st_size <= 1024 * 1024
