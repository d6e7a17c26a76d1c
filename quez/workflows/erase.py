"""Forgetting on request: one session, old sessions, or everything QueZ keeps.

The front ends ask the person first (a yes, or the typed confirmation word for everything);
these functions do the removal and return the receipt the person is shown.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

from quez.paths import Paths
from quez.store import DeletionReceipt, SessionSummary, Store, erase_all
from quez.store.model import SessionStatus


def delete_session(store: Store, session_id: str) -> DeletionReceipt:
    """Delete one session with its entries and werkaantekeningen; rows are erased, not hidden."""
    # Seam: once the store records export files, the session's files are erased here too.
    return store.delete_session(session_id)


def purge_candidates(
    store: Store, older_than: timedelta, status: SessionStatus | None = None
) -> list[SessionSummary]:
    """The sessions :func:`purge` would delete (nothing is changed)."""
    return store.purge(older_than, dry_run=True, status=status)


def purge(
    store: Store, older_than: timedelta, status: SessionStatus | None = None
) -> list[SessionSummary]:
    """Delete every session not updated within ``older_than``; returns what was deleted."""
    return store.purge(older_than, status=status)


@dataclass(frozen=True)
class EraseReceipt:
    """What ``erase everything`` removed: the folders, and whether a remembered key left the
    OS keyring."""

    removed: tuple[Path, ...]
    key_forgotten: bool


def erase_targets(paths: Paths) -> list[Path]:
    """The folders that would be removed (those that exist now), to show before asking."""
    return [root for root in paths.owned_roots() if os.path.lexists(root)]


def erase_everything(paths: Paths) -> EraseReceipt:
    """Forget the vault's remembered key, then remove every folder QueZ owns.

    Close every store on these paths first. Raises :class:`~quez.store.StoreError` (nothing
    removed) when a folder looks unsafe.
    """
    from quez.vault.access import forget_key  # the vault (and keyring) only load here

    forgotten = forget_key(paths)
    return EraseReceipt(removed=tuple(erase_all(paths)), key_forgotten=forgotten)
