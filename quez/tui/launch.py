"""Build and run the Textual app from the CLI's context."""

from __future__ import annotations

from pathlib import Path

from quez.i18n import Translator
from quez.paths import Paths


def run_tui(t: Translator, paths: Paths, extra_decks: list[Path]) -> None:
    """Discover decks and run the app (placeholder screen until the kitchen-table TUI lands)."""
    from quez.decks import discover
    from quez.tui.app import QuezApp

    QuezApp(t=t, decks=discover(paths, extra_decks)).run()
