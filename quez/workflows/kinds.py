"""The session kinds, registered in one place: nothing else asks ``session.kind == ...``.

A new kind implements :class:`quez.export.kind.Kind` next to its own code and is added to
:data:`KINDS` here; the export workflow, ``quez export`` and the TUI pick it up from this map.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from quez.conversation.kind import CLIENT
from quez.export.document import ExportSource
from quez.export.kind import Kind, UnknownExporterError
from quez.intervisie.kind import MEETING

KINDS: Mapping[str, Kind] = MappingProxyType({kind.name: kind for kind in (CLIENT, MEETING)})


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
