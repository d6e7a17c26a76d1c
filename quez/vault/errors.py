"""Vault errors: i18n keys with safe parameters (paths, counts), never a passphrase or a key."""

from __future__ import annotations

from quez.store.errors import StoreError


class VaultError(StoreError):
    """A vault failure the user can read in one line (``message(t)``); nothing was lost."""


class WrongPassphrase(VaultError):
    """The passphrase (or a remembered key) does not open this vault. Retrying is safe."""

    def __init__(self) -> None:
        super().__init__("vault.error.wrong_passphrase")
