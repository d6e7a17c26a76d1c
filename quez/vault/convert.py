"""``enable``, ``disable`` and ``change_passphrase``: convert every store file at once.

Each file is copied under the new key into a verified temporary file while the originals stay
locked and untouched; only then does the journal commit switch them all (see
:mod:`quez.vault.journal`). A failure before the commit removes the copies and leaves the
store as it was; a failure after it is finished by the next :func:`quez.vault.is_enabled`.
"""

from __future__ import annotations

import contextlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quez.paths import Paths
from quez.store.cipher import Key
from quez.store.errors import db_errors
from quez.vault import kdf, keychain
from quez.vault.copying import export_copy, open_exclusive, verify_copy
from quez.vault.errors import VaultError, WrongPassphrase
from quez.vault.files import (
    conversion_lock,
    doomed_name,
    fsync_dir,
    shred_with_sides,
    store_files,
    temp_name,
)
from quez.vault.journal import Move, Pending, finish, read_pending, switch_files, write_pending
from quez.vault.kdf import (
    KdfParams,
    check_new_passphrase,
    derive,
    key_check,
    matches,
    new_salt,
)
from quez.vault.marker import Marker, new_id, read_marker, write_marker


@dataclass(frozen=True)
class Converted:
    """What a conversion did: how many files (database and backups), and whether the key is
    now remembered in the keyring."""

    files: int
    remembered: bool = False


def _close_all(connections: list[Any]) -> None:
    for conn in connections:
        with contextlib.suppress(*db_errors()):
            conn.close()


def _prepare(paths: Paths, old: Key | None, new: Key | None) -> tuple[list[Move], list[Any]]:
    """Verified copies of every store file; the sources stay open (locked) for the commit."""
    sources: list[Any] = []
    moves: list[Move] = []
    tmp: Path | None = None
    try:
        for path in store_files(paths):
            source = open_exclusive(path, old)
            sources.append(source)
            tmp = temp_name(path)
            export_copy(source, tmp, new)
            verify_copy(source, tmp, new)
            moves.append(Move(path, tmp, doomed_name(path)))
            tmp = None
        for folder in {move.tmp.parent for move in moves}:
            fsync_dir(folder)
    except BaseException:
        _close_all(sources)
        for leftover in [*(move.tmp for move in moves), *([tmp] if tmp else [])]:
            shred_with_sides(leftover)
        raise
    return moves, sources


def convert(paths: Paths, old: Key | None, new: Key | None, marker: Marker | None) -> int:
    """Re-encrypt every store file from ``old`` to ``new`` (None: plain); returns the count."""
    db = paths.db_path
    with conversion_lock(paths.data_dir):
        leftover = read_pending(db)
        if leftover is not None:  # an earlier run was interrupted: finish it first
            switch_files(leftover)
            finish(db, leftover)
        try:
            moves, sources = _prepare(paths, old, new)
        except OSError:
            raise VaultError("vault.error.io", path=str(paths.data_dir)) from None
        pending = Pending(tuple(moves), marker)
        try:
            try:
                write_pending(db, pending)
            except BaseException:
                for move in moves:
                    shred_with_sides(move.tmp)
                raise
            if os.name != "posix":  # pragma: no cover - Windows cannot rename an open file
                _close_all(sources)
            switch_files(pending)
        except OSError:
            raise VaultError("vault.error.io", path=str(paths.data_dir)) from None
        finally:
            _close_all(sources)  # before the old files are overwritten (POSIX locks)
        try:
            finish(db, pending)
        except OSError:
            raise VaultError("vault.error.io", path=str(paths.data_dir)) from None
    return len(moves)


def _current(paths: Paths, key: Key) -> Marker:
    marker = read_marker(paths.db_path)
    if marker is None:
        raise VaultError("vault.error.not_on")
    if not matches(key, marker.check):
        raise WrongPassphrase()
    return marker


def _remember(paths: Paths, marker: Marker, key: Key) -> bool:
    if not keychain.save(marker.id, key):
        return False
    write_marker(paths.db_path, marker.with_remember(True))
    return True


def enable(
    paths: Paths, passphrase: str, *, params: KdfParams | None = None, remember: bool = False
) -> Converted:
    """Encrypt the store and its backups under a key derived from ``passphrase``.

    ``params`` defaults to :data:`quez.vault.kdf.PRODUCTION` (tests pass cheaper ones).
    """
    if read_marker(paths.db_path) is not None:
        raise VaultError("vault.error.already_on")
    check_new_passphrase(passphrase)
    salt = new_salt()
    params = params or kdf.PRODUCTION
    key = derive(passphrase, salt, params)
    marker = Marker(new_id(), salt, params, key_check(key))
    files = convert(paths, None, key, marker)
    return Converted(files, remember and _remember(paths, marker, key))


def disable(paths: Paths, key: Key) -> Converted:
    """Decrypt the store and its backups back to plain SQLite; forget any remembered key."""
    marker = _current(paths, key)
    files = convert(paths, key, None, None)
    if marker.remember:
        keychain.delete(marker.id)
    return Converted(files)


def change_passphrase(
    paths: Paths,
    key: Key,
    passphrase: str,
    *,
    params: KdfParams | None = None,
    remember: bool | None = None,
) -> Converted:
    """Re-encrypt under a new passphrase (new salt); ``remember`` None keeps the choice."""
    old = _current(paths, key)
    check_new_passphrase(passphrase)
    salt = new_salt()
    params = params or kdf.PRODUCTION
    new_key = derive(passphrase, salt, params)
    marker = Marker(old.id, salt, params, key_check(new_key))
    files = convert(paths, key, new_key, marker)
    wanted = old.remember if remember is None else remember
    if wanted:
        return Converted(files, _remember(paths, marker, new_key))
    if old.remember:
        keychain.delete(old.id)
    return Converted(files)
