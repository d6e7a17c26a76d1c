"""Small result records the store hands out (the main dataclasses live in ``model.py``)."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Literal

from quez.store.model import Session

# Why an export file could not be erased:
# gone: nothing at its path any more (moved elsewhere, to another disk, or already deleted);
# replaced: something else is at its path now (another file, a link, a folder);
# linked: the file has other names (hard links): this name is removed, the content remains;
# failed: the system refused (permissions, a read-only disk, an I/O error).
NotReachedReason = Literal["gone", "replaced", "linked", "failed"]


@dataclass(frozen=True)
class SessionSummary:
    """A session as listed: the session itself plus counts, without its entries."""

    session: Session
    entry_count: int
    has_worknotes: bool = False


@dataclass(frozen=True)
class ExportRecord:
    """An export file QueZ wrote for a session (``quez.store.Store.record_export``)."""

    id: int
    session_id: str
    path: Path
    format: str
    created_at: datetime
    file_id: str  # "device:inode" when written: a file put at the same path later is not ours


@dataclass(frozen=True)
class NotReached:
    """An export file that could not be erased, and why."""

    path: Path
    reason: NotReachedReason


@dataclass(frozen=True)
class ExportErasure:
    """What :func:`quez.store.erase_exports` did: files erased, and files it could not reach.

    ``not_overwritten`` lists erased files that were removed without being overwritten first
    (QueZ was not allowed to write to them, only to remove them).
    """

    removed: tuple[Path, ...] = ()
    not_reached: tuple[NotReached, ...] = ()
    not_overwritten: tuple[Path, ...] = ()

    def __add__(self, other: ExportErasure) -> ExportErasure:
        return ExportErasure(
            self.removed + other.removed,
            self.not_reached + other.not_reached,
            self.not_overwritten + other.not_overwritten,
        )


@dataclass(frozen=True)
class DeletionReceipt:
    """What was deleted, for the confirmation the user sees.

    ``fully_erased`` is False only when another connection (a second QueZ) kept the write-ahead
    log busy: the rows are deleted, but old page copies stay in the log until it closes.
    """

    session_id: str
    label: str | None
    entry_count: int
    deleted_at: datetime
    fully_erased: bool = True
    exports: ExportErasure = field(default_factory=ExportErasure)  # its export files


@dataclass(frozen=True)
class PurgeReceipt:
    """What :meth:`Store.purge_sessions` deleted, and what became of their export files."""

    sessions: list[SessionSummary]
    exports: ExportErasure = field(default_factory=ExportErasure)


@dataclass(frozen=True)
class RetentionReport:
    """What :meth:`Store.apply_retention` erased."""

    worknotes_erased: int
    sessions_purged: int
    exports: ExportErasure = field(default_factory=ExportErasure)  # of the purged sessions


class Unset(enum.Enum):
    """Marker for "leave this field as it is" where ``None`` is a real value."""

    UNSET = 0


UNSET = Unset.UNSET
