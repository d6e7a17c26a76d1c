"""Exports: documents people own, as Markdown and as a printable HTML page.

Two registries:

- :data:`FORMATS` renders a :class:`ClientDocument` in one format (``render(fmt, doc)``).
- Session exporters turn a whole :class:`ExportSource` into text, keyed by session kind and
  format. The client document is registered here for ``("client", "md" | "html")``; the team
  summary for intervisie sessions plugs in with ``register_exporter("intervisie", "md", func)``.
  ``quez export`` dispatches on ``session.kind`` through :func:`export_session`.

Importing this package only fills two dicts: no I/O.
"""

from __future__ import annotations

from collections.abc import Callable

from quez.export.document import (
    ClientDocument,
    DocNote,
    DocSection,
    ExportSource,
    build_client_document,
)
from quez.export.html import render_html
from quez.export.markdown import render_markdown
from quez.export.text import local_date
from quez.export.writer import (
    ExportError,
    ExportExistsError,
    ExportFolderMissingError,
    write_export,
)

Exporter = Callable[[ClientDocument], str]
SessionExporter = Callable[[ExportSource], str]

FORMATS: dict[str, Exporter] = {"md": render_markdown, "html": render_html}
_SESSION_EXPORTERS: dict[tuple[str, str], SessionExporter] = {}


class UnknownExporterError(LookupError):
    """No exporter is registered for this session kind and format."""

    def __init__(self, kind: str, fmt: str) -> None:
        super().__init__(f"no exporter for kind={kind!r} format={fmt!r}")
        self.kind = kind
        self.fmt = fmt


def render(fmt: str, doc: ClientDocument) -> str:
    """Render a client document; ``KeyError`` for an unknown format."""
    return FORMATS[fmt](doc)


def register_exporter(kind: str, fmt: str, func: SessionExporter, *, replace: bool = False) -> None:
    """Make ``func`` the exporter for sessions of ``kind`` in format ``fmt``.

    Registering a taken (kind, format) twice is a programming error unless ``replace``.
    """
    key = (kind, fmt)
    if key in _SESSION_EXPORTERS and not replace:
        raise ValueError(f"exporter already registered for kind={kind!r} format={fmt!r}")
    _SESSION_EXPORTERS[key] = func


# Exporters for other session kinds live with their kind and register themselves on first use
# (importing them here eagerly would be circular: they build on this package).
_PLUGINS = {"intervisie": "quez.intervisie.summary"}


def _load_plugin(kind: str) -> None:
    module = _PLUGINS.pop(kind, None)
    if module is not None:
        import importlib

        importlib.import_module(module).register()


def exporter_for(kind: str, fmt: str) -> SessionExporter:
    """The exporter for this kind and format, or :class:`UnknownExporterError`."""
    _load_plugin(kind)
    try:
        return _SESSION_EXPORTERS[(kind, fmt)]
    except KeyError:
        raise UnknownExporterError(kind, fmt) from None


def formats_for(kind: str) -> tuple[str, ...]:
    """The formats sessions of ``kind`` can be exported in (sorted)."""
    _load_plugin(kind)
    return tuple(sorted(fmt for k, fmt in _SESSION_EXPORTERS if k == kind))


def export_session(source: ExportSource, fmt: str) -> str:
    """Export a session with the exporter registered for its kind and ``fmt``."""
    return exporter_for(source.session.kind, fmt)(source)


def privacy_findings(source: ExportSource) -> tuple[str, ...]:
    """The kinds of likely personal identifiers (see :mod:`quez.privacy`) this export would hold.

    A client document is scanned as it will be: its title and the notes that go in (deck texts
    are not scanned). For other kinds the label and every note are scanned, which may warn too
    often but never too little. Dates count as "long ago" from the conversation's date.
    """
    from quez.privacy import KINDS, scan

    if source.session.kind == "intervisie":
        # The intervisie guard also knows the "niet noemen" names and what the team chose to keep.
        from quez.intervisie.guard import session_findings

        found = {f.hit.kind for f in session_findings(source.session, source.entries)}
        return tuple(kind for kind in KINDS if kind in found)
    if source.session.kind == "client":
        doc = build_client_document(source)
        texts = [doc.title, *(note.text for section in doc.sections for note in section.notes)]
        day = doc.day
    else:
        texts = [source.session.label or "", *(entry.note for entry in source.entries)]
        day = local_date(source.session.created_at, source.tz)
    found = {hit.kind for text in texts for hit in scan(text, today=day)}
    return tuple(kind for kind in KINDS if kind in found)


def _client_exporter(fmt: str) -> SessionExporter:
    def export(source: ExportSource) -> str:
        return render(fmt, build_client_document(source))

    return export


for _fmt in FORMATS:
    register_exporter("client", _fmt, _client_exporter(_fmt))

__all__ = [
    "FORMATS",
    "ClientDocument",
    "DocNote",
    "DocSection",
    "ExportError",
    "ExportExistsError",
    "ExportFolderMissingError",
    "ExportSource",
    "Exporter",
    "SessionExporter",
    "UnknownExporterError",
    "build_client_document",
    "export_session",
    "exporter_for",
    "formats_for",
    "privacy_findings",
    "register_exporter",
    "render",
    "render_html",
    "render_markdown",
    "write_export",
]
