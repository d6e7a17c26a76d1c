"""``erase_all``: remove every file QueZ keeps for this user, and nothing else.

Only the folders named by :meth:`quez.paths.Paths.owned_roots` are touched. Symbolic links are
never followed (a link is removed, not its target), and a root that looks like a home folder or
a filesystem root is refused before anything is deleted. File contents are overwritten with
zeros before unlinking, as a best effort (SSDs and copy-on-write filesystems may keep copies).
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from quez.paths import Paths
from quez.store.errors import StoreError

_CHUNK = 1 << 20


def _check_root(root: Path) -> None:
    """Refuse a root that is a link, not a folder, or far too high up to be ours."""
    home = Path.home().absolute()
    if root.is_symlink() or not root.is_dir():
        raise StoreError("store.error.erase_refused", path=str(root))
    if len(root.parts) < 3 or root == home or root in home.parents:
        raise StoreError("store.error.erase_refused", path=str(root))


def _zero_fill(path: Path, size: int) -> None:
    fd = os.open(path, os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0))
    try:
        zeros = bytes(min(size, _CHUNK))
        left = size
        while left > 0:
            left -= os.write(fd, zeros[: min(left, _CHUNK)])
        os.fsync(fd)
    finally:
        os.close(fd)


def _remove_file(path: Path) -> None:
    info = os.lstat(path)
    regular = stat.S_ISREG(info.st_mode) and info.st_nlink == 1
    if regular and info.st_size and os.access(path, os.W_OK):
        _zero_fill(path, info.st_size)
    os.unlink(path)


def shred(path: Path) -> bool:
    """Overwrite one file with zeros, fsync and unlink it; False when it was not there.

    A symbolic link (or a file with other hard links) is unlinked without touching its data.
    """
    try:
        _remove_file(path)
    except FileNotFoundError:
        return False
    return True


def _remove_tree(root: Path) -> None:
    for folder, dirnames, filenames in os.walk(root, topdown=False, followlinks=False):
        base = Path(folder)
        for name in filenames:
            _remove_file(base / name)
        for name in dirnames:
            child = base / name
            if child.is_symlink():
                child.unlink()
            else:
                child.rmdir()
    root.rmdir()


def erase_all(paths: Paths) -> list[Path]:
    """Remove the database (with ``-wal``/``-shm``), backups, exports, config, cache and state.

    Returns the root folders that existed and are now gone. Close every :class:`Store` on these
    paths first. Raises StoreError (nothing removed) when a root looks unsafe, and StoreError
    with ``store.error.erase_failed`` when a file could not be removed.
    """
    roots: list[Path] = []
    for root in paths.owned_roots():
        root = root.absolute()
        if os.path.lexists(root) and root not in roots:
            try:
                _check_root(root)
            except (OSError, RuntimeError):  # cannot look at it, or no home folder to compare
                raise StoreError("store.error.erase_refused", path=str(root)) from None
            roots.append(root)
    # A root nested in another (unusual platform layouts) is handled by its parent.
    roots = [root for root in roots if not any(other in root.parents for other in roots)]
    for root in roots:
        try:
            _remove_tree(root)
        except OSError:
            raise StoreError("store.error.erase_failed", path=str(root)) from None
    return roots
