"""What the ``quez vault`` commands do (imported lazily by :mod:`quez.cli.vault_cmd`)."""

from __future__ import annotations

from quez.cli.context import CliContext
from quez.cli.vault_unlock import (
    ENV_NEW_PASSPHRASE,
    VAULT_ERROR_EXIT,
    current_key,
    new_passphrase,
)
from quez.workflows.unlock import ENV_PASSPHRASE


def _is_on(cc: CliContext) -> bool:
    from quez.vault import VaultError, is_enabled

    try:
        return is_enabled(cc.paths)
    except VaultError as exc:
        raise cc.fail(exc.message(cc.t), VAULT_ERROR_EXIT) from None


def _remember_line(cc: CliContext, remembered: bool) -> None:
    key = "vault.cli.remembered" if remembered else "vault.cli.not_remembered"
    cc.console().print(cc.t(key))


def enable_vault(cc: CliContext, *, remember: bool) -> int:
    """``quez vault enable``: choose a passphrase, encrypt the store and backups."""
    from quez.vault import VaultError, enable

    console = cc.console()
    if _is_on(cc):
        console.print(cc.t("vault.error.already_on"))
        return 0
    console.print(cc.t("vault.cli.enable.intro"))
    passphrase = new_passphrase(cc, ENV_PASSPHRASE)
    console.print(cc.t("vault.cli.working"))
    try:
        result = enable(cc.paths, passphrase, remember=remember)
    except VaultError as exc:
        raise cc.fail(exc.message(cc.t), VAULT_ERROR_EXIT) from None
    console.print(cc.t("vault.cli.enabled", files=result.files))
    if remember:
        _remember_line(cc, result.remembered)
    return 0


def disable_vault(cc: CliContext, *, yes: bool) -> int:
    """``quez vault disable``: unlock, confirm, decrypt back to plain SQLite."""
    from quez.cli.sessions_erase import confirmed
    from quez.vault import VaultError, disable

    console = cc.console()
    if not _is_on(cc):
        console.print(cc.t("vault.cli.already_off"))
        return 0
    try:
        key = current_key(cc)
        if not yes and not confirmed(cc, cc.t("vault.cli.disable.confirm")):
            console.print(cc.t("vault.cli.cancelled"))
            return 1
        console.print(cc.t("vault.cli.working"))
        result = disable(cc.paths, key)
    except VaultError as exc:
        raise cc.fail(exc.message(cc.t), VAULT_ERROR_EXIT) from None
    console.print(cc.t("vault.cli.disabled", files=result.files))
    return 0


def change_vault_passphrase(cc: CliContext, *, remember: bool | None) -> int:
    """``quez vault change-passphrase``: unlock with the old one, re-encrypt under a new one."""
    from quez.vault import VaultError, change_passphrase

    if not _is_on(cc):
        raise cc.fail(cc.t("vault.error.not_on"), 1)
    console = cc.console()
    try:
        key = current_key(cc)
        passphrase = new_passphrase(cc, ENV_NEW_PASSPHRASE)
        console.print(cc.t("vault.cli.working"))
        result = change_passphrase(cc.paths, key, passphrase, remember=remember)
    except VaultError as exc:
        raise cc.fail(exc.message(cc.t), VAULT_ERROR_EXIT) from None
    console.print(cc.t("vault.cli.changed", files=result.files))
    if remember is not None or result.remembered:
        _remember_line(cc, result.remembered)
    return 0


def show_status(cc: CliContext) -> int:
    """``quez vault status``: on or off, key derivation, keyring, file count. No passphrase."""
    from quez.store.cipher import cipher_version
    from quez.store.errors import StoreError
    from quez.vault import VaultError, status

    try:
        state = status(cc.paths)
    except VaultError as exc:
        raise cc.fail(exc.message(cc.t), VAULT_ERROR_EXIT) from None
    console = cc.console()
    console.print(cc.t("vault.cli.status.on" if state.enabled else "vault.cli.status.off"))
    if state.enabled and state.params is not None:
        try:
            console.print(cc.t("vault.cli.status.cipher", cipher=f"SQLCipher {cipher_version()}"))
        except StoreError as exc:
            console.print(exc.message(cc.t))
        params = state.params
        console.print(cc.t("vault.cli.status.kdf", n=params.n, r=params.r, p=params.p))
        answer = cc.t("vault.cli.yes" if state.remembered else "vault.cli.no")
        console.print(cc.t("vault.cli.status.remembered", answer=answer))
    console.print(cc.t("vault.cli.status.files", files=state.files))
    return 0
