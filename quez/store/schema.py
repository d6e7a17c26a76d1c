"""The database schema, as forward migrations numbered by ``PRAGMA user_version``.

``MIGRATIONS[n]`` takes a database from version ``n`` to ``n + 1``. A migration is never edited
once released; a change is a new migration appended at the end, and the tests build a database at
every earlier version, fill it, upgrade it and check it.
"""

from __future__ import annotations

import sqlite3

# "QUEZ" in ASCII; marks the file as ours (PRAGMA application_id).
APPLICATION_ID = 0x5155455A

_V1 = (
    f"PRAGMA application_id = {APPLICATION_ID}",
    """CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        kind TEXT NOT NULL CHECK (kind IN ('client', 'intervisie')),
        deck_id TEXT NOT NULL,
        deck_version TEXT,
        language TEXT NOT NULL,
        label TEXT,
        status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
        position TEXT NOT NULL DEFAULT '{}',
        mirror TEXT,
        meta TEXT NOT NULL DEFAULT '{}',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
    """CREATE TABLE entries (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        card_id TEXT NOT NULL,
        card_text TEXT NOT NULL,
        theme_id TEXT,
        chosen_by TEXT NOT NULL,
        note TEXT NOT NULL DEFAULT '',
        note_kind TEXT NOT NULL,
        important INTEGER NOT NULL DEFAULT 0,
        consent INTEGER,
        state TEXT NOT NULL DEFAULT 'active',
        phase TEXT,
        participant TEXT,
        followups TEXT NOT NULL DEFAULT '[]',
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (session_id, seq)
    )""",
    # Werkaantekeningen live apart so that no export query can ever reach them.
    """CREATE TABLE worknotes (
        session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        text TEXT NOT NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL
    )""",
)

_V2 = (
    # Listing sorts by (updated_at, id) and purge selects on updated_at; retention looks for
    # expired werkaantekeningen by created_at.
    "CREATE INDEX sessions_by_updated ON sessions (updated_at, id)",
    "CREATE INDEX worknotes_by_created ON worknotes (created_at)",
)

_V3 = (
    # The client's own words (note, consent) and the professional's summary (summary,
    # summary_consent) are separate fields of an entry, each with its own consent
    # (NULL: not asked yet, 1: yes, 0: no). Intervisie entries keep note, note_kind, consent.
    "ALTER TABLE entries ADD COLUMN summary TEXT NOT NULL DEFAULT ''",
    "ALTER TABLE entries ADD COLUMN summary_consent INTEGER",
    # Migration without changing any document (docs/consent.md): a version-2 client note of
    # kind 'summary' becomes the entry's summary, with its consent (NULL stays "not asked",
    # which kept it out before and keeps it out now) ...
    "UPDATE entries SET summary = note, summary_consent = consent, note = '', consent = NULL,"
    " note_kind = 'own_words' WHERE note_kind = 'summary'"
    " AND session_id IN (SELECT id FROM sessions WHERE kind = 'client')",
    # ... and own words with text that nobody was asked about went into the copy under
    # version 2's opt-out rule (the read-back showed them as "komt in uw kopie"): a yes.
    "UPDATE entries SET consent = 1 WHERE note_kind = 'own_words' AND consent IS NULL"
    " AND trim(note, char(9, 10, 13, 32)) <> ''"
    " AND session_id IN (SELECT id FROM sessions WHERE kind = 'client')",
    # Every export file QueZ writes for a session, so deleting the session can remove it too.
    # path: the file name's bytes (os.fsencode); file_id: "device:inode" when it was written,
    # so a file put at the same path later is never mistaken for ours.
    """CREATE TABLE exports (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        path BLOB NOT NULL,
        format TEXT NOT NULL,
        file_id TEXT NOT NULL,
        created_at TEXT NOT NULL
    )""",
    "CREATE INDEX exports_by_session ON exports (session_id)",
)

_V4 = (
    # Afspraken (agreements) of a client conversation, in the client's words (docs/afspraken.md).
    # what / who_name / look_again are client text; who says who does it ("other": someone the
    # client names, with a name the client chooses, never required: '' when not given). One
    # consent for the whole agreement, exactly like a note's (NULL: not asked yet, 1: yes,
    # 0: no); a changed text or who withdraws it. entry_id: the card it was made on, if any.
    """CREATE TABLE agreements (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        what TEXT NOT NULL DEFAULT '',
        who TEXT NOT NULL DEFAULT 'client' CHECK (who IN ('client', 'professional', 'other')),
        who_name TEXT NOT NULL DEFAULT '',
        look_again TEXT NOT NULL DEFAULT '',
        consent INTEGER,
        entry_id INTEGER REFERENCES entries (id) ON DELETE SET NULL,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (session_id, seq)
    )""",
    "CREATE INDEX agreements_by_entry ON agreements (entry_id)",
    # A follow-up conversation and the conversation it continues: stored only when the
    # professional chose it with the client's agreement; nothing else is copied. One follow-up
    # per conversation (UNIQUE continues), so a chain is a line. Deleting either end removes it.
    """CREATE TABLE links (
        session_id TEXT PRIMARY KEY REFERENCES sessions (id) ON DELETE CASCADE,
        continues TEXT NOT NULL UNIQUE REFERENCES sessions (id) ON DELETE CASCADE,
        created_at TEXT NOT NULL,
        CHECK (session_id <> continues)
    )""",
    # The look-back of a follow-up: per earlier agreement, how it went (outcome, chosen_by:
    # who chose it) and a note in the client's words, with its own consent. It points at the
    # earlier agreement, so deleting that conversation deletes these rows too: a look-back
    # never shows a deleted conversation's text.
    """CREATE TABLE lookbacks (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL REFERENCES sessions (id) ON DELETE CASCADE,
        agreement_id INTEGER NOT NULL REFERENCES agreements (id) ON DELETE CASCADE,
        seq INTEGER NOT NULL,
        outcome TEXT CHECK (outcome IN ('done', 'partly', 'not', 'not_needed')),
        chosen_by TEXT CHECK (chosen_by IN ('client', 'professional')),
        note TEXT NOT NULL DEFAULT '',
        consent INTEGER,
        created_at TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        UNIQUE (session_id, agreement_id),
        UNIQUE (session_id, seq)
    )""",
    "CREATE INDEX lookbacks_by_agreement ON lookbacks (agreement_id)",
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1, _V2, _V3, _V4)
CURRENT_VERSION = len(MIGRATIONS)


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version stored in the database header."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, target: int = CURRENT_VERSION) -> int:
    """Bring the database up to ``target``; returns the version it started at.

    Runs inside one ``BEGIN IMMEDIATE`` transaction (``user_version`` is part of it), and reads
    the version again after taking the write lock, so two processes opening a new store at the
    same moment migrate it exactly once. The caller maps :mod:`sqlite3` errors.
    """
    conn.execute("BEGIN IMMEDIATE")
    try:
        start = user_version(conn)
        for version in range(start, target):
            for statement in MIGRATIONS[version]:
                conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version + 1}")
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    return start
