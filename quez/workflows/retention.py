"""Retention: the user's keeping periods, applied as an explicit step (never by opening a store).

Runs when the app starts (once the store is open, after an unlock too) and before
``quez sessions purge``; the report says what was removed, so the user is told.
"""

from __future__ import annotations

from quez.settings import Settings
from quez.store import RetentionReport, Store


def apply_retention(store: Store, settings: Settings) -> RetentionReport:
    """Erase werkaantekeningen older than ``settings.worknotes_days`` and, when the user set
    ``retention_days``, closed sessions not touched for that long; returns the counts."""
    # Seam: once the store records export files, the files of purged sessions go here too.
    return store.apply_retention(settings)


def retention_message_params(report: RetentionReport) -> dict[str, int] | None:
    """``retention.done``'s parameters, or None when nothing was removed (nothing to say)."""
    if not report.worknotes_erased and not report.sessions_purged:
        return None
    return {"worknotes": report.worknotes_erased, "sessions": report.sessions_purged}
