"""The files a conversion touches: which store files exist, temporary and doomed names,
leftovers of an interrupted run, and the lock that keeps two conversions apart."""

from __future__ import annotations

import contextlib
import os
import secrets
from collections.abc import Iterator
from pathlib import Path

from quez.fsutil import FILE_MODE, ensure_private_dir
from quez.paths import Paths
from quez.store.db import side_files
from quez.store.wipe import shred
from quez.vault.errors import VaultError

LOCK_NAME = ".vault.lock"
TMP_TAG = ".vault-tmp"
OLD_TAG = ".vault-old"


def store_files(paths: Paths) -> list[Path]:
    """The database and every backup (``backups/*.sqlite3``) that exist now."""
    found = [paths.db_path] if os.path.lexists(paths.db_path) else []
    if paths.backups_dir.is_dir() and not paths.backups_dir.is_symlink():
        found += sorted(
            p
            for p in paths.backups_dir.glob("*.sqlite3")
            if not p.name.startswith(".") and os.path.lexists(p)
        )
    for path in found:
        if path.is_symlink() or not path.is_file():
            raise VaultError("vault.error.not_a_file", path=str(path))
    return found


def temp_name(target: Path) -> Path:
    """A fresh temporary name in ``target``'s folder (same filesystem: ``os.replace`` works)."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{TMP_TAG}")


def doomed_name(target: Path) -> Path:
    """Where the old file waits, during a commit, to be overwritten and removed."""
    return target.with_name(f".{target.name}.{secrets.token_hex(6)}{OLD_TAG}")


def create_empty(path: Path) -> None:
    """Create ``path`` empty, 0600, failing if it exists (before SQLite ever opens it)."""
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE))


def fsync_file(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    if os.name != "posix":  # pragma: no cover - folders cannot be opened on Windows
        return
    fsync_file(folder)


def shred_with_sides(path: Path) -> None:
    """Securely remove a database file and its ``-wal``/``-shm``/``-journal``."""
    for file in (path, *side_files(path)):
        shred(file)


# quez.fsutil.atomic_write_* writes ``.<name>.<hex>.tmp`` first; a kill before its os.replace
# leaves one of these for the vault's own JSON files.
_JSON_TEMPS = (".vault.json.", ".vault-pending.json.")


def is_debris(name: str) -> bool:
    """A temporary or doomed file an interrupted conversion left behind."""
    if name.startswith(_JSON_TEMPS) and name.endswith(".tmp"):
        return True
    return name.startswith(".") and (TMP_TAG in name or name.endswith(OLD_TAG))


def debris(paths: Paths) -> list[Path]:
    """Leftovers of an interrupted conversion, in the data and backup folders."""
    found: list[Path] = []
    for folder in (paths.data_dir, paths.backups_dir):
        with contextlib.suppress(FileNotFoundError, NotADirectoryError):
            found += sorted(folder / name for name in os.listdir(folder) if is_debris(name))
    return found


@contextlib.contextmanager
def conversion_lock(data_dir: Path) -> Iterator[None]:
    """Hold the vault lock (``.vault.lock``, flock) or raise ``vault.error.busy`` at once.

    Conversions and recovery take it, so a second QueZ never finishes a conversion that the
    first one is still doing. Without ``fcntl`` (Windows) there is no lock.
    """
    try:
        import fcntl
    except ImportError:  # pragma: no cover - not on POSIX
        yield
        return
    if not data_dir.exists():
        ensure_private_dir(data_dir)
    fd = os.open(data_dir / LOCK_NAME, os.O_CREAT | os.O_RDWR, FILE_MODE)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            raise VaultError("vault.error.busy") from None
        yield
    finally:
        os.close(fd)
