"""Timing helpers: interleaved runs, medians with min/max, ratios against a floor.

The machine running the benchmarks is assumed to be noisy (shared cores, other test runs).
So every figure is measured in the same loop as its floor (A B A B …, the order alternating
each round), summarised by its median, and judged by the ratio to the floor, not by seconds.
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = str(VENV_BIN / "python") if (VENV_BIN / "python").exists() else sys.executable


@dataclass
class Stats:
    """A sample of measurements (seconds, bytes …) in the order they were taken.

    ``error`` says why the subject stopped early (a timeout, a crash): its figure is marked
    failed, and the other subjects of the same loop go on.
    """

    values: list[float]
    error: str = ""

    @property
    def median(self) -> float:
        return statistics.median(self.values)

    @property
    def min(self) -> float:
        return min(self.values)

    @property
    def max(self) -> float:
        return max(self.values)


def interleave(subjects: Mapping[str, Callable[[], float]], runs: int) -> dict[str, Stats]:
    """Run every subject ``runs`` times, round-robin, reversing the order every other round.

    Each callable returns one measurement. Alternating the order cancels the small advantage
    of going first or last in a round (warm caches, a neighbour's burst of load).
    """
    names = list(subjects)
    out: dict[str, list[float]] = {n: [] for n in names}
    errors: dict[str, str] = {}
    for i in range(runs):
        for name in names if i % 2 == 0 else reversed(names):
            if name in errors:
                continue
            try:
                out[name].append(subjects[name]())
            except Exception as exc:  # one subject's failure marks its figure only
                errors[name] = describe(exc)
    return {n: Stats(v, errors.get(n, "")) for n, v in out.items()}


def describe(exc: BaseException) -> str:
    """A short, one-line account of a failure, for the table's notes."""
    text = " ".join(str(exc).split())
    return f"{type(exc).__name__}: {text[:160]}" if text else type(exc).__name__


def failed_row(
    name: str, figure: str, error: str, limit: float | None = None, *, unit: str = "×"
) -> Row:
    """A figure that could not be measured: shown, marked failed, the others unaffected.

    ``limit`` is the target it had (on a ratio unless ``unit`` says otherwise).
    """
    return Row(name, figure, unit, limit=limit, note=f"failed: {error}", failed=True)


def guarded(name: str, figure: str, measure: Callable[[], list[Row]]) -> list[Row]:
    """Run one figure's measurement; an exception becomes that figure's failed row."""
    try:
        return measure()
    except Exception as exc:
        return [failed_row(name, figure, describe(exc))]


def paired_ratio(subject: Stats, floor: Stats) -> float:
    """Median of run-by-run ratios: each pair ran back to back, so slow drift cancels."""
    return statistics.median(s / f for s, f in zip(subject.values, floor.values, strict=True))


def bench_env(home: Path | None = None, **extra: str) -> dict[str, str]:
    """A child environment with ``QUEZ_HOME`` pointed away from the real home."""
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # measure what an installed user gets: .pyc files
    if home is not None:
        env["QUEZ_HOME"] = str(home)
    env.update(extra)
    return env


_WARM_NAMES = """
from quez.paths import Paths
from quez.privacy import NameFinder
from quez.privacy.deduce_engine import deduce_loader
assert NameFinder(deduce_loader(Paths.from_environment().cache_dir)).load()
"""


def warm_name_finder(env: Mapping[str, str]) -> None:
    """Build the name finder's lookup cache in ``env``'s QUEZ_HOME once, as a returning user
    has it: the app loads it from there at start instead of building it in the background."""
    subprocess.run(
        [PYTHON, "-c", _WARM_NAMES], env=dict(env), cwd=ROOT, check=True,
        stdout=subprocess.DEVNULL, timeout=900,
    )  # fmt: skip


def time_command(
    argv: Sequence[str], env: Mapping[str, str], timeout: float = 120.0
) -> Callable[[], float]:
    """A subject that runs ``argv`` to completion and returns its wall time in seconds."""

    def run() -> float:
        start = time.perf_counter()
        done = subprocess.run(
            list(argv),
            env=dict(env),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            timeout=timeout,
        )
        elapsed = time.perf_counter() - start
        if done.returncode != 0:
            raise RuntimeError(f"{argv!r} exited {done.returncode}: {done.stderr[-400:]!r}")
        return elapsed

    return run


def time_call(fn: Callable[[], object], inner: int = 1) -> Callable[[], float]:
    """A subject that calls ``fn`` ``inner`` times and returns the mean seconds per call."""

    def run() -> float:
        start = time.perf_counter()
        for _ in range(inner):
            fn()
        return (time.perf_counter() - start) / inner

    return run


def compile_quez() -> None:
    """Byte-compile the package once, as an installed wheel would be."""
    subprocess.run(
        [PYTHON, "-m", "compileall", "-q", str(ROOT / "quez")],
        check=True,
        stdout=subprocess.DEVNULL,
        env=bench_env(),
    )


@dataclass
class Row:
    """One line of the results table."""

    name: str
    figure: str
    unit: str  # "s", "ms", "µs", "MB", "x"
    stats: Stats | None = None
    value: float | None = None  # when there is no sample (a single number)
    floor_name: str | None = None
    floor: Stats | None = None
    ratio: float | None = None
    limit: float | None = None  # the target, on the ratio if there is a floor, else on value
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    failed: bool = False  # could not be measured (see ``note``)

    @property
    def shown(self) -> float | None:
        return self.stats.median if self.stats is not None else self.value

    @property
    def passed(self) -> bool | None:
        if self.failed:
            return False
        if self.limit is None:
            return None
        judged = self.ratio if self.floor is not None or self.ratio is not None else self.shown
        return judged is not None and judged <= self.limit

    def target(self) -> str:
        if self.limit is None:
            return "-"
        if self.floor is not None or self.ratio is not None or self.unit == "×":
            return f"≤ {self.limit:g}×"
        return f"≤ {self.limit:g} {self.unit}"


def ratio_row(
    name: str,
    figure: str,
    subject: Stats,
    floor_name: str,
    floor: Stats,
    limit: float | None,
    *,
    unit: str = "ms",
    scale: float = 1000.0,
    note: str = "",
) -> Row:
    """A row judged by the paired ratio of ``subject`` to ``floor`` (failed if either failed)."""
    if subject.error or floor.error:
        error = subject.error or f"floor: {floor.error}"
        return failed_row(name, figure, error, limit)
    return Row(
        name,
        figure,
        unit,
        stats=Stats([v * scale for v in subject.values]),
        floor_name=floor_name,
        floor=Stats([v * scale for v in floor.values]),
        ratio=paired_ratio(subject, floor),
        limit=limit,
        note=note,
    )


def row_to_json(row: Row) -> dict[str, Any]:
    """The row as plain JSON data (rounded)."""

    def r(x: float | None) -> float | None:
        return None if x is None else round(x, 4)

    out: dict[str, Any] = {
        "name": row.name,
        "figure": row.figure,
        "unit": row.unit,
        "median": r(row.shown),
        "target": row.target(),
        "pass": row.passed,
    }
    extra = dict(row.extra)
    if row.stats is not None:
        out.update(min=r(row.stats.min), max=r(row.stats.max), n=len(row.stats.values))
    elif "min" in extra and "max" in extra:  # a figure from another module's dict
        out.update(min=r(extra.pop("min")), max=r(extra.pop("max")), n=extra.pop("n", None))
    if row.floor is not None:
        out["floor"] = {
            "name": row.floor_name,
            "median": r(row.floor.median),
            "min": r(row.floor.min),
            "max": r(row.floor.max),
        }
    if row.ratio is not None:
        out["ratio"] = r(row.ratio)
    if row.note:
        out["note"] = row.note
    if row.failed:
        out["failed"] = True
    if extra:
        out["extra"] = extra
    return out
