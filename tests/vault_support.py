"""Helpers for the vault tests: cheap key derivation, an in-memory keyring, and a page decryptor
that reads an SQLCipher file the way an attacker *with* the key would (free space included)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import keyring
import keyring.backend
import keyring.errors
import pytest

from quez.store import Store
from quez.vault import KdfParams, Key

# Cheap parameters for tests (production ones are exercised once, in test_vault_kdf).
FAST = KdfParams(n=2**10, r=8, p=1)
PASSPHRASE = "correct horse battery staple"
OTHER = "another perfectly fine phrase"

PAGE = 4096
RESERVE = 80  # SQLCipher 4: 16-byte IV + 64-byte HMAC-SHA512 at the end of every page
SALT = 16  # page 1 starts with the file's plaintext salt
WAL_HEADER, FRAME_HEADER = 32, 24


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring that lives in a dict: tests never touch the real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.items: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.items.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.items[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        if self.items.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("not found")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    before = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    try:
        yield ring
    finally:
        keyring.set_keyring(before)


@pytest.fixture
def no_keyring() -> Iterator[None]:
    """The headless-Linux situation: every keyring call raises NoKeyringError."""
    import keyring.backends.fail

    before = keyring.get_keyring()
    keyring.set_keyring(keyring.backends.fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        yield
    finally:
        keyring.set_keyring(before)


def _decrypt_page(page: bytes, key: Key, first: bool) -> bytes:
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    start = SALT if first else 0
    body, iv = page[start : PAGE - RESERVE], page[PAGE - RESERVE : PAGE - RESERVE + 16]
    decryptor = Cipher(algorithms.AES(key.raw), modes.CBC(iv)).decryptor()
    return decryptor.update(body) + decryptor.finalize()


def decrypted_bytes(path: Path, key: Key) -> bytes:
    """Every page of the database and every frame of its -wal, decrypted (unused space too)."""
    out = bytearray()
    if path.exists():
        data = path.read_bytes()
        for offset in range(0, len(data) - PAGE + 1, PAGE):
            out += _decrypt_page(data[offset : offset + PAGE], key, offset == 0)
    wal = Path(f"{path}-wal")
    if wal.exists():
        data = wal.read_bytes()
        offset = WAL_HEADER
        while offset + FRAME_HEADER + PAGE <= len(data):
            pgno = int.from_bytes(data[offset : offset + 4], "big")
            page = data[offset + FRAME_HEADER : offset + FRAME_HEADER + PAGE]
            out += _decrypt_page(page, key, pgno == 1)
            offset += FRAME_HEADER + PAGE
    return bytes(out)


def count(data: bytes, needle: str) -> int:
    return data.count(needle.encode("utf-8")) + data.count(needle.encode("utf-16-le"))


def plaintext_hits(root: Path, needle: str) -> dict[str, int]:
    """Raw occurrences of ``needle`` in every file under ``root`` (only those with hits)."""
    hits: dict[str, int] = {}
    for folder, _, files in os.walk(root):
        for name in files:
            file = Path(folder) / name
            found = count(file.read_bytes(), needle)
            if found:
                hits[str(file.relative_to(root))] = found
    return hits


def keyed_store(key: Key) -> type[Store]:
    """A Store whose ``open`` always uses ``key``: lets the store suite's tests run in a vault."""

    class KeyedStore(Store):
        @classmethod
        def open(cls, path: Path, **kwargs: object) -> Store:
            return Store.open(path, key=key, **kwargs)  # type: ignore[arg-type]

    return KeyedStore
