"""Committing a conversion, and finishing one that was interrupted.

Before anything is replaced, ``vault-pending.json`` records the new state: which verified
temporary file becomes which store file, and the marker to write (or none, for "plain"). Every
step after that is idempotent, so a run killed at any point is rolled forward by
:func:`recover`; a run killed before it leaves the old files untouched, and recovery only
removes its temporary files. Old files are overwritten before they are unlinked.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from quez.fsutil import atomic_write_text
from quez.paths import Paths
from quez.store.cipher import marker_path, pending_path
from quez.vault.errors import VaultError
from quez.vault.files import conversion_lock, debris, fsync_dir, is_debris, shred_with_sides
from quez.vault.marker import Marker, from_json, write_marker


@dataclass(frozen=True)
class Move:
    """``tmp`` (verified) replaces ``target``; the old ``target`` waits as ``doomed``."""

    target: Path
    tmp: Path
    doomed: Path


@dataclass(frozen=True)
class Pending:
    moves: tuple[Move, ...]
    marker: Marker | None  # None: the store ends up plain


def _rel(path: Path, base: Path) -> str:
    return path.relative_to(base).as_posix()


def _inside(text: object, base: Path) -> Path:
    """A path from the journal, refused unless it stays inside ``base``."""
    if not isinstance(text, str) or not text or text.startswith("/") or "\\" in text:
        raise ValueError("bad path")
    parts = text.split("/")
    if any(part in ("", ".", "..") for part in parts):
        raise ValueError("bad path")
    return base.joinpath(*parts)


def write_pending(db: Path, pending: Pending) -> None:
    base = db.parent
    data: dict[str, Any] = {
        "version": 1,
        "moves": [
            {k: _rel(getattr(m, k), base) for k in ("target", "tmp", "doomed")}
            for m in pending.moves
        ],
        "marker": pending.marker.to_json() if pending.marker else None,
    }
    atomic_write_text(pending_path(db), json.dumps(data, indent=2) + "\n")


def read_pending(db: Path) -> Pending | None:
    path = pending_path(db)
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(data, dict) or data.get("version") != 1:
            raise ValueError("bad journal")
        base = db.parent
        moves = tuple(
            Move(_inside(m["target"], base), _inside(m["tmp"], base), _inside(m["doomed"], base))
            for m in data["moves"]
        )
        if not all(is_debris(m.tmp.name) and is_debris(m.doomed.name) for m in moves):
            raise ValueError("bad journal")
        marker = None if data["marker"] is None else from_json(data["marker"])
    except FileNotFoundError:
        return None
    except (OSError, ValueError, KeyError, TypeError):
        raise VaultError("vault.error.journal", path=str(path)) from None
    return Pending(moves, marker)


def switch_files(pending: Pending) -> None:
    """Put every verified copy in place; the old file moves aside first (never lost)."""
    for move in pending.moves:
        if os.path.lexists(move.tmp):
            if os.path.lexists(move.target) and not os.path.lexists(move.doomed):
                os.replace(move.target, move.doomed)
            os.replace(move.tmp, move.target)
    for folder in {move.target.parent for move in pending.moves}:
        fsync_dir(folder)


def finish(db: Path, pending: Pending) -> None:
    """Write (or remove) the marker, destroy the old files, drop the journal."""
    if pending.marker is not None:
        write_marker(db, pending.marker)
    else:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(marker_path(db))
    for move in pending.moves:
        shred_with_sides(move.doomed)
    with contextlib.suppress(FileNotFoundError):
        os.unlink(pending_path(db))
    fsync_dir(db.parent)


def recover(paths: Paths) -> bool:
    """Finish an interrupted conversion (or clear its temporary files); True if there was one.

    Cheap when there is nothing to do (two folder listings); takes the vault lock otherwise
    (``vault.error.busy`` while another QueZ is converting).
    """
    db = paths.db_path
    if not pending_path(db).exists() and not debris(paths):
        return False
    with conversion_lock(paths.data_dir):
        pending = read_pending(db)
        if pending is not None:
            switch_files(pending)
            finish(db, pending)
        for leftover in debris(paths):
            shred_with_sides(leftover)
    return True
