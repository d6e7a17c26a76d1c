"""Build the app (one factory for the CLI and the tests) and run it.

``run_tui`` is the TUI's one entry point for the command line (called lazily from
``quez.cli.tui_cmd``). An encrypted store (``quez vault``) is unlocked once per start through the
unlock workflow (:mod:`quez.workflows.unlock`, the command line's rules): with the key remembered
in the keyring, with ``QUEZ_PASSPHRASE`` (scripts; one try), or else on the app's calm unlock
screen, which then opens the store. Opening the store deletes nothing; the app applies the
retention settings as its first step (:meth:`QuezApp.apply_retention`).
"""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING

from quez.i18n import Translator
from quez.paths import Paths

if TYPE_CHECKING:
    from quez.decks import DeckSet
    from quez.privacy import Detector, NameFinder
    from quez.privacy.names import Progress
    from quez.settings import Settings
    from quez.store import Store
    from quez.store.cipher import Key
    from quez.tui.app import QuezApp

from quez.tui.exits import STORE_ERROR_EXIT, VAULT_ERROR_EXIT


@dataclass(frozen=True)
class LockedStore:
    """How the app gets its store after the unlock screen."""

    unlock: Callable[[str], Key]  # a passphrase to the key; raises WrongPassphrase, retry is safe
    open: Callable[[Key], Store]  # the key to the open store; raises StoreError


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
    store: Store | None,
    *,
    decks: DeckSet | None = None,
    extra_decks: Sequence[Path] = (),
    settings: Settings | None = None,
    rng: random.Random | None = None,
    clock: Callable[[], datetime] = _utc_now,
    autosave_delay: float | None = None,
    autosave_max_wait: float | None = None,
    store_key: Key | None = None,
    save_settings: bool = True,
    open_store: Callable[[Key], Store] | None = None,
    then: Callable[[QuezApp], None] | None = None,
    finder: NameFinder | None = None,
) -> QuezApp:
    """Everything the app needs, passed in: store, decks, settings, rng, clock, translator.

    ``store=None`` means the store is encrypted and still locked: the app starts on the unlock
    screen and opens the store with ``open_store(key)`` (by default ``paths.db_path``).
    ``then(app)`` runs once the start screen is up (``quez intervisie`` uses it).
    Autosave: ``autosave_delay`` after the last change, at most ``autosave_max_wait`` after
    the first (defaults in :mod:`quez.tui.save_timing`). ``store_key``: the key ``store`` was
    opened with, when it is encrypted (a copy saved elsewhere is encrypted with it too).
    ``finder``: the name finder the intervisie guard uses, loaded in a worker when intervisie
    is first opened; ``None`` checks the lists only (tests). :func:`run_tui` passes the real one
    (:func:`default_finder`).
    """
    from quez.decks import discover
    from quez.settings import Settings
    from quez.tui.app import QuezApp
    from quez.tui.save_timing import DELAY, MAX_WAIT

    if decks is None:
        decks = discover(paths, list(extra_decks))
    if settings is None:
        settings = Settings.load(paths.settings_file)
    return QuezApp(
        store=store,
        decks=decks,
        settings=settings,
        t=t,
        paths=paths,
        rng=rng or random.Random(),
        clock=clock,
        preselect_deck=preselected_deck(decks, extra_decks),
        autosave_delay=DELAY if autosave_delay is None else autosave_delay,
        autosave_max_wait=MAX_WAIT if autosave_max_wait is None else autosave_max_wait,
        store_key=store_key,
        save_settings=save_settings,
        locked=None if store is not None else _locked(paths, open_store),
        then=then,
        finder=finder,
    )


def default_finder(paths: Paths) -> NameFinder:
    """The real name finder (``deduce``), its lookup files in QueZ's cache folder.

    Nothing is loaded here: the app loads it in a worker once its first screen is up, and
    ``deduce`` itself is only imported in that worker.
    """
    from quez.privacy import NameFinder

    def load(progress: Progress) -> Detector:
        from quez.privacy.deduce_engine import deduce_loader

        return deduce_loader(paths.cache_dir)(progress)

    return NameFinder(load)


def _locked(paths: Paths, open_store: Callable[[Key], Store] | None) -> LockedStore:
    from functools import partial

    from quez import vault
    from quez.store import Store

    def default_open(key: Key) -> Store:
        return Store.open(paths.db_path, key=key)

    return LockedStore(partial(vault.unlock, paths), open_store or default_open)


def run_tui(
    t: Translator,
    paths: Paths,
    extra_decks: list[Path],
    *,
    then: Callable[[QuezApp], None] | None = None,
) -> int:
    """Unlock if needed, open the store, run the app, close the store; returns the exit code.

    A store that cannot be opened (damaged, locked, newer) and a vault that cannot be unlocked
    (a wrong ``QUEZ_PASSPHRASE``, a damaged marker) give one line on stderr and 2.
    """
    import sys

    from quez.settings import Settings
    from quez.store import Store, StoreError
    from quez.store.cipher import marker_path, pending_path

    settings = Settings.load(paths.settings_file)
    encrypted, key = False, None
    # Only a vault marker or an interrupted conversion needs the vault code; a plain store
    # opens without loading it.
    if marker_path(paths.db_path).exists() or pending_path(paths.db_path).exists():
        import os

        from quez.workflows.unlock import unlock_vault

        unlocked = unlock_vault(paths, env=os.environ)  # no one to ask here: the screen asks
        if unlocked.failure is not None:
            sys.stderr.write(unlocked.failure.message(t) + "\n")
            return VAULT_ERROR_EXIT
        encrypted, key = unlocked.encrypted, unlocked.key
    store: Store | None = None
    if key is not None or not encrypted:
        try:
            store = Store.open(paths.db_path, key=key)
        except StoreError as exc:
            sys.stderr.write(exc.message(t) + "\n")
            return STORE_ERROR_EXIT
    app: QuezApp | None = None
    try:
        app = build_app(
            t, paths, store, extra_decks=extra_decks, settings=settings, then=then,
            store_key=key, finder=default_finder(paths),
        )  # fmt: skip
        app.run()
        return app.return_code or 0
    finally:
        if app is not None and app.current_store is not None:
            app.save_pending()  # whichever way the app ended (signal, panic): save first
        opened = app.current_store if app is not None else store
        if opened is not None:
            opened.close()
        if app is not None:
            app.exit_signals.finished()  # closed cleanly: no need to end the process after a signal


def run_intervisie(t: Translator, paths: Paths, extra_decks: list[Path]) -> int:
    """``quez intervisie``: the app with the intervisie home on top of the start screen.

    Built and run by :func:`run_tui` (so an encrypted store is unlocked first); the intervisie
    home opens once the start screen is up, so Esc leads back to it.
    """

    def open_intervisie(app: QuezApp) -> None:
        app.navigate.intervisie()

    return run_tui(t, paths, extra_decks, then=open_intervisie)
