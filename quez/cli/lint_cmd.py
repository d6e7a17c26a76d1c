"""``quez deck lint``: check decks for open, non-judging questions in everyday language.

Exit codes: 0 clean (or only warnings), 1 errors (with ``--strict`` also warnings), 2 bad usage.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from quez.i18n import Translator
    from quez.lint import Finding


def register(deck_app: typer.Typer, t: Translator | None = None) -> None:
    """Add the ``lint`` command to the ``deck`` sub-app (help texts in ``t``'s language)."""
    if t is None:
        from quez.i18n import Translator, resolve_language

        t = Translator(resolve_language(None))

    helps = {key: t(f"lint.help_{key}") for key in ("paths", "format", "strict")}

    @deck_app.command("lint", help=t("lint.help"))
    def lint_command(
        ctx: typer.Context,
        paths: list[Path] = typer.Argument(..., help=helps["paths"]),
        fmt: str = typer.Option("text", "--format", help=helps["format"]),
        strict: bool = typer.Option(False, "--strict", help=helps["strict"]),
    ) -> None:
        from quez.cli.context import get_context

        raise typer.Exit(run_lint(get_context(ctx).t, paths, fmt=fmt, strict=strict))


def run_lint(t: Translator, paths: list[Path], *, fmt: str = "text", strict: bool = False) -> int:
    """Load and lint every deck in ``paths``, print the findings, and return the exit code."""
    from quez.decks import DeckError, load_deck
    from quez.lint import has_errors, lint_deck
    from quez.lint.report import (
        FORMATS,
        deck_files,
        from_problem,
        render_json,
        render_text,
        summary,
    )

    if fmt not in FORMATS:
        typer.echo(t("lint.bad_format", value=fmt), err=True)
        return 2
    files = deck_files(paths)
    if not files:
        typer.echo(t("lint.no_decks"), err=True)
        return 1
    findings: list[Finding] = []
    for path in files:
        try:
            deck = load_deck(path)
        except DeckError as error:
            findings += [from_problem(p, t) for p in error.problems]
            continue
        findings += lint_deck(deck, translator=t)
    if fmt == "json":
        typer.echo(render_json(findings))
    else:
        if findings:
            typer.echo(render_text(findings))
        typer.echo(summary(findings, len(files), t), err=True)
    return 1 if has_errors(findings, strict=strict) else 0
