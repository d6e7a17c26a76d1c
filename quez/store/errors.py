"""Store errors: an i18n key plus safe parameters, never note text or labels.

Every failure the store reports is a :class:`StoreError`. Its ``key`` is looked up in the
catalogue (``quez/i18n/messages_store.py``) and its ``params`` only ever hold ids, counts, paths
and SQLite error names, so printing or logging one cannot leak what a client said.
"""

from __future__ import annotations

import sqlite3
import sys
from collections.abc import Callable
from pathlib import Path


class StoreError(Exception):
    """A store failure the user can read in one line (see :meth:`message`)."""

    def __init__(self, key: str, /, **params: str | int) -> None:
        self.key = key
        self.params: dict[str, str | int] = params
        super().__init__(key)

    def __str__(self) -> str:
        if not self.params:
            return self.key
        details = ", ".join(f"{name}={value}" for name, value in sorted(self.params.items()))
        return f"{self.key} ({details})"

    def message(self, translate: Callable[..., str] | None = None) -> str:
        """The user-facing line, translated with ``translate`` (a :class:`quez.i18n.Translator`)."""
        if translate is None:
            from quez.i18n import Translator

            translate = Translator()
        return translate(self.key, **self.params)


class NotFoundError(StoreError):
    """A session or entry id that does not exist (any more)."""


def db_errors() -> tuple[type[Exception], ...]:
    """The exception classes of every SQLite driver in use: :mod:`sqlite3`, and SQLCipher's
    once the vault loaded it (its errors do not derive from :class:`sqlite3.Error`).

    Used as ``except db_errors():``; the expression is evaluated only when an exception is
    already on its way, so the happy path pays nothing.
    """
    cipher = sys.modules.get("sqlcipher3.dbapi2")
    return (sqlite3.Error,) if cipher is None else (sqlite3.Error, cipher.Error)


def error_name(exc: Exception) -> str:
    """SQLite's symbolic error name (``SQLITE_BUSY`` …), never the message text."""
    name = getattr(exc, "sqlite_errorname", None)
    return name if isinstance(name, str) else type(exc).__name__


def from_sqlite(exc: Exception, path: Path | None = None) -> StoreError:
    """Translate a :mod:`sqlite3` or SQLCipher exception into a StoreError (no SQL, no values)."""
    name = error_name(exc)
    where = str(path) if path is not None else ""
    text = str(exc).lower()
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text:
        return StoreError("store.error.locked", path=where)
    if name.startswith("SQLITE_FULL"):
        return StoreError("store.error.disk_full", path=where)
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB")) or "not a database" in text:
        return StoreError("store.error.corrupt", path=where)
    if name.startswith(("SQLITE_READONLY", "SQLITE_PERM", "SQLITE_CANTOPEN", "SQLITE_AUTH")):
        return StoreError("store.error.unreadable", path=where)
    return StoreError("store.error.io", path=where, code=name)
