"""Start the TUI. The only place the CLI reaches into :mod:`quez.tui` (and so Textual).

The one allowed crossing between the front ends (see the import-linter contract in
pyproject.toml): the TUI's launch entry point, imported lazily inside each function, so the
command line never loads Textual unless the app is started.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quez.i18n import Translator

if TYPE_CHECKING:
    from quez.cli.context import CliContext


def run_app(t: Translator, extra_decks: list[Path]) -> int:
    """Open the app for bare ``quez`` (no Typer on this path); returns the exit code."""
    from quez.paths import Paths
    from quez.tui.launch import run_tui

    return run_tui(t, Paths.from_environment(), extra_decks)


def open_tui(cx: CliContext) -> None:
    """Build the app through the one factory and run it; a store error is one line and exit 2."""
    import typer

    from quez.tui.launch import run_tui

    code = run_tui(cx.t, cx.paths, cx.extra_decks)
    if code:
        raise typer.Exit(code)


def open_intervisie(cx: CliContext) -> None:
    """``quez intervisie``: the same app, opened on the intervisie screens."""
    import typer

    from quez.tui.launch import run_intervisie

    code = run_intervisie(cx.t, cx.paths, cx.extra_decks)
    if code:
        raise typer.Exit(code)
