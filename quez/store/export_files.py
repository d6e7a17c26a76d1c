"""Erasing the export files QueZ recorded for a session: overwrite, fsync, remove.

A client's document is plain text on purpose, so when the conversation is deleted the files
QueZ wrote go too. Each file is only touched when it is still *the* file QueZ wrote (same
device and inode as recorded, a regular file): a file the user moved away, or another file put
at the same path since, is reported as not reached and left alone.

"Secure overwrite where the file system allows": the file's bytes are overwritten in place with
zeros and flushed to the disk (``fsync``) before it is removed. On ordinary file systems on a
hard disk (ext4, NTFS, HFS+, FAT) that overwrites the blocks that held the text. Copy-on-write
file systems (APFS, btrfs, ZFS) and SSDs write the zeros elsewhere and may keep the old blocks
until they are reused; snapshots, backups and cloud sync may hold copies too. Nothing in a
program can reach those; full-disk encryption covers them (docs/security.md).
"""

from __future__ import annotations

import os
import stat
from collections.abc import Iterable
from pathlib import Path

from quez.store.records import ExportErasure, ExportRecord, NotReached, NotReachedReason

_CHUNK = 1 << 20
# Never follow a link, never block on something that is not a regular file after all.
_OPEN_FLAGS = os.O_WRONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)


def file_id(info: os.stat_result) -> str:
    """How an export file is recognised later: ``"device:inode"``."""
    return f"{info.st_dev}:{info.st_ino}"


def _overwrite(path: Path, ours: set[str]) -> bool | NotReachedReason:
    """Zero the file in place and fsync it. True: done; False: not allowed to write (it can
    still be removed); a reason when the open file turns out not to be ours."""
    try:
        fd = os.open(path, _OPEN_FLAGS)
    except PermissionError:
        return False
    try:
        info = os.fstat(fd)
        if file_id(info) not in ours or not stat.S_ISREG(info.st_mode):
            return "replaced"  # swapped between the check and the open
        left = info.st_size
        zeros = bytes(min(left, _CHUNK))
        while left > 0:
            left -= os.write(fd, zeros[: min(left, _CHUNK)])
        os.fsync(fd)
    finally:
        os.close(fd)
    return True


def _erase_one(path: Path, ours: set[str]) -> bool | NotReachedReason:
    """Erase one path: True (overwritten and removed), False (removed only), or a reason."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return "gone"
    except OSError:
        return "failed"
    if not stat.S_ISREG(info.st_mode) or file_id(info) not in ours:
        return "replaced"
    overwritten: bool | NotReachedReason = False
    try:
        if info.st_nlink == 1:  # another name would keep the content: see "linked" below
            overwritten = _overwrite(path, ours)
            if not isinstance(overwritten, bool):
                return overwritten
        os.unlink(path)
    except FileNotFoundError:
        return "gone"
    except OSError:
        return "failed"
    return "linked" if info.st_nlink > 1 else overwritten


def erase_exports(records: Iterable[ExportRecord]) -> ExportErasure:
    """Erase the recorded export files; report what was removed and what could not be reached.

    Several records for one path (a document exported again with ``--force``) count as one
    file: whichever of them is there now is erased. Never raises for a file: each problem is a
    :class:`~quez.store.records.NotReached` in the result.
    """
    by_path: dict[Path, set[str]] = {}
    for record in records:
        by_path.setdefault(record.path, set()).add(record.file_id)
    removed: list[Path] = []
    not_reached: list[NotReached] = []
    not_overwritten: list[Path] = []
    for path, ours in by_path.items():
        outcome = _erase_one(path, ours)
        if outcome is True or outcome is False:
            removed.append(path)
            if outcome is False:
                not_overwritten.append(path)
        else:
            not_reached.append(NotReached(path, outcome))
    return ExportErasure(tuple(removed), tuple(not_reached), tuple(not_overwritten))
