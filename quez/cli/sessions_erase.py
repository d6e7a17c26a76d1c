"""The destructive session commands: ``delete``, ``purge`` and ``erase-all``.

Each asks first, then runs the workflow (:mod:`quez.workflows.erase`) and prints its receipt,
which names every export file erased and every one that could not be reached.
``erase-all`` has no ``--yes``: a person types the confirmation word. ``purge`` applies the
user's retention settings first (:mod:`quez.workflows.retention`) and says what that removed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

import typer
from rich.text import Text

from quez.cli.context import CliContext
from quez.cli.sessions_views import (
    STORE_ERROR_EXIT,
    check_choice,
    local_time,
    missing,
    open_store,
    parse_duration,
    resolve,
    session_table,
)
from quez.sanitize import clean_text

if TYPE_CHECKING:
    from quez.store import ExportErasure
    from quez.store.cipher import Key
    from quez.store.model import SessionStatus


def print_exports(cc: CliContext, erasure: ExportErasure, *, listed: bool = True) -> None:
    """The receipt's lines about export files (paths cleaned; never markup)."""
    from quez.workflows.erase import export_lines

    console = cc.console()
    for key, params in export_lines(erasure, listed=listed):
        console.print(Text(cc.t(key, **params)))


def confirmed(cc: CliContext, question: str) -> bool:
    """Ask a yes/no question; only an explicit yes (j/ja/y/yes) counts."""
    cc.console().print(question)
    answer = typer.prompt(cc.t("store.cli.confirm.prompt"), default="", show_default=False)
    return answer.strip().lower() in cc.t("store.cli.confirm.answers").split(",")


def delete_session(cc: CliContext, typed: str, *, yes: bool, with_linked: bool = False) -> int:
    """``quez sessions delete ID``: confirm, delete (and the linked conversations, when chosen:
    :mod:`quez.cli.sessions_plan`), print the receipt."""
    from quez.cli.sessions_plan import ask_with_linked, print_linked_receipt
    from quez.store import StoreError
    from quez.workflows.linked import delete_with_linked

    store = open_store(cc)
    if store is None:
        raise missing(cc, typed)
    console = cc.console()
    with store:
        try:
            session_id = resolve(cc, store, typed)
            count = len(store.entries(session_id))
            session = store.get_session(session_id)
            if session is not None and session.label:
                console.print(Text(cc.t("store.cli.show.label") + clean_text(session.label)))
            question = cc.t("store.cli.confirm.delete", id=session_id, count=count)
            if not yes and not confirmed(cc, question):
                console.print(cc.t("store.cli.cancelled"))
                return 1
            also = ask_with_linked(cc, store, session_id, yes=yes, with_linked=with_linked)
            deletion = delete_with_linked(store, session_id, with_linked=also)
            receipt = deletion.receipts[0]
        except StoreError as exc:
            raise cc.fail(exc.message(cc.t), STORE_ERROR_EXIT) from None
    when = local_time(receipt.deleted_at)
    console.print(
        cc.t("store.cli.deleted", id=receipt.session_id, count=receipt.entry_count, time=when)
    )
    print_exports(cc, receipt.exports)
    if not receipt.fully_erased:
        console.print(cc.t("store.cli.not_fully_erased"))
    print_linked_receipt(cc, deletion)
    return 0


def purge_sessions(
    cc: CliContext, older_than: str, status: str | None, *, dry_run: bool, yes: bool
) -> int:
    """``quez sessions purge --older-than 90d``: retention first, then list, confirm, delete."""
    from quez.settings import Settings
    from quez.store import StoreError
    from quez.workflows import erase
    from quez.workflows.retention import apply_retention, retention_message_params

    period = parse_duration(older_than)
    if period is None:
        raise cc.fail(cc.t("store.cli.bad_duration", value=clean_text(older_than)[:20]), 2)
    check_choice(cc, "--status", status, ("open", "closed"))
    wanted = cast("SessionStatus | None", status)
    console = cc.console()
    store = open_store(cc)
    if store is None:
        console.print(cc.t("store.cli.purge.none", period=older_than.strip()))
        return 0
    with store:
        try:
            if not dry_run:  # a dry run changes nothing, retention included
                report = apply_retention(store, Settings.load(cc.paths.settings_file))
                said = retention_message_params(report)
                if said is not None:
                    console.print(cc.t("retention.done", **said))
                print_exports(cc, report.exports)
            doomed = erase.purge_candidates(store, period, wanted)
            if not doomed:
                console.print(cc.t("store.cli.purge.none", period=older_than.strip()))
                return 0
            if dry_run:
                console.print(cc.t("store.cli.purge.would", count=len(doomed)))
                console.print(session_table(cc, doomed))
                return 0
            console.print(session_table(cc, doomed))
            question = cc.t("store.cli.confirm.purge", count=len(doomed))
            if not yes and not confirmed(cc, question):
                console.print(cc.t("store.cli.cancelled"))
                return 1
            purged = erase.purge(store, period, wanted)
        except StoreError as exc:
            raise cc.fail(exc.message(cc.t), STORE_ERROR_EXIT) from None
    console.print(cc.t("store.cli.purge.done", count=len(purged.sessions)))
    print_exports(cc, purged.exports)
    return 0


def erase_everything(cc: CliContext) -> int:
    """``quez erase-all``: show the folders, require the typed word, remove them."""
    from quez.store import StoreError
    from quez.workflows.erase import erase_everything as erase
    from quez.workflows.erase import erase_targets

    console = cc.console()
    roots = erase_targets(cc.paths)
    if not roots:
        console.print(cc.t("store.cli.erase.nothing"))
        return 0
    console.print(cc.t("store.cli.erase.intro"))
    for root in roots:
        console.print(Text(f"  {root}"))
    word = cc.t("store.cli.erase.word")
    answer = typer.prompt(cc.t("store.cli.erase.prompt", word=word), default="", show_default=False)
    if answer.strip().lower() != word:
        console.print(cc.t("store.cli.erase.cancelled"))
        return 1
    try:
        receipt = erase(cc.paths, key=_key_for_exports(cc))
    except StoreError as exc:
        raise cc.fail(exc.message(cc.t), STORE_ERROR_EXIT) from None
    print_exports(cc, receipt.exports, listed=receipt.exports_listed)
    for root in receipt.removed:
        console.print(Text(cc.t("store.cli.erase.done", path=clean_text(str(root)))))
    return 0


def _key_for_exports(cc: CliContext) -> Key | None:
    """An encrypted store's key, to list its export files before everything goes.

    Remembered, ``QUEZ_PASSPHRASE`` or asked; without it (a wrong passphrase, none typed) the
    folders are still erased and the receipt says the export files could not be listed.
    """
    import os

    from quez.cli.vault_unlock import interactive, read_secret
    from quez.store.cipher import marker_path, pending_path
    from quez.workflows.unlock import TRIES, unlock_vault

    db = cc.paths.db_path
    if not (marker_path(db).exists() or pending_path(db).exists()):
        return None

    def ask() -> str | None:
        return read_secret(cc.t("vault.cli.prompt.passphrase"))

    def wrong(left: int) -> None:
        cc.console(stderr=True).print(cc.t("vault.cli.wrong.retry", left=left))

    outcome = unlock_vault(
        cc.paths, env=os.environ, ask=ask, tries=TRIES if interactive() else 1, wrong=wrong
    )
    if outcome.failure is not None:
        cc.console(stderr=True).print(outcome.failure.message(cc.t))
    return outcome.key
