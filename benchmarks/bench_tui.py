"""TUI figures, each against a minimal Textual app measured in the same loop.

- start-up, headless: process start until the first screen is up under ``App.run_test``
  (QueZ: its start screen, built as ``quez.tui.launch.run_tui`` builds it, warm deck cache)
  against ``minimal_app.py static`` (one Static and a Footer);
- start-up in a real terminal: ``tmux new-session`` until the start screen's text shows in
  ``capture-pane`` (QueZ: the installed ``quez``; the floor: ``minimal_app.py static``);
- keystroke to echo under tmux: QueZ's note field against ``minimal_app.py textarea``, both
  running side by side, one letter to each in turn;
- keystroke to saved: from QueZ's last keystroke until the store holds the whole note.
"""

from __future__ import annotations

import os
import shlex
import shutil
import sqlite3
import subprocess
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from benchmarks._util import (
    PYTHON,
    ROOT,
    VENV_BIN,
    Row,
    Stats,
    bench_env,
    guarded,
    interleave,
    ratio_row,
    warm_name_finder,
)

MINIMAL = str(ROOT / "benchmarks" / "minimal_app.py")
START_LIMIT = 1.15
ECHO_LIMIT = 1.2
SAVED_LIMIT_S = 1.1
TIMEOUT_S = 90.0  # for any one child process
START_TEXT = "Nieuw gesprek"  # on QueZ's start screen (nl)
MINIMAL_TEXT = "Minimal Textual app"

# The QueZ child for the headless figures: ``quez.tui.launch.run_tui`` exactly as ``quez`` calls
# it (settings, vault check, store, decks, app), with ``App.run`` swapped for ``App.run_test``.
QUEZ_HEADLESS = """
import asyncio, sys
from quez.i18n import Translator
from quez.paths import Paths
from quez.tui.app import QuezApp
from quez.tui.launch import run_tui

TYPED = int(sys.argv[1]) if len(sys.argv) > 1 else 0

async def drive(app):
    async with app.run_test(size=(100, 30)) as pilot:
        from quez.tui.screens.start import StartScreen
        deadline = asyncio.get_running_loop().time() + 30
        while not isinstance(app.screen, StartScreen):
            if asyncio.get_running_loop().time() > deadline:
                sys.exit(f"no start screen after 30 s: {type(app.screen).__name__}")
            await pilot.pause()
        await pilot.pause()
        sys.stdout.write("READY\\n")
        sys.stdout.flush()
        if TYPED:
            await pilot.press("enter")
            await pilot.pause(0.2)
            await pilot.press("enter")
            await pilot.pause(0.2)
            await pilot.press("1")
            await pilot.pause(0.2)
            for i in range(TYPED):
                await pilot.press("abcdefghij"[i % 10])
            await pilot.pause(1.0)

QuezApp.run = lambda self, *args, **kwargs: asyncio.run(drive(self))
sys.exit(run_tui(Translator("nl"), Paths.from_environment(), []))
"""


# ``quez`` minus the Typer CLI: what a fast path for a plain ``quez`` would start.
QUEZ_DIRECT = (
    "import sys; from quez.i18n import Translator; from quez.paths import Paths; "
    "from quez.tui.launch import run_tui; "
    "sys.exit(run_tui(Translator('nl'), Paths.from_environment(), []))"
)


def until_ready(argv: list[str], env: dict[str, str]) -> Callable[[], float]:
    """A subject: seconds from spawning ``argv`` until it prints READY (then it may finish)."""

    def run() -> float:
        start = time.perf_counter()
        proc = subprocess.Popen(
            argv, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, cwd=ROOT
        )
        assert proc.stdout is not None
        watchdog = threading.Timer(TIMEOUT_S, proc.kill)  # a hung child must not hang us
        watchdog.start()
        try:
            line = proc.stdout.readline()
            elapsed = time.perf_counter() - start
            _, err = proc.communicate()
        finally:
            watchdog.cancel()
        if line.strip() != "READY":
            raise RuntimeError(f"{argv[:3]!r} did not get ready: {err[-600:]}")
        return elapsed

    return run


class Tmux:
    """A private tmux server (``-L``) whose sessions each run one command."""

    def __init__(self) -> None:
        self.socket = f"quez-bench-tui-{os.getpid()}-{time.monotonic_ns()}"

    def __call__(self, *args: str) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, *args],
            capture_output=True,
            text=True,
            check=False,
        )
        return done.stdout

    def start(self, name: str, command: str) -> None:
        self("new-session", "-d", "-s", name, "-x", "100", "-y", "30", command)

    def screen(self, name: str) -> str:
        return self("capture-pane", "-p", "-t", name)

    def wait_for(self, name: str, text: str, timeout: float = 30.0) -> float:
        """Seconds until ``text`` shows in session ``name``."""
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            if text in self.screen(name):
                return time.perf_counter() - start
            time.sleep(0.001)
        raise TimeoutError(f"{name}: not on screen after {timeout} s")

    def quit(self, name: str, timeout: float = 15.0) -> None:
        """Ctrl+Q, then wait for the app to exit (a killed QueZ could still hold the store)."""
        self("send-keys", "-t", name, "C-q")
        deadline = time.perf_counter() + timeout
        while name in self("list-sessions", "-F", "#{session_name}").split():
            if time.perf_counter() > deadline:
                self("kill-session", "-t", name)
                raise TimeoutError(f"{name}: did not quit within {timeout} s")
            time.sleep(0.02)

    def kill(self, name: str | None = None) -> None:
        self(*(("kill-session", "-t", name) if name else ("kill-server",)))


def _shell(env: dict[str, str], argv: list[str]) -> str:
    keep = ("QUEZ_HOME", "PATH", "HOME", "LANG")
    pairs = " ".join(f"{k}={shlex.quote(env[k])}" for k in keep if k in env)
    return f"env TERM=xterm-256color {pairs} {shlex.join(argv)}"


def tmux_start(tmux: Tmux, env: dict[str, str]) -> dict[str, Callable[[], float]]:
    """Subjects: tmux start until the first screen's text shows, for the floor and QueZ."""

    def subject(argv: list[str], text: str) -> Callable[[], float]:
        def run() -> float:
            name = f"s{time.monotonic_ns()}"
            start = time.perf_counter()
            tmux.start(name, _shell(env, argv))
            try:
                tmux.wait_for(name, text)
                return time.perf_counter() - start
            finally:
                tmux.quit(name)

        return run

    return {
        "floor": subject([PYTHON, MINIMAL, "static"], MINIMAL_TEXT),
        "quez": subject([str(VENV_BIN / "quez"), "--lang", "nl"], START_TEXT),
        "direct": subject([PYTHON, "-c", QUEZ_DIRECT], START_TEXT),
    }


def _stored_note(db: Path) -> str | None:
    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as conn:
        row = conn.execute("SELECT note FROM entries ORDER BY id DESC LIMIT 1").fetchone()
    return None if row is None else str(row[0])


def echo_and_saved(tmux: Tmux, env: dict[str, str], db: Path, words: int) -> dict[str, Stats]:
    """Type into QueZ's note field and the minimal TextArea in turn; time echo and saving."""
    tmux.start("floor", _shell(env, [PYTHON, MINIMAL, "textarea"]))
    tmux.start("quez", _shell(env, [str(VENV_BIN / "quez"), "--lang", "nl"]))
    tmux.wait_for("quez", START_TEXT)
    tmux("send-keys", "-t", "quez", "Enter")
    tmux.wait_for("quez", "Kies de kaarten")  # the new-conversation form
    time.sleep(0.2)
    tmux("send-keys", "-t", "quez", "Enter")
    tmux.wait_for("quez", "Kies een thema")
    tmux("send-keys", "-t", "quez", "1")
    tmux.wait_for("quez", "kaart 1")
    time.sleep(0.5)
    echo: dict[str, list[float]] = {"floor": [], "quez": []}
    saved: list[float] = []
    typed = ""
    for w in range(words):
        word = ("zelf", "koken", "tuin", "buren", "fiets")[w % 5] + str(w)
        for letter in word:
            typed += letter
            order = ("floor", "quez") if len(typed) % 2 else ("quez", "floor")
            for name in order:
                start = time.perf_counter()
                tmux("send-keys", "-t", name, "-l", letter)
                tmux.wait_for(name, typed[-12:], timeout=10)
                echo[name].append(time.perf_counter() - start)
        last = time.perf_counter()
        while _stored_note(db) != typed:
            if time.perf_counter() - last > 10:
                raise TimeoutError("the note was not saved within 10 s")
            time.sleep(0.005)
        saved.append(time.perf_counter() - last)
    return {"floor": Stats(echo["floor"]), "quez": Stats(echo["quez"]), "saved": Stats(saved)}


def run(quick: bool = False) -> list[Row]:
    """The headless and tmux start-up figures, echo and saved (each failing on its own)."""
    runs = 5 if quick else 12
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="quez-bench-tui-") as home:
        env = bench_env(Path(home), LANG="C.UTF-8")
        # First start: fills the deck cache and creates the store (what a returning user has).
        subprocess.run(
            [PYTHON, "-c", QUEZ_HEADLESS],
            env=env,
            check=True,
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            timeout=TIMEOUT_S,
        )
        warm_name_finder(env)  # the guard's name lists, as a returning user has them
        rows += guarded(
            "tui.start_headless",
            "TUI start to first screen (headless)",
            lambda: _headless_start(env, runs),
        )
        if shutil.which("tmux") is None:
            rows.append(Row("tui.tmux", "TUI under tmux: tmux is not installed", ""))
            return rows
        rows += guarded(
            "tui.start_tmux", "TUI start to first screen (tmux)", lambda: _tmux_start(env, runs)
        )
        db = _db_path(Path(home))
        rows += guarded(
            "tui.echo",
            "keystroke to echo, note field (tmux)",
            lambda: _typing(env, db, 3 if quick else 10),
        )
    return rows


def _headless_start(env: dict[str, str], runs: int) -> list[Row]:
    headless = {
        "floor": until_ready([PYTHON, MINIMAL, "static", "--headless"], env),
        "quez": until_ready([PYTHON, "-c", QUEZ_HEADLESS], env),
    }
    stats = interleave(headless, runs)
    return [
        ratio_row(
            "tui.start_headless",
            "TUI start to first screen (headless)",
            stats["quez"],
            "minimal app",
            stats["floor"],
            START_LIMIT,
        )
    ]


def _tmux_start(env: dict[str, str], runs: int) -> list[Row]:
    tmux = Tmux()
    try:
        stats = interleave(tmux_start(tmux, env), runs)
    finally:
        tmux.kill()
    return [
        ratio_row(
            "tui.start_tmux",
            "TUI start to first screen (tmux)",
            stats["quez"],
            "minimal app",
            stats["floor"],
            START_LIMIT,
        ),
        ratio_row(
            "tui.start_tmux_direct",
            "reference: run_tui without the CLI (tmux)",
            stats["direct"],
            "minimal app",
            stats["floor"],
            None,
            note="quez.tui.launch.run_tui called directly: the Typer CLI's share",
        ),
    ]


def _typing(env: dict[str, str], db: Path, words: int) -> list[Row]:
    tmux = Tmux()
    try:
        typing = echo_and_saved(tmux, env, db, words)
    finally:
        tmux.kill()
    return [
        ratio_row(
            "tui.echo",
            "keystroke to echo, note field (tmux)",
            typing["quez"],
            "TextArea app",
            typing["floor"],
            ECHO_LIMIT,
        ),
        Row(
            "tui.saved",
            "last keystroke to saved in the store",
            "s",
            stats=typing["saved"],
            limit=SAVED_LIMIT_S,
            note="polls the SQLite file read-only every 5 ms",
        ),
    ]


def _db_path(home: Path) -> Path:
    from quez.paths import Paths

    return Paths.from_environment({"QUEZ_HOME": str(home)}).db_path
