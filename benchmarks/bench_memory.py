"""Peak memory (max RSS) of a headless TUI session, against the minimal Textual TextArea app.

Each run is a fresh process: QueZ starts (shipped decks, warm cache), opens a new conversation,
picks theme 1 and types 200 letters into the note field, then waits for the autosave; the floor
starts ``minimal_app.py textarea`` and types the same 200 letters. The peak resident set size
comes from GNU ``/usr/bin/time -f %M`` (a small launcher, so nothing of this runner leaks in).
"""

from __future__ import annotations

import subprocess
import tempfile
from pathlib import Path

from benchmarks._util import PYTHON, ROOT, Row, Stats, bench_env, warm_name_finder
from benchmarks.bench_tui import MINIMAL, QUEZ_HEADLESS, TIMEOUT_S

TYPED = 200
TIME = "/usr/bin/time"  # GNU time: reports the peak RSS of exactly one process tree


def max_rss_mb(argv: list[str], env: dict[str, str]) -> float:
    """Run ``argv`` to completion under ``/usr/bin/time``; its peak RSS in MB.

    Not ``os.wait4`` on our own child: Linux carries the RSS high-water mark across fork and
    exec, so a child of this (large) runner would report the runner's size.
    """
    with tempfile.TemporaryDirectory() as tmp:
        report, errors = Path(tmp) / "rss", Path(tmp) / "stderr"
        with errors.open("wb") as err:
            done = subprocess.run(
                [TIME, "-f", "%M", "-o", str(report), *argv],
                env=env,
                cwd=ROOT,
                stdout=subprocess.DEVNULL,
                stderr=err,
                timeout=TIMEOUT_S,
                check=False,
            )
        if done.returncode:
            tail = errors.read_bytes()[-600:]
            raise RuntimeError(f"{argv[:3]!r} exited {done.returncode}: {tail!r}")
        return int(report.read_text().split()[-1]) / 1024  # KiB


def run(quick: bool = False) -> list[Row]:
    """Peak RSS of QueZ and of the floor, interleaved."""
    if not Path(TIME).exists():
        return [Row("memory.tui_peak", "TUI peak RSS: /usr/bin/time is not installed", "")]
    runs = 4 if quick else 10
    subjects = {
        "floor": [PYTHON, MINIMAL, "textarea", "--headless", "--type", str(TYPED)],
        "quez": [PYTHON, "-c", QUEZ_HEADLESS, str(TYPED)],
    }
    values: dict[str, list[float]] = {"floor": [], "quez": []}
    with tempfile.TemporaryDirectory(prefix="quez-bench-mem-") as home:
        env = bench_env(Path(home))
        max_rss_mb(subjects["quez"][:3], env)  # fill the deck cache, create the store
        warm_name_finder(env)  # the name lists the app loads at start, built once
        for i in range(runs):
            for name in ("floor", "quez") if i % 2 == 0 else ("quez", "floor"):
                values[name].append(max_rss_mb(subjects[name], env))
    floor, quez = Stats(values["floor"]), Stats(values["quez"])
    row = Row(
        "memory.tui_peak",
        f"TUI peak RSS, note of {TYPED} letters",
        "MB",
        stats=quez,
        floor_name="TextArea app",
        floor=floor,
        ratio=quez.median / floor.median,
    )
    return [row]
