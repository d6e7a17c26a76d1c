"""Forgetting on request: one session, old sessions, or everything QueZ keeps.

The front ends ask the person first (a yes, or the typed confirmation word for everything);
these functions do the removal and return the receipt the person is shown. Every receipt
names the export files QueZ wrote for the sessions (documents, team summaries): the ones it
erased and the ones it could not reach (moved, on another disk, replaced by another file), so
the person knows what may still exist (:func:`export_lines`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from quez.paths import Paths
from quez.sanitize import clean_text
from quez.store import (
    DeletionReceipt,
    ExportErasure,
    PurgeReceipt,
    SessionSummary,
    Store,
    StoreError,
    erase_all,
    erase_exports,
)
from quez.store.model import SessionStatus

if TYPE_CHECKING:
    from quez.store.cipher import Key

# (i18n key, parameters) of one receipt line
Line = tuple[str, dict[str, str | int]]


def delete_session(store: Store, session_id: str) -> DeletionReceipt:
    """Delete one session with its entries, werkaantekeningen and recorded export files; rows
    are erased, not hidden. ``receipt.exports`` says which files went and which were not
    reached."""
    return store.delete_session(session_id)


def purge_candidates(
    store: Store, older_than: timedelta, status: SessionStatus | None = None
) -> list[SessionSummary]:
    """The sessions :func:`purge` would delete (nothing is changed)."""
    return store.purge(older_than, dry_run=True, status=status)


def purge(store: Store, older_than: timedelta, status: SessionStatus | None = None) -> PurgeReceipt:
    """Delete every session not updated within ``older_than``, with their export files;
    returns what was deleted and what became of the files."""
    return store.purge_sessions(older_than, status=status)


@dataclass(frozen=True)
class EraseReceipt:
    """What ``erase everything`` removed: the recorded export files (also those outside QueZ's
    folders), the folders, and whether a remembered key left the OS keyring.

    ``exports_listed`` is False when the store could not be opened to list the export files
    (damaged, or encrypted without its key): files outside QueZ's folders may remain.
    """

    removed: tuple[Path, ...]
    key_forgotten: bool
    exports: ExportErasure = field(default_factory=ExportErasure)
    exports_listed: bool = True


def erase_targets(paths: Paths) -> list[Path]:
    """The folders that would be removed (those that exist now), to show before asking."""
    return [root for root in paths.owned_roots() if os.path.lexists(root)]


def _recorded_exports(paths: Paths, key: Key | None) -> tuple[ExportErasure, bool]:
    """Erase every export file the store recorded; (what happened, whether it could list them).

    The store is opened only to read the records and closed again before anything is erased.
    """
    if not paths.db_path.exists():
        return ExportErasure(), True
    try:
        with Store.open(paths.db_path, key=key) as store:
            records = store.all_exports()
    except StoreError:
        return ExportErasure(), False
    return erase_exports(records), True


def erase_everything(paths: Paths, *, key: Key | None = None) -> EraseReceipt:
    """Erase the recorded export files, forget the vault's remembered key, then remove every
    folder QueZ owns.

    ``key`` opens an encrypted store to list its export files (without it they cannot be
    listed; the folders are removed all the same, and the receipt says so). Close every store
    on these paths first. Raises :class:`~quez.store.StoreError` (no folder removed) when a
    folder looks unsafe.
    """
    from quez.vault.access import forget_key  # the vault (and keyring) only load here

    exports, listed = _recorded_exports(paths, key)
    forgotten = forget_key(paths)
    return EraseReceipt(tuple(erase_all(paths)), forgotten, exports, listed)


def export_lines(erasure: ExportErasure, *, listed: bool = True) -> list[Line]:
    """One receipt line per export file: erased, or not reached and why (paths cleaned)."""
    lines: list[Line] = []
    for path in erasure.removed:
        key = "erase.export.not_overwritten" if path in erasure.not_overwritten else None
        lines.append((key or "erase.export.removed", {"path": clean_text(str(path))}))
    for missed in erasure.not_reached:
        lines.append((f"erase.export.{missed.reason}", {"path": clean_text(str(missed.path))}))
    if not listed:
        lines.append(("erase.export.unlisted", {}))
    return lines
