"""``quez vault enable|disable|change-passphrase|status``: the opt-in encrypted store.

Only Typer is imported here; the vault and SQLCipher load inside each command.
"""

from __future__ import annotations

import typer

from quez.i18n import Translator


def register(app: typer.Typer, t: Translator | None = None) -> None:
    """Add the ``vault`` command group to ``app``."""
    if t is None:
        from quez.i18n import resolve_language

        t = Translator(resolve_language(None))
    vault_app = typer.Typer(help=t("vault.cli.help"), no_args_is_help=True, rich_markup_mode=None)
    app.add_typer(vault_app, name="vault")

    # Options are given as defaults (not Annotated): with postponed annotations Typer evaluates
    # annotations in module globals, where the translator ``t`` does not exist.
    @vault_app.command("enable", help=t("vault.cli.enable.help"))
    def enable_command(
        ctx: typer.Context,
        remember: bool = typer.Option(False, "--remember", help=t("vault.cli.opt.remember")),
    ) -> None:
        from quez.cli.context import get_context
        from quez.cli.vault_views import enable_vault

        raise typer.Exit(enable_vault(get_context(ctx), remember=remember))

    @vault_app.command("disable", help=t("vault.cli.disable.help"))
    def disable_command(
        ctx: typer.Context,
        yes: bool = typer.Option(False, "--yes", "-y", help=t("vault.cli.opt.yes")),
    ) -> None:
        from quez.cli.context import get_context
        from quez.cli.vault_views import disable_vault

        raise typer.Exit(disable_vault(get_context(ctx), yes=yes))

    @vault_app.command("change-passphrase", help=t("vault.cli.change.help"))
    def change_command(
        ctx: typer.Context,
        remember: bool | None = typer.Option(
            None, "--remember/--no-remember", help=t("vault.cli.opt.remember")
        ),
    ) -> None:
        from quez.cli.context import get_context
        from quez.cli.vault_views import change_vault_passphrase

        raise typer.Exit(change_vault_passphrase(get_context(ctx), remember=remember))

    @vault_app.command("status", help=t("vault.cli.status.help"))
    def status_command(ctx: typer.Context) -> None:
        from quez.cli.context import get_context
        from quez.cli.vault_views import show_status

        raise typer.Exit(show_status(get_context(ctx)))
