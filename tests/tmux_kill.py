"""The real app in a real terminal, typing steadily, ended at a random moment.

Each run starts ``python -m quez`` under its own tmux server in a throw-away ``QUEZ_HOME``,
opens a conversation, and types a word every 0.2–0.3 s with ``tmux send-keys`` (as a person
types: the app never waits for the typist, the typist never waits for the app). At a random
moment the app is ended:

- ``kill``: SIGKILL to the app (no handler, no ``finally``: only what autosave wrote survives);
- ``hangup``: ``tmux kill-session``, as when the terminal window is closed (SIGHUP).

Then the store is checked: ``PRAGMA integrity_check`` is ``ok``, the stored note is a prefix of
what was typed (nothing garbled), and every word typed at least :data:`BOUND` seconds before
the end is in it. The bound is the promise ("saved within a second even while typing goes on"),
with generous margin over the autosave's maximum wait; it is a correctness bound on what was
sent and when, not a timing measurement.

``python -m tests.tmux_kill [runs]`` prints the figures as JSON.
"""

from __future__ import annotations

import json
import os
import random
import shlex
import shutil
import signal
import sqlite3
import string
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable

BOUND = 1.0  # seconds: nothing typed this long before the end may be lost
GAP = (0.2, 0.3)  # seconds between words
TYPING = (1.2, 2.8)  # seconds of typing before the end (random)
POLL = 0.02


class Tmux:
    """One private tmux server (``-L``) with one session running the app."""

    def __init__(self, command: str, name: str) -> None:
        self.socket = name
        self.command = command

    def run(self, *args: str) -> str:
        out = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False
        )
        return out.stdout

    def start(self) -> None:
        self.run("new-session", "-d", "-s", "q", "-x", "100", "-y", "30", self.command)

    def pane_pid(self) -> int:
        return int(self.run("display-message", "-p", "-t", "q", "#{pane_pid}").strip())

    def wait_for(self, text: str, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.run("capture-pane", "-p", "-t", "q"):
                return
            time.sleep(POLL)
        raise TimeoutError(f"not on screen after {timeout}s: {text!r}")

    def keys(self, *keys: str, literal: bool = False) -> None:
        self.run("send-keys", "-t", "q", *(["-l"] if literal else []), *keys)

    def kill_server(self) -> None:
        self.run("kill-server")


@dataclass(frozen=True)
class Run:
    """One run: what was typed and when, how it ended, what the store holds."""

    how: str  # "kill" or "hangup"
    seed: int
    typed: str  # everything sent
    required: str  # what was sent at least BOUND before the end
    stored: str
    integrity: str
    sent_at: tuple[float, ...]  # seconds before the end, per word
    exited_s: float  # seconds from the end until the app process was gone
    exited: bool  # the process was gone within 20 s (it never hangs around)

    @property
    def lost_age(self) -> float:
        """How long before the end the oldest lost word was sent (0.0: nothing lost)."""
        words, done = 0, 0
        for index, char in enumerate(self.typed):
            if char == " ":
                words += 1
                if index < len(self.stored):
                    done = words
        return self.sent_at[done] if done < len(self.sent_at) else 0.0

    @property
    def ok(self) -> bool:
        return (
            self.integrity == "ok"
            and self.typed.startswith(self.stored)
            and self.stored.startswith(self.required)
            and self.exited
        )


def _gone(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except FileNotFoundError:
        return True
    except OSError:
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return True
        return False


def _stored(home: Path) -> tuple[str, str]:
    """(integrity_check, the note) of the store the app left behind."""
    db = home / "data" / "quez.sqlite3"
    conn = sqlite3.connect(db)
    try:
        integrity = str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()
    from quez.store import Store

    with Store.open(db) as store:
        sessions = store.list_sessions()
        entries = store.entries(sessions[0].session.id) if sessions else []
        return integrity, entries[0].note if entries else ""


def one_run(how: str, seed: int) -> Run:
    """Start, open a card, type until a random moment, end the app, read the store."""
    if how not in ("kill", "hangup"):
        raise ValueError(how)
    rng = random.Random(seed)
    home = Path(tempfile.mkdtemp(prefix="quez-kill-"))
    env = f"QUEZ_HOME={shlex.quote(str(home))} LANG=C.UTF-8 TERM=xterm-256color"
    command = f"exec env {env} {shlex.quote(PYTHON)} -m quez --lang nl"
    tmux = Tmux(command, f"quez-kill-{os.getpid()}-{seed}")
    try:
        tmux.start()
        pid = tmux.pane_pid()  # exec: the pane's process is the app itself
        tmux.wait_for("Nieuw gesprek")
        tmux.keys("Enter")
        tmux.wait_for("Kies de kaarten")
        tmux.keys("Enter")
        tmux.wait_for("Kies een thema")
        tmux.keys("1")
        tmux.wait_for("kaart 1")
        typed, sent = "", []
        start = time.monotonic()
        end_at = start + rng.uniform(*TYPING)
        while True:
            now = time.monotonic()
            if now >= end_at:
                break
            word = "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(3, 7)))
            tmux.keys(word + " ", literal=True)
            typed += word + " "
            sent.append(time.monotonic())  # the keys are at the terminal now
            time.sleep(min(rng.uniform(*GAP), max(0.0, end_at - time.monotonic())))
        ended = time.monotonic()
        if how == "kill":
            os.kill(pid, signal.SIGKILL)
        else:
            tmux.run("kill-session", "-t", "q")
        deadline = ended + 20.0
        while not _gone(pid) and time.monotonic() < deadline:
            time.sleep(POLL)
        exited = time.monotonic() - ended
        gone = _gone(pid)
        required = "".join(
            word + " "
            for word, at in zip(typed.split(" "), sent, strict=False)
            if at <= ended - BOUND
        )
        integrity, stored = _stored(home)
        return Run(
            how,
            seed,
            typed,
            required,
            stored,
            integrity,
            tuple(round(ended - at, 3) for at in sent),
            round(exited, 3),
            gone,
        )
    finally:
        tmux.kill_server()
        shutil.rmtree(home, ignore_errors=True)


def summary(runs: list[Run]) -> dict[str, object]:
    """The figures for a report: runs, text at risk, worst loss."""
    return {
        "runs": len(runs),
        "ok": sum(run.ok for run in runs),
        "words_typed": sum(len(run.sent_at) for run in runs),
        "chars_typed": sum(len(run.typed) for run in runs),
        "chars_lost": sum(len(run.typed) - len(run.stored) for run in runs),
        "worst_lost_age_s": max((run.lost_age for run in runs), default=0.0),
        "slowest_exit_s": max((run.exited_s for run in runs), default=0.0),
    }


def many(how: str, count: int, seed: int, parallel: int = 2) -> list[Run]:
    """``count`` runs, ``parallel`` at a time (each with its own tmux server and home)."""
    from concurrent.futures import ThreadPoolExecutor

    with ThreadPoolExecutor(parallel) as pool:
        return list(pool.map(lambda n: one_run(how, seed + n), range(count)))


if __name__ == "__main__":
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 10
    base = int(time.time())
    done = many("kill", count, base) + many("hangup", max(1, count // 3), base + 1000)
    print(json.dumps({"summary": summary(done), "runs": [asdict(r) for r in done]}, indent=1))
