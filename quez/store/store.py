"""The session store: one SQLite file, opened safely, written only in explicit transactions."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from types import TracebackType

from quez.fsutil import ensure_private_dir
from quez.store.agreements import AgreementsMixin
from quez.store.cipher import Key
from quez.store.codec import utc_now
from quez.store.db import connect
from quez.store.entries import EntriesMixin
from quez.store.erase import EraseMixin
from quez.store.errors import StoreError, db_errors, from_sqlite
from quez.store.exports import ExportsMixin
from quez.store.guard import Access, FileGuard
from quez.store.links import LinksMixin
from quez.store.listing import ListingMixin
from quez.store.lookbacks import LookBacksMixin
from quez.store.openmarks import OpenMark
from quez.store.schema import CURRENT_VERSION, migrate, user_version
from quez.store.sessions import SessionsMixin
from quez.store.worknotes import WorkNotesMixin

DEFAULT_BUSY_TIMEOUT = 5.0


def _mark(path: Path) -> OpenMark:
    """Mark ``path`` open (creating its folder, 0700, when missing)."""
    try:
        if not path.parent.exists():
            ensure_private_dir(path.parent)
        return OpenMark.take(path)
    except (OSError, UnicodeError):
        raise StoreError("store.error.unreadable", path=str(path)) from None


class Store(
    SessionsMixin,
    ListingMixin,
    EntriesMixin,
    WorkNotesMixin,
    ExportsMixin,
    EraseMixin,
    AgreementsMixin,
    LookBacksMixin,
    LinksMixin,
):
    """Sessions, entries, werkaantekeningen, export records, agreements, look-backs and links
    in one SQLite database.

    Get one with :meth:`open`; use it as a context manager or call :meth:`close`. Safe to share
    between threads (one connection behind a lock); other processes may open the same file.
    Every failure is a :class:`~quez.store.errors.StoreError` with an i18n key.
    """

    _open_mark: OpenMark | None = None

    @classmethod
    def open(
        cls,
        path: Path,
        *,
        clock: Callable[[], datetime] = utc_now,
        busy_timeout: float = DEFAULT_BUSY_TIMEOUT,
        key: Key | None = None,
        access: Access | None = None,
        check: bool = False,
    ) -> Store:
        """Open (or create) the store at ``path`` and migrate it to the current schema.

        A damaged, foreign, locked or newer database raises StoreError and is left untouched.
        Opening deletes nothing: retention is an explicit step (:meth:`apply_retention`, run by
        :mod:`quez.workflows.retention` when the app starts and before ``sessions purge``).
        Its integrity (``quick_check``, which reads the whole file) is checked when ``check``
        is set, and otherwise only after an unclean shutdown or a change made behind QueZ's
        back (:mod:`quez.store.openmarks`: the one file opening writes, a mark next to the
        database that a clean close settles).
        ``key`` (from :func:`quez.vault.unlock`) opens an encrypted store; without it an
        encrypted store gives ``vault.error.locked``, and a store whose conversion was
        interrupted gives ``vault.error.pending`` (:func:`quez.vault.is_enabled` finishes it).
        ``access`` replaces ``os.access`` in the check before every save (see
        :mod:`quez.store.guard`; tests simulate a read-only file with it).
        """
        path = Path(path).absolute()
        mark = _mark(path)
        try:
            conn = connect(path, busy_timeout=busy_timeout, key=key, check=check or mark.check)
        except (OSError, UnicodeError):  # e.g. a folder on the way that may not be looked into
            mark.release(clean=False)
            raise StoreError("store.error.unreadable", path=str(path)) from None
        except BaseException:
            mark.release(clean=False)
            raise
        mark.settle()  # sound (or not in question): stale marks of a crash are done with
        try:
            if user_version(conn) < CURRENT_VERSION:
                migrate(conn)
        except db_errors() as exc:
            conn.close()
            mark.release(clean=False)
            raise from_sqlite(exc, path) from None
        except BaseException:
            conn.close()
            mark.release(clean=False)
            raise
        guard = FileGuard(path) if access is None else FileGuard(path, access=access)
        store = cls(conn, path, clock, guard)
        store._open_mark = mark
        return store

    def close(self) -> None:
        """Close the connection (SQLite checkpoints the log when it is the last one)."""
        with self._lock:
            conn, self._conn = self._conn, None
            mark, self._open_mark = self._open_mark, None
            self._note_cache.clear()
            self._worknote_cache.clear()
        if conn is not None:
            try:
                conn.close()
            except BaseException:
                if mark is not None:
                    mark.release(clean=False)
                raise
        if mark is not None:
            mark.release(clean=True)

    @property
    def closed(self) -> bool:
        """True after :meth:`close`."""
        return self._conn is None

    def __enter__(self) -> Store:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()
