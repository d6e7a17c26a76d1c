"""Remembering the database key in the operating system's keyring (opt-in).

The *derived key* is stored, never the passphrase (which may be used elsewhere). Every keyring
failure (none installed, headless Linux without a secret service, a locked or refusing keyring)
means "not remembered": the caller falls back to asking for the passphrase.
"""

from __future__ import annotations

from types import ModuleType

from quez.store.cipher import Key

SERVICE = "quez"


def _account(marker_id: str) -> str:
    return f"vault-{marker_id}"


def _keyring() -> tuple[ModuleType, type[Exception]] | None:
    try:
        import keyring
        import keyring.errors
    except ImportError:
        return None
    return keyring, keyring.errors.KeyringError


def save(marker_id: str, key: Key) -> bool:
    """Store the key; False when no usable keyring is there."""
    found = _keyring()
    if found is None:
        return False
    module, failure = found
    try:
        module.set_password(SERVICE, _account(marker_id), key.raw.hex())
    except failure:
        return False
    return True


def load(marker_id: str) -> Key | None:
    """The remembered key, or None (nothing stored, no keyring, or not a key)."""
    found = _keyring()
    if found is None:
        return None
    module, failure = found
    try:
        text = module.get_password(SERVICE, _account(marker_id))
    except failure:
        return None
    if not isinstance(text, str):
        return None
    try:
        return Key(bytes.fromhex(text))
    except ValueError:
        return None


def delete(marker_id: str) -> bool:
    """Remove the remembered key; False when there was none (or no keyring)."""
    found = _keyring()
    if found is None:
        return False
    module, failure = found
    try:
        module.delete_password(SERVICE, _account(marker_id))
    except failure:
        return False
    return True
