"""The anonymisation guard's name finder (deduce): load costs, scan cost, main-thread stalls.

``run()`` returns a dict for ``benchmarks/run.py``; ``python benchmarks/bench_privacy.py``
prints it. Every figure is measured in this one run, in a throw-away cache folder:

- ``first_build_s``: the first load ever (builds the lookup structures in a child process);
- ``warm_load_s`` / ``warm_rss_mb``: a fresh process importing QueZ and loading from the cache;
- ``scan_ms``: one corpus note through the finder, with ``floor`` the same note through QueZ's
  pattern checks alone (ratio: what the names cost on top); ``rescan_ms`` the same notes again,
  answered from the finder's line cache (a re-scan while typing);
- ``stall_*_ms``: the longest gap of a 1 ms ticker in the main thread while the finder loads
  in a worker thread (what a TUI would feel as a late keystroke echo).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from quez.privacy import NameFinder, scan  # noqa: E402
from quez.privacy.deduce_engine import deduce_loader  # noqa: E402
from tests.privacy_eval import parse  # noqa: E402

_WARM = """
import resource, sys, time
from pathlib import Path
started = time.perf_counter()
from quez.privacy import NameFinder
from quez.privacy.deduce_engine import deduce_loader
finder = NameFinder(deduce_loader(Path(sys.argv[1])))
assert finder.load()
elapsed = time.perf_counter() - started
# VmHWM: this process's own peak (ru_maxrss keeps the parent's peak across fork and exec).
status = Path("/proc/self/status")
peak = [line.split()[1] for line in status.read_text().splitlines() if line.startswith("VmHWM")]
fallback = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(elapsed, (int(peak[0]) if peak else fallback) / 1024)
"""


def longest_stall(work: Callable[[], object]) -> float:
    """The longest gap (ms) of a 1 ms ticker in this thread while ``work`` runs in another."""
    done = threading.Event()
    gaps: list[float] = []
    with ThreadPoolExecutor(1) as pool:
        future = pool.submit(lambda: (work(), done.set()))
        last = time.perf_counter()
        while not done.is_set():
            time.sleep(0.001)
            now = time.perf_counter()
            gaps.append(now - last)
            last = now
        future.result()
    return 1000 * max(gaps, default=0.0)


def run(quick: bool = False) -> dict[str, Any]:
    notes = [n.text for n in parse()]
    with tempfile.TemporaryDirectory() as folder:
        cache = Path(folder)
        cold = NameFinder(deduce_loader(cache))
        started = time.perf_counter()
        stall_build = longest_stall(cold.load)
        first_build = time.perf_counter() - started
        warm = NameFinder(deduce_loader(cache))
        stall_warm = longest_stall(warm.load)
        out = subprocess.run(
            [sys.executable, "-c", _WARM, str(cache)],
            stdout=subprocess.PIPE,
            text=True,
            check=True,
            cwd=ROOT,
        ).stdout.split()
        rounds = 1 if quick else 5
        finder_ms, cached_ms, floor_ms = [], [], []
        for _ in range(rounds):
            warm.forget()  # detect every line afresh
            started = time.perf_counter()
            for text in notes:
                warm.scan(text)
            finder_ms.append(1000 * (time.perf_counter() - started) / len(notes))
            started = time.perf_counter()
            for text in notes:
                warm.scan(text)  # the same notes again: what a re-scan while typing costs
            cached_ms.append(1000 * (time.perf_counter() - started) / len(notes))
            started = time.perf_counter()
            for text in notes:
                scan(text)
            floor_ms.append(1000 * (time.perf_counter() - started) / len(notes))
    finder, floor = statistics.median(finder_ms), statistics.median(floor_ms)
    cached = statistics.median(cached_ms)
    return {
        "first_build_s": {"value": round(first_build, 2), "unit": "s"},
        "warm_load_s": {"value": round(float(out[0]), 2), "unit": "s"},
        "warm_rss_mb": {"value": round(float(out[1])), "unit": "MB"},
        "scan_ms": {
            "median": round(finder, 3),
            "unit": "ms",
            "floor": round(floor, 3),
            "ratio": round(finder / floor, 1) if floor else None,
        },
        "rescan_ms": {
            "median": round(cached, 3),
            "unit": "ms",
            "floor": round(floor, 3),
            "ratio": round(cached / floor, 1) if floor else None,
        },
        "stall_first_build_ms": {"value": round(stall_build), "unit": "ms"},
        "stall_warm_load_ms": {"value": round(stall_warm), "unit": "ms"},
    }


if __name__ == "__main__":
    json.dump(run(quick="--quick" in sys.argv), sys.stdout, indent=2)
    sys.stdout.write("\n")
