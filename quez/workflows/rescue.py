"""Saving elsewhere: when the store fails mid-session, a copy of the open session in a new store.

The data folder disappeared, the store file was replaced, or QueZ may no longer write there
(see :mod:`quez.store.guard`). The text is still on screen and in memory; the professional
chooses a folder (new, or empty), and this writes the session as it is in memory into a new QueZ
store in that folder, through the store API, with the usual protections: the folder 0700, the
file 0600, and, when the failing store is encrypted, encrypted with the same key (its vault
marker goes along, so the same passphrase opens it). The folder is an ordinary QueZ home:

    QUEZ_HOME=<folder> quez            # open it, go on, export for the client
    QUEZ_HOME=<folder> quez erase-all  # and erase it like any store

The copy gets a new session id; cards keep their order, texts, consents and states, and the
position on screen. Times are those of the copy. Nothing is written into the failing store.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quez.paths import Paths
from quez.sanitize import clean_text
from quez.store import Entry, Session, Store, StoreError
from quez.workflows.errors import WorkflowError

if TYPE_CHECKING:
    from quez.store.cipher import Key


@dataclass(frozen=True)
class OpenSession:
    """A session as it is in memory: newer than the store while saving fails."""

    session: Session
    entries: tuple[Entry, ...]
    worknotes: str = ""


@dataclass(frozen=True)
class RescueOutcome:
    """Where the copy went: ``home`` is the folder to use as ``QUEZ_HOME``."""

    home: Path
    db_path: Path
    session_id: str
    encrypted: bool


def suggest_folder(base: Path, now: datetime) -> Path:
    """A new folder name under ``base`` to offer, e.g. ``quez-kopie-20261123-1005``."""
    return base / f"quez-kopie-{now.astimezone(timezone.utc):%Y%m%d-%H%M%S}"


def _prepare(folder: Path) -> Path:
    """The chosen folder, absolute and 0700: it must be new or empty (nothing is mixed in)."""
    folder = Path(os.path.expanduser(str(folder))).absolute()
    shown = clean_text(str(folder))
    try:
        if folder.is_symlink() or (folder.exists() and not folder.is_dir()):
            raise WorkflowError("save.elsewhere.not_empty", path=shown)
        if folder.is_dir() and any(folder.iterdir()):
            raise WorkflowError("save.elsewhere.not_empty", path=shown)
        from quez.fsutil import ensure_private_dir

        ensure_private_dir(folder)
    except OSError:
        raise WorkflowError("save.elsewhere.failed", path=shown) from None
    return folder


def _position(raw: dict[str, Any], ids: dict[int, int]) -> dict[str, Any]:
    """The stored position with the card's id changed to the copy's."""
    position = dict(raw)
    entry = position.get("entry")
    if isinstance(entry, int) and not isinstance(entry, bool):
        position["entry"] = ids.get(entry)
    return position


def copy_session(store: Store, source: OpenSession) -> str:
    """Write ``source`` into ``store`` as a new session; returns its id."""
    old = source.session
    new = store.create_session(
        old.kind,
        old.deck_id,
        old.language,
        label=old.label,
        deck_version=old.deck_version,
        meta=old.meta,
    )
    ids: dict[int, int] = {}
    for entry in sorted(source.entries, key=lambda e: e.seq):
        copy = store.add_entry(
            new.id,
            entry.card_id,
            entry.card_text,
            theme_id=entry.theme_id,
            chosen_by=entry.chosen_by,
            note_kind=entry.note_kind,
            phase=entry.phase,
            participant=entry.participant,
            followups=entry.followups,
            note=entry.note,
            summary=entry.summary,
        )
        store.update_entry(
            copy.id,
            important=entry.important,
            consent=entry.consent,
            summary_consent=entry.summary_consent,
            state=entry.state,
        )
        ids[entry.id] = copy.id
    store.set_position(new.id, _position(old.position, ids))
    if old.mirror is not None:
        store.set_mirror(new.id, old.mirror)
    if source.worknotes.strip() and old.status == "open":
        store.save_worknotes(new.id, source.worknotes)
    if old.status == "closed":
        store.close_session(new.id)
    return new.id


def save_elsewhere(
    source: OpenSession,
    folder: Path,
    *,
    key: Key | None = None,
    marker: bytes | None = None,
    clock: Callable[[], datetime] | None = None,
) -> RescueOutcome:
    """Write ``source`` into a new store under ``folder`` (new or empty; created 0700).

    ``key`` and ``marker`` (the failing store's vault marker, read when it was opened: the
    folder may be gone now): the copy is encrypted with the same key and opens with the same
    passphrase. Raises :class:`WorkflowError` for a folder that
    cannot be used and :class:`StoreError` when the new store cannot be written; a half-written
    copy is removed again.
    """
    if (key is None) != (marker is None):
        raise ValueError("an encrypted copy needs both the key and the vault marker")
    home = _prepare(folder)
    paths = Paths.from_environment({"QUEZ_HOME": str(home)})
    try:
        if key is not None and marker is not None:
            _copy_marker(marker, paths)
        opened = (
            Store.open(paths.db_path, key=key)
            if clock is None
            else Store.open(paths.db_path, key=key, clock=clock)
        )
        with opened as store:
            session_id = copy_session(store, source)
    except BaseException:
        _remove_copy(home, paths)
        raise
    return RescueOutcome(home, paths.db_path, session_id, key is not None)


def _copy_marker(marker: bytes, paths: Paths) -> None:
    from quez.fsutil import atomic_write_bytes, ensure_private_dir
    from quez.store.cipher import marker_path

    target = marker_path(paths.db_path)
    try:
        ensure_private_dir(paths.data_dir)
        atomic_write_bytes(target, marker)
    except OSError:
        raise StoreError("store.error.unreadable", path=clean_text(str(target))) from None


def _remove_copy(home: Path, paths: Paths) -> None:
    """Erase what a failed copy left (only the folders this copy created)."""
    from quez.store import erase_all

    try:
        erase_all(paths)
        home.rmdir()  # empty again: it was new or empty when chosen
    except (OSError, StoreError):
        return  # the error that stopped the copy is the one to show; nothing more to do here
