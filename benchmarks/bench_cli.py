"""CLI wall time: ``quez --version``, ``quez --help`` and ``quez decks`` against ``python -c pass``.

Each command runs as a subprocess of the installed ``.venv/bin/quez`` (what a user types), with a
throw-away ``QUEZ_HOME``, interleaved with the floor. Also checks, with ``-X importtime``, that
neither ``--version`` nor ``--help`` imports Textual (or Rich, for ``--version``).
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from benchmarks._util import (
    PYTHON,
    VENV_BIN,
    Row,
    bench_env,
    compile_quez,
    interleave,
    ratio_row,
    time_command,
)

QUEZ = str(VENV_BIN / "quez")
TARGETS = {"version": 2.0, "help": 6.0, "decks": None}


def imported_modules(args: list[str], env: dict[str, str]) -> set[str]:
    """Top-level package names the command imports (from ``-X importtime``)."""
    done = subprocess.run(
        [QUEZ, *args],
        env={**env, "PYTHONPROFILEIMPORTTIME": "1"},
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        check=True,
    )
    names = set()
    for line in done.stderr.splitlines():
        if line.startswith("import time:") and "|" in line:
            module = line.rsplit("|", 1)[1].strip()
            names.add(module.split(".")[0])
    return names


def run(quick: bool = False) -> list[Row]:
    """Measure the three commands; ``quick`` takes fewer runs."""
    compile_quez()
    runs = 5 if quick else 15
    with tempfile.TemporaryDirectory(prefix="quez-bench-") as home:
        env = bench_env(Path(home))
        subprocess.run([QUEZ, "decks"], env=env, stdout=subprocess.DEVNULL, check=True)
        subjects = {
            "floor": time_command([PYTHON, "-c", "pass"], env),
            "version": time_command([QUEZ, "--version"], env),
            "help": time_command([QUEZ, "--help"], env),
            "decks": time_command([QUEZ, "decks"], env),
            "typer": time_command([PYTHON, "-c", "import typer"], env),
        }
        # Warm the OS file cache once before timing.
        for subject in subjects.values():
            subject()
        stats = interleave(subjects, runs)
        modules = {a: imported_modules([f"--{a}"], env) for a in ("version", "help")}
        modules["decks"] = imported_modules(["decks"], env)
    rows = []
    for name, label in (
        ("version", "quez --version"),
        ("help", "quez --help"),
        ("decks", "quez decks (warm cache)"),
    ):
        row = ratio_row(
            f"cli.{name}", label, stats[name], "python -c pass", stats["floor"], TARGETS[name]
        )
        heavy = sorted(modules[name] & {"textual", "rich", "typer", "yaml", "sqlite3"})
        row.extra["imports"] = heavy
        row.note = "imports: " + (", ".join(heavy) or "none of textual/rich/typer/yaml")
        if "textual" in modules[name] and name in ("version", "help"):
            row.limit = 0.0  # importing Textual fails the target outright
            row.note += " — imports Textual!"
        rows.append(row)
    rows.append(
        ratio_row(
            "cli.import_typer",
            "reference: python -c 'import typer'",
            stats["typer"],
            "python -c pass",
            stats["floor"],
            None,
            note="what any command parsed by Typer pays before QueZ's own code runs",
        )
    )
    return rows
