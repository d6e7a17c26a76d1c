"""Small result records the store hands out (the main dataclasses live in ``model.py``)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime

from quez.store.model import Session


@dataclass(frozen=True)
class SessionSummary:
    """A session as listed: the session itself plus counts, without its entries."""

    session: Session
    entry_count: int
    has_worknotes: bool = False


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


@dataclass(frozen=True)
class RetentionReport:
    """What :meth:`Store.apply_retention` erased."""

    worknotes_erased: int
    sessions_purged: int


class Unset(enum.Enum):
    """Marker for "leave this field as it is" where ``None`` is a real value."""

    UNSET = 0


UNSET = Unset.UNSET
