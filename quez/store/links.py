"""Links between a follow-up conversation and the conversation it continues.

A link is stored only when the professional chose it with the client's agreement (the domain
asks; see :meth:`quez.conversation.Conversation.follow_up`). Nothing of the earlier
conversation is copied: the follow-up's look-back points at the earlier agreements. A
conversation is continued at most once and never by itself, and a link never closes a circle,
so a chain is a line: oldest first, newest last.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence

from quez.store.agreement_model import ChainLink
from quez.store.base import StoreBase
from quez.store.codec import from_iso
from quez.store.errors import NotFoundError, StoreError
from quez.store.ids import safe_id
from quez.store.lookbacks import insert_lookbacks
from quez.store.model import Session
from quez.store.sessions import insert_session

# Longer chains are refused: a guard against a damaged file, far beyond any real use.
MAX_CHAIN = 1000


def _previous(conn: sqlite3.Connection, session_id: str) -> str | None:
    row = conn.execute("SELECT continues FROM links WHERE session_id = ?", (session_id,))
    found = row.fetchone()
    return None if found is None else str(found[0])


def _next(conn: sqlite3.Connection, session_id: str) -> str | None:
    row = conn.execute("SELECT session_id FROM links WHERE continues = ?", (session_id,))
    found = row.fetchone()
    return None if found is None else str(found[0])


def chain_ids(conn: sqlite3.Connection, session_id: str) -> list[str]:
    """The ids of the chain ``session_id`` is part of, oldest first (just itself if unlinked)."""
    before: list[str] = []
    seen = {session_id}
    current = session_id
    while (prev := _previous(conn, current)) is not None and prev not in seen:
        before.append(prev)
        seen.add(prev)
        current = prev
        if len(seen) > MAX_CHAIN:
            raise StoreError("store.error.bad_value", field="links")
    after: list[str] = []
    current = session_id
    while (nxt := _next(conn, current)) is not None and nxt not in seen:
        after.append(nxt)
        seen.add(nxt)
        current = nxt
        if len(seen) > MAX_CHAIN:
            raise StoreError("store.error.bad_value", field="links")
    return [*reversed(before), session_id, *after]


def _link(conn: sqlite3.Connection, session_id: str, continues: str, stamp: str) -> None:
    for sid in (session_id, continues):
        if conn.execute("SELECT 1 FROM sessions WHERE id = ?", (sid,)).fetchone() is None:
            raise NotFoundError("store.error.no_session", session=safe_id(sid))
    if (
        session_id == continues
        or _previous(conn, session_id) is not None
        or _next(conn, continues) is not None
        or session_id in chain_ids(conn, continues)
    ):
        raise StoreError("store.error.link_refused", session=safe_id(continues))
    conn.execute(
        "INSERT INTO links (session_id, continues, created_at) VALUES (?, ?, ?)",
        (session_id, continues, stamp),
    )


class LinksMixin(StoreBase):
    """Linking conversations and reading chains (ids and dates only)."""

    def link_sessions(self, session_id: str, continues: str) -> None:
        """Record that ``session_id`` continues ``continues`` (both must exist).

        Refused (StoreError) when ``continues`` already has a follow-up, when ``session_id``
        already continues one, or when the link would close a circle.
        """
        stamp = self._stamp()
        with self._write() as conn:
            _link(conn, session_id, continues, stamp)
            self._touch(conn, session_id, stamp)  # the follow-up's clock, never the other's

    def start_follow_up(
        self,
        continues: str,
        *,
        deck_id: str,
        language: str,
        agreement_ids: Sequence[int],
        label: str | None = None,
        deck_version: str | None = None,
    ) -> Session:
        """Create a client conversation that continues ``continues``, with a look-back item
        per agreement in ``agreement_ids``: all in one transaction, or nothing at all.

        Nothing else is copied (not the label, not a note). Refused like :meth:`link_sessions`.
        """
        stamp = self._stamp()
        with self._write() as conn:
            if conn.execute("SELECT 1 FROM sessions WHERE id = ?", (continues,)).fetchone() is None:
                raise NotFoundError("store.error.no_session", session=safe_id(continues))
            session = insert_session(
                conn, "client", deck_id, language, label, deck_version, "{}", stamp
            )
            _link(conn, session.id, continues, stamp)
            insert_lookbacks(conn, session.id, agreement_ids, stamp)
        return session

    def continues(self, session_id: str) -> str | None:
        """The id of the conversation this one continues, or None."""
        with self._read() as conn:
            return _previous(conn, session_id)

    def continued_by(self, session_id: str) -> str | None:
        """The id of the follow-up of this conversation, or None."""
        with self._read() as conn:
            return _next(conn, session_id)

    def chain(self, session_id: str) -> list[ChainLink]:
        """The chain this session is part of, oldest first: ids, dates and status, no text.

        An unknown session gives ``[]``; an unlinked one gives itself alone.
        """
        with self._read() as conn:
            if (
                conn.execute("SELECT 1 FROM sessions WHERE id = ?", (session_id,)).fetchone()
                is None
            ):
                return []
            links: list[ChainLink] = []
            for sid in chain_ids(conn, session_id):
                row = conn.execute(
                    "SELECT created_at, status FROM sessions WHERE id = ?", (sid,)
                ).fetchone()
                if row is not None:
                    links.append(ChainLink(sid, from_iso(row[0]), str(row[1])))
        return links

    def linked_sessions(self, session_id: str) -> list[str]:
        """The other conversations of this session's chain, oldest first."""
        return [link.session_id for link in self.chain(session_id) if link.session_id != session_id]
