"""The session store: sessions, entries and werkaantekeningen in one private SQLite file.

Usage::

    with Store.open(paths.db_path) as store:
        session = store.create_session("client", "gesprek", "nl")

Importing this package does nothing on disk; :meth:`Store.open` creates the file (0600) and its
folder (0700) on first use.
"""

from __future__ import annotations

from quez.store.agreement_model import Agreement, ChainLink, LookBack, Outcome, Who
from quez.store.errors import NotFoundError, StoreError
from quez.store.export_files import erase_exports
from quez.store.model import Entry, NoteField, Session, WorkNotes
from quez.store.records import (
    UNSET,
    DeletionReceipt,
    ExportErasure,
    ExportRecord,
    NotReached,
    PurgeReceipt,
    RetentionReport,
    SessionSummary,
)
from quez.store.schema import CURRENT_VERSION
from quez.store.store import Store
from quez.store.wipe import erase_all

__all__ = [
    "CURRENT_VERSION",
    "UNSET",
    "Agreement",
    "ChainLink",
    "DeletionReceipt",
    "Entry",
    "ExportErasure",
    "ExportRecord",
    "LookBack",
    "NotFoundError",
    "NotReached",
    "NoteField",
    "Outcome",
    "PurgeReceipt",
    "RetentionReport",
    "Session",
    "SessionSummary",
    "Store",
    "StoreError",
    "Who",
    "WorkNotes",
    "erase_all",
    "erase_exports",
]
