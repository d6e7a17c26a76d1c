"""The opt-in encrypted store (``quez vault``): a lost laptop is not a data breach.

Core API (no Textual; the CLI and the TUI build their unlock flow on it)::

    if vault.is_enabled(paths):            # finishes an interrupted conversion first
        key = vault.remembered_key(paths)  # OS keyring, only after ``--remember``
        if key is None:
            key = vault.unlock(paths, passphrase)  # WrongPassphrase: ask again, nothing changed
    else:
        key = None
    store = Store.open(paths.db_path, key=key)

Conversions: :func:`enable`, :func:`disable`, :func:`change_passphrase`. See docs/security.md.
"""

from __future__ import annotations

from quez.store.cipher import Key
from quez.vault.access import (
    VaultStatus,
    forget_key,
    is_enabled,
    remembered_key,
    status,
    unlock,
)
from quez.vault.convert import Converted, change_passphrase, disable, enable
from quez.vault.errors import VaultError, WrongPassphrase
from quez.vault.journal import recover
from quez.vault.kdf import MIN_PASSPHRASE, PRODUCTION, KdfParams, check_new_passphrase

__all__ = [
    "MIN_PASSPHRASE",
    "PRODUCTION",
    "Converted",
    "KdfParams",
    "Key",
    "VaultError",
    "VaultStatus",
    "WrongPassphrase",
    "change_passphrase",
    "check_new_passphrase",
    "disable",
    "enable",
    "forget_key",
    "is_enabled",
    "recover",
    "remembered_key",
    "status",
    "unlock",
]
