"""Deck commands: ``quez decks``, ``quez deck validate|schema``, ``quez draw``, ``quez locate``."""

from __future__ import annotations

from pathlib import Path

import typer

from quez.cli.context import get_context
from quez.i18n import Translator


def register(app: typer.Typer, t: Translator) -> typer.Typer:
    """Add the deck commands to ``app``; returns the ``deck`` sub-app for further commands."""
    deck_app = typer.Typer(help=t("cli.deck.help"), no_args_is_help=True, rich_markup_mode=None)
    app.add_typer(deck_app, name="deck")

    @app.command("decks", help=t("cli.decks.help"))
    def decks_command(ctx: typer.Context) -> None:
        from quez.cli.deck_views import print_deck_list

        print_deck_list(get_context(ctx))

    @deck_app.command("validate", help=t("cli.validate.help"))
    def validate_command(
        ctx: typer.Context, paths: list[Path] = typer.Argument(..., dir_okay=False)
    ) -> None:
        from quez.cli.deck_views import validate_files

        raise typer.Exit(validate_files(get_context(ctx), paths))

    @deck_app.command("schema", help=t("cli.schema.help"))
    def schema_command() -> None:
        from quez.decks.schema import schema_json

        typer.echo(schema_json())

    @app.command("draw", help=t("cli.draw.help"))
    def draw_command(
        ctx: typer.Context,
        deck: str | None = typer.Option(None, "--deck", help=t("cli.opt.draw_deck")),
        theme: str | None = typer.Option(None, "--theme", help=t("cli.opt.theme")),
        seed: int | None = typer.Option(None, "--seed", help=t("cli.opt.seed")),
    ) -> None:
        from quez.cli.deck_views import draw_card

        raise typer.Exit(draw_card(get_context(ctx), deck, theme, seed))

    @app.command("locate", help=t("cli.locate.help"))
    def locate_command(ctx: typer.Context) -> None:
        from quez.cli.deck_views import print_locations

        print_locations(get_context(ctx))

    from quez.cli import lint_cmd, trainer_cmd

    lint_cmd.register(deck_app, t)
    trainer_cmd.register(deck_app, t)
    return deck_app
