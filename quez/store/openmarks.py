"""When to check the database's integrity at open: after an unclean shutdown, or a foreign change.

``PRAGMA quick_check`` reads the whole file; on every open it made start-up grow with the store.
It now runs only when something may have gone wrong since the file was last closed cleanly:

- **an open mark of a dead process.** Each open store keeps a mark next to the database
  (``quez.sqlite3-open-<random>``, 0600, empty) and holds an exclusive ``flock`` on it until it
  closes, when the mark is removed. The kernel drops the lock when a process dies, even by
  SIGKILL, so a mark nobody holds was left by an unclean shutdown. A mark someone holds belongs
  to a live QueZ (another process, or another store in this one): nothing to check, and it is
  left alone. Marks are made under a hidden temporary name, locked, then renamed, so no one
  ever sees an unlocked live mark.
- **a file changed behind QueZ's back.** A clean close (the last one, or any: the last writer
  wins) records the file's inode, size and modification time (``quez.sqlite3-closed``). When no
  QueZ has the store open, a database that differs from that record, has no record, or has a
  write-ahead log with content was touched by something else (a crash, a restored copy, a disk
  error, another program) and is checked.

Without ``fcntl`` (Windows) a mark cannot be told from a dead one, so any mark means a check.
The marks and the record hold no client data; they live in the data folder, which
``quez erase-all`` removes whole.
"""

from __future__ import annotations

import contextlib
import os
import secrets
from pathlib import Path

from quez.fsutil import FILE_MODE

MARK = "-open-"
RECORD = "-closed"

try:
    import fcntl
except ImportError:  # pragma: no cover - not on POSIX
    fcntl = None  # type: ignore[assignment]


def marks(db: Path) -> list[Path]:
    """Every open mark of ``db`` (live or stale)."""
    prefix = db.name + MARK
    with contextlib.suppress(FileNotFoundError, NotADirectoryError):
        return sorted(db.parent / name for name in os.listdir(db.parent) if name.startswith(prefix))
    return []


def record_path(db: Path) -> Path:
    """Where a clean close records the file it left."""
    return db.with_name(db.name + RECORD)


def _lock(fd: int) -> bool:
    """Take the exclusive lock on ``fd`` without waiting; False when someone holds it."""
    if fcntl is None:  # pragma: no cover - not on POSIX
        return True
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return False
    return True


def _fingerprint(db: Path) -> str | None:
    try:
        info = os.stat(db)
    except FileNotFoundError:
        return None
    return f"{info.st_ino} {info.st_size} {info.st_mtime_ns}"


class OpenMark:
    """This store's open mark, and the stale ones it found (held until :meth:`settle`)."""

    def __init__(self, db: Path, mark: Path, fd: int, stale: dict[Path, int], check: bool) -> None:
        self.db = db
        self.mark = mark
        self._fd: int | None = fd
        self._stale = stale
        self.check = check  # run the integrity check before using the store

    @classmethod
    def take(cls, db: Path) -> OpenMark:
        """Look at the marks and the record of ``db``, then mark it open (folder must exist)."""
        stale: dict[Path, int] = {}
        live = unknown = False
        for path in marks(db):
            try:
                fd = os.open(path, os.O_RDWR | getattr(os, "O_NOFOLLOW", 0))
            except FileNotFoundError:
                continue  # closed cleanly just now
            except OSError:
                live = True  # not ours to judge; the check still covers the file
                continue
            if fcntl is None:  # pragma: no cover - not on POSIX: live or dead cannot be told
                os.close(fd)
                unknown = True
            elif _lock(fd):
                stale[path] = fd  # held until settle() or release()
            else:
                os.close(fd)
                live = True
        check = bool(stale) or unknown or (not live and _changed(db))
        mark, fd = _make_mark(db)
        return cls(db, mark, fd, stale, check)

    def settle(self) -> None:
        """The store proved sound: remove the stale marks found at :meth:`take`."""
        for path, fd in self._stale.items():
            with contextlib.suppress(FileNotFoundError):
                path.unlink()
            os.close(fd)
        self._stale = {}
        self.check = False

    def release(self, *, clean: bool) -> None:
        """Remove this store's mark; after a ``clean`` close, record the file as it was left."""
        for fd in self._stale.values():
            os.close(fd)
        self._stale = {}
        if self._fd is None:
            return
        with contextlib.suppress(FileNotFoundError):
            self.mark.unlink()
        os.close(self._fd)
        self._fd = None
        if clean:
            _write_record(self.db)


def _changed(db: Path) -> bool:
    """True when ``db`` may have been changed since the last clean close."""
    now = _fingerprint(db)
    if now is None or now.split()[1] == "0":
        return False  # not there yet, or created and never written: nothing to check
    with contextlib.suppress(FileNotFoundError):
        if os.stat(db.with_name(db.name + "-wal")).st_size:
            return True
    try:
        recorded = record_path(db).read_text(encoding="ascii").strip()
    except (OSError, UnicodeDecodeError):
        return True
    return recorded != now


def _make_mark(db: Path) -> tuple[Path, int]:
    """Create, lock and only then name this store's mark (an unlocked live mark never shows)."""
    token = secrets.token_hex(6)
    hidden = db.with_name(f".{db.name}{MARK}{token}.tmp")
    fd = os.open(hidden, os.O_CREAT | os.O_EXCL | os.O_RDWR, FILE_MODE)
    try:
        _lock(fd)
        mark = db.with_name(f"{db.name}{MARK}{token}")
        os.replace(hidden, mark)
    except BaseException:
        os.close(fd)
        with contextlib.suppress(FileNotFoundError):
            hidden.unlink()
        raise
    return mark, fd


def _write_record(db: Path) -> None:
    """Replace the record with ``db``'s fingerprint (atomic; not fsynced: a lost record only
    means one more check)."""
    now = _fingerprint(db)
    target = record_path(db)
    if now is None:
        with contextlib.suppress(FileNotFoundError):
            target.unlink()
        return
    hidden = db.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
    fd = os.open(hidden, os.O_CREAT | os.O_EXCL | os.O_WRONLY, FILE_MODE)
    try:
        try:
            os.write(fd, now.encode("ascii") + b"\n")
        finally:
            os.close(fd)
        os.replace(hidden, target)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            hidden.unlink()
        raise
