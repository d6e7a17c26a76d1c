"""The client's plan ("Mijn plan"): a document of the client conversation
(``quez export --document plan``).

Registered next to the conversation document in :data:`quez.workflows.kinds.DOCUMENTS`; the
export workflow gives it the whole chain of linked conversations (``ExportSource.earlier``).
Its privacy scan reads the plan as it will be written, with dates judged from the day of the
conversation exported.
"""

from __future__ import annotations

from collections.abc import Callable
from types import MappingProxyType

from quez.export.document import ExportSource
from quez.export.kind import DocumentType
from quez.export.plan import PlanDocument, build_plan_document, plan_not_asked, plan_texts
from quez.export.plan_html import render_plan_html
from quez.export.plan_markdown import render_plan_markdown
from quez.privacy import scan

_RENDERERS: dict[str, Callable[[PlanDocument], str]] = {
    "html": render_plan_html,
    "md": render_plan_markdown,
}


def _exporter(fmt: str) -> Callable[[ExportSource], str]:
    render = _RENDERERS[fmt]

    def export(source: ExportSource) -> str:
        return render(build_plan_document(source))

    return export


def _privacy_scan(source: ExportSource) -> tuple[str, ...]:
    doc = build_plan_document(source)
    return tuple(hit.kind for text in plan_texts(doc) for hit in scan(text, today=doc.day))


PLAN = DocumentType(
    name="plan",
    # A printable page first, then plain text (the same order as the conversation document).
    exporters=MappingProxyType({fmt: _exporter(fmt) for fmt in ("html", "md")}),
    privacy_scan=_privacy_scan,
    not_asked=plan_not_asked,
    chain=True,
    file_suffix="plan",
)
