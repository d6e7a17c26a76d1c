"""Getting the vault key on the command line: keyring, ``QUEZ_PASSPHRASE``, or a prompt.

Asked once per start. At a terminal the prompt hides what is typed and allows three tries;
from a script (stdin not a terminal) one line is read, once. A wrong passphrase is one line on
stderr and exit code 2, and nothing is opened or changed.
"""

from __future__ import annotations

import os
import sys
from typing import TYPE_CHECKING

import typer

from quez.cli.context import CliContext

if TYPE_CHECKING:
    from quez.vault import Key

ENV_PASSPHRASE = "QUEZ_PASSPHRASE"
ENV_NEW_PASSPHRASE = "QUEZ_NEW_PASSPHRASE"
TRIES = 3
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


def ask_key(cc: CliContext) -> Key:
    """Unlock with ``QUEZ_PASSPHRASE`` or the prompt; exits 2 after one line when it fails."""
    from quez.vault import WrongPassphrase, unlock

    given = os.environ.get(ENV_PASSPHRASE)
    tries = 1 if given is not None or not interactive() else TRIES
    for attempt in range(1, tries + 1):
        text = given if given is not None else read_secret(cc.t("vault.cli.prompt.passphrase"))
        if text is None:
            raise cc.fail(cc.t("vault.cli.no_passphrase"), VAULT_ERROR_EXIT)
        try:
            return unlock(cc.paths, text)
        except WrongPassphrase:
            if attempt < tries:
                cc.console(stderr=True).print(cc.t("vault.cli.wrong.retry", left=tries - attempt))
    raise cc.fail(cc.t("vault.cli.wrong.final"), VAULT_ERROR_EXIT)


def current_key(cc: CliContext) -> Key:
    """The key of an encrypted store: remembered in the keyring, else asked for."""
    from quez.vault import remembered_key

    return remembered_key(cc.paths) or ask_key(cc)


def store_key(cc: CliContext) -> Key | None:
    """For every command that opens the store: None when it is not encrypted, else the key.

    Finishes an interrupted conversion first (:func:`quez.vault.is_enabled`).
    """
    from quez.vault import VaultError, is_enabled

    try:
        if not is_enabled(cc.paths):
            return None
        return current_key(cc)
    except VaultError as exc:
        raise cc.fail(exc.message(cc.t), VAULT_ERROR_EXIT) from None


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
