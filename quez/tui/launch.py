"""Build the app (one factory for the CLI and the tests) and run it."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from quez.i18n import Translator
from quez.paths import Paths

if TYPE_CHECKING:
    from quez.decks import DeckSet
    from quez.settings import Settings
    from quez.store import Store
    from quez.tui.app import QuezApp

STORE_ERROR_EXIT = 2


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def preselected_deck(decks: DeckSet, extra: Sequence[Path]) -> str | None:
    """The deck loaded from the first ``--deck PATH`` (if it loaded), to preselect."""
    wanted = {p.resolve() for p in extra}
    for deck in decks.decks:
        if decks.origins.get(deck.id) == "cli" and deck.path and deck.path.resolve() in wanted:
            return deck.id
    return None


def build_app(
    t: Translator,
    paths: Paths,
    store: Store,
    *,
    decks: DeckSet | None = None,
    extra_decks: Sequence[Path] = (),
    settings: Settings | None = None,
    rng: random.Random | None = None,
    clock: Callable[[], datetime] = _utc_now,
    autosave_delay: float = 0.5,
    save_settings: bool = True,
) -> QuezApp:
    """Everything the app needs, passed in: store, decks, settings, rng, clock, translator."""
    from quez.decks import discover
    from quez.settings import Settings
    from quez.tui.app import QuezApp

    if decks is None:
        decks = discover(paths, list(extra_decks))
    return QuezApp(
        store=store,
        decks=decks,
        settings=settings if settings is not None else Settings.load(paths.settings_file),
        t=t,
        paths=paths,
        rng=rng or random.Random(),
        clock=clock,
        preselect_deck=preselected_deck(decks, extra_decks),
        autosave_delay=autosave_delay,
        save_settings=save_settings,
    )


def run_tui(t: Translator, paths: Paths, extra_decks: list[Path]) -> int:
    """Open the store, run the app, close the store; returns the exit code.

    A store that cannot be opened (damaged, locked, newer) gives one line on stderr and 2.
    """
    import sys

    from quez.settings import Settings
    from quez.store import Store, StoreError

    settings = Settings.load(paths.settings_file)
    try:
        store = Store.open(paths.db_path, settings=settings)
    except StoreError as exc:
        sys.stderr.write(exc.message(t) + "\n")
        return STORE_ERROR_EXIT
    try:
        app = build_app(t, paths, store, extra_decks=extra_decks, settings=settings)
        app.run()
        return app.return_code or 0
    finally:
        store.close()
