"""The client's document as one self-contained, printable HTML page.

Nothing is loaded from anywhere: the style sheet is inlined, there are no scripts, fonts, images
or links, and a Content-Security-Policy forbids loading anything should a viewer try. Every text
goes through ``html.escape(quote=True)``; a note's line breaks become ``<br>`` and its spaces are
kept (``white-space: pre-wrap``), so the page shows exactly :func:`quez.export.text.note_text`.
"""

from __future__ import annotations

import html
from functools import cache
from importlib import resources

from quez.export.agreements_render import section_html
from quez.export.document import ClientDocument, DocNote

CSP = (
    "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; font-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)


@cache
def stylesheet() -> str:
    """The page's CSS (``client.css`` next to this module)."""
    return resources.files("quez.export").joinpath("client.css").read_text(encoding="utf-8")


def _esc(text: str) -> str:
    return html.escape(text, quote=True)


def _lines(text: str) -> str:
    return "<br>".join(_esc(line) for line in text.split("\n"))


def _note(doc: ClientDocument, note: DocNote, extra: str = "") -> list[str]:
    if note.summary:
        return [
            f'<div class="summary{extra}">',
            f'<p class="label">{_esc(doc.texts.summary)}</p>',
            f'<p class="text">{_lines(note.text)}</p>',
            "</div>",
        ]
    cls = f' class="{extra.strip()}"' if extra else ""
    return [f'<blockquote{cls}><p class="text">{_lines(note.text)}</p></blockquote>']


def _header(doc: ClientDocument) -> list[str]:
    out = ["<header>", f"<h1>{_esc(doc.title)}</h1>"]
    if doc.title != doc.dated:
        out.append(f'<p class="meta">{_esc(doc.dated)}</p>')
    if doc.texts.deck:
        out.append(f'<p class="meta">{_esc(doc.texts.deck)}</p>')
    out.append("</header>")
    return out


def _from_whom(doc: ClientDocument) -> list[str]:
    """The "Van wie" block: a heading and one line per part ([] without a block)."""
    if not doc.from_whom:
        return []
    out = ['<section class="from-whom">', f"<h2>{_esc(doc.texts.from_whom)}</h2>"]
    out += [
        f'<p><span class="label">{_esc(label)}:</span> {_esc(value)}</p>'
        for label, value in doc.from_whom
    ]
    out.append("</section>")
    return out


def _body(doc: ClientDocument) -> list[str]:
    out = _header(doc) + _from_whom(doc)
    if doc.important:  # once, here: the theme sections do not repeat them
        out += ['<section class="what-matters">', f"<h2>{_esc(doc.texts.important)}</h2>"]
        previous: str | None = None
        for note in doc.important:
            if note.question and note.question != previous:
                out.append(
                    f'<p class="context">{_esc(doc.texts.context)}: {_esc(note.question)}</p>'
                )
            previous = note.question
            out += _note(doc, note, " important")
        out.append("</section>")
    for section in doc.sections:
        out += ["<section>", f"<h2>{_esc(section.title)}</h2>"]
        previous = None
        for note in section.notes:
            if note.question and note.question != previous:
                out.append(f"<h3>{_esc(note.question)}</h3>")
            previous = note.question
            out += _note(doc, note)
        out.append("</section>")
    part = doc.agreements
    out += section_html(part.texts.lookback, part.lookback, "lookback")
    out += section_html(part.texts.agreements, part.agreements)
    if doc.is_empty:
        out.append(f'<p class="empty">{_esc(doc.texts.empty)}</p>')
    out += ['<section class="closing">', f"<h2>{_esc(doc.texts.closing_title)}</h2>"]
    out += [f"<p>{_esc(p)}</p>" for p in doc.texts.closing]
    out.append("</section>")
    return out


def render_html(doc: ClientDocument) -> str:
    """The whole document as an HTML5 page (UTF-8, ends with a newline)."""
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
