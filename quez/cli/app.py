"""The Typer application. Built per call with the UI language, so help texts are translated.

Textual is imported only inside the TUI command: ``quez --help`` stays fast and light.
:func:`run` is how :func:`quez.cli.main` runs it: a usage problem (missing argument, unknown
option, bad value …) is one line in the UI language naming what was typed (:mod:`.usage`), and
``--help`` below ``quez`` is in the UI language too (:mod:`.helptext`).
"""

from __future__ import annotations

import sys
from pathlib import Path

import typer

from quez.cli.context import CliContext
from quez.i18n import LANGUAGES, Translator


def build_app(t: Translator) -> typer.Typer:
    """Assemble the ``quez`` command tree with help texts in ``t``'s language."""
    from quez.cli.completion import INSTALL, SHELLS, SHOW, configure, run_option
    from quez.cli.parsing import Choice, use_classes

    app = typer.Typer(
        name="quez",
        help=t("cli.help"),
        add_completion=False,  # ours are translated and handled by quez.cli.completion
        no_args_is_help=False,
        invoke_without_command=True,
        # Pretty tracebacks print local variables: they could hold a client's words.
        pretty_exceptions_enable=False,
        rich_markup_mode=None,
        context_settings={"help_option_names": ["-h", "--help"]},
    )

    help_version, help_lang, help_deck = t("cli.opt.version"), t("cli.opt.lang"), t("cli.opt.deck")
    help_show, help_install = t("cli.opt.show_completion"), t("cli.opt.install_completion")
    shells = Choice(SHELLS)

    # Options are given as defaults (not Annotated): with postponed annotations Typer evaluates
    # annotations in module globals, where the translator ``t`` does not exist.
    @app.callback()
    def root(
        ctx: typer.Context,
        version: bool = typer.Option(False, "--version", help=help_version),
        lang: str | None = typer.Option(None, "--lang", help=help_lang),
        deck: list[Path] | None = typer.Option(None, "--deck", help=help_deck, dir_okay=False),
        show: str | None = typer.Option(None, SHOW, help=help_show, click_type=shells),
        install: str | None = typer.Option(None, INSTALL, help=help_install, click_type=shells),
    ) -> None:
        from quez.paths import Paths

        if lang is not None and lang.lower() not in LANGUAGES:
            typer.echo(t("cli.bad_lang", lang=lang), err=True)
            raise typer.Exit(2)
        if version:
            from quez import __version__

            typer.echo(f"quez {__version__}")
            raise typer.Exit(0)
        if show or install:
            raise typer.Exit(run_option(SHOW if show else INSTALL, show or install, t))
        ctx.obj = CliContext(t, Paths.from_environment(), list(deck or []))
        if ctx.invoked_subcommand is None:
            from quez.cli.tui_cmd import open_tui

            open_tui(ctx.obj)

    from quez.cli import (
        check_cmd,
        decks_cmd,
        export_cmd,
        intervisie_cmd,
        privacy_cmd,
        sessions_cmd,
        vault_cmd,
    )

    decks_cmd.register(app, t)
    sessions_cmd.register(app, t)
    export_cmd.register(app, t)
    intervisie_cmd.register(app, t)
    privacy_cmd.register(app, t)
    vault_cmd.register(app, t)
    check_cmd.register(app, t)
    use_classes(app, t)
    configure(app)
    return app


def run(t: Translator, args: list[str]) -> int:
    """Run ``quez ARGS`` through the Typer app; returns the exit code.

    Click's own reporting is replaced: a usage problem is one line on stderr (exit 2), Ctrl+C or
    end of input at a question is "Cancelled." on a line of its own (exit 1).
    """
    from quez.cli.parsing import ClickException, NoArgsIsHelpError
    from quez.cli.usage import describe

    command = typer.main.get_command(build_app(t))
    try:
        result = command.main(args=args, prog_name="quez", standalone_mode=False)
    except NoArgsIsHelpError as exc:  # ``quez deck``: its help, as Click does
        sys.stderr.write(exc.format_message().rstrip("\n") + "\n")
        return exc.exit_code
    except ClickException as exc:
        sys.stderr.write(describe(exc, t) + "\n")
        return exc.exit_code
    except typer.Abort:
        # The question's line ends at "^C" (or at the end of input): start a new one.
        sys.stderr.write("\n" + t("cli.err.aborted") + "\n")
        return 1
    return result if isinstance(result, int) else 0
