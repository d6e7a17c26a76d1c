"""Keystroke echo in an intervisie meeting while the guard's name finder is absent, loading
and loaded: typing must never wait for the guard.

Four apps run side by side under one private tmux server, and every letter goes to each in
turn (the order rotating per letter), timed from ``send-keys`` until the letter shows:

- ``floor``: ``minimal_app.py textarea`` (one focused TextArea);
- ``absent``: QueZ's phase screen of a meeting in its question round, without a name finder
  (the guard checks QueZ's own patterns and the lists);
- ``loading``: the same with the real finder (deduce) while it builds its lookup structures for
  the first time, in a child process: started on an empty cache folder, and started again on
  a new one whenever a build is done (only letters typed during a build count);
- ``loaded``: the same with the real finder loaded from its cache (the app waits until the
  screen says the name check is on), so every keystroke is also scanned for names.

The QueZ apps are built as :func:`quez.tui.launch.run_tui` builds them (settings, store,
decks), with the finder chosen per app; each opens the meeting as "Continue" on the intervisie
home does. The typed text names a person, so the finder has real work. Ratios are QueZ's
median echo over the floor's, measured in the same loop. The one pause a *cached* load can
cause (deduce unpickles its lists holding the interpreter lock) is ``privacy.stall_*`` in
``bench_privacy.py``.
"""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from pathlib import Path

from benchmarks._util import PYTHON, ROOT, Row, Stats, bench_env, ratio_row
from benchmarks.bench_tui import ECHO_LIMIT, MINIMAL, TIMEOUT_S, Tmux, _shell

WIDTH, HEIGHT = 200, 40  # wide enough that the typed note never wraps
CHECK_EVERY = 8  # letters between checks that the "loading" app is still building
TEXT = "Wat zei Johanna Bakker toen haar zoon Peter belde over de afspraak "
READY_TEXT = "Namencontrole staat aan."
BUILDING_TEXT = "Namenlijsten"  # "… worden voor de eerste keer klaargezet", wrapped

SEED = """
import sys, time
from quez.intervisie.catalog import discover_methods
from quez.intervisie.meeting import Meeting
from quez.intervisie.roles import suggest_roles
from quez.intervisie.setup import MeetingSetup
from quez.paths import Paths
from quez.store import Store

store = Store.open(Paths.from_environment().db_path)
method = discover_methods(None).get("incidentmethode")
people = ["AB", "Fatima", "Jeroen", "Mo"]
setup = MeetingSetup(
    method_id=method.id, participants=people, roles=suggest_roles(method, people, "AB"),
    case_title="Casus A", minutes=[p.minutes for p in method.phases],
)
meeting = Meeting.start(store, method, setup, lang="nl", clock=time.monotonic)
while meeting.flow.phase.id != "vragen":
    meeting.next_phase()
meeting.flush()
store.close()
print(meeting.session.id)
"""

# One QueZ app: argv = session id, finder ("absent" | "real"), cache folder for the finder.
APP = """
import sys
from dataclasses import replace
from pathlib import Path
from quez.i18n import Translator
from quez.intervisie.meeting import Meeting
from quez.paths import Paths
from quez.privacy import NameFinder
from quez.settings import Settings
from quez.store import Store
from quez.tui.launch import build_app, default_finder
from quez.tui.screens.intervisie_base import make_context

session_id, which, cache = sys.argv[1], sys.argv[2], Path(sys.argv[3])
paths = Paths.from_environment()
store = Store.open(paths.db_path)
finder = NameFinder()
if which == "real":
    finder = default_finder(replace(paths, cache_dir=cache))

def open_meeting(app):
    app.navigate.intervisie()
    ctx = app.screen.ctx
    app.navigate.meeting(ctx, Meeting.resume(store, session_id, ctx.methods, clock=ctx.seconds))

app = build_app(
    Translator("nl"), paths, store, settings=Settings.load(paths.settings_file),
    then=open_meeting, finder=finder,
)
app.run()
store.close()
"""

WARM = """
import sys
from pathlib import Path
from quez.privacy import NameFinder
from quez.privacy.deduce_engine import deduce_loader
assert NameFinder(deduce_loader(Path(sys.argv[1]))).load()
"""


def _app(env: dict[str, str], session: str, which: str, cache: Path) -> str:
    return _shell(env, [PYTHON, "-c", APP, session, which, str(cache)])


def _start(tmux: Tmux, name: str, command: str) -> None:
    tmux("new-session", "-d", "-s", name, "-x", str(WIDTH), "-y", str(HEIGHT), command)


def echo(letters: int) -> tuple[dict[str, list[float]], list[bool], int]:
    """Echo times per app and letter; per letter whether the ``loading`` app was surely still
    building; and how many first-time builds it went through.

    When its build is done (checked every ``CHECK_EVERY`` letters), it is started again on a new
    empty cache folder, and the letters since the last check do not count for it.
    """
    with tempfile.TemporaryDirectory(prefix="quez-bench-ivecho-") as tmp:
        home = Path(tmp)
        env = bench_env(home / "home", LANG="C.UTF-8")
        run = {"env": env, "cwd": ROOT, "check": True, "timeout": 600}
        session = subprocess.run(
            [PYTHON, "-c", SEED], capture_output=True, text=True, **run
        ).stdout.strip()
        warm = home / "cache-warm"
        subprocess.run([PYTHON, "-c", WARM, str(warm)], stdout=subprocess.DEVNULL, **run)
        # (its own folder, not the home's, so the "loading" app can be given empty ones)
        tmux = Tmux()
        builds = 0

        def building() -> None:
            nonlocal builds
            builds += 1
            tmux("kill-session", "-t", "loading")
            _start(tmux, "loading", _app(env, session, "real", home / f"cache-cold-{builds}"))
            tmux.wait_for("loading", BUILDING_TEXT, timeout=TIMEOUT_S)

        try:
            _start(tmux, "floor", _shell(env, [PYTHON, MINIMAL, "textarea"]))
            _start(tmux, "absent", _app(env, session, "absent", warm))
            _start(tmux, "loaded", _app(env, session, "real", warm))
            tmux.wait_for("absent", "Vragen om informatie", timeout=TIMEOUT_S)
            tmux.wait_for("loaded", READY_TEXT, timeout=TIMEOUT_S)
            building()  # last, so its first-time build runs while we type
            names = ["floor", "absent", "loading", "loaded"]
            times: dict[str, list[float]] = {n: [] for n in names}
            during: list[bool] = []
            typed = dict.fromkeys(names, "")
            for i in range(letters):
                letter = TEXT[i % len(TEXT)]
                shift = i % len(names)
                for name in names[shift:] + names[:shift]:
                    typed[name] += letter
                    shown = typed[name][-14:].lstrip() or letter
                    start = time.perf_counter()
                    tmux("send-keys", "-t", name, "-l", letter)
                    tmux.wait_for(name, shown, timeout=10)
                    times[name].append(time.perf_counter() - start)
                during.append(True)
                # While it loads the line says so, or (with text typed) that names were not
                # checked yet; once it says the check is on, loading is over.
                if i % CHECK_EVERY == CHECK_EVERY - 1 and READY_TEXT in tmux.screen("loading"):
                    during[-CHECK_EVERY:] = [False] * CHECK_EVERY  # it may have ended early
                    building()
                    typed["loading"] = ""
            for name in names:
                tmux("send-keys", "-t", name, "C-q")
        finally:
            tmux.kill()
    return times, during, builds


def run(quick: bool = False) -> list[Row]:
    if subprocess.run(["which", "tmux"], capture_output=True).returncode != 0:
        return [Row("ivecho", "intervisie echo: tmux is not installed", "")]
    times, during, builds = echo(40 if quick else len(TEXT) * 2)
    stats = {name: Stats(values) for name, values in times.items()}
    floor = stats["floor"]
    building = Stats([v for v, ok in zip(times["loading"], during, strict=True) if ok])
    building_floor = Stats([v for v, ok in zip(times["floor"], during, strict=True) if ok])
    rows = [
        ratio_row(
            "ivecho.absent", "keystroke to echo, meeting note, no name finder", stats["absent"],
            "TextArea app", floor, ECHO_LIMIT,
        ),
        ratio_row(
            "ivecho.loading", "keystroke to echo, meeting note, finder building", building,
            "TextArea app", building_floor, ECHO_LIMIT,
            note=f"typed while loading; {builds} first-time build(s), child process at nice 10",
        ),
        ratio_row(
            "ivecho.loaded", "keystroke to echo, meeting note, finder loaded", stats["loaded"],
            "TextArea app", floor, ECHO_LIMIT,
            note="every keystroke scanned for names",
        ),
    ]  # fmt: skip
    for row in rows:
        assert row.stats is not None
        row.extra["max_ms"] = round(row.stats.max, 1)
    return rows


if __name__ == "__main__":
    os.chdir(ROOT)
    for row in run(quick=True):
        print(row.name, row.stats and round(row.stats.median, 1), row.ratio, row.note)
