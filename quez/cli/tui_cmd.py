"""Start the TUI. The only place the CLI reaches into :mod:`quez.tui` (and so Textual).

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


def open_tui(cx: CliContext) -> None:
    """Build the app through the one factory and run it; a store error is one line and exit 2."""
    import typer

    from quez.cli.frontdoor import refusal

    refused = refusal(cx.t, cx.paths, cx.extra_decks)
    if refused:
        raise typer.Exit(refused)
    from quez.tui.launch import run_tui

    code = run_tui(cx.t, cx.paths, cx.extra_decks)
    if code:
        raise typer.Exit(code)


def open_intervisie(cx: CliContext) -> None:
    """``quez intervisie``: the same app, opened on the intervisie screens."""
    import typer

    from quez.cli.frontdoor import refusal

    refused = refusal(cx.t, cx.paths, cx.extra_decks)
    if refused:
        raise typer.Exit(refused)
    from quez.tui.screens.intervisie_entry import run_intervisie

    code = run_intervisie(cx.t, cx.paths, cx.extra_decks)
    if code:
        raise typer.Exit(code)
