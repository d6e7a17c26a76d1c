"""Export a session for the person it belongs to: the one code path for every front end.

``quez export``, the read-back screen and the intervisie closing round all come here, so the
same session gives byte-identical files and the same privacy findings wherever it is exported.
What goes in is decided by the session's kind (:mod:`quez.workflows.kinds`): for a client
conversation only the notes the client agreed to (:mod:`quez.export.document`), for a meeting
the guarded team summary. Files are written atomically, 0600, never over an existing file
unless forced (:mod:`quez.export.writer`).

This module is the one place that writes export files for users, and it records every file it
writes with the session (:meth:`quez.store.Store.record_export`): deleting the session erases
them too.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import tzinfo
from pathlib import Path

from quez.decks.model import Deck
from quez.export.document import copy_counts, source_for
from quez.export.kind import Kind
from quez.export.text import local_date
from quez.export.writer import (
    ExportError,
    ExportExistsError,
    ExportFolderMissingError,
    write_export,
)
from quez.i18n import LANGUAGES
from quez.privacy import KINDS, NameFinder
from quez.sanitize import clean_text
from quez.store import NotFoundError, Session, Store
from quez.store.ids import safe_id
from quez.workflows.errors import WorkflowError
from quez.workflows.kinds import kind_for

DeckLookup = Callable[[str], Deck | None]


def no_decks(deck_id: str) -> Deck | None:
    """A deck lookup that finds nothing (the team summary needs no deck texts)."""
    return None


@dataclass(frozen=True)
class ExportOutcome:
    """What an export wrote and what the privacy scan found in it."""

    session: Session
    written: tuple[Path, ...]  # in the order of the formats asked for
    findings: tuple[str, ...]  # one identifier kind (quez.privacy.KINDS) per finding
    not_asked: int = 0  # texts left out because nobody asked the client yet

    @property
    def kinds(self) -> tuple[str, ...]:
        """The kinds of identifiers found, each once, in :data:`quez.privacy.KINDS` order."""
        return tuple(kind for kind in KINDS if kind in self.findings)


def shown(value: object, limit: int | None = None) -> str:
    """A path or a typed value as it may appear in a message: cleaned, maybe shortened."""
    text = clean_text(str(value))
    return text if limit is None else text[:limit]


def check_language(lang: str | None) -> None:
    """Refuse a document language QueZ does not have (before anything is opened)."""
    if lang is not None and lang.lower() not in LANGUAGES:
        raise WorkflowError("export.bad_lang", usage=True, lang=shown(lang[:20]))


def _kind_and_formats(
    session: Session, wanted: Sequence[str] | None
) -> tuple[Kind, tuple[str, ...]]:
    """The session's kind and the formats to write; refuses what the kind cannot export."""
    kind = kind_for(session.kind)
    exporters = kind.exporters if kind is not None else {}
    formats = tuple(exporters) if wanted is None else tuple(wanted)
    for fmt in formats:
        if fmt in exporters:
            continue
        if not exporters:
            raise WorkflowError("export.no_exporter", kind=session.kind, fmt=shown(fmt, 20))
        choices = ", ".join(sorted(exporters))
        raise WorkflowError("export.bad_format", usage=True, fmt=shown(fmt, 20), choices=choices)
    if kind is None or not formats:
        raise WorkflowError("export.no_exporter", kind=session.kind, fmt="-")
    return kind, formats


def _write(text: str, session: Session, fmt: str, request: _Where) -> Path:
    """Write one document; every failure becomes one WorkflowError naming no client text."""
    try:
        return write_export(
            text,
            folder=request.folder,
            label=session.label,
            date=local_date(session.created_at, request.tz),
            fmt=fmt,
            output=request.output,
            force=request.force,
        )
    except ExportExistsError as exc:
        raise WorkflowError("export.exists", path=shown(exc.path)) from None
    except ExportFolderMissingError as exc:
        raise WorkflowError("export.no_folder", path=shown(exc.path)) from None
    except ExportError:
        raise WorkflowError("export.write_failed", reason="ExportError") from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise WorkflowError("export.write_failed", reason=reason) from None


@dataclass(frozen=True)
class _Where:
    folder: Path
    output: Path | None
    force: bool
    tz: tzinfo | None


def export_session(
    store: Store,
    session_id: str,
    *,
    folder: Path,
    decks: DeckLookup = no_decks,
    formats: Sequence[str] | None = None,
    lang: str | None = None,
    output: Path | None = None,
    force: bool = False,
    tz: tzinfo | None = None,
    finder: NameFinder | None = None,
) -> ExportOutcome:
    """Write the session's documents and scan them; returns what was written and found.

    ``formats``: ``None`` for every format of the session's kind, in the kind's order (the
    read-back screen writes HTML and Markdown). ``folder`` is the exports folder (created 0700
    when needed); ``output`` an exact file or folder instead (one format only). ``decks`` looks
    up the session's deck for its titles (a missing deck is fine). ``finder``: the name finder
    a kind's guard uses (the intervisie summary: unresolved people, places and institutions
    become ``[…]`` and are reported in ``findings``); ``None``: the lists only. Raises
    :class:`WorkflowError` (format, language, writing) or :class:`~quez.store.StoreError`.
    """
    check_language(lang)
    session = store.get_session(session_id)
    if session is None:
        raise NotFoundError("store.error.no_session", session=safe_id(session_id))
    kind, chosen = _kind_and_formats(session, formats)
    if output is not None and len(chosen) != 1:
        raise ValueError("an explicit output takes exactly one format")
    source = source_for(
        session, store.entries(session.id), decks(session.deck_id), lang=lang, tz=tz
    )
    if finder is not None:
        source = replace(source, finder=finder)
    texts = [(fmt, kind.exporters[fmt](source)) for fmt in chosen]
    findings = kind.privacy_scan(source)
    where = _Where(folder, output, force, tz)
    written: list[Path] = []
    for fmt, text in texts:
        path = _write(text, session, fmt, where)
        # Recorded at once, so deleting the session erases this file too (quez.store.exports).
        store.record_export(session.id, path, fmt)
        written.append(path)
    return ExportOutcome(
        session=session,
        written=tuple(written),
        findings=findings,
        not_asked=copy_counts(source.entries).not_asked,
    )
