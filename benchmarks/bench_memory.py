"""Peak memory (max RSS) of a headless TUI session, against the minimal Textual TextArea app.

Each run is a fresh process: QueZ starts (shipped decks, warm cache), opens a new conversation,
picks theme 1 and types 200 letters into the note field, then waits for the autosave; the floor
starts ``minimal_app.py textarea`` and types the same 200 letters. The peak resident set size
comes from ``os.wait4`` for that one child.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import threading
from pathlib import Path

from benchmarks._util import PYTHON, ROOT, Row, Stats, bench_env
from benchmarks.bench_tui import MINIMAL, QUEZ_HEADLESS, TIMEOUT_S

TYPED = 200


def max_rss_mb(argv: list[str], env: dict[str, str]) -> float:
    """Run ``argv`` to completion; its peak RSS in MB (Linux reports ru_maxrss in KiB)."""
    with tempfile.TemporaryFile() as errors:
        proc = subprocess.Popen(argv, env=env, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=errors)
        watchdog = threading.Timer(TIMEOUT_S, proc.kill)  # a hung child must not hang us
        watchdog.start()
        try:
            _, status, usage = os.wait4(proc.pid, 0)
        finally:
            watchdog.cancel()
        proc.returncode = os.waitstatus_to_exitcode(status)
        if proc.returncode:
            errors.seek(0)
            tail = errors.read()[-600:]
            raise RuntimeError(f"{argv[:3]!r} exited {proc.returncode}: {tail!r}")
    return usage.ru_maxrss / 1024


def run(quick: bool = False) -> list[Row]:
    """Peak RSS of QueZ and of the floor, interleaved."""
    runs = 4 if quick else 10
    subjects = {
        "floor": [PYTHON, MINIMAL, "textarea", "--headless", "--type", str(TYPED)],
        "quez": [PYTHON, "-c", QUEZ_HEADLESS, str(TYPED)],
    }
    values: dict[str, list[float]] = {"floor": [], "quez": []}
    with tempfile.TemporaryDirectory(prefix="quez-bench-mem-") as home:
        env = bench_env(Path(home))
        max_rss_mb(subjects["quez"][:3], env)  # fill the deck cache, create the store
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
