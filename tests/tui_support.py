"""Helpers for the TUI and conversation tests: a deterministic app over a real store."""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta, timezone
from pathlib import Path

from quez.decks import DeckSet, discover
from quez.i18n import Translator
from quez.paths import Paths
from quez.settings import Settings
from quez.store import Store
from quez.store.cipher import Key
from quez.tui.app import QuezApp
from quez.tui.launch import build_app
from quez.tui.save_timing import MAX_WAIT

START = datetime(2026, 11, 23, 10, 0, tzinfo=timezone.utc)

HOSTILE = (
    "[bold]vet[/bold] [link=https://example.org]link[/link] [@click=app.quit]klik[/] [/ "
    "back\\slash \\[esc] \x1b[31mrood\x1b[0m \x1b]0;titel\x07 $var {x} %s"
)


class StepClock:
    """A clock that moves one second per call: deterministic, but still ordered."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def shipped_decks(paths: Paths, extra: list[Path] | None = None) -> DeckSet:
    """The shipped decks (plus ``extra``), never the user's folder."""
    return discover(paths, extra or [], include_user=False)


@contextmanager
def open_store(paths: Paths) -> Iterator[Store]:
    """A store in the test's QUEZ_HOME with a step clock."""
    store = Store.open(paths.db_path, clock=StepClock())
    try:
        yield store
    finally:
        store.close()


def make_app(
    paths: Paths,
    store: Store | None,
    *,
    lang: str = "nl",
    decks: DeckSet | None = None,
    extra: list[Path] | None = None,
    settings: Settings | None = None,
    seed: int = 7,
    delay: float = 0.05,
    max_wait: float | None = None,
    open_store: Callable[[Key], Store] | None = None,
) -> QuezApp:
    """The app as the CLI builds it, with a fixed rng and clock and a short autosave delay.

    ``store=None``: a locked vault; the app unlocks and opens the store with ``open_store``.
    ``max_wait`` defaults to ``delay`` (at least the real maximum wait), so a test that means
    "no autosave in time" with a long ``delay`` gets no early save from the maximum wait.
    """
    return build_app(
        Translator(lang),
        paths,
        store,
        decks=decks if decks is not None else shipped_decks(paths, extra),
        extra_decks=extra or [],
        settings=settings or Settings(),
        rng=random.Random(seed),
        clock=StepClock(),
        autosave_delay=delay,
        autosave_max_wait=max(delay, MAX_WAIT) if max_wait is None else max_wait,
        save_settings=False,
        open_store=open_store,
    )


def write_deck(folder: Path, text: str, *, deck_id: str = "vijandig") -> Path:
    """A small valid client deck whose texts are all ``text`` (for markup/escape tests)."""
    quoted = text.replace("\\", "\\\\").replace('"', '\\"').replace("\x1b", "\\e")
    quoted = quoted.replace("\x07", "\\a")
    body = f"""format: 1
id: {deck_id}
title: "{quoted}"
description: "{quoted}"
kind: client
languages: [nl]
themes:
  - id: een
    title: "{quoted}"
    question: "{quoted}"
  - id: twee
    title: "Twee"
    question: "Tweede thema?"
cards:
  - id: open-1
    tags: [opening]
    text: "{quoted}"
  - id: een-1
    theme: een
    text: "{quoted}"
    followups: ["{quoted}"]
  - id: een-2
    theme: een
    text: "Tweede vraag?"
  - id: twee-1
    theme: twee
    text: "Vraag in twee?"
"""
    path = folder / f"{deck_id}.yaml"
    path.write_text(body, encoding="utf-8")
    return path
