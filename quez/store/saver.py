"""Ordered autosave: the newest value per target wins, and writes never overtake each other.

Below every kind of session: a client conversation and an intervisie meeting both keep one.

The UI calls :meth:`Saver.note` (and friends) on every keystroke; that only records the value.
:meth:`Saver.flush` writes what is pending. Flushes are serialised by one lock and take the
pending values *inside* it, so a flush always writes values at least as new as the previous
flush did: an older save can never overwrite a newer one, whichever thread flushes.
A failed write is put back (unless a newer value arrived meanwhile) and tried again next time.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, Protocol

from quez.store.errors import StoreError
from quez.store.model import NoteField

# ("note", "17"), ("summary", "17"), ("withdraw", "17:summary"), ("worknotes", session id),
# ("position", session id); agreements and look-backs use ``later`` with their own keys
Key = tuple[str, str]


class SaveTarget(Protocol):
    """The store methods autosave needs (``quez.store.Store`` has them)."""

    def save_note(self, entry_id: int, note: str) -> bool: ...
    def save_summary(self, entry_id: int, summary: str) -> bool: ...
    def set_consent(self, entry_id: int, field: NoteField, value: bool | None) -> None: ...
    def save_worknotes(self, session_id: str, text: str) -> bool: ...
    def set_position(self, session_id: str, position: dict[str, Any]) -> None: ...


class Saver:
    """Pending writes, keyed by what they change; thread-safe."""

    def __init__(self, store: SaveTarget) -> None:
        self._store = store
        self._pending: dict[Key, Callable[[], object]] = {}
        self._lock = threading.Lock()  # guards _pending
        self._write_lock = threading.Lock()  # one flush at a time, in order
        self.last_error: StoreError | None = None

    def _put(self, key: Key, write: Callable[[], object]) -> None:
        with self._lock:
            self._pending.pop(key, None)  # re-insert: keeps the dict in order of last change
            self._pending[key] = write

    def note(self, entry_id: int, text: str) -> None:
        """A note (the client's own words, or an intervisie note) changed."""
        self._put(("note", str(entry_id)), lambda: self._store.save_note(entry_id, text))

    def summary(self, entry_id: int, text: str) -> None:
        """The professional's summary changed."""
        self._put(("summary", str(entry_id)), lambda: self._store.save_summary(entry_id, text))

    def withdraw(self, entry_id: int, field: NoteField) -> None:
        """The text the client agreed to was changed: back to "not asked yet"."""
        key = ("withdraw", f"{entry_id}:{field}")
        self._put(key, lambda: self._store.set_consent(entry_id, field, None))

    def worknotes(self, session_id: str, text: str) -> None:
        """The werkaantekeningen changed."""
        self._put(("worknotes", session_id), lambda: self._store.save_worknotes(session_id, text))

    def position(self, session_id: str, position: dict[str, Any]) -> None:
        """The conversation moved."""
        value = dict(position)
        self._put(("position", session_id), lambda: self._store.set_position(session_id, value))

    def later(self, key: Key, write: Callable[[], object]) -> None:
        """Any other pending write, keyed by what it changes (e.g. ``("agreement:what",
        "4")``): the newest write per key wins, in order of the last change."""
        self._put(key, write)

    def drop(self, key: Key) -> None:
        """Forget a pending write (e.g. werkaantekeningen of a session that was just closed)."""
        with self._lock:
            self._pending.pop(key, None)

    @property
    def pending(self) -> bool:
        """True while something waits to be written."""
        with self._lock:
            return bool(self._pending)

    def flush(self) -> int:
        """Write everything pending, oldest change first; returns how many writes ran.

        Raises the first :class:`StoreError` after putting the failed writes back.
        """
        with self._write_lock:
            with self._lock:
                batch, self._pending = self._pending, {}
            done = 0
            for key, write in batch.items():
                try:
                    write()
                except StoreError as exc:
                    self._requeue(batch, key)
                    self.last_error = exc
                    raise
                done += 1
            self.last_error = None
            return done

    def _requeue(self, batch: dict[Key, Callable[[], object]], failed: Key) -> None:
        """Put back the failed write and everything after it, unless a newer value arrived."""
        keys = list(batch)
        with self._lock:
            newer = self._pending
            self._pending = {}
            for key in keys[keys.index(failed) :]:
                self._pending[key] = batch[key]
            for key, write in newer.items():
                self._pending.pop(key, None)
                self._pending[key] = write
