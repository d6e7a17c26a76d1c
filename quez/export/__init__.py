"""Exports: documents people own, as Markdown and as a printable HTML page.

:data:`FORMATS` renders a :class:`ClientDocument` in one format (``render(fmt, doc)``). Which
document a *session* becomes depends on its kind: each kind names its exporters
(:class:`quez.export.kind.Kind`), and :mod:`quez.workflows.kinds` registers the kinds. Writing
a file is :func:`write_export`; the one place that calls it for users is :mod:`quez.workflows`.

Importing this package only fills a dict: no I/O.
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
from quez.export.kind import Kind, SessionExporter, UnknownExporterError
from quez.export.markdown import render_markdown
from quez.export.writer import (
    ExportError,
    ExportExistsError,
    ExportFolderMissingError,
    write_export,
)

Exporter = Callable[[ClientDocument], str]

FORMATS: dict[str, Exporter] = {"md": render_markdown, "html": render_html}


def render(fmt: str, doc: ClientDocument) -> str:
    """Render a client document; ``KeyError`` for an unknown format."""
    return FORMATS[fmt](doc)


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
    "Kind",
    "SessionExporter",
    "UnknownExporterError",
    "build_client_document",
    "render",
    "render_html",
    "render_markdown",
    "write_export",
]
