"""The client conversation as a session kind: the client's document as HTML and Markdown.

The privacy scan reads the document as it will be written (its title, the notes and the
agreements that go in; deck texts are not scanned), with dates judged from the conversation's
own day.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from quez.export import FORMATS, build_client_document, render
from quez.export.agreements_doc import texts_of
from quez.export.document import ExportSource
from quez.export.kind import SessionExporter
from quez.privacy import scan


def _exporter(fmt: str) -> SessionExporter:
    def export(source: ExportSource) -> str:
        return render(fmt, build_client_document(source))

    return export


class ClientConversation:
    """``session.kind == "client"``: a conversation at the kitchen table."""

    name = "client"
    finds_names = False  # the client decides what goes in; patterns are scanned for a warning
    # A printable page first, then plain text: the read-back screen writes both, in this order.
    exporters: Mapping[str, SessionExporter] = MappingProxyType(
        {fmt: _exporter(fmt) for fmt in ("html", "md") if fmt in FORMATS}
    )

    def privacy_scan(self, source: ExportSource) -> tuple[str, ...]:
        """The identifier kind of every hit in the title and the notes that go in."""
        doc = build_client_document(source)
        texts = [doc.title, *(note.text for note in doc.notes)]
        texts += texts_of(doc.agreements.lookback) + texts_of(doc.agreements.agreements)
        return tuple(hit.kind for text in texts for hit in scan(text, today=doc.day))


CLIENT = ClientConversation()
