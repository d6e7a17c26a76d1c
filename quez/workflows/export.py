"""Export a session for the person it belongs to: the one code path for every front end.

``quez export``, the read-back screen and the intervisie closing round all come here, so the
same session gives byte-identical files and the same privacy findings wherever it is exported.
What goes in is decided by the session's kind (:mod:`quez.workflows.kinds`): for a client
conversation only the notes the client agreed to (:mod:`quez.export.document`), for a meeting
the guarded team summary. Files are written atomically, 0600, never over an existing file
unless forced (:mod:`quez.export.writer`).

This module is the one place that writes export files for users, and it records every file it
writes with the session (:meth:`quez.store.Store.record_export`): deleting the session erases
them too. A document that shows text of other conversations (a follow-up's look-back at earlier
agreements, "Mijn plan" over a chain) is recorded with each of them as well, so deleting any of
those conversations erases it.

``document`` picks which document a session becomes (``quez export --document plan``): each
kind's main document, or one registered in :data:`quez.workflows.kinds.DOCUMENTS`.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import tzinfo
from pathlib import Path

from quez.decks.model import Deck
from quez.export.document import ExportSource, document_language, source_for
from quez.export.filenames import unnamed_part
from quez.export.kind import DocumentType
from quez.export.text import local_date
from quez.export.writer import (
    ExportError,
    ExportExistsError,
    ExportFolderMissingError,
    write_export,
)
from quez.i18n import LANGUAGES, Translator
from quez.privacy import KINDS, NameFinder
from quez.sanitize import clean_text
from quez.store import NotFoundError, Session, Store
from quez.store.ids import safe_id
from quez.workflows.errors import WorkflowError
from quez.workflows.kinds import documents_for

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


def _document_and_formats(
    session: Session, document: str | None, wanted: Sequence[str] | None
) -> tuple[DocumentType, tuple[str, ...]]:
    """The document to write and its formats; refuses what the kind cannot export."""
    documents = documents_for(session.kind)
    if document is not None and document not in documents:
        if not documents:
            raise WorkflowError("export.no_exporter", kind=session.kind, fmt="-")
        choices = ", ".join(documents)
        raise WorkflowError(
            "plan.export.bad_document", usage=True, document=shown(document, 20), choices=choices
        )
    kind = documents.get(document) if document else next(iter(documents.values()), None)
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


def unnamed_name(session: Session, lang: str | None, tz: tzinfo | None = None) -> str:
    """What names a file when the session has no label: ``gesprek-1430`` (word and start time,
    in the document's language), so two conversations of one day are told apart."""
    t = Translator(document_language(session, lang))
    key = f"letter.file.unnamed.{session.kind}"
    return unnamed_part(t(key) if t.has(key) else "quez", session.created_at, tz)


def _write(text: str, session: Session, fmt: str, request: _Where, suffix: str = "") -> Path:
    """Write one document; every failure becomes one WorkflowError naming no client text."""
    # A second document of the same conversation ("Mijn plan") says so in its name.
    name = session.label or (request.unnamed if suffix else None)
    label = " ".join(part for part in (name, suffix) if part) or None
    try:
        return write_export(
            text,
            folder=request.folder,
            label=label,
            date=local_date(session.created_at, request.tz),
            fmt=fmt,
            output=request.output,
            force=request.force,
            unnamed=request.unnamed,
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
    unnamed: str = ""


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
    document: str | None = None,
    finder: NameFinder | None = None,
) -> ExportOutcome:
    """Write the session's documents and scan them; returns what was written and found.

    ``formats``: ``None`` for every format of the session's kind, in the kind's order (the
    read-back screen writes HTML and Markdown). ``folder`` is the exports folder (created 0700
    when needed); ``output`` an exact file or folder instead (one format only). ``decks`` looks
    up the session's deck for its titles (a missing deck is fine). ``document``: ``None`` for
    the kind's main document, else a name from :func:`quez.workflows.kinds.documents_for`.
    ``finder``: the name finder a kind's guard uses (the intervisie summary: unresolved
    people, places and institutions become ``[…]`` and are reported in ``findings``);
    ``None``: the lists only. Raises :class:`WorkflowError` (document, format, language,
    writing) or
    :class:`~quez.store.StoreError`.
    """
    check_language(lang)
    session = store.get_session(session_id)
    if session is None:
        raise NotFoundError("store.error.no_session", session=safe_id(session_id))
    kind, chosen = _document_and_formats(session, document, formats)
    if output is not None and len(chosen) != 1:
        raise ValueError("an explicit output takes exactly one format")
    source = _source(store, session, decks, lang, tz)
    if kind.chain:  # the conversations this one continues, oldest first (never later ones)
        ids = [link.session_id for link in store.chain(session.id)]
        previous = [store.get_session(sid) for sid in ids[: ids.index(session.id)]]
        earlier = [_source(store, s, decks, source.lang, tz) for s in previous if s is not None]
        source = replace(source, earlier=tuple(earlier))
    if finder is not None:
        source = replace(source, finder=finder)
    texts = [(fmt, kind.exporters[fmt](source)) for fmt in chosen]
    findings = kind.privacy_scan(source)
    where = _Where(folder, output, force, tz, unnamed_name(session, lang, tz))
    written: list[Path] = []
    for fmt, text in texts:
        path = _write(text, session, fmt, where, kind.file_suffix)
        # Recorded at once, so deleting the session erases this file too (quez.store.exports),
        # and with every other conversation whose text it shows.
        for owner in _owners(source):
            store.record_export(owner, path, fmt)
        written.append(path)
    return ExportOutcome(
        session=session,
        written=tuple(written),
        findings=findings,
        not_asked=kind.not_asked(source),
    )


def _source(
    store: Store, session: Session, decks: DeckLookup, lang: str | None, tz: tzinfo | None
) -> ExportSource:
    """One session's source with its notes, agreements and look-back."""
    source = source_for(
        session, store.entries(session.id), decks(session.deck_id), lang=lang, tz=tz
    )
    return replace(
        source, agreements=store.agreements(session.id), lookbacks=store.lookbacks(session.id)
    )


def _owners(source: ExportSource) -> list[str]:
    """The session exported first, then every other session whose text the file may show."""
    owners = [source.session.id]
    others = [s.session.id for s in source.earlier]
    others += [item.agreement.session_id for item in source.lookbacks]
    for owner in others:
        if owner not in owners:
            owners.append(owner)
    return owners
