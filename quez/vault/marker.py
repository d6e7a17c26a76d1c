"""The vault marker ``vault.json`` beside the database: salt, KDF parameters, a key check.

It never holds the key or the passphrase. Its presence is what makes a store "encrypted" for
:meth:`quez.store.Store.open`; it is written atomically (0600) and validated strictly on read.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from quez.fsutil import atomic_write_text
from quez.store.cipher import marker_path
from quez.vault.errors import VaultError
from quez.vault.kdf import SALT_BYTES, KdfParams

FORMAT = "quez-vault"
VERSION = 1
CIPHER = "sqlcipher4-raw-key"


@dataclass(frozen=True)
class Marker:
    """What unlocking needs to know about one encrypted store."""

    id: str  # random; names the keyring entry
    salt: bytes
    params: KdfParams
    check: bytes
    remember: bool = False

    def with_remember(self, remember: bool) -> Marker:
        return replace(self, remember=remember)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "id": self.id,
            "cipher": CIPHER,
            "kdf": {
                "name": "scrypt",
                "n": self.params.n,
                "r": self.params.r,
                "p": self.params.p,
                "salt": base64.b64encode(self.salt).decode("ascii"),
            },
            "check": base64.b64encode(self.check).decode("ascii"),
            "remember": self.remember,
        }


def new_id() -> str:
    return secrets.token_hex(8)


def _int(value: object) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        raise ValueError("not an integer")
    return value


def from_json(data: object) -> Marker:
    """Parse a marker; ValueError (no values in it) when anything is off."""
    if not isinstance(data, dict) or data.get("format") != FORMAT:
        raise ValueError("not a vault marker")
    if data.get("version") != VERSION or data.get("cipher") != CIPHER:
        raise ValueError("unsupported vault marker")
    kdf = data.get("kdf")
    if not isinstance(kdf, dict) or kdf.get("name") != "scrypt":
        raise ValueError("unsupported key derivation")
    params = KdfParams(n=_int(kdf.get("n")), r=_int(kdf.get("r")), p=_int(kdf.get("p")))
    try:
        salt = base64.b64decode(str(kdf.get("salt")), validate=True)
        check = base64.b64decode(str(data.get("check")), validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("bad encoding") from None
    ident, remember = data.get("id"), data.get("remember", False)
    if not isinstance(ident, str) or not ident.isalnum() or len(ident) > 64:
        raise ValueError("bad id")
    if not params.valid() or len(salt) < SALT_BYTES or len(check) != 32:
        raise ValueError("bad parameters")
    if not isinstance(remember, bool):
        raise ValueError("bad remember flag")
    return Marker(ident, salt, params, check, remember)


def read_marker(db: Path) -> Marker | None:
    """The marker of the store at ``db``, or None when the store is not encrypted."""
    path = marker_path(db)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError):
        raise VaultError("vault.error.marker", path=str(path)) from None
    try:
        return from_json(json.loads(text))
    except ValueError:
        raise VaultError("vault.error.marker", path=str(path)) from None


def write_marker(db: Path, marker: Marker) -> None:
    """Write (atomically replace) the marker beside ``db``."""
    text = json.dumps(marker.to_json(), indent=2, sort_keys=True) + "\n"
    atomic_write_text(marker_path(db), text)
