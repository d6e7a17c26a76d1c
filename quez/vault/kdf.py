"""Key derivation: scrypt over the passphrase with a random per-store salt.

OWASP's current minimum for scrypt is N=2^17, r=8, p=1 (128 MiB, about half a second): that is
:data:`PRODUCTION`. The derived 32 bytes go to SQLCipher as a raw key, so SQLCipher's own
PBKDF2 is not the only barrier and the cost is paid once per start. Tests pass cheaper
parameters explicitly; a marker records which parameters its store used.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
import unicodedata
from dataclasses import dataclass

from quez.store.cipher import KEY_BYTES, Key
from quez.vault.errors import VaultError

SALT_BYTES = 16
MIN_PASSPHRASE = 10
_CHECK_LABEL = b"quez-vault key check v1"


@dataclass(frozen=True)
class KdfParams:
    """scrypt cost parameters (``n`` a power of two)."""

    n: int = 2**17
    r: int = 8
    p: int = 1

    def valid(self) -> bool:
        """Within sane bounds: a tampered marker cannot make unlocking take minutes or GiBs."""
        power_of_two = self.n > 1 and self.n & (self.n - 1) == 0
        in_range = 2**10 <= self.n <= 2**22 and 1 <= self.r <= 32 and 1 <= self.p <= 16
        return power_of_two and in_range and 128 * self.n * self.r <= 2**30  # at most 1 GiB

    def maxmem(self) -> int:
        """Memory scrypt needs for these parameters, plus slack (hashlib's limit is 32 MiB)."""
        return 128 * self.r * (self.n + self.p + 2) + (1 << 20)


PRODUCTION = KdfParams()


def normalise(passphrase: str) -> bytes:
    """UTF-8 of the NFC form: "é" typed on any system derives the same key."""
    return unicodedata.normalize("NFC", passphrase).encode("utf-8")


def check_new_passphrase(passphrase: str) -> None:
    """Refuse a new passphrase that is too short to stand an offline guessing attack."""
    if len(unicodedata.normalize("NFC", passphrase).strip()) < MIN_PASSPHRASE:
        raise VaultError("vault.error.too_short", minimum=MIN_PASSPHRASE)


def new_salt() -> bytes:
    """A fresh random salt for a new (or re-keyed) store."""
    return secrets.token_bytes(SALT_BYTES)


def derive(passphrase: str, salt: bytes, params: KdfParams) -> Key:
    """The database key for ``passphrase`` (slow on purpose)."""
    if not params.valid():
        raise VaultError("vault.error.marker_params")
    raw = hashlib.scrypt(
        normalise(passphrase),
        salt=salt,
        n=params.n,
        r=params.r,
        p=params.p,
        maxmem=params.maxmem(),
        dklen=KEY_BYTES,
    )
    return Key(raw)


def key_check(key: Key) -> bytes:
    """A one-way check value stored in the marker: it tells a wrong passphrase from a damaged
    database. It costs a guesser as much as the database itself does (one scrypt per guess)."""
    return hmac.digest(key.raw, _CHECK_LABEL, "sha256")


def matches(key: Key, check: bytes) -> bool:
    """True when ``key`` is the key the marker's check value was made from."""
    return hmac.compare_digest(key_check(key), check)
