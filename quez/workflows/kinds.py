"""The session kinds, registered in one place: nothing else asks ``session.kind == ...``.

A new kind implements :class:`quez.export.kind.Kind` next to its own code and is added to
:data:`KINDS` here; the export workflow, ``quez export`` and the TUI pick it up from this map.
A new *document* of a kind (``quez export --document NAME``) is a
:class:`quez.export.kind.DocumentType` next to the kind's code, added to :data:`DOCUMENTS`.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from quez.conversation.kind import CLIENT
from quez.conversation.plan_kind import PLAN
from quez.export.agreements_doc import plan_counts
from quez.export.document import ExportSource, copy_counts
from quez.export.kind import DocumentType, Kind, UnknownExporterError
from quez.intervisie.kind import MEETING

KINDS: Mapping[str, Kind] = MappingProxyType({kind.name: kind for kind in (CLIENT, MEETING)})
# The name of each kind's main document (its Kind's exporters), then its further documents.
MAIN_DOCUMENT: Mapping[str, str] = MappingProxyType(
    {CLIENT.name: "conversation", MEETING.name: "summary"}
)
DOCUMENTS: Mapping[str, tuple[DocumentType, ...]] = MappingProxyType({CLIENT.name: (PLAN,)})


def kind_for(name: str) -> Kind | None:
    """The kind registered for ``session.kind`` (None for one this QueZ does not know)."""
    return KINDS.get(name)


def formats_for(name: str) -> tuple[str, ...]:
    """The formats sessions of kind ``name`` can be exported in (sorted; empty when unknown)."""
    kind = kind_for(name)
    return tuple(sorted(kind.exporters)) if kind is not None else ()


def render(source: ExportSource, fmt: str) -> str:
    """The text of ``source``'s session in ``fmt``; :class:`UnknownExporterError` otherwise."""
    kind = kind_for(source.session.kind)
    exporter = kind.exporters.get(fmt) if kind is not None else None
    if exporter is None:
        raise UnknownExporterError(source.session.kind, fmt)
    return exporter(source)


def privacy_scan(source: ExportSource) -> tuple[str, ...]:
    """One identifier kind per likely finding in what ``source`` would export (none if unknown)."""
    kind = kind_for(source.session.kind)
    return kind.privacy_scan(source) if kind is not None else ()


def _main_not_asked(source: ExportSource) -> int:
    counted = copy_counts(source.entries).not_asked
    return counted + plan_counts(source.agreements, source.lookbacks).not_asked


def documents_for(name: str) -> dict[str, DocumentType]:
    """The documents sessions of kind ``name`` can become, main document first (empty when
    the kind is unknown)."""
    kind = kind_for(name)
    if kind is None:
        return {}
    main = DocumentType(
        name=MAIN_DOCUMENT.get(name, "main"),
        exporters=kind.exporters,
        privacy_scan=kind.privacy_scan,
        not_asked=_main_not_asked,
        finds_names=kind.finds_names,
    )
    return {doc.name: doc for doc in (main, *DOCUMENTS.get(name, ()))}


def finds_names(name: str, document: str | None = None) -> bool:
    """Whether exporting ``document`` (``None``: the main one) of a session of kind ``name``
    needs a loaded name finder (the front end loads it first; :attr:`Kind.finds_names`)."""
    documents = documents_for(name)
    chosen = documents.get(document) if document else next(iter(documents.values()), None)
    return chosen is not None and chosen.finds_names
