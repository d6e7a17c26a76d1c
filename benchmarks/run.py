"""Run the QueZ benchmarks: ``python benchmarks/run.py [--quick] [--only NAME ...]``.

Prints one table (each figure with its floor, ratio and target) and writes
``benchmarks/results.json``. See ``benchmarks/README.md`` for what each figure means.
"""

from __future__ import annotations

import argparse
import importlib
import inspect
import json
import platform
import sys
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from benchmarks._util import Row, Stats, failed_row, row_to_json  # noqa: E402

RESULTS = ROOT / "benchmarks" / "results.json"
README = ROOT / "benchmarks" / "README.md"
BEGIN, END = "<!-- results:begin -->", "<!-- results:end -->"
# name -> module; ours take ``quick`` and return rows, the others' ``run() -> dict``.
OURS = ("cli", "decks", "tui", "memory", "lint", "scale", "ivecho")
THEIRS = {
    "store": "bench_store",
    "export": "bench_export",
    "tmux": "tui_tmux",
    "privacy": "bench_privacy",
}
ALL = (
    "cli", "decks", "lint", "tui", "tmux", "memory", "store", "export", "privacy", "scale",
    "ivecho",
)  # fmt: skip

# Targets for figures measured by other engineers' modules: key -> (label, unit, limit).
THEIR_TARGETS: dict[str, dict[str, tuple[str, str, float | None]]] = {
    "store": {
        "autosave_us": ("store: one autosave", "µs", None),
        "list_1000_ms": ("store: list 1,000 sessions", "ms", 50.0),
        "delete_ms": ("store: delete one (secure erase)", "ms", None),
    },
    "export": {
        "markdown_ms": ("export: Markdown, 1,000 notes", "ms", 20.0),
        "html_ms": ("export: HTML, 1,000 notes", "ms", 30.0),
    },
}


def rows_from_dict(area: str, data: dict[str, Any]) -> list[Row]:
    """Turn another module's ``run() -> dict`` into rows.

    Accepted values: a number, or a dict with ``median`` (or ``value``) and optionally ``min``,
    ``max``, ``n``, ``unit``, ``label``, ``floor`` (number), ``ratio`` and ``target`` (number: on
    the ratio when there is a floor/ratio, else on the value).
    """
    known = THEIR_TARGETS.get(area, {})
    rows = []
    for key, value in data.items():
        label, unit, limit = known.get(key, (f"{area}: {key}", "", None))
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            rows.append(Row(f"{area}.{key}", label, unit, value=float(value), limit=limit))
            continue
        if not isinstance(value, dict):
            continue
        if "error" in value:  # that figure failed; the module's other figures stand
            rows.append(
                failed_row(
                    f"{area}.{key}", value.get("label", label), value["error"], limit, unit=unit
                )
            )
            continue
        median = value.get("median", value.get("value"))
        row = Row(
            f"{area}.{key}",
            value.get("label", label),
            value.get("unit", unit),
            value=None if median is None else float(median),
            limit=value.get("target", limit),
            note=str(value.get("note", "")),
        )
        if "min" in value and "max" in value and median is not None:
            row.extra.update(min=value["min"], max=value["max"], n=value.get("n"))
        floor = value.get("floor")
        if isinstance(floor, (int, float)) and median is not None:
            row.floor_name = str(value.get("floor_name", "floor"))
            row.floor = Stats([float(floor)])
            row.ratio = float(value.get("ratio", float(median) / float(floor)))
        elif "ratio" in value:
            row.ratio = float(value["ratio"])
        rows.append(row)
    return rows


def collect(name: str, quick: bool) -> list[Row]:
    """Run one benchmark area; a missing or failing module becomes a note, never a crash."""
    if name in OURS:
        module = importlib.import_module(f"benchmarks.bench_{name}")
        result: list[Row] = module.run(quick=quick)
        return result
    mod_name = THEIRS[name]
    if not (ROOT / "benchmarks" / f"{mod_name}.py").exists():
        return [Row(name, f"{name}: benchmarks/{mod_name}.py not there yet", "", note="missing")]
    module = importlib.import_module(f"benchmarks.{mod_name}")
    run: Callable[..., dict[str, Any]] = module.run
    takes_quick = "quick" in inspect.signature(run).parameters
    return rows_from_dict(name, run(quick=quick) if takes_quick else run())


def fmt(x: float | None, unit: str = "") -> str:
    if x is None:
        return "-"
    digits = 0 if abs(x) >= 100 else 1 if abs(x) >= 10 else 2
    return f"{x:.{digits}f}{(' ' + unit) if unit else ''}"


def table(rows: Sequence[Row]) -> str:
    """The results as a Markdown table (also readable in a terminal)."""
    lines = [
        "| figure | median | min–max | floor | ratio | target | result |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        spread = (
            f"{fmt(r.stats.min)}–{fmt(r.stats.max)}"
            if r.stats is not None
            else (f"{fmt(r.extra['min'])}–{fmt(r.extra['max'])}" if "min" in r.extra else "-")
        )
        floor = f"{r.floor_name} {fmt(r.floor.median, r.unit)}" if r.floor is not None else "-"
        verdict = {True: "pass", False: "FAIL", None: "-"}[r.passed]
        ratio = f"{r.ratio:.2f}×" if r.ratio is not None else "-"
        lines.append(
            f"| {r.figure} | {fmt(r.shown, r.unit)} | {spread} | {floor} | {ratio} "
            f"| {r.target()} | {verdict} |"
        )
    notes = [f"- {r.figure}: {r.note}" for r in rows if r.note]
    return "\n".join(lines + (["", *notes] if notes else []))


def readme_table(payload: dict[str, Any]) -> str:
    """The results.json rows as the README's table (figure, median, floor, ratio, target)."""

    def num(x: float | None) -> str:
        return fmt(x)

    lines = [
        f"{payload['when']}, Python {payload['python']}, {payload['machine']}"
        + (f", {payload['host']}" if payload.get("host") else "")
        + (" (--quick)" if payload.get("quick") else ""),
        "",
        "| figure | median | min–max | floor | ratio | target | result |",
        "|---|---|---|---|---|---|---|",
    ]
    for r in payload["rows"]:
        unit = f" {r['unit']}" if r.get("unit") else ""
        spread = f"{num(r['min'])}–{num(r['max'])}" if "min" in r else "-"
        floor = r.get("floor")
        floor_text = f"{floor['name']} {num(floor['median'])}{unit}" if floor else "-"
        ratio = f"{r['ratio']:.2f}×" if r.get("ratio") is not None else "-"
        verdict = {True: "pass", False: "**FAIL**", None: "-"}[r["pass"]]
        median = f"{num(r['median'])}{unit}" if r.get("median") is not None else "-"
        lines.append(
            f"| {r['figure']} | {median} | {spread} | {floor_text} | {ratio} "
            f"| {r['target']} | {verdict} |"
        )
    notes = [f"- {r['figure']}: {r['note']}" for r in payload["rows"] if r.get("note")]
    return "\n".join(lines + (["", *notes] if notes else []))


def update_readme(payload: dict[str, Any]) -> None:
    """Replace the README's results block (between the markers) with ``payload``."""
    text = README.read_text(encoding="utf-8")
    if BEGIN in text and END in text:
        head, rest = text.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        README.write_text(f"{head}{BEGIN}\n{readme_table(payload)}\n{END}{tail}", encoding="utf-8")


def _host() -> str:
    """Cores and load when the run began: the figures of a shared machine need both."""
    import os

    try:
        load = os.getloadavg()[0]
    except OSError:
        return f"{os.cpu_count()} cores"
    return f"{os.cpu_count()} cores, load {load:.1f} at the start"


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="fewer runs (a rough look)")
    parser.add_argument("--only", action="append", choices=ALL, help="run only this area")
    parser.add_argument(
        "--no-write", action="store_true", help="write neither results.json nor the README table"
    )
    args = parser.parse_args(argv)
    names = args.only or list(ALL)
    rows: list[Row] = []
    started = time.time()
    for name in names:
        print(f"… {name}", file=sys.stderr, flush=True)
        try:
            rows += collect(name, args.quick)
        except Exception as exc:  # only what the area's own guards missed
            traceback.print_exc()
            rows.append(failed_row(name, f"{name}: failed ({type(exc).__name__})", str(exc)))
    print(table(rows))
    if not args.no_write:
        payload = {
            "when": time.strftime("%Y-%m-%d %H:%M:%S", time.localtime(started)),
            "quick": args.quick,
            "python": platform.python_version(),
            "machine": f"{platform.system()} {platform.machine()}",
            "host": _host(),
            "rows": [row_to_json(r) for r in rows],
        }
        if args.only and RESULTS.exists():  # keep the other areas' latest figures
            old = json.loads(RESULTS.read_text(encoding="utf-8"))
            kept = [r for r in old.get("rows", []) if r["name"].split(".")[0] not in names]
            payload["rows"] = kept + payload["rows"]
        RESULTS.write_text(json.dumps(payload, indent=1, ensure_ascii=False) + "\n")
        update_readme(payload)
    return 1 if any(r.passed is False for r in rows) else 0


if __name__ == "__main__":
    sys.exit(main())
