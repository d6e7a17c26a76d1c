"""Shared pieces for the intervisie screen tests: an app with a hand clock and a fake name finder.

No test here loads ``deduce`` except the one marked slow in test_intervisie_trust_pilot.py:
the finders below are a list-only one, one that is ready at once with a fixed detector, and
one whose loading waits until the test lets it go (or the app cancels it).
"""

from __future__ import annotations

import random
import re
import threading
from datetime import datetime, timedelta, timezone

from quez.decks import discover
from quez.i18n import Translator
from quez.intervisie.meeting import Meeting
from quez.paths import Paths
from quez.privacy import Detector, Hit, LoadState, NameFinder
from quez.privacy.names import Progress
from quez.settings import Settings
from quez.store import Store
from quez.tui.app import QuezApp
from quez.tui.launch import build_app

START = datetime(2026, 5, 3, 14, 0, tzinfo=timezone.utc)
NAMES = re.compile(r"(?:Mevrouw )?Johanna Bakker|Wilma van Dijk|Peter")


class HandClock:
    """Wall-clock time that moves only when the test says so."""

    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += timedelta(seconds=seconds)

    def seconds(self) -> float:
        return self.now.timestamp()


def detect(text: str) -> list[Hit]:
    """A stand-in for deduce: a few fixed people on no list."""
    return [Hit("person", *m.span()) for m in NAMES.finditer(text)]


def ready_finder(detector: Detector = detect) -> NameFinder:
    return NameFinder.ready_with(detector)


class HeldFinder:
    """A finder whose loading (a first-time build) waits for :meth:`release` or for the app to
    cancel it; ``fail`` makes it fail instead of getting ready."""

    def __init__(self, *, fail: bool = False) -> None:
        self.started = threading.Event()
        self.released = threading.Event()
        self.cancelled: threading.Event | None = None
        self.fail = fail
        self.finder = NameFinder(self._load)

    def _load(self, progress: Progress) -> Detector:
        self.cancelled = progress.cancelled
        progress(LoadState.BUILDING)
        self.started.set()
        while not self.released.wait(0.01):  # a thread waiting for the test, not a test sleep
            if progress.cancelled.is_set():
                raise RuntimeError("cancelled")
        if self.fail:
            raise OSError("disk full")
        progress(LoadState.LOADING)
        return detect

    def release(self) -> None:
        self.released.set()


def make_app(
    paths: Paths,
    store: Store,
    clock: HandClock | None = None,
    *,
    finder: NameFinder | None = None,
    lang: str = "nl",
    delay: float = 0.05,
) -> QuezApp:
    return build_app(
        Translator(lang), paths, store,
        decks=discover(paths, [], include_user=False), settings=Settings(),
        rng=random.Random(3), clock=clock or HandClock(), autosave_delay=delay,
        save_settings=False, finder=finder,
    )  # fmt: skip


async def open_meeting(app: QuezApp, pilot: object, meeting: Meeting) -> None:
    """The intervisie home, then the meeting's phase screen (as the home's Continue does)."""
    from quez.tui.screens.intervisie_home import IntervisieHomeScreen

    app.navigate.intervisie()
    await pilot.pause()  # type: ignore[attr-defined]
    home = app.screen
    assert isinstance(home, IntervisieHomeScreen)
    app.navigate.meeting(home.ctx, meeting)
    await pilot.pause()  # type: ignore[attr-defined]


def at(meeting: Meeting, phase_id: str) -> None:
    while meeting.flow.phase.id != phase_id:
        meeting.next_phase()
