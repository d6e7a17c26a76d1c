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


def attempt(label: str, measure: Callable[[], dict[str, Any]]) -> dict[str, Any]:
    """One figure; a failure becomes ``{"error": ...}`` for that figure alone."""
    try:
        return measure()
    except Exception as exc:
        return {"label": label, "error": f"{type(exc).__name__}: {' '.join(str(exc).split())}"}


def run(quick: bool = False) -> dict[str, Any]:
    """Measure; ``quick`` takes fewer runs. A figure that fails is marked, the others stand."""
    saves, lists, deletes = (100, 10, 5) if quick else (400, 30, 15)
    # Not /tmp: that may be tmpfs, where fsync is free and the figures would flatter us.
    work = ROOT / "benchmarks" / "_work"
    work.mkdir(exist_ok=True)
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(prefix="store-", dir=work) as tmp:
        path = Path(tmp) / "quez.sqlite3"
        ids = populate(path)
        out["open_ms"] = attempt(
            "store: open 1,000 sessions",
            lambda: figure(
                sample(lambda: Store.open(path).close(), 5 if quick else 10),
                1e3,
                "ms",
                label="store: open 1,000 sessions",
                note="integrity check only after an unclean shutdown or on request",
            ),
        )
        with Store.open(path) as store:
            session = store.create_session("client", "gesprek", "nl")
            entry = store.add_entry(session.id, "c", "Wat wil je?")
            out["autosave_us"] = attempt(
                "store: one autosave", lambda: _autosave(path, store, session.id, entry.id, saves)
            )
            out["autosave_unchanged_us"] = attempt(
                "store: unchanged autosave",
                lambda: figure(
                    sample(lambda: store.save_note(entry.id, "same"), saves),
                    1e6,
                    "µs",
                    label="store: unchanged autosave",
                ),
            )
            out["list_1000_ms"] = attempt(
                "store: list 1,000 sessions",
                lambda: figure(
                    sample(store.list_sessions, lists),
                    1e3,
                    "ms",
                    note=f"{len(store.list_sessions())} sessions × {ENTRIES} notes",
                ),
            )
            victims = iter(ids)
            out["delete_ms"] = attempt(
                "store: delete one (secure erase)",
                lambda: figure(
                    sample(lambda: store.delete_session(next(victims)), deletes),
                    1e3,
                    "ms",
                    note=f"VACUUM + wal_checkpoint(TRUNCATE), {path.stat().st_size / 1e6:.1f} MB"
                    " file",
                ),
            )
    return out


def _autosave(
    path: Path, store: Store, session_id: str, entry_id: int, saves: int
) -> dict[str, Any]:
    """One autosave against its floor: the same two-row update in raw SQLite, interleaved."""
    typed = iter(range(1, 10**9))
    store.save_note(entry_id, "same")
    # Floor: what an autosave must do at least, in raw SQLite with the same pragmas:
    # update the note and the session's updated_at in one fsynced transaction.
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA secure_delete = ON")

    def raw_update() -> None:
        n = next(typed)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("UPDATE entries SET note = ? WHERE id = ?", ("y" * n, entry_id))
        conn.execute("UPDATE sessions SET updated_at = ? WHERE id = ?", (str(n), session_id))
        conn.execute("COMMIT")

    # Interleaved (A B B A …) so that disk and load noise hits both alike.
    autosave: list[float] = []
    raw: list[float] = []
    try:
        for i in range(saves):
            pair = [
                (autosave, lambda: store.save_note(entry_id, "x" * next(typed))),
                (raw, raw_update),
            ]
            for bucket, fn in pair if i % 2 == 0 else reversed(pair):
                bucket.extend(sample(fn, 1))
    finally:
        conn.close()
    return figure(
        autosave,
        1e6,
        "µs",
        floor=round(statistics.median(raw) * 1e6, 1),
        floor_name="raw 2-row UPDATE+COMMIT",
        ratio=round(statistics.median(a / r for a, r in zip(autosave, raw, strict=True)), 2),
    )


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv), indent=1, ensure_ascii=False))
