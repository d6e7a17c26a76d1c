"""Unlocking: is the store encrypted, does this passphrase open it, is a key remembered.

None of these change the store. :func:`is_enabled` may finish a conversion that a crash
interrupted (see :mod:`quez.vault.journal`): call it first, once per start.
"""

from __future__ import annotations

from dataclasses import dataclass

from quez.paths import Paths
from quez.store.cipher import Key
from quez.vault import keychain
from quez.vault.errors import VaultError, WrongPassphrase
from quez.vault.files import store_files
from quez.vault.journal import recover
from quez.vault.kdf import KdfParams, derive, matches
from quez.vault.marker import read_marker


def is_enabled(paths: Paths) -> bool:
    """True when the store is encrypted. Finishes an interrupted conversion first, so the
    answer (and the files) are consistent; VaultError when the marker is damaged."""
    recover(paths)
    return read_marker(paths.db_path) is not None


def unlock(paths: Paths, passphrase: str) -> Key:
    """The key for :meth:`quez.store.Store.open`; :class:`WrongPassphrase` when it does not fit.

    Costs one key derivation (about half a second with the production parameters) and has no
    side effects, so a caller may simply ask again.
    """
    marker = read_marker(paths.db_path)
    if marker is None:
        raise VaultError("vault.error.not_on")
    key = derive(passphrase, marker.salt, marker.params)
    if not matches(key, marker.check):
        raise WrongPassphrase()
    return key


def remembered_key(paths: Paths) -> Key | None:
    """The key from the OS keyring when the user chose ``--remember`` and it still fits."""
    marker = read_marker(paths.db_path)
    if marker is None or not marker.remember:
        return None
    key = keychain.load(marker.id)
    return key if key is not None and matches(key, marker.check) else None


def forget_key(paths: Paths) -> bool:
    """Remove this store's remembered key from the keyring (``quez erase-all`` calls this).

    Never raises: a damaged marker or a missing keyring simply means nothing to remove.
    """
    try:
        marker = read_marker(paths.db_path)
    except VaultError:
        return False
    if marker is None or not marker.remember:
        return False
    return keychain.delete(marker.id)


@dataclass(frozen=True)
class VaultStatus:
    """What ``quez vault status`` shows; no secrets."""

    enabled: bool
    remembered: bool
    params: KdfParams | None
    files: int


def status(paths: Paths) -> VaultStatus:
    """Whether the store is encrypted, with which key derivation, and how many files."""
    enabled = is_enabled(paths)
    marker = read_marker(paths.db_path) if enabled else None
    return VaultStatus(
        enabled=marker is not None,
        remembered=bool(marker and marker.remember),
        params=marker.params if marker else None,
        files=len(store_files(paths)),
    )
