"""Forgetting: closing (erases werkaantekeningen), deleting, purging and retention.

Deleted rows are zeroed by ``secure_delete``; afterwards :func:`quez.store.db.compact` rebuilds
the file and truncates the write-ahead log, so no stale page copy keeps the text either.
Deleting or purging a session first erases the export files recorded for it
(:mod:`quez.store.export_files`), inside the same write transaction: their records are deleted
with the session's rows, so they must not go before the files have.
"""

from __future__ import annotations

from datetime import timedelta

from quez.settings import Settings
from quez.store.base import StoreBase
from quez.store.codec import to_iso
from quez.store.errors import NotFoundError, StoreError
from quez.store.export_files import erase_exports
from quez.store.exports import select_exports
from quez.store.ids import safe_id
from quez.store.model import SessionStatus
from quez.store.records import DeletionReceipt, PurgeReceipt, RetentionReport, SessionSummary
from quez.store.sessions import select_summaries


class EraseMixin(StoreBase):
    """Operations that remove personal data for good."""

    def _cutoff(self, field: str, age: timedelta) -> str:
        """The moment ``age`` ago, as stored; a StoreError naming ``field`` when out of range."""
        try:
            return to_iso(self._now() - age)
        except OverflowError:
            raise StoreError("store.error.bad_value", field=field) from None

    def close_session(self, session_id: str) -> None:
        """Mark the session closed and securely erase its werkaantekeningen."""
        with self._write() as conn:
            self._touch(conn, session_id, self._stamp())
            conn.execute("UPDATE sessions SET status = 'closed' WHERE id = ?", (session_id,))
            erased = conn.execute(
                "DELETE FROM worknotes WHERE session_id = ?", (session_id,)
            ).rowcount
        self._worknote_cache.pop(session_id, None)
        if erased:
            self._compact()

    def delete_session(self, session_id: str) -> DeletionReceipt:
        """Delete a session with its entries, werkaantekeningen and export files, and erase
        their traces. The receipt names the export files that could not be reached."""
        deleted_at = self._now()
        with self._write() as conn:
            row = conn.execute(
                "SELECT label, (SELECT count(*) FROM entries WHERE session_id = ?)"
                " FROM sessions WHERE id = ?",
                (session_id, session_id),
            ).fetchone()
            if row is None:
                raise NotFoundError("store.error.no_session", session=safe_id(session_id))
            exports = erase_exports(select_exports(conn, [session_id]))
            conn.execute("DELETE FROM sessions WHERE id = ?", (session_id,))
        self._forget(session_id)
        erased = self._compact()
        return DeletionReceipt(session_id, row[0], int(row[1]), deleted_at, erased, exports)

    def purge(
        self,
        older_than: timedelta,
        *,
        dry_run: bool = False,
        status: SessionStatus | None = None,
    ) -> list[SessionSummary]:
        """Delete every session not updated within ``older_than`` (optionally only ``status``),
        with its export files.

        Returns what was (or, with ``dry_run``, would be) deleted; :meth:`purge_sessions` also
        says which export files could not be reached.
        """
        if dry_run:
            cutoff = self._cutoff("older_than", older_than)
            with self._read() as conn:
                return select_summaries(conn, status=status, before=cutoff)
        return self.purge_sessions(older_than, status=status).sessions

    def purge_sessions(
        self, older_than: timedelta, *, status: SessionStatus | None = None
    ) -> PurgeReceipt:
        """:meth:`purge`, with a report on the purged sessions' export files."""
        cutoff = self._cutoff("older_than", older_than)
        with self._write() as conn:
            doomed = select_summaries(conn, status=status, before=cutoff)
            ids = [item.session.id for item in doomed]
            exports = erase_exports(select_exports(conn, ids))
            conn.executemany("DELETE FROM sessions WHERE id = ?", [(i,) for i in ids])
        if doomed:
            for item in doomed:
                self._forget(item.session.id)
            self._compact()
        return PurgeReceipt(doomed, exports)

    def erase_expired_worknotes(self, days: int) -> int:
        """Erase werkaantekeningen first written more than ``days`` days ago; returns how many."""
        try:
            age = timedelta(days=days)
        except OverflowError:
            raise StoreError("store.error.bad_value", field="days") from None
        cutoff = self._cutoff("days", age)
        with self._write() as conn:
            erased = conn.execute("DELETE FROM worknotes WHERE created_at < ?", (cutoff,)).rowcount
        if erased:
            self._worknote_cache.clear()
            self._compact()
        return int(erased)

    def apply_retention(self, settings: Settings) -> RetentionReport:
        """Apply the user's retention settings: expired werkaantekeningen, old closed sessions.

        Werkaantekeningen live at most ``settings.worknotes_days`` days after they were first
        written; with ``settings.retention_days`` set, closed sessions not updated for that
        many days are purged.
        """
        erased = self.erase_expired_worknotes(settings.worknotes_days)
        purged = PurgeReceipt([])
        if settings.retention_days:
            purged = self.purge_sessions(timedelta(days=settings.retention_days), status="closed")
        return RetentionReport(erased, len(purged.sessions), purged.exports)
