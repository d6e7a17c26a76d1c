"""The real app in a real terminal (tmux): start-up to first screen, keystroke to echo.

``run() -> dict`` is used by ``benchmarks/run.py`` and by ``tests/test_tui_tmux.py``;
``python benchmarks/tui_tmux.py`` prints the dict as JSON. The app runs under its own tmux
socket, in a throw-away ``QUEZ_HOME``; it walks: start → new conversation → theme 1 → types a
note (timing each keystroke until it shows on screen) → quits with Ctrl+Q. The returned
``note`` is what the store holds afterwards, so callers can check nothing was lost.
"""

from __future__ import annotations

import json
import os
import shlex
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

VENV_PYTHON = ROOT / ".venv" / "bin" / "python"
PYTHON = str(VENV_PYTHON) if VENV_PYTHON.exists() else sys.executable
TYPED = "zelfkoken"  # each letter is timed on its own; only letters, so the shell sees no quoting
LABELS = {
    "nl": ("Nieuw gesprek", "Kies een thema", "kaart 1"),
    "en": ("New conversation", "Choose a theme", "card 1"),
}
TARGETS = {"startup_s": 2.0, "echo_ms": 50.0}


class Tmux:
    """One private tmux server (``-L``) with one session running a command."""

    def __init__(self, command: str, width: int, height: int) -> None:
        self.socket = f"quez-bench-{os.getpid()}-{time.monotonic_ns()}"
        self.size = (width, height)
        self.command = command

    def _tmux(self, *args: str) -> str:
        out = subprocess.run(
            ["tmux", "-L", self.socket, *args], capture_output=True, text=True, check=False
        )
        return out.stdout

    def start(self) -> None:
        width, height = self.size
        self._tmux(
            "new-session", "-d", "-s", "q", "-x", str(width), "-y", str(height), self.command
        )

    def screen(self) -> str:
        return self._tmux("capture-pane", "-p", "-t", "q")

    def keys(self, *keys: str, literal: bool = False) -> None:
        self._tmux("send-keys", "-t", "q", *(["-l"] if literal else []), *keys)

    def alive(self) -> bool:
        return "q" in self._tmux("list-sessions", "-F", "#{session_name}").split()

    def wait_for(self, text: str, timeout: float = 15.0) -> float:
        """Seconds until ``text`` is on screen (TimeoutError after ``timeout``)."""
        start = time.perf_counter()
        while time.perf_counter() - start < timeout:
            if text in self.screen():
                return time.perf_counter() - start
            time.sleep(0.002)
        raise TimeoutError(f"not on screen after {timeout}s: {text!r}")

    def kill(self) -> None:
        self._tmux("kill-server")


def _stored_note(home: Path) -> str | None:
    from quez.paths import Paths
    from quez.store import Store

    with Store.open(Paths.from_environment({"QUEZ_HOME": str(home)}).db_path) as store:
        sessions = store.list_sessions()
        if not sessions:
            return None
        entries = store.entries(sessions[0].session.id)
        return entries[0].note if entries else None


def run(
    width: int = 100, height: int = 30, lang: str = "nl", *, kill: bool = False
) -> dict[str, Any]:
    """Measure one scripted session; raises if tmux is missing or the app does not respond.

    With ``kill`` the terminal is killed (no quit) one second after the last keystroke, as when
    a laptop lid closes on a dying battery: autosave must have written the note by then.
    """
    if shutil.which("tmux") is None:
        raise RuntimeError("tmux is not installed")
    home = Path(tempfile.mkdtemp(prefix="quez-tmux-"))
    env = f"QUEZ_HOME={shlex.quote(str(home))} LANG=C.UTF-8 TERM=xterm-256color"
    cmd = f"env {env} {shlex.quote(PYTHON)} -m quez --lang {lang}; sleep 5"
    tmux = Tmux(cmd, width, height)
    labels = {
        "nl": ("Nieuw gesprek", "Kies de kaarten", "Kies een thema", "kaart 1"),
        "en": ("New conversation", "Choose the cards", "Choose a theme", "card 1"),
    }
    first, dialog, table, card = labels["en" if lang == "en" else "nl"]
    try:
        started = time.perf_counter()
        tmux.start()
        startup = tmux.wait_for(first)
        startup = time.perf_counter() - started
        tmux.keys("Enter")
        tmux.wait_for(dialog)  # never type ahead of the dialog: under load it comes later
        tmux.keys("Enter")
        tmux.wait_for(table)
        tmux.keys("1")
        tmux.wait_for(card)
        echo: list[float] = []
        typed = ""
        for letter in TYPED:
            typed += letter
            t0 = time.perf_counter()
            tmux.keys(letter, literal=True)
            tmux.wait_for(typed, timeout=5.0)
            echo.append((time.perf_counter() - t0) * 1000)
        if kill:
            time.sleep(1.0)
            tmux.kill()
            time.sleep(0.3)
        else:
            tmux.keys("C-q")
            deadline = time.monotonic() + 10
            while "sleep" not in _pane_command(tmux) and time.monotonic() < deadline:
                time.sleep(0.02)
        note = _stored_note(home)
    finally:
        tmux.kill()
        shutil.rmtree(home, ignore_errors=True)
    return {
        "startup_s": {
            "median": startup,
            "unit": "s",
            "label": f"tmux {width}x{height}: start-up to first screen",
            "target": TARGETS["startup_s"],
        },
        "echo_ms": {
            "median": statistics.median(echo),
            "min": min(echo),
            "max": max(echo),
            "n": len(echo),
            "unit": "ms",
            "label": f"tmux {width}x{height}: keystroke to echo",
            "target": TARGETS["echo_ms"],
        },
        "note": note,
        "typed": TYPED,
    }


def _pane_command(tmux: Tmux) -> str:
    """The command running in the pane (``sleep`` once QueZ has exited)."""
    return tmux._tmux("display-message", "-p", "-t", "q", "#{pane_current_command}").strip()


if __name__ == "__main__":
    print(json.dumps(run(), indent=2, ensure_ascii=False))
