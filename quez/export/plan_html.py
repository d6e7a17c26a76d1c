"""The client's plan ("Mijn plan") as one self-contained, printable HTML page.

The same page, style sheet and Content-Security-Policy as the conversation document
(:mod:`quez.export.html`); every text goes through ``html.escape``.
"""

from __future__ import annotations

import html

from quez.export.agreements_render import agreement_html
from quez.export.html import CSP, stylesheet
from quez.export.plan import PlanDocument


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _lines(text: str) -> str:
    return "<br>".join(_esc(line) for line in text.split("\n"))


def _body(doc: PlanDocument) -> list[str]:
    out = ["<header>", f"<h1>{_esc(doc.title)}</h1>"]
    if doc.label:
        out.append(f'<p class="meta">{_esc(doc.label)}</p>')
    out += [f'<p class="meta">{_esc(doc.dated)}</p>', "</header>"]
    for section in doc.sections:
        out += ['<section class="plan-theme">', f"<h2>{_esc(section.title)}</h2>"]
        for note in section.notes:
            if note.question:
                out.append(
                    f'<p class="context">{_esc(doc.texts.context)}: {_esc(note.question)}</p>'
                )
            out.append(f'<blockquote><p class="text">{_lines(note.text)}</p></blockquote>')
        out.append("</section>")
    for css, title, intro, items in (
        ("plan-own", doc.texts.own, "", doc.own),
        ("plan-asks", doc.texts.asks, doc.texts.asks_intro, doc.asks),
    ):
        if not items:
            continue
        out += [f'<section class="{css}">', f"<h2>{_esc(title)}</h2>"]
        if intro:
            out.append(f"<p>{_esc(intro)}</p>")
        for item in items:
            out += agreement_html(item)
        out.append("</section>")
    if doc.is_empty:
        out.append(f'<p class="empty">{_esc(doc.texts.empty)}</p>')
    out += ['<section class="closing">', f"<h2>{_esc(doc.texts.closing_title)}</h2>"]
    out += [f"<p>{_esc(p)}</p>" for p in doc.texts.closing]
    out.append("</section>")
    return out


def render_plan_html(doc: PlanDocument) -> str:
    """The whole plan as an HTML5 page (UTF-8, ends with a newline)."""
    head = [
        "<!DOCTYPE html>",
        f'<html lang="{_esc(doc.lang)}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">',  # a constant
        '<meta name="referrer" content="no-referrer">',
        f'<meta name="generator" content="QueZ {_esc(doc.version)}">',
        f"<title>{_esc(doc.title)}</title>",
        "<style>",
        stylesheet().rstrip("\n"),
        "</style>",
        "</head>",
        "<body>",
        "<main>",
    ]
    tail = ["</main>", "</body>", "</html>"]
    return "\n".join(head + _body(doc) + tail) + "\n"
