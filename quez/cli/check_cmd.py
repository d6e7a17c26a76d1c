"""``quez check``: read the whole session store and say in one line whether it is sound.

QueZ checks the store's integrity by itself only after an unclean shutdown or a change made
behind its back (:mod:`quez.store.openmarks`); this command checks on request. Exit codes: 0
sound (or no store yet), 2 damaged or unreadable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import typer

if TYPE_CHECKING:
    from quez.cli.context import CliContext
    from quez.i18n import Translator

STORE_ERROR_EXIT = 2


def register(app: typer.Typer, t: Translator) -> None:
    """Add ``check`` to ``app`` (help text in ``t``'s language)."""

    @app.command("check", help=t("check.help"))
    def check_command(ctx: typer.Context) -> None:
        from quez.cli.context import get_context

        raise typer.Exit(run_check(get_context(ctx)))


def run_check(cc: CliContext) -> int:
    """Check the store (asking for the passphrase of an encrypted one); print one line."""
    from quez.cli.vault_unlock import store_key
    from quez.store import Store, StoreError

    path = cc.paths.db_path
    key = store_key(cc)
    if not path.exists():
        typer.echo(cc.t("check.none"))
        return 0
    try:
        Store.open(path, key=key, check=True).close()
    except StoreError as exc:
        raise cc.fail(exc.message(cc.t), STORE_ERROR_EXIT) from None
    typer.echo(cc.t("check.ok", path=path))
    return 0
