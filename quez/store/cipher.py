"""Opening an encrypted store: SQLCipher with a raw 256-bit key that :mod:`quez.vault` derived.

The store knows only this much about the vault: a :class:`Key`, how to hand it to SQLCipher
(``PRAGMA key = "x'…'"``, so SQLCipher's own passphrase KDF is skipped and the derivation cost
is paid once per start), and the two files beside the database that say "this store is
encrypted" (``vault.json``) and "a conversion was interrupted" (``vault-pending.json``).
Passphrases, key derivation and conversions live in :mod:`quez.vault`.

The driver (``sqlcipher3``, the ``vault`` extra) is imported only when a key is used.
"""

from __future__ import annotations

import hmac
import importlib
from pathlib import Path
from types import ModuleType
from typing import Any

from quez.store.errors import StoreError, db_errors, error_name

MARKER_NAME = "vault.json"
PENDING_NAME = "vault-pending.json"
KEY_BYTES = 32


class Key:
    """A raw 256-bit database key. Its repr never shows the bytes."""

    __slots__ = ("_raw",)

    def __init__(self, raw: bytes) -> None:
        if len(raw) != KEY_BYTES:
            raise ValueError("a vault key is 32 bytes")
        self._raw = bytes(raw)

    @property
    def raw(self) -> bytes:
        """The key bytes (for the keyring and the key check; never log them)."""
        return self._raw

    def literal(self) -> str:
        """SQLCipher's raw-key syntax: ``x'<64 hex digits>'``."""
        return f"x'{self._raw.hex()}'"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Key) and hmac.compare_digest(self._raw, other._raw)

    def __hash__(self) -> int:
        return hash(hmac.digest(b"quez-key-hash", self._raw, "sha256"))

    def __repr__(self) -> str:
        return "Key(<hidden>)"


def marker_path(db: Path) -> Path:
    """The vault marker beside ``db`` (present only while the store is encrypted)."""
    return db.parent / MARKER_NAME


def pending_path(db: Path) -> Path:
    """The conversion journal beside ``db`` (present only while a conversion commits)."""
    return db.parent / PENDING_NAME


def check_vault_state(path: Path, key: Key | None) -> None:
    """Refuse to open a store that is mid-conversion, or encrypted while no key is given."""
    if pending_path(path).exists():
        raise StoreError("vault.error.pending", path=str(path))
    if key is None and marker_path(path).exists():
        raise StoreError("vault.error.locked", path=str(path))


def driver() -> ModuleType:
    """The SQLCipher module, or a StoreError telling how to install it."""
    try:
        return importlib.import_module("sqlcipher3")
    except ImportError:
        raise StoreError("vault.error.no_driver") from None


def cipher_connect(
    target: str, key: Key | None, *, timeout: float, uri: bool = True, where: str = ""
) -> Any:
    """A SQLCipher connection (autocommit, shareable between threads), keyed and checked.

    SQLCipher's own log goes to stderr by default: it is silenced before anything else, so a
    wrong key never prints library noise. With a key, the first page is read at once: a wrong
    key (or a damaged file) is ``vault.error.cannot_decrypt``, and nothing has been written.
    """
    module = driver()
    try:
        conn = module.connect(
            target, uri=uri, timeout=timeout, isolation_level=None, check_same_thread=False
        )
    except db_errors() as exc:
        raise StoreError("vault.error.cannot_open", path=where, code=error_name(exc)) from None
    try:
        conn.execute("PRAGMA cipher_log_level = NONE")
        if key is not None:
            conn.execute(f'PRAGMA key = "{key.literal()}"')
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except db_errors() as exc:
        conn.close()
        if error_name(exc).startswith("SQLITE_NOTADB"):
            raise StoreError("vault.error.cannot_decrypt", path=where) from None
        raise StoreError("vault.error.cannot_open", path=where, code=error_name(exc)) from None
    return conn


def cipher_version() -> str:
    """The SQLCipher version of the installed driver (for ``quez vault status``)."""
    conn = cipher_connect(":memory:", None, timeout=0, uri=False)
    try:
        return str(conn.execute("PRAGMA cipher_version").fetchone()[0])
    finally:
        conn.close()
