"""Start the TUI. The only place the CLI reaches into :mod:`quez.tui` (and so Textual)."""

from __future__ import annotations

import typer

from quez.cli.context import CliContext


def open_tui(cx: CliContext) -> None:
    """Build the app through the one factory and run it; a store error is one line and exit 2."""
    from quez.tui.launch import run_tui

    code = run_tui(cx.t, cx.paths, cx.extra_decks)
    if code:
        raise typer.Exit(code)


def open_intervisie(cx: CliContext) -> None:
    """``quez intervisie``: the same app, opened on the intervisie screens."""
    from quez.tui.screens.intervisie_entry import run_intervisie

    code = run_intervisie(cx.t, cx.paths, cx.extra_decks)
    if code:
        raise typer.Exit(code)
