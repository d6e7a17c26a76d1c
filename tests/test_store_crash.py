"""Crash safety: SIGKILL during autosave never loses an acknowledged note or corrupts the file,
and two processes writing the same store at once both get their writes in."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import textwrap
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from quez.store import Store
from quez.store.cipher import Key, cipher_connect, driver

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")

REPO = Path(__file__).resolve().parent.parent
KILLS = 50

# Runs with ``python -S`` (no site: starts fast); the store only needs the standard library,
# and a vault store (``argv[3]``: key in hex) SQLCipher from the folder in ``argv[4]``.
AUTOSAVER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from quez.store import Store

    key = None
    if len(sys.argv) > 3:
        sys.path.append(sys.argv[4])
        from quez.store.cipher import Key
        key = Key(bytes.fromhex(sys.argv[3]))
    store = Store.open(Path(sys.argv[2]), key=key)
    session = store.create_session("client", "gesprek", "nl")
    entry = store.add_entry(session.id, "c", "Wat wil je?")
    out = sys.stdout
    out.write(f"entry {entry.id}\\n")
    out.flush()
    note = ""
    n = 0
    while True:
        n += 1
        note += f"w{n} "
        store.save_note(entry.id, note)
        out.write(f"{n}\\n")
        out.flush()
    """
)


def growing_note(n: int) -> str:
    return "".join(f"w{k} " for k in range(1, n + 1))


def acknowledged(output: str) -> int:
    """The last save the child confirmed (a last line without newline was cut off)."""
    complete = output.split("\n")[:-1]
    numbers = [int(line) for line in complete if line.isdigit()]
    return numbers[-1] if numbers else 0


def integrity(path: Path, key: Key | None = None) -> list[tuple[str]]:
    """``PRAGMA integrity_check`` of a plain (or, with ``key``, an encrypted) database."""
    if key is None:
        conn = sqlite3.connect(path)
    else:
        conn = cipher_connect(str(path), key, timeout=5, uri=False)
    try:
        return list(conn.execute("PRAGMA integrity_check").fetchall())
    finally:
        conn.close()


def kill_lane(path: Path, seed: int, kills: int, key: Key | None = None) -> int:
    """Start an autosaving child, SIGKILL it at a random moment, check the file; ``kills`` times.

    With ``key`` the store is an encrypted one (the vault tests run this lane too).
    """
    rng = random.Random(seed)
    total_acks = 0
    extra = [] if key is None else [key.raw.hex(), str(Path(driver().__file__).parent.parent)]
    for _ in range(kills):
        child = subprocess.Popen(
            [sys.executable, "-S", "-c", AUTOSAVER, str(REPO), str(path), *extra],
            stdout=subprocess.PIPE,
            text=True,
        )
        assert child.stdout is not None
        first = child.stdout.readline()
        assert first.startswith("entry "), first
        entry_id = int(first.split()[1])
        time.sleep(rng.uniform(0.02, 0.15))
        child.send_signal(signal.SIGKILL)
        rest, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        last = acknowledged(rest)
        total_acks += last

        assert integrity(path, key) == [("ok",)]
        with Store.open(path, key=key) as store:
            entry = store.get_entry(entry_id)
        assert entry is not None
        # The stored note is the last acknowledged save, or the one committed just before
        # the kill whose acknowledgement never got out.
        assert entry.note in (growing_note(last), growing_note(last + 1)), (last, len(entry.note))
    return total_acks


def test_sigkill_during_autosave_loses_nothing(tmp_path: Path) -> None:
    # Two lanes (own database each) run side by side to keep the test fast on two cores.
    lanes = 2
    with ThreadPoolExecutor(lanes) as pool:
        futures = [
            pool.submit(kill_lane, tmp_path / f"lane{n}.sqlite3", n, KILLS // lanes)
            for n in range(lanes)
        ]
        total_acks = sum(future.result() for future in futures)
    assert total_acks > KILLS  # the children really were saving when killed


WRITER = textwrap.dedent(
    """
    import sys
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from quez.store import Store

    name = sys.argv[3]
    with Store.open(Path(sys.argv[2]), busy_timeout=20) as store:
        shared = int(sys.argv[4])
        session = store.create_session("client", "gesprek", "nl", label=name)
        for n in range(int(sys.argv[5])):
            entry = store.add_entry(session.id, f"c{n}", "t", note=f"{name} {n}")
            store.save_note(entry.id, f"{name} {n} klaar")
            store.save_note(shared, f"{name} {n}")
    print("done", flush=True)
    """
)


def test_two_processes_write_the_same_store(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path) as store:
        common = store.create_session("client", "gesprek", "nl")
        shared = store.add_entry(common.id, "c", "t").id
    rounds = 80
    children = [
        subprocess.Popen(
            [
                sys.executable,
                "-S",
                "-c",
                WRITER,
                str(REPO),
                str(path),
                name,
                str(shared),
                str(rounds),
            ],
            stdout=subprocess.PIPE,
            text=True,
        )
        for name in ("een", "twee")
    ]
    for child in children:
        out, _ = child.communicate(timeout=60)
        assert child.returncode == 0 and out.strip() == "done"
    with Store.open(path) as store:
        by_label = {s.session.label: s for s in store.list_sessions()}
        for name in ("een", "twee"):
            summary = by_label[name]
            assert summary.entry_count == rounds
            notes = [e.note for e in store.entries(summary.session.id)]
            assert notes == [f"{name} {n} klaar" for n in range(rounds)]
        final = store.get_entry(shared)
        assert final is not None and final.note in (f"een {rounds - 1}", f"twee {rounds - 1}")
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
    finally:
        conn.close()
