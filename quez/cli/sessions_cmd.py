"""Session commands: ``quez sessions [show|delete|purge]`` and ``quez erase-all``.

Only Typer is imported here; the store and the printing code load inside each command.
"""

from __future__ import annotations

import typer

from quez.i18n import Translator

LIST_LIMIT = 50  # as quez.cli.sessions_views.LIST_LIMIT (not imported: that module loads late)


def register(app: typer.Typer, t: Translator | None = None) -> None:
    """Add ``sessions`` (with ``show``, ``delete``, ``purge``) and ``erase-all`` to ``app``."""
    if t is None:
        from quez.i18n import resolve_language

        t = Translator(resolve_language(None))
    sessions_app = typer.Typer(
        help=t("store.cli.sessions.help"),
        invoke_without_command=True,
        no_args_is_help=False,
        rich_markup_mode=None,
    )
    app.add_typer(sessions_app, name="sessions")

    # Options are given as defaults (not Annotated): with postponed annotations Typer evaluates
    # annotations in module globals, where the translator ``t`` does not exist.
    @sessions_app.callback()
    def list_command(
        ctx: typer.Context,
        status: str | None = typer.Option(None, "--status", help=t("store.cli.opt.status")),
        kind: str | None = typer.Option(None, "--kind", help=t("store.cli.opt.kind")),
        limit: int = typer.Option(
            LIST_LIMIT, "--limit", min=1, help=t("listing.opt.limit", default=LIST_LIMIT)
        ),
        show_all: bool = typer.Option(False, "--all", help=t("listing.opt.all")),
    ) -> None:
        if ctx.invoked_subcommand is not None:
            return
        from quez.cli.context import get_context
        from quez.cli.sessions_views import list_sessions

        cc = get_context(ctx)
        raise typer.Exit(list_sessions(cc, status, kind, None if show_all else limit))

    @sessions_app.command("show", help=t("store.cli.show.help"))
    def show_command(
        ctx: typer.Context,
        session_id: str = typer.Argument(..., metavar="ID", help=t("store.cli.arg.id")),
    ) -> None:
        from quez.cli.context import get_context
        from quez.cli.sessions_show import show_session

        raise typer.Exit(show_session(get_context(ctx), session_id))

    @sessions_app.command("delete", help=t("store.cli.delete.help"))
    def delete_command(
        ctx: typer.Context,
        session_id: str = typer.Argument(..., metavar="ID", help=t("store.cli.arg.id")),
        yes: bool = typer.Option(False, "--yes", "-y", help=t("store.cli.opt.yes")),
        with_linked: bool = typer.Option(
            False, "--with-linked", help=t("plan.cli.opt.with_linked")
        ),
    ) -> None:
        from quez.cli.context import get_context
        from quez.cli.sessions_erase import delete_session

        code = delete_session(get_context(ctx), session_id, yes=yes, with_linked=with_linked)
        raise typer.Exit(code)

    @sessions_app.command("purge", help=t("store.cli.purge.help"))
    def purge_command(
        ctx: typer.Context,
        older_than: str = typer.Option(..., "--older-than", help=t("store.cli.opt.older_than")),
        dry_run: bool = typer.Option(False, "--dry-run", help=t("store.cli.opt.dry_run")),
        status: str | None = typer.Option(None, "--status", help=t("store.cli.opt.status")),
        yes: bool = typer.Option(False, "--yes", "-y", help=t("store.cli.opt.yes")),
    ) -> None:
        from quez.cli.context import get_context
        from quez.cli.sessions_erase import purge_sessions

        code = purge_sessions(get_context(ctx), older_than, status, dry_run=dry_run, yes=yes)
        raise typer.Exit(code)

    # Deliberately no --yes: erasing everything needs the confirmation word typed by a person.
    @app.command("erase-all", help=t("store.cli.erase_all.help"))
    def erase_all_command(ctx: typer.Context) -> None:
        from quez.cli.context import get_context
        from quez.cli.sessions_erase import erase_everything

        raise typer.Exit(erase_everything(get_context(ctx)))
