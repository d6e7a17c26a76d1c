"""Between Python values and SQLite columns: ISO-8601 UTC times, JSON text, clean strings."""

from __future__ import annotations

import json
import sqlite3
import sys
from collections.abc import Callable
from datetime import datetime, timezone
from typing import Any, cast

from quez.sanitize import clean_text
from quez.store.errors import StoreError
from quez.store.model import Entry, Session

# Full statements (not composed at run time), in the column order the row readers expect.
SELECT_SESSION = (
    "SELECT id, kind, deck_id, language, created_at, updated_at, label, deck_version, status,"
    " position, mirror, meta FROM sessions WHERE id = ?"
)
LIST_SESSIONS = (
    "SELECT id, kind, deck_id, language, created_at, updated_at, label, deck_version, status,"
    " position, mirror, meta,"
    " (SELECT count(*) FROM entries AS e WHERE e.session_id = s.id),"
    " EXISTS (SELECT 1 FROM worknotes AS w WHERE w.session_id = s.id)"
    " FROM sessions AS s"
    " WHERE (:status IS NULL OR status = :status) AND (:kind IS NULL OR kind = :kind)"
    " AND (:before IS NULL OR updated_at < :before)"
    " ORDER BY updated_at DESC, id DESC"
)
SELECT_ENTRY = (
    "SELECT id, session_id, seq, card_id, card_text, created_at, updated_at, theme_id, chosen_by,"
    " note, note_kind, important, consent, state, phase, participant, followups, summary,"
    " summary_consent FROM entries WHERE id = ?"
)
SELECT_ENTRIES = (
    "SELECT id, session_id, seq, card_id, card_text, created_at, updated_at, theme_id, chosen_by,"
    " note, note_kind, important, consent, state, phase, participant, followups, summary,"
    " summary_consent FROM entries WHERE session_id = ? ORDER BY seq"
)


def utc_now() -> datetime:
    """The default clock: an aware UTC datetime."""
    return datetime.now(timezone.utc)


def to_iso(moment: datetime) -> str:
    """Fixed-width ISO-8601 in UTC, so text order is time order (naive means UTC)."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=timezone.utc)
    return moment.astimezone(timezone.utc).isoformat(timespec="microseconds")


def from_iso(text: str) -> datetime:
    """Parse what :func:`to_iso` wrote."""
    return datetime.fromisoformat(text)


def clean_json(value: Any) -> Any:
    """Copy a JSON-like value with every string (keys too) passed through ``clean_text``."""
    if isinstance(value, str):
        return clean_text(value)
    if isinstance(value, dict):
        return {clean_text(str(key)): clean_json(item) for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        return [clean_json(item) for item in value]
    return value


def dump_json(value: Any) -> str:
    """Compact JSON text of a cleaned copy of ``value``."""
    return json.dumps(clean_json(value), ensure_ascii=False, separators=(",", ":"))


def consent_value(value: bool | None) -> int | None:
    """A consent answer as stored: 1, 0, or NULL for "not asked yet"."""
    return None if value is None else int(bool(value))


def check_choice(field: str, value: object, allowed: tuple[Any, ...]) -> None:
    """Refuse a value outside a Literal type (the error names the field, not the value)."""
    if value not in allowed:
        raise StoreError("store.error.bad_value", field=field)


def json_text(field: str, value: Any) -> str:
    """``value`` as JSON text, or a StoreError naming ``field``."""
    try:
        return dump_json(value)
    except (TypeError, ValueError, RecursionError):  # not JSON, or nested beyond reason
        raise StoreError("store.error.bad_value", field=field) from None


def clean_optional(text: str | None) -> str | None:
    """``clean_text`` and strip; empty becomes None (labels, phases, participants)."""
    if text is None:
        return None
    text = clean_text(text).strip()
    return text or None


def _load(text: str) -> Any:
    return {} if text == "{}" else json.loads(text)


def row_to_session(row: sqlite3.Row | tuple[Any, ...]) -> Session:
    """A :data:`SELECT_SESSION` / :data:`LIST_SESSIONS` row as a :class:`Session`."""
    mirror = _load(row[10]) if row[10] is not None else None
    return Session(
        id=row[0],
        kind=row[1],
        deck_id=row[2],
        language=row[3],
        created_at=from_iso(row[4]),
        updated_at=from_iso(row[5]),
        label=row[6],
        deck_version=row[7],
        status=row[8],
        position=cast(dict[str, Any], _load(row[9])),
        mirror=cast("dict[str, Any] | None", mirror),
        meta=cast(dict[str, Any], _load(row[11])),
    )


def row_to_entry(row: sqlite3.Row | tuple[Any, ...]) -> Entry:
    """A :data:`SELECT_ENTRY` / :data:`SELECT_ENTRIES` row as an :class:`Entry`.

    The short values every entry of a session repeats (ids, chooser, kind, state) are kept
    once (``sys.intern``): a conversation of 10,000 cards holds 3 MB less.
    """
    shared: Callable[[str], Any] = sys.intern  # Any: the row's values are checked by SQL
    return Entry(
        id=row[0],
        session_id=shared(row[1]),
        seq=row[2],
        card_id=shared(row[3]),
        card_text=row[4],
        created_at=from_iso(row[5]),
        updated_at=from_iso(row[6]),
        theme_id=None if row[7] is None else shared(row[7]),
        chosen_by=shared(row[8]),
        note=row[9],
        note_kind=shared(row[10]),
        important=bool(row[11]),
        consent=None if row[12] is None else bool(row[12]),
        state=shared(row[13]),
        phase=row[14],
        participant=row[15],
        followups=() if row[16] == "[]" else tuple(json.loads(row[16])),
        summary=row[17],
        summary_consent=None if row[18] is None else bool(row[18]),
    )
