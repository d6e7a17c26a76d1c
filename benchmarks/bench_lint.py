"""``quez deck lint`` against ``quez deck validate`` on the same generated deck, side by side.

Both are whole commands of the installed ``quez`` (what a trainer types), interleaved, with a
throw-away ``QUEZ_HOME``. Decks (``benchmarks/decks_gen.py``, written to a temporary folder):
varied questions at 1,000 and 5,000 cards, and the small-vocabulary 5,000-card deck of the deck
benchmarks (27 Dutch words; English texts that differ in a number and one word), where most
texts have a near-duplicate. Target (issue 17): lint ≤ 2× validate on the 5,000-card varied
deck, and not far worse with a small vocabulary.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from benchmarks._util import VENV_BIN, Row, bench_env, compile_quez, guarded, interleave, ratio_row
from benchmarks._util import time_command as timed
from benchmarks.bench_decks import make_big_deck
from benchmarks.decks_gen import make_varied_deck

QUEZ = str(VENV_BIN / "quez")
LIMIT = 2.0
TIMEOUT_S = 300.0  # one lint run; the old near-duplicate rule took minutes on small vocabularies


def lint_vs_validate(deck: Path, home: Path, runs: int, name: str, label: str) -> list[Row]:
    """One figure: the paired ratio lint / validate on ``deck``."""
    env = bench_env(home)

    def lint() -> float:
        # Lint exits 1 when it finds errors (the small-vocabulary deck has duplicates).
        return timed([*_shell_ok(), QUEZ, "deck", "lint", str(deck)], env, TIMEOUT_S)()

    stats = interleave(
        {
            "validate": timed([QUEZ, "deck", "validate", str(deck)], env, TIMEOUT_S),
            "lint": lint,
        },
        runs,
    )
    return [
        ratio_row(
            f"lint.{name}",
            f"quez deck lint, {label}",
            stats["lint"],
            "quez deck validate",
            stats["validate"],
            LIMIT,
            unit="s",
            scale=1.0,
        )
    ]


def _shell_ok() -> list[str]:
    """Run the command through ``sh`` so that lint's exit code 1 (errors found) counts as done."""
    return ["sh", "-c", '"$@"; test $? -le 1', "sh"]


def _deck(folder: Path, kind: str, cards: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    return make_varied_deck(folder, cards) if kind == "varied" else make_big_deck(folder, cards)


CASES = (
    ("varied_1000", "1,000 varied cards", "varied", 1000),
    ("varied_5000", "5,000 varied cards", "varied", 5000),
    ("small_vocabulary_5000", "5,000 cards, small vocabulary", "small", 5000),
)


def run(quick: bool = False) -> list[Row]:
    """Lint against validate at 1,000 and 5,000 varied cards and 5,000 small-vocabulary cards."""
    compile_quez()
    runs = 3 if quick else 6
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="quez-bench-lint-") as tmp:
        folder = Path(tmp)
        for name, label, kind, cards in CASES:
            rows += guarded(
                f"lint.{name}",
                f"quez deck lint, {label}",
                lambda name=name, label=label, kind=kind, cards=cards: lint_vs_validate(
                    _deck(folder / name, kind, cards), folder / "home", runs, name, label
                ),
            )
    return rows
