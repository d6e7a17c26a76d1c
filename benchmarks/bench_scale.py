"""Figures that must not grow with work the user never sees (issue 17), each large case measured
against the small one in the same loop:

- ``quez sessions`` with 10,000 sessions against 100 (target ≤ 2×);
- TUI start to first screen (headless) with 10,000 sessions against 100 (target ≤ 1.15×);
- opening the store (``Store.open`` + ``close``, in process) with 10,000 sessions against 100
  (no target: shows what the integrity check at open cost);
- the read-back ("Klopt dit zo?") opened on a conversation of 1,000 and 10,000 notes against 10
  notes, time and peak memory (targets ≤ 1.5× and ≤ 2×, memory ≤ 1.3×). The three sizes are
  interleaved (10, 1,000, 10,000, then the other way round); every run is bounded
  (``READBACK_LIMIT_S``) and a run that does not finish marks its own figures only.

Stores are built with plain SQL in a throw-away ``QUEZ_HOME`` (1 session in 10 open; 5 notes
each). The read-back child starts the real app (``run_tui`` under ``App.run_test``), picks
"Verder met een gesprek" and the one open conversation, and times from that key until the
read-back screen is up and laid out; it reports its own peak RSS (``ru_maxrss``).
"""

from __future__ import annotations

import json
import sqlite3
import subprocess
import tempfile
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path

from benchmarks._util import (
    PYTHON,
    ROOT,
    VENV_BIN,
    Row,
    Stats,
    bench_env,
    compile_quez,
    describe,
    guarded,
    interleave,
    ratio_row,
    time_call,
    time_command,
)
from benchmarks.bench_tui import QUEZ_HEADLESS, until_ready

QUEZ = str(VENV_BIN / "quez")
SESSIONS_LIMIT = 2.0
START_LIMIT = 1.15
READBACK_LIMITS = {1000: 1.5, 10000: 2.0}
READBACK_MEMORY_LIMIT = 1.3
READBACK_LIMIT_S = 180.0  # the 10,000-note read-back took minutes before issue 17
READBACK_SIZES = (10, 1000, 10000)
NOTE = "Ik wil weer zelf boodschappen doen, maar de trap is lastig. " * 2

READBACK_CHILD = """
import asyncio, resource, sys, time
from quez.i18n import Translator
from quez.paths import Paths
from quez.tui.app import QuezApp
from quez.tui.launch import run_tui

async def drive(app):
    from quez.tui.screens.readback import ReadBackScreen
    from quez.tui.screens.start import StartScreen
    async with app.run_test(size=(100, 30)) as pilot:
        while not isinstance(app.screen, StartScreen):
            await pilot.pause()
        await pilot.press("down", "enter")  # Verder met een gesprek
        await pilot.pause()
        began = time.perf_counter()
        await pilot.press("enter")  # the one open conversation
        while not isinstance(app.screen, ReadBackScreen):
            await pilot.pause()
        await pilot.pause()
        elapsed = time.perf_counter() - began
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        sys.stdout.write(f"READBACK {elapsed} {rss}\\n")
        sys.stdout.flush()
        app.exit()

QuezApp.run = lambda self, *args, **kwargs: asyncio.run(drive(self))
sys.exit(run_tui(Translator("nl"), Paths.from_environment(), []))
"""


def _db(home: Path) -> Path:
    from quez.paths import Paths

    return Paths.from_environment({"QUEZ_HOME": str(home)}).db_path


def _card_ids() -> list[tuple[str, str, str]]:
    from quez.decks import load_deck

    deck = load_deck(ROOT / "decks" / "gesprek.yaml")
    return [(c.id, c.text.get("nl"), c.theme or "") for c in deck.cards]


def populate(home: Path, sessions: int, notes: int = 5, *, readback: int = 0) -> Path:
    """A store of ``sessions`` sessions (1 in 10 open) with ``notes`` notes each, plus, when
    ``readback``, one open conversation standing at the read-back with that many notes."""
    from quez.store import Store
    from quez.store.codec import to_iso
    from quez.store.ids import new_session_id

    path = _db(home)
    Store.open(path).close()
    cards = _card_ids()
    now = datetime.now(timezone.utc)
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    plan = [
        (n, "closed" if n % 10 else "open", notes, '{"screen":"card"}') for n in range(sessions)
    ]
    if readback:
        plan.append((-1, "open", readback, '{"screen":"readback"}'))
    for n, status, count, position in plan:
        sid = new_session_id()
        stamp = to_iso(now - timedelta(minutes=n + 2))
        conn.execute(
            "INSERT INTO sessions VALUES (?, 'client', 'gesprek', '1', 'nl', ?, ?, ?, NULL, '{}',"
            " ?, ?)",
            (sid, f"cliënt {n}", status, position, stamp, stamp),
        )
        conn.executemany(
            "INSERT INTO entries (session_id, seq, card_id, card_text, theme_id, chosen_by, note,"
            " note_kind, important, consent, state, phase, participant, followups, created_at,"
            " updated_at) VALUES (?, ?, ?, ?, ?, 'client', ?, 'own_words', 0, NULL, 'active',"
            " NULL, NULL, '[]', ?, ?)",
            [
                (
                    sid,
                    k + 1,
                    *cards[k % len(cards)][:2],
                    cards[k % len(cards)][2],
                    NOTE,
                    stamp,
                    stamp,
                )
                for k in range(count)
            ],
        )
    conn.execute("COMMIT")
    conn.close()
    Store.open(path).close()  # as a user's store is: closed cleanly by QueZ (checked once)
    return path


Subject = Callable[[], float]


def _pair(
    name: str,
    label: str,
    small: Path,
    big: Path,
    make: Callable[[Path], Subject],
    runs: int,
    limit: float | None,
) -> list[Row]:
    """Interleave the same subject on the small and the big home; the ratio big / small."""
    stats = interleave({"small": make(small), "big": make(big)}, runs)
    return [ratio_row(name, label, stats["big"], "100 sessions", stats["small"], limit)]


def sessions_rows(small: Path, big: Path, runs: int) -> list[Row]:
    def command(home: Path) -> Subject:
        return time_command([QUEZ, "sessions"], bench_env(home))

    rows = guarded(
        "scale.sessions",
        "quez sessions, 10,000 sessions",
        lambda: _pair(
            "scale.sessions",
            "quez sessions, 10,000 sessions",
            small,
            big,
            command,
            runs,
            SESSIONS_LIMIT,
        ),
    )

    def start(home: Path) -> Subject:
        return until_ready([PYTHON, "-c", QUEZ_HEADLESS], bench_env(home, LANG="C.UTF-8"))

    rows += guarded(
        "scale.start",
        "TUI start to first screen (headless), 10,000 sessions",
        lambda: _pair(
            "scale.start",
            "TUI start to first screen (headless), 10,000 sessions",
            small,
            big,
            start,
            runs,
            START_LIMIT,
        ),
    )

    def opening(home: Path) -> Subject:
        from quez.store import Store

        path = _db(home)
        return time_call(lambda: Store.open(path).close())

    rows += guarded(
        "scale.open",
        "store: open and close, 10,000 sessions",
        lambda: _pair(
            "scale.open",
            "store: open and close, 10,000 sessions",
            small,
            big,
            opening,
            runs * 2,
            None,
        ),
    )
    return rows


def readback_once(home: Path, timeout: float) -> tuple[float, float]:
    """Seconds to open the read-back and the child's peak RSS in MB (raises on failure)."""
    done = subprocess.run(
        [PYTHON, "-c", READBACK_CHILD],
        env=bench_env(home, LANG="C.UTF-8"),
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    for line in done.stdout.splitlines():
        if line.startswith("READBACK "):
            _, seconds, rss = line.split()
            return float(seconds), int(rss) / 1024
    raise RuntimeError(f"exit {done.returncode}: {done.stderr[-300:]}")


def readback_rows(folder: Path, runs: int, timeout: float) -> list[Row]:
    """Time and peak RSS at 1,000 and 10,000 notes against 10 notes, interleaved."""
    homes = {n: folder / f"readback-{n}" for n in READBACK_SIZES}
    for notes, home in homes.items():
        populate(home, 0, readback=notes)
    seconds: dict[int, list[float]] = {n: [] for n in READBACK_SIZES}
    megabytes: dict[int, list[float]] = {n: [] for n in READBACK_SIZES}
    errors: dict[int, str] = {}
    for i in range(runs):
        for notes in READBACK_SIZES if i % 2 == 0 else tuple(reversed(READBACK_SIZES)):
            if notes in errors:
                continue
            try:
                took, mb = readback_once(homes[notes], timeout)
            except subprocess.TimeoutExpired:
                errors[notes] = f"did not finish within {timeout:.0f} s"
            except Exception as exc:
                errors[notes] = describe(exc)
            else:
                seconds[notes].append(took)
                megabytes[notes].append(mb)
    small = Stats(seconds[10], errors.get(10, ""))
    small_mb = Stats(megabytes[10], errors.get(10, ""))
    rows: list[Row] = []
    for notes in READBACK_SIZES[1:]:
        label = f"{notes:,}"
        rows.append(
            ratio_row(
                f"scale.readback_{notes}",
                f"read-back open, {label} notes",
                Stats(seconds[notes], errors.get(notes, "")),
                "10 notes",
                small,
                READBACK_LIMITS[notes],
                unit="s",
                scale=1.0,
            )
        )
        rows.append(
            ratio_row(
                f"scale.readback_{notes}_mb",
                f"read-back peak RSS, {label} notes",
                Stats(megabytes[notes], errors.get(notes, "")),
                "10 notes",
                small_mb,
                READBACK_MEMORY_LIMIT,
                unit="MB",
                scale=1.0,
            )
        )
    return rows


def run(quick: bool = False) -> list[Row]:
    """All scale figures; ``quick`` takes fewer runs and a shorter bound on 10,000 notes."""
    compile_quez()
    runs = 3 if quick else 8
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="quez-bench-scale-", dir=_work()) as tmp:
        folder = Path(tmp)
        small, big = folder / "small", folder / "big"
        built = guarded(
            "scale.build",
            "scale: building the stores",
            lambda: [
                Row(
                    "scale.build",
                    "",
                    "",
                    note=json.dumps([str(populate(small, 100)), str(populate(big, 10000))]),
                )
            ],
        )
        if built[0].failed:
            return built
        rows += sessions_rows(small, big, runs)
        rows += guarded(
            "scale.readback",
            "read-back open",
            lambda: readback_rows(folder, 3 if quick else 6, 60.0 if quick else READBACK_LIMIT_S),
        )
    return rows


def _work() -> Path:
    """Not /tmp: that may be tmpfs, where fsync is free."""
    work = ROOT / "benchmarks" / "_work"
    work.mkdir(exist_ok=True)
    return work
