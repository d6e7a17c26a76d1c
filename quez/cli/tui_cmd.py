"""Start the TUI. The only place the CLI reaches into :mod:`quez.tui` (and so Textual).

The one allowed crossing between the front ends (see the import-linter contract in
pyproject.toml): the TUI's launch entry point, imported lazily inside each function, so the
command line never loads Textual unless the app is started.

Each way in first asks :func:`quez.cli.frontdoor.refusal` (a terminal, loadable ``--deck``
files), before Textual is imported.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quez.i18n import Translator

if TYPE_CHECKING:
    from quez.cli.context import CliContext


def run_app(t: Translator, extra_decks: list[Path]) -> int:
    """Open the app for bare ``quez`` (no Typer on this path); returns the exit code."""
    from quez.cli.frontdoor import refusal
    from quez.paths import Paths

    paths = Paths.from_environment()
    refused = refusal(t, paths, extra_decks)
    if refused:
        return refused
    from quez.tui.launch import run_tui

    return run_tui(t, paths, extra_decks)


def _exit_on(code: int) -> None:
    """A non-zero exit code ends the command (the line was already printed)."""
    import typer

    if code:
        raise typer.Exit(code)


def open_tui(cx: CliContext) -> None:
    """Build the app through the one factory and run it; a store error is one line and exit 2."""
    from quez.cli.frontdoor import refusal

    _exit_on(refusal(cx.t, cx.paths, cx.extra_decks))
    from quez.tui.launch import run_tui

    _exit_on(run_tui(cx.t, cx.paths, cx.extra_decks))


def open_intervisie(cx: CliContext) -> None:
    """``quez intervisie``: the same app, opened on the intervisie screens."""
    from quez.cli.frontdoor import refusal

    _exit_on(refusal(cx.t, cx.paths, cx.extra_decks))
    from quez.tui.launch import run_intervisie

    _exit_on(run_intervisie(cx.t, cx.paths, cx.extra_decks))
