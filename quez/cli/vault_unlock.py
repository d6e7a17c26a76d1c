"""Getting the vault key on the command line: keyring, ``QUEZ_PASSPHRASE``, or a prompt.

The order and the rules are the unlock workflow's (:mod:`quez.workflows.unlock`, shared with
the app); this module brings the prompt and turns a failure into one line. Asked once per
start. At a terminal the prompt hides what is typed and allows three tries; from a script
(stdin not a terminal) one line is read, once. A wrong passphrase is one line on stderr and
exit code 2, and nothing is opened or changed.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import typer

from quez.cli.context import CliContext
from quez.workflows.unlock import TRIES

if TYPE_CHECKING:
    from quez.vault import Key
    from quez.workflows.unlock import UnlockOutcome

ENV_NEW_PASSPHRASE = "QUEZ_NEW_PASSPHRASE"
VAULT_ERROR_EXIT = 2


def interactive() -> bool:
    """True when a person can type at a terminal (tests replace this)."""
    return sys.stdin is not None and sys.stdin.isatty()


def read_secret(prompt: str) -> str | None:
    """A hidden prompt at a terminal, else one line of stdin; None when nothing came."""
    if interactive():
        try:
            return str(typer.prompt(prompt, hide_input=True))
        except (typer.Abort, EOFError):
            return None
    line = sys.stdin.readline() if sys.stdin is not None else ""
    return line.rstrip("\r\n") if line else None


def _unlocked(cc: CliContext) -> UnlockOutcome:
    """The unlock workflow with this terminal's prompt (three tries; one from a script)."""
    from quez.workflows.unlock import unlock_vault

    def ask() -> str | None:
        return read_secret(cc.t("vault.cli.prompt.passphrase"))

    def wrong(left: int) -> None:
        cc.console(stderr=True).print(cc.t("vault.cli.wrong.retry", left=left))

    outcome = unlock_vault(
        cc.paths, env=os.environ, ask=ask, tries=TRIES if interactive() else 1, wrong=wrong
    )
    if outcome.failure is not None:
        raise cc.fail(outcome.failure.message(cc.t), VAULT_ERROR_EXIT)
    return outcome


def current_key(cc: CliContext) -> Key:
    """The key of an encrypted store: remembered, ``QUEZ_PASSPHRASE``, else asked for."""
    key = _unlocked(cc).key
    if key is None:
        raise cc.fail(cc.t("vault.error.not_on"), VAULT_ERROR_EXIT)
    return key


def store_key(cc: CliContext) -> Key | None:
    """For every command that opens the store: None when it is not encrypted, else the key.

    Finishes an interrupted conversion first (:func:`quez.vault.is_enabled`); a damaged vault
    or a wrong passphrase is one line on stderr and exit code 2.
    """
    return _unlocked(cc).key


def new_passphrase(cc: CliContext, env_name: str) -> str:
    """A new passphrase from ``env_name`` or typed twice; checked for length."""
    from quez.vault import VaultError, check_new_passphrase

    text = os.environ.get(env_name)
    if text is None:
        text = read_secret(cc.t("vault.cli.prompt.new"))
        if text is None:
            raise cc.fail(cc.t("vault.cli.no_passphrase"), VAULT_ERROR_EXIT)
        if interactive() and read_secret(cc.t("vault.cli.prompt.repeat")) != text:
            raise cc.fail(cc.t("vault.cli.mismatch"), 1)
    try:
        check_new_passphrase(text)
    except VaultError as exc:
        raise cc.fail(exc.message(cc.t), 1) from None
    return text
