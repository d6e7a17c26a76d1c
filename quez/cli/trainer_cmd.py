"""Trainers' deck commands: ``quez deck new|preview|install|remove|print``.

Options are given as defaults (not ``Annotated``): with postponed annotations Typer evaluates
annotations in module globals, where the translator ``t`` does not exist.
"""

from __future__ import annotations

from pathlib import Path

import typer

from quez.cli.context import get_context
from quez.i18n import Translator


def register(deck_app: typer.Typer, t: Translator) -> None:
    """Add the trainer commands to the ``deck`` sub-app (help texts in ``t``'s language)."""
    # Translated once here: a call inside a default would trip ruff's B008.
    deck_file, new_output, print_output = (
        t("cli.arg.deck_file"),
        t("cli.new.output"),
        t("cli.print.output"),
    )

    @deck_app.command("new", help=t("cli.new.help"))
    def new_command(
        ctx: typer.Context,
        name: str = typer.Argument(..., help=t("cli.new.name")),
        kind: str = typer.Option("client", "--kind", help=t("cli.new.kind")),
        lang: str | None = typer.Option(None, "--lang", help=t("cli.new.lang")),
        output: Path | None = typer.Option(None, "--output", "-o", help=new_output),
    ) -> None:
        from quez.cli.trainer_views import new_deck

        raise typer.Exit(new_deck(get_context(ctx), name, kind, lang, output))

    @deck_app.command("preview", help=t("cli.preview.help"))
    def preview_command(
        ctx: typer.Context,
        path: Path = typer.Argument(..., dir_okay=False, help=deck_file),
    ) -> None:
        from quez.cli.trainer_views import preview_deck

        raise typer.Exit(preview_deck(get_context(ctx), path))

    @deck_app.command("install", help=t("cli.install.help"))
    def install_command(
        ctx: typer.Context,
        path: Path = typer.Argument(..., dir_okay=False, help=deck_file),
        replace: bool = typer.Option(False, "--replace", help=t("cli.install.replace")),
        force: bool = typer.Option(False, "--force", help=t("cli.install.force")),
    ) -> None:
        from quez.cli.trainer_views import install

        raise typer.Exit(install(get_context(ctx), path, replace=replace, force=force))

    @deck_app.command("remove", help=t("cli.remove.help"))
    def remove_command(
        ctx: typer.Context,
        deck_id: str = typer.Argument(..., metavar="ID", help=t("cli.remove.id")),
        yes: bool = typer.Option(False, "--yes", "-y", help=t("cli.remove.yes")),
    ) -> None:
        from quez.cli.trainer_views import remove

        raise typer.Exit(remove(get_context(ctx), deck_id, yes=yes))

    @deck_app.command("print", help=t("cli.print.help"))
    def print_command(
        ctx: typer.Context,
        deck: str = typer.Argument(..., metavar="DECK", help=t("cli.print.deck")),
        output: Path | None = typer.Option(None, "--output", "-o", help=print_output),
        large: bool = typer.Option(False, "--large", help=t("cli.print.large")),
        force: bool = typer.Option(False, "--force", help=t("cli.print.force")),
    ) -> None:
        from quez.cli.trainer_views import print_cards

        raise typer.Exit(print_cards(get_context(ctx), deck, output, large=large, force=force))
