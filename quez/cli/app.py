"""The Typer application. Built per call with the UI language, so help texts are translated.

Textual is imported only inside the TUI command: ``quez --help`` stays fast and light.
"""

from __future__ import annotations

from pathlib import Path

import typer

from quez.cli.context import CliContext
from quez.i18n import LANGUAGES, Translator


def build_app(t: Translator) -> typer.Typer:
    """Assemble the ``quez`` command tree with help texts in ``t``'s language."""
    app = typer.Typer(
        name="quez",
        help=t("cli.help"),
        add_completion=False,
        no_args_is_help=False,
        invoke_without_command=True,
        # Pretty tracebacks print local variables: they could hold a client's words.
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    help_version, help_lang, help_deck = t("cli.opt.version"), t("cli.opt.lang"), t("cli.opt.deck")

    # Options are given as defaults (not Annotated): with postponed annotations Typer evaluates
    # annotations in module globals, where the translator ``t`` does not exist.
    @app.callback()
    def root(
        ctx: typer.Context,
        version: bool = typer.Option(False, "--version", help=help_version),
        lang: str | None = typer.Option(None, "--lang", help=help_lang),
        deck: list[Path] | None = typer.Option(None, "--deck", help=help_deck, dir_okay=False),
    ) -> None:
        from quez.paths import Paths

        if lang is not None and lang.lower() not in LANGUAGES:
            typer.echo(t("cli.bad_lang", lang=lang), err=True)
            raise typer.Exit(2)
        if version:
            from quez import __version__

            typer.echo(f"quez {__version__}")
            raise typer.Exit(0)
        ctx.obj = CliContext(t, Paths.from_environment(), list(deck or []))
        if ctx.invoked_subcommand is None:
            from quez.cli.tui_cmd import open_tui

            open_tui(ctx.obj)

    from quez.cli import (
        check_cmd,
        decks_cmd,
        export_cmd,
        intervisie_cmd,
        sessions_cmd,
        vault_cmd,
    )

    decks_cmd.register(app, t)
    sessions_cmd.register(app, t)
    export_cmd.register(app, t)
    intervisie_cmd.register(app, t)
    vault_cmd.register(app, t)
    check_cmd.register(app, t)
    return app
