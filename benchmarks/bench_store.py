"""Session store timings: one autosave, listing 1,000 sessions, deleting one with secure erase.

``run()`` returns a dict for ``benchmarks/run.py``; ``python benchmarks/bench_store.py`` prints
it. The store lives in a throw-away folder on the same disk as the checkout (fsync included:
``synchronous=FULL`` is what users get). A store of 1,000 sessions with 10 notes each is built
with plain SQL in one transaction, then opened through :class:`quez.store.Store`.
"""

from __future__ import annotations

import json
import sqlite3
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from quez.store import Store  # noqa: E402
from quez.store.codec import to_iso  # noqa: E402
from quez.store.ids import new_session_id  # noqa: E402

SESSIONS = 1000
ENTRIES = 10
NOTE = "Ik wil weer zelf boodschappen doen, maar de trap is lastig. " * 5


def populate(path: Path, sessions: int = SESSIONS, entries: int = ENTRIES) -> list[str]:
    """Fill a fresh store quickly (one transaction); returns the session ids."""
    Store.open(path).close()
    conn = sqlite3.connect(path, isolation_level=None)
    ids = list(dict.fromkeys(new_session_id() for _ in range(sessions)))
    now = datetime.now(timezone.utc)
    conn.execute("BEGIN IMMEDIATE")
    for n, sid in enumerate(ids):
        stamp = to_iso(now - timedelta(hours=n))
        conn.execute(
            "INSERT INTO sessions VALUES (?, 'client', 'gesprek', '1', 'nl', ?, 'closed',"
            ' \'{"screen":"card","entry":3}\', NULL, \'{}\', ?, ?)',
            (sid, f"cliënt {n}", stamp, stamp),
        )
        conn.executemany(
            "INSERT INTO entries (session_id, seq, card_id, card_text, theme_id, chosen_by, note,"
            " note_kind, important, consent, state, phase, participant, followups, created_at,"
            " updated_at) VALUES (?, ?, 'c', 'Wat wil je?', 'kracht', 'client', ?, 'own_words',"
            " 0, NULL, 'active', NULL, NULL, '[]', ?, ?)",
            [(sid, k + 1, NOTE, stamp, stamp) for k in range(entries)],
        )
    conn.execute("COMMIT")
    conn.close()
    return ids


def sample(fn: Callable[[], object], runs: int) -> list[float]:
    """Wall time of ``runs`` calls, in seconds each."""
    out = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        out.append(time.perf_counter() - start)
    return out


def figure(values: list[float], scale: float, unit: str, **extra: Any) -> dict[str, Any]:
    scaled = [v * scale for v in values]
    return {
        "median": round(statistics.median(scaled), 3),
        "min": round(min(scaled), 3),
        "max": round(max(scaled), 3),
        "n": len(scaled),
        "unit": unit,
        **extra,
    }


def run(quick: bool = False) -> dict[str, Any]:
    """Measure; ``quick`` takes fewer runs."""
    saves, lists, deletes = (100, 10, 5) if quick else (400, 30, 15)
    # Not /tmp: that may be tmpfs, where fsync is free and the figures would flatter us.
    work = ROOT / "benchmarks" / "_work"
    work.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="store-", dir=work) as tmp:
        path = Path(tmp) / "quez.sqlite3"
        ids = populate(path)
        opens = sample(lambda: Store.open(path).close(), 5 if quick else 10)
        with Store.open(path) as store:
            session = store.create_session("client", "gesprek", "nl")
            entry = store.add_entry(session.id, "c", "Wat wil je?")
            typed = iter(range(1, 10**9))
            # Floor: what an autosave must do at least, in raw SQLite with the same pragmas:
            # update the note and the session's updated_at in one fsynced transaction.
            conn = sqlite3.connect(path, isolation_level=None)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA secure_delete = ON")

            def raw_update() -> None:
                n = next(typed)
                conn.execute("BEGIN IMMEDIATE")
                conn.execute("UPDATE entries SET note = ? WHERE id = ?", ("y" * n, entry.id))
                conn.execute(
                    "UPDATE sessions SET updated_at = ? WHERE id = ?", (str(n), session.id)
                )
                conn.execute("COMMIT")

            # Interleaved (A B B A …) so that disk and load noise hits both alike.
            autosave: list[float] = []
            raw: list[float] = []
            for i in range(saves):
                pair = [
                    (autosave, lambda: store.save_note(entry.id, "x" * next(typed))),
                    (raw, raw_update),
                ]
                for bucket, fn in pair if i % 2 == 0 else reversed(pair):
                    bucket.extend(sample(fn, 1))
            conn.close()
            unchanged = sample(lambda: store.save_note(entry.id, "same"), saves)
            store.save_note(entry.id, "same")
            listing = sample(store.list_sessions, lists)
            count = len(store.list_sessions())
            victims = iter(ids)
            delete = sample(lambda: store.delete_session(next(victims)), deletes)
        size_mb = path.stat().st_size / 1e6
    return {
        "autosave_us": figure(
            autosave,
            1e6,
            "µs",
            floor=round(statistics.median(raw) * 1e6, 1),
            floor_name="raw 2-row UPDATE+COMMIT",
            ratio=round(statistics.median(a / r for a, r in zip(autosave, raw, strict=True)), 2),
        ),
        "autosave_unchanged_us": figure(unchanged, 1e6, "µs", label="store: unchanged autosave"),
        "list_1000_ms": figure(listing, 1e3, "ms", note=f"{count} sessions × {ENTRIES} notes"),
        "delete_ms": figure(
            delete, 1e3, "ms", note=f"VACUUM + wal_checkpoint(TRUNCATE), {size_mb:.1f} MB file"
        ),
        "open_ms": figure(opens, 1e3, "ms", label="store: open 1,000 sessions (quick_check)"),
    }


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv), indent=1, ensure_ascii=False))
