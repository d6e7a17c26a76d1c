"""Export a conversation for the client through the export core (notes they agreed to only).

The regie mirror and the werkaantekeningen never go in: the export core does not read them.
Every file written is recorded with the session (``Store.record_export``), so deleting the
conversation erases it too.
"""

from __future__ import annotations

from datetime import tzinfo
from pathlib import Path

from quez.conversation.controller import Conversation

FORMATS = ("html", "md")  # a printable page first, then plain text


def export_conversation(
    conv: Conversation, folder: Path, *, tz: tzinfo | None = None
) -> list[Path]:
    """Write the client's document (HTML and Markdown) into ``folder``; returns the files.

    Each file is recorded with the session as soon as it is written.
    """
    from quez.export import export_session, write_export
    from quez.export.document import source_for
    from quez.export.text import local_date

    conv.flush()
    store, session, deck = conv.store, conv.session, conv.deck
    entries = store.entries(session.id)
    source = source_for(session, entries, deck, tz=tz)
    day = local_date(session.created_at, tz)
    written: list[Path] = []
    for fmt in FORMATS:
        text = export_session(source, fmt)
        path = write_export(text, folder=folder, label=session.label, date=day, fmt=fmt)
        store.record_export(session.id, path, fmt)
        written.append(path)
    return written
