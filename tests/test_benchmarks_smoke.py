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


def test_a_failing_subject_marks_its_own_figure_only() -> None:
    from benchmarks._util import guarded, interleave, ratio_row

    def broken() -> float:
        raise TimeoutError("no start screen")

    stats = interleave({"floor": lambda: 1.0, "ok": lambda: 2.0, "bad": broken}, 3)
    good = ratio_row("x.ok", "ok", stats["ok"], "floor", stats["floor"], 3.0)
    bad = ratio_row("x.bad", "bad", stats["bad"], "floor", stats["floor"], 3.0)
    assert (good.passed, good.ratio) == (True, 2.0) and len(stats["floor"].values) == 3
    assert bad.failed and bad.passed is False and "TimeoutError" in bad.note
    crashed = guarded("x.crash", "crash", lambda: [good, 1 / 0])  # type: ignore[list-item]
    assert [r.failed for r in crashed] == [True]
    rows = bench.rows_from_dict(
        "store", {"open_ms": {"error": "OSError: disk"}, "delete_ms": {"median": 3.0}}
    )
    assert [(r.name, r.failed) for r in rows] == [
        ("store.open_ms", True),
        ("store.delete_ms", False),
    ]
    text = bench.readme_table(
        {"when": "now", "python": "3", "machine": "m", "rows": [bench.row_to_json(bad)]}
    )
    assert "**FAIL**" in text and "failed: TimeoutError" in text


def test_lint_against_validate_runs(tmp_path: Path) -> None:
    from benchmarks.bench_lint import _deck, lint_vs_validate

    deck = _deck(tmp_path / "deck", "varied", 60)
    [row] = lint_vs_validate(deck, tmp_path / "home", 1, "varied_60", "60 varied cards")
    assert not row.failed and row.ratio is not None and row.limit == 2.0


def test_scale_stores_and_the_readback_child_run(tmp_path: Path) -> None:
    from benchmarks import bench_scale as bs
    from quez.store import Store

    small = bs.populate(tmp_path / "small", 3)
    readback = tmp_path / "readback"
    bs.populate(readback, 1, readback=4)
    with Store.open(small) as store:
        page = store.session_page()
        assert page.total == 3 and [line.entry_count for line in page.lines] == [5, 5, 5]
    seconds, mb = bs.readback_once(readback, 60)
    assert seconds > 0 and mb > 10
    [row] = bs._pair(
        "scale.sessions",
        "quez sessions",
        tmp_path / "small",
        readback,
        lambda home: bs.time_command([bs.QUEZ, "sessions"], bs.bench_env(home)),
        1,
        2.0,
    )
    assert not row.failed and row.ratio is not None
