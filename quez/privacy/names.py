"""Finding people, places and institutions that are on no list: the :class:`NameFinder`.

The finder wraps a *detector* (``text -> hits``) that a *loader* builds. Loading is slow (the
``deduce`` engine needs about a second when its lookup structures are cached, and ten to thirty
seconds to build them the first time), so nothing is loaded at import or construction time:

- ``start_loading(executor)`` loads in the executor (the TUI passes a thread pool) and returns
  the future; ``status`` / ``ready`` / ``wait`` / listeners let a front end show progress;
- ``load()`` does the same in the calling thread (one-shot commands, tests);
- ``scan(text)`` always answers at once: QueZ's own checks and the "niet noemen" list, plus the
  detector's hits once it is ready. :attr:`Scan.names_checked` says which of the two it was.

The loader is injected, so tests use a fake detector and only the corpus test pays for the real
one (:func:`quez.privacy.deduce_engine.deduce_loader`). No client text is kept here or passed
to a log; a failing detector turns the finder to ``FAILED`` and scans fall back to the lists.
"""

from __future__ import annotations

import re
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Executor, Future
from dataclasses import dataclass
from datetime import date
from enum import Enum

from quez.privacy.patterns import Hit, scan, without_overlaps

# Kinds only the detector finds.
FINDER_KINDS = ("person", "place", "institution")

Detector = Callable[[str], list[Hit]]
# Detector results per line, so a re-scan while typing costs only the line that changed.
CACHE_LINES = 256
_LINE = re.compile(r"[^\n]+")


class LoadState(Enum):
    """Where the finder is. ``OFF``: it has no loader and checks the lists only."""

    OFF = "off"
    IDLE = "idle"
    PREPARING = "preparing"  # checking or preparing the lookup folder
    BUILDING = "building"  # the first-time build of the lookup structures (slow)
    LOADING = "loading"  # reading the cached lookup structures
    READY = "ready"
    FAILED = "failed"


class Progress:
    """What a loader gets: call it with each new state; stop early once ``cancelled`` is set."""

    def __init__(self, report: Callable[[LoadState], None], cancelled: threading.Event) -> None:
        self._report = report
        self.cancelled = cancelled

    def __call__(self, state: LoadState) -> None:
        self._report(state)


Loader = Callable[[Progress], Detector]
_DONE = (LoadState.READY, LoadState.FAILED, LoadState.OFF)


@dataclass(frozen=True)
class Scan:
    """The hits in one text, and whether people, places and institutions were looked for."""

    hits: list[Hit]
    names_checked: bool


class NameFinder:
    """The detector behind a loading API that never blocks the caller (see the module doc)."""

    def __init__(self, loader: Loader | None = None) -> None:
        self._loader = loader
        self._lock = threading.Lock()
        self._done = threading.Event()
        self._state = LoadState.IDLE if loader is not None else LoadState.OFF
        self._detector: Detector | None = None
        self._future: Future[bool] | None = None
        self._listeners: list[Callable[[LoadState], None]] = []
        self._cancelled = threading.Event()
        self._lines: OrderedDict[str, list[Hit]] = OrderedDict()
        self.error: BaseException | None = None  # why loading or scanning failed, if it did
        if loader is None:
            self._done.set()

    @classmethod
    def ready_with(cls, detector: Detector) -> NameFinder:
        """A finder that is ready at once with ``detector`` (tests, and callers that built one)."""
        finder = cls(lambda progress: detector)
        finder.load()
        return finder

    # -- state -------------------------------------------------------------------------------
    @property
    def state(self) -> LoadState:
        return self._state

    @property
    def ready(self) -> bool:
        return self._state is LoadState.READY

    def add_listener(self, listener: Callable[[LoadState], None]) -> None:
        """Call ``listener(state)`` on every change (from the loading thread)."""
        with self._lock:
            self._listeners.append(listener)

    def wait(self, timeout: float | None = None) -> bool:
        """Block until loading has finished or failed (or ``timeout``); ``True`` when ready."""
        self._done.wait(timeout)
        return self.ready

    def _set(self, state: LoadState) -> None:
        with self._lock:
            self._state = state
            listeners = list(self._listeners)
        if state in _DONE:
            self._done.set()
        for listener in listeners:
            listener(state)

    # -- loading -----------------------------------------------------------------------------
    def start_loading(self, executor: Executor) -> Future[bool]:
        """Load in ``executor`` (once; later calls return the same future)."""
        with self._lock:
            if self._future is None:
                self._future = executor.submit(self.load)
            return self._future

    def load(self) -> bool:
        """Load in this thread (a no-op once done); ``True`` when the finder is ready.

        A failure is kept in :attr:`error` and the state becomes ``FAILED``: scans go on with
        the lists, and the front end says that names were not checked.
        """
        with self._lock:
            loader = self._loader if self._state is LoadState.IDLE else None
            if loader is not None:
                self._state = LoadState.PREPARING
        if loader is None:
            self._done.wait()  # done already, or loading in another thread
            return self.ready
        self._set(LoadState.PREPARING)
        try:
            detector = loader(Progress(self._set, self._cancelled))
        except Exception as exc:  # a broken cache, a full disk…: reported through the state
            self.error = exc
            self._set(LoadState.FAILED)
            return False
        self._detector = detector
        self._set(LoadState.READY)
        return True

    def cancel(self) -> None:
        """Ask a running load to stop (a first-time build is ended); call it when quitting,
        so leaving the app never waits for a build."""
        self._cancelled.set()

    # -- scanning ----------------------------------------------------------------------------
    def scan(self, text: str, *, names: Iterable[str] = (), today: date | None = None) -> Scan:
        """Every identifier in ``text``; people, places and institutions once ready."""
        names = list(names)
        hits = scan(text, names=names, today=today)
        detector = self._detector
        if detector is None or not text.strip():
            return Scan(hits, names_checked=detector is not None)
        try:
            found = self._detect(detector, text)
        except Exception as exc:  # never let the detector take typing or an export down
            self.error = exc
            self._detector = None
            self._set(LoadState.FAILED)
            return Scan(hits, names_checked=False)
        return Scan(merge(hits, found), names_checked=True)

    def _detect(self, detector: Detector, text: str) -> list[Hit]:
        """The detector's hits, line by line, from a small cache of recent lines."""
        found: list[Hit] = []
        for m in _LINE.finditer(text):
            line = m.group(0)
            with self._lock:
                hits = self._lines.get(line)
                if hits is not None:
                    self._lines.move_to_end(line)
            if hits is None:
                hits = detector(line) if line.strip() else []
                with self._lock:
                    self._lines[line] = hits
                    while len(self._lines) > CACHE_LINES:
                        self._lines.popitem(last=False)
            found += [Hit(h.kind, h.start + m.start(), h.end + m.start()) for h in hits]
        return found

    def forget(self) -> None:
        """Drop the cached lines (when a meeting is closed or deleted: no text lingers)."""
        with self._lock:
            self._lines.clear()


def merge(pattern_hits: Sequence[Hit], finder_hits: Sequence[Hit]) -> list[Hit]:
    """One list without overlaps: QueZ's strict checks win, then the longest name.

    A detector hit overlapping a BSN, postcode, phone number, e-mail, IBAN or date is dropped
    (those checks are stricter). Between a "niet noemen" name and a detected person the earliest
    and then the longest span is kept, so "Wilma" on the list does not cut "Wilma van Dijk".
    """
    strict = [h for h in pattern_hits if h.kind != "name"]
    listed = [h for h in pattern_hits if h.kind == "name"]
    found = [
        h
        for h in finder_hits
        if h.end > h.start and not any(h.start < s.end and s.start < h.end for s in strict)
    ]
    return without_overlaps(strict + without_overlaps(listed + found))
