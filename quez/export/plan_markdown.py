"""The client's plan ("Mijn plan") as CommonMark.

The structure comes from QueZ; the client's words are escaped exactly like in the conversation
document (:func:`~quez.export.markdown.escape_block`, :func:`~quez.export.markdown.
escape_line`), so they read back as typed and can never change the plan's structure
(property-tested like the conversation document).
"""

from __future__ import annotations

from quez.export.agreements_render import agreement_markdown
from quez.export.markdown import escape_block, escape_line
from quez.export.plan import PlanDocument


def render_plan_markdown(doc: PlanDocument) -> str:
    """The whole plan as CommonMark text (ends with a newline)."""
    line = escape_line
    blocks = [f"# {line(doc.title)}"]  # no YAML block: a text editor shows the title first
    if doc.label:
        blocks.append(line(doc.label))
    blocks.append(line(doc.dated))
    for section in doc.sections:
        blocks.append(f"## {line(section.title)}")
        for note in section.notes:
            if note.question:
                blocks.append(f"*{line(doc.texts.context)}*: {line(note.question)}")
            blocks.append(escape_block(note.text, "> "))
    for title, intro, items in (
        (doc.texts.own, "", doc.own),
        (doc.texts.asks, doc.texts.asks_intro, doc.asks),
    ):
        if not items:
            continue
        blocks.append(f"## {line(title)}")
        if intro:
            blocks.append(line(intro))
        for item in items:
            blocks += agreement_markdown(item)
    if doc.is_empty:
        blocks.append(line(doc.texts.empty))
    blocks.append(f"## {line(doc.texts.closing_title)}")
    blocks += [line(p) for p in doc.texts.closing]
    return "\n\n".join(blocks) + "\n"
