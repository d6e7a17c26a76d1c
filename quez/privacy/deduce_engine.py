"""The detector behind the :class:`~quez.privacy.names.NameFinder`: ``deduce`` (UMC Utrecht).

``deduce`` finds names with and without titles, initials and tussenvoegsels, places and care
institutions in Dutch text, from its own lists and context patterns. Used as shipped it needs
about 1.1 GB of memory, builds an 83 MB pickle *inside site-packages* the first time (one to
four minutes) and loads it in 7–20 s. Almost all of that is its 150,000 street names and the
244,000 spelling variants of its care-institution list. QueZ therefore points ``deduce`` (with
its public ``lookup_data_path``/``cache_path`` arguments) at a copy of its lists in QueZ's own
cache folder, in which:

- the street list is empty (a street with a house number is still found by its pattern);
- the care-institution list keeps names of at most three words, without spelling variants.

Person recall on the QueZ corpus is the same as with the full lists (QueZ's context rules in
:mod:`quez.privacy.context` are added to deduce's hits); the first build takes about
ten seconds, a cached load under a second, memory about 140 MB (``benchmarks/bench_privacy.py``).

The first build runs in a separate process (``python -m quez.privacy.deduce_build``): it holds
the interpreter lock for long stretches, and typing in the TUI must not stall. Loading the cache
runs in the caller's thread with the garbage collector paused, and the loaded structures are
then moved out of the collector's way (``gc.freeze``), so later collections stay short.

The folder holds ``deduce``'s public word lists and its pickle of them: never client text.
The pickle is only ever read from QueZ's own 0700 folder, which only this user can write.
"""

from __future__ import annotations

import gc
import importlib.metadata
import importlib.util
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import warnings
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from quez.fsutil import FILE_MODE, ensure_private_dir
from quez.privacy.context import context_hits
from quez.privacy.names import Detector, Loader, LoadState, NameFinder, Progress
from quez.privacy.patterns import Hit

# Bump when the trimming below changes: the folder name changes and a fresh build follows.
RECIPE = 1
MAX_INSTITUTION_WORDS = 3
CACHE_FILE = Path("cache") / "lookup_structs.pickle"
BUILD_TIMEOUT = 900  # seconds; a build takes 10–30 s, a slow machine under load far longer
_POLL = 0.1  # seconds between checks for a cancel while the build process runs
# The build process runs at a lower CPU priority: on a busy two-core laptop the app that is
# being typed in must win (bench_ivecho.py measures echo while it builds).
BUILD_NICENESS = 10

# deduce's annotator groups QueZ uses; dates, ages, numbers, e-mail and URLs are QueZ's own.
_GROUPS = {"names", "locations", "institutions"}
_SKIP_ANNOTATORS = {"postal_code"}  # QueZ's postcode check is stricter
_KIND_OF_TAG = {
    "persoon": "person",
    "patient": "person",
    "locatie": "place",
    "ziekenhuis": "institution",
    "zorginstelling": "institution",
}


def kind_of_tag(tag: str) -> str | None:
    """QueZ's kind for one of deduce's tags (``None``: not something this detector reports)."""
    for word, kind in _KIND_OF_TAG.items():
        if word in tag:
            return kind
    return None


class BuildError(RuntimeError):
    """The lookup structures could not be built (the message names no client text)."""


class BuildCancelled(BuildError):
    """The build was stopped on request (the app is closing)."""


def deduce_version() -> str:
    return importlib.metadata.version("deduce")


def lookup_folder(cache_dir: Path) -> Path:
    """Where QueZ keeps deduce's trimmed lists and cache, per deduce version and recipe."""
    return cache_dir / "names" / f"deduce-{deduce_version()}-r{RECIPE}"


def is_built(cache_dir: Path) -> bool:
    """Whether a load will be quick (the first-time build has been done)."""
    return (lookup_folder(cache_dir) / CACHE_FILE).is_file()


def name_finder(cache_dir: Path) -> NameFinder:
    """The finder every front end uses: deduce, its files under ``cache_dir`` (not loaded yet)."""
    return NameFinder(deduce_loader(cache_dir))


def deduce_loader(cache_dir: Path) -> Loader:
    """A loader for :class:`~quez.privacy.names.NameFinder` that keeps its files under
    ``cache_dir`` (``quez.paths.Paths.cache_dir``)."""

    def load(progress: Progress) -> Detector:
        folder = lookup_folder(cache_dir)
        if not (folder / CACHE_FILE).is_file():
            progress(LoadState.BUILDING)
            build(folder, cancelled=progress.cancelled)
        if progress.cancelled.is_set():
            raise BuildCancelled("loading the name lists was cancelled")
        progress(LoadState.LOADING)
        return detector(load_model(folder))

    return load


def import_deduce() -> Any:
    """``import deduce`` without its import-time side effects.

    ``deduce`` calls ``logging.basicConfig(stream=sys.stdout, level=DEBUG)`` and
    ``warnings.simplefilter("default")`` when imported: the first would send every debug line
    of every library to the terminal the TUI draws on. A handler on the root logger makes
    ``basicConfig`` a no-op; ``catch_warnings`` restores the filters.
    """
    root = logging.getLogger()
    blocker = logging.NullHandler()
    root.addHandler(blocker)
    try:
        with warnings.catch_warnings():
            import deduce
    finally:
        root.removeHandler(blocker)
    return deduce


def deduce_lists() -> Path:
    """deduce's own ``data/lookup`` folder, found without importing deduce."""
    spec = importlib.util.find_spec("deduce")
    if spec is None or not spec.submodule_search_locations:
        raise BuildError("deduce is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "data" / "lookup"


def config() -> dict[str, Any]:
    """deduce's base configuration with only the annotators QueZ uses."""
    base = json.loads((deduce_lists().parent.parent / "base_config.json").read_text("utf-8"))
    base["annotators"] = {
        name: spec
        for name, spec in base["annotators"].items()
        if spec.get("group") in _GROUPS and name not in _SKIP_ANNOTATORS
    }
    return dict(base)


def build(
    folder: Path,
    *,
    cancelled: threading.Event | None = None,
    command: Sequence[str] | None = None,
) -> None:
    """Prepare the trimmed lists and build deduce's cache in a separate process.

    Built in a temporary folder beside ``folder`` and renamed into place, so a crash or a
    second QueZ building at the same time never leaves a half-written cache behind. Setting
    ``cancelled`` ends the child process and raises :class:`BuildCancelled`. ``command`` replaces
    the child's command line (tests); the work folder is appended to it.
    """
    parent = ensure_private_dir(folder.parent)
    for stale in parent.glob(f"{folder.name}.tmp-*"):
        shutil.rmtree(stale, ignore_errors=True)  # leftovers of an interrupted build
    shutil.rmtree(folder, ignore_errors=True)  # a folder without a cache file is incomplete
    work = Path(tempfile.mkdtemp(prefix=f"{folder.name}.tmp-", dir=parent))
    try:
        os.chmod(work, 0o700)
        copy_lists(deduce_lists() / "src", work / "src")
        _age(work / "src")
        ensure_private_dir(work / CACHE_FILE.parent)
        argv = [*(command or (sys.executable, "-m", "quez.privacy.deduce_build")), str(work)]
        code = _run_child(argv, cancelled or threading.Event())
        if code != 0 or not (work / CACHE_FILE).is_file():
            raise BuildError(f"building the name lists failed (exit {code})")
        os.chmod(work / CACHE_FILE, FILE_MODE)
        try:
            os.rename(work, folder)
        except OSError:
            if not (folder / CACHE_FILE).is_file():  # not another QueZ that was quicker
                raise
    finally:
        shutil.rmtree(work, ignore_errors=True)


def _run_child(argv: list[str], cancelled: threading.Event) -> int:
    """Run the build process; its output (deduce's log lines) is discarded, never shown."""
    child = subprocess.Popen(
        argv, stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    if hasattr(os, "setpriority"):  # POSIX: the build yields the CPU to the app's typing
        os.setpriority(os.PRIO_PROCESS, child.pid, BUILD_NICENESS)
    waited = 0.0
    try:
        while True:
            if cancelled.is_set():
                raise BuildCancelled("the name-list build was cancelled")
            if waited > BUILD_TIMEOUT:
                raise BuildError("building the name lists took too long")
            try:
                return child.wait(timeout=_POLL)
            except subprocess.TimeoutExpired:
                waited += _POLL
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()


def _age(folder: Path) -> None:
    """Date the copied lists back to 1970: deduce rebuilds when a list looks newer than its
    cache (naive local times), which a clock change or DST could otherwise fake for good."""
    for path in [folder, *folder.rglob("*")]:
        os.utime(path, (0, 0))


def copy_lists(source: Path, target: Path) -> None:
    """deduce's lists, trimmed as the module docstring says, as private files and folders."""
    for folder, _dirs, files in os.walk(source):
        here = Path(folder)
        rel = here.relative_to(source)
        if "__pycache__" in rel.parts:
            continue
        out = ensure_private_dir(target / rel)
        for name in files:
            if name.endswith((".py", ".pyc")):
                continue
            data = (here / name).read_bytes()
            if rel.as_posix() == "locations/lst_street":
                data = b"" if name == "items.txt" else data
                if name == "transform.json":
                    continue
            elif rel.as_posix() == "institutions/lst_healthcare_institution":
                if name == "transform.json":
                    continue
                if name == "items.txt":
                    lines = data.decode("utf-8").splitlines()
                    short = [ln for ln in lines if len(ln.split()) <= MAX_INSTITUTION_WORDS]
                    data = ("\n".join(short) + "\n").encode("utf-8")
            _write_private(out / name, data)


def _write_private(path: Path, data: bytes) -> None:
    fd = os.open(path, os.O_CREAT | os.O_WRONLY | os.O_TRUNC, FILE_MODE)
    with os.fdopen(fd, "wb") as handle:
        handle.write(data)


def make_model(folder: Path) -> Any:
    """``deduce.Deduce`` on the trimmed lists in ``folder`` (builds its cache if missing)."""
    deduce = import_deduce()
    return deduce.Deduce(
        load_base_config=False, config=config(), lookup_data_path=folder, cache_path=folder
    )


def load_model(folder: Path) -> Any:
    """The model from its cache, with the collector paused while a million objects appear."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        model = make_model(folder)
    finally:
        if enabled:
            gc.enable()
    gc.freeze()  # the lookup structures live as long as the process: keep them out of GC runs
    return model


def detector(model: Any) -> Detector:
    """``text -> hits`` of kind person, place or institution."""

    def detect(text: str) -> list[Hit]:
        doc = model.deidentify(text)
        hits: list[Hit] = []
        for annotation in doc.annotations:
            kind = kind_of_tag(annotation.tag)
            start, end = annotation.start_char, annotation.end_char
            inside = kind is not None and 0 <= start < end <= len(text)
            if inside and kind and any(c.isalpha() for c in text[start:end]):
                hits.append(Hit(kind, start, end))
        hits += context_hits(text, hits)
        return sorted(hits, key=lambda h: (h.start, h.end))

    return detect
