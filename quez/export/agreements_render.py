"""Agreements laid out as Markdown or HTML blocks (for the client's document and the plan).

The same escaping as every client text: Markdown through :func:`~quez.export.markdown.
escape_block` / :func:`~quez.export.markdown.escape_line`, HTML through ``html.escape``. The
structure comes from QueZ only: a heading per agreement, its *what* as a quote, one line each
for who, when, when it was made and how it went, and the client's note on that as a quote.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from quez.export.agreements_doc import DocAgreement
from quez.export.markdown import escape_block, escape_line


def _lines(item: DocAgreement) -> list[str]:
    return [line for line in (item.who, item.when, item.made, item.state) if line]


def agreement_markdown(item: DocAgreement, level: int = 3) -> list[str]:
    """One agreement as Markdown blocks (joined by blank lines by the caller)."""
    blocks = [f"{'#' * level} {escape_line(item.title)}", escape_block(item.what, "> ")]
    blocks += [escape_line(line) for line in _lines(item)]
    if item.state_note:
        blocks.append(escape_block(item.state_note, "> "))
    return blocks


def section_markdown(title: str, items: Sequence[DocAgreement]) -> list[str]:
    """A ``##`` section of agreements ([] when there are none)."""
    if not items:
        return []
    blocks = [f"## {escape_line(title)}"]
    for item in items:
        blocks += agreement_markdown(item)
    return blocks


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _text(text: str) -> str:
    return "<br>".join(_esc(line) for line in text.split("\n"))


def agreement_html(item: DocAgreement) -> list[str]:
    """One agreement as HTML lines."""
    out = [
        '<div class="agreement">',
        f"<h3>{_esc(item.title)}</h3>",
        f'<blockquote><p class="text">{_text(item.what)}</p></blockquote>',
    ]
    out += [f'<p class="meta">{_esc(line)}</p>' for line in _lines(item)]
    if item.state_note:
        out.append(f'<blockquote><p class="text">{_text(item.state_note)}</p></blockquote>')
    out.append("</div>")
    return out


def section_html(title: str, items: Sequence[DocAgreement], css: str = "agreements") -> list[str]:
    """A ``<section>`` of agreements ([] when there are none)."""
    if not items:
        return []
    out = [f'<section class="{css}">', f"<h2>{_esc(title)}</h2>"]
    for item in items:
        out += agreement_html(item)
    out.append("</section>")
    return out
