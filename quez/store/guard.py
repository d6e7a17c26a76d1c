"""Before every save: is the database file still the one the store opened, and writable?

SQLite keeps writing through the file handle it opened. If the data folder is deleted, the file
is moved or replaced (a sync tool restoring an old copy, someone cleaning up), every later
"save" goes into a file nobody will ever open again, and the text is silently lost. So before
each write transaction the store compares the file at its path with the one it opened (device
and inode) and asks the operating system whether it may still write there. The cost is one
``stat`` and one ``access`` call per save (a few microseconds; see ``benchmarks/bench_store.py``
for the autosave figure).

``access`` is injectable: the tests simulate "no longer writable" for a root user, for whom
``chmod`` blocks nothing.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from quez.store.errors import StoreError

Access = Callable[[Path, int], bool]


def file_identity(path: Path | str) -> tuple[int, int]:
    """``(device, inode)`` of the file at ``path`` (OSError when there is none)."""
    info = os.stat(path)
    return info.st_dev, info.st_ino


def _os_access(path: Path, mode: int) -> bool:
    return os.access(path, mode)


class FileGuard:
    """Remembers which file a store opened, and checks it is still there and writable."""

    def __init__(self, path: Path, *, access: Access = _os_access) -> None:
        self.path = path
        self._where = str(path)  # os.stat on a str skips a conversion per save
        self._access = access
        try:
            self._identity: tuple[int, int] | None = file_identity(path)
        except OSError:
            self._identity = None  # checked (and refused) at the first save

    def check(self) -> None:
        """Raise StoreError (``folder_gone``, ``file_replaced``, ``not_writable``) unless the
        file at :attr:`path` is still the one opened and may be written."""
        where = self._where
        try:
            identity = file_identity(where)
        except FileNotFoundError:
            if not os.path.isdir(self.path.parent):
                raise StoreError("store.error.folder_gone", path=str(self.path.parent)) from None
            raise StoreError("store.error.file_replaced", path=where) from None
        except OSError:
            raise StoreError("store.error.not_writable", path=where) from None
        if identity != self._identity:
            raise StoreError("store.error.file_replaced", path=where)
        if not self._access(self.path, os.W_OK):
            raise StoreError("store.error.not_writable", path=where)
