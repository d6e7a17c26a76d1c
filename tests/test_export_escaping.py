"""The client's text can never change the document's structure (Markdown and HTML).

Method: render a document whose untrusted slots (label, theme title, question, own words,
summary) hold generated text, and the same document with plain markers in those slots. Parsed,
the two must have the same structure, and every slot must read back as the generated text after
the documented normalisation (``note_text`` for notes, ``line_text`` for one-line texts).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace
from html.parser import HTMLParser

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from markdown_it import MarkdownIt
from markdown_it.token import Token

from quez.export import ExportSource, render_html, render_markdown
from quez.export.document import build_client_document
from quez.export.markdown import escape_block, escape_line
from quez.export.text import line_text, note_text
from tests.export_samples import entry, session

TRICKY = [
    "# kop", "## ", "---", "***", "___", "* lijst", "- ", "+ x", "1. item", "2) x", "> quote",
    "<script>alert(1)</script>", "<b>", "<!--", "[link](x)", "![img](x)", "[x]: /u", "<http://x.nl>",
    "www.x.nl", "`", "```", "~~~", "|", "| a | b |", "&amp;", "&", "&#32;", "&copy", "\\", "\\\n",
    "  ", "    ", "\t", "\n", "\n\n", " \n", "===", "=", "_x_", "**b**", "*", "_", "~~s~~", "$x$",
    "^", "@a", ":", "(a)", "a.", "i.", ".", ")", "\u00a0", "\u2028", "\u3000", "\u200b", "é",
    "😀", "ﬁ", "Ω", "\ufeff", "\x1b[31m", "\r\n", "\r", "\x00",
    # The places where escaping depends on what stands around a character:
    "a_b", "_a", "a_", "&x;", "&#1;", "&#x1F;", " #", "# ", "#", "<a", "< a", "- - -", "+ ",
    "1) ", "1.", "\t-", "12.30", "a\\", "\\_", "\\*", ":-)", "50%", "€ 12,50",
]  # fmt: skip

client_text = st.lists(
    st.one_of(st.sampled_from(TRICKY), st.text(max_size=4)), min_size=1, max_size=14
).map("".join)

MARKERS = {"label": "LABELX", "theme": "THEMEX", "question": "QUESTIONX"}


def source(label: str, theme: str, question: str, own: str, summary: str) -> ExportSource:
    entries = [
        entry(1, question, own, theme_id="t", important=True),
        entry(2, question, summary=summary, theme_id="t", summary_consent=True),
    ]
    return ExportSource(
        session=session(label=label),
        entries=entries,
        deck_title="Deck",
        theme_titles={"t": theme},
    )


def marker_source(label: str, theme: str, question: str) -> ExportSource:
    """The same document shape with markers where the generated text reads back non-empty."""
    return source(
        MARKERS["label"] if line_text(label) else "",
        MARKERS["theme"] if line_text(theme) else "",
        MARKERS["question"] if line_text(question) else "",
        "OWNX",
        "SUMMARYX",
    )


def expected(
    ref: list[str], label: str, theme: str, question: str, own: str, summ: str
) -> list[str]:
    values = {
        "LABELX": line_text(label),
        "THEMEX": line_text(theme),
        "QUESTIONX": line_text(question),
        "OWNX": note_text(own),
        "SUMMARYX": note_text(summ),
    }
    pattern = re.compile("|".join(values))
    return [pattern.sub(lambda m: values[m.group(0)], text) for text in ref]


# Markdown ------------------------------------------------------------------------------------

MD = MarkdownIt("commonmark")
TEXTY = {"text", "softbreak", "hardbreak"}


def letter_body(md: str) -> str:
    """The document as a client opens it: its title comes first (no YAML block for a text
    editor to show before it)."""
    assert md.startswith("# ")
    return md


def _inline_text(tok: Token) -> str:
    parts = []
    for child in tok.children or []:
        if child.type == "text":
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append("\n")
    return "".join(parts)


def md_blocks(tokens: list[Token]) -> list[tuple[str, str, int, tuple[str, ...], str]]:
    """(type, tag, nesting, non-text inline types, text) per token, with each run of adjacent
    paragraphs merged into one whose text joins theirs with a blank line: a note's paragraphs
    read back as the note (``note_text`` keeps one blank line between paragraphs)."""
    out: list[tuple[str, str, int, tuple[str, ...], str]] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if tok.type != "paragraph_open":
            inline = tuple(c.type for c in tok.children or [] if c.type not in TEXTY)
            text = _inline_text(tok) if tok.type == "inline" else ""
            out.append((tok.type, tok.tag, tok.nesting, inline, text))
            i += 1
            continue
        types: tuple[str, ...] = ()
        texts = []
        while i < len(tokens) and tokens[i].type == "paragraph_open":
            inline_tok = tokens[i + 1]
            types += tuple(c.type for c in inline_tok.children or [] if c.type not in TEXTY)
            texts.append(_inline_text(inline_tok))
            i += 3  # paragraph_open, inline, paragraph_close
        out.append(("paragraph_open", "p", 1, (), ""))
        out.append(("inline", "", 0, types, "\n\n".join(texts)))
        out.append(("paragraph_close", "p", -1, (), ""))
    return out


def md_shape(tokens: list[Token]) -> list[tuple[str, str, int, tuple[str, ...]]]:
    """Block structure, plus the non-text inline tokens (emphasis of QueZ's own labels)."""
    return [block[:4] for block in md_blocks(tokens)]


def md_texts(tokens: list[Token]) -> list[str]:
    return [block[4] for block in md_blocks(tokens) if block[0] == "inline"]


def md_inline_types(tokens: list[Token]) -> set[str]:
    return {c.type for tok in tokens if tok.type == "inline" for c in tok.children or []}


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(client_text, client_text, client_text, client_text, client_text)
def test_markdown_structure_and_readback(
    label: str, theme: str, question: str, own: str, summary: str
) -> None:
    assume(note_text(own) and note_text(summary))
    doc = build_client_document(source(label, theme, question, own, summary))
    ref_doc = build_client_document(marker_source(label, theme, question))
    body = letter_body(render_markdown(doc))
    ref_body = letter_body(render_markdown(ref_doc))
    tokens, ref_tokens = MD.parse(body), MD.parse(ref_body)
    assert md_shape(tokens) == md_shape(ref_tokens)
    assert md_inline_types(tokens) <= TEXTY | {"em_open", "em_close", "strong_open", "strong_close"}
    assert md_texts(tokens) == expected(md_texts(ref_tokens), label, theme, question, own, summary)
    assert md_texts(tokens)[0] == (line_text(label) or doc.dated)  # the title, first


@settings(max_examples=500)
@given(client_text)
def test_one_note_is_one_quote_of_paragraphs_that_reads_back(text: str) -> None:
    text = note_text(text)
    assume(text)
    tokens = MD.parse(escape_block(text, "> "))
    assert [t.type for t in tokens] == [
        "blockquote_open",
        *["paragraph_open", "inline", "paragraph_close"] * (text.count("\n\n") + 1),
        "blockquote_close",
    ]
    assert md_inline_types(tokens) <= TEXTY
    assert md_texts(tokens) == [text]


@given(client_text)
def test_a_line_reads_back_in_a_heading(text: str) -> None:
    text = line_text(text)
    assume(text)
    tokens = MD.parse(f"## {escape_line(text)}")
    assert [t.type for t in tokens] == ["heading_open", "inline", "heading_close"]
    assert md_texts(tokens) == [text]


def test_named_cases_keep_their_visible_text() -> None:
    cases = [
        "# kop",
        "---",
        "* lijst",
        "1. item",
        "> quote",
        "<script>alert(1)</script>",
        "[link](x)",
        "![img](x)",
        "`code`",
        "| a | b |\n|---|---|",
        "&amp;",
        "eindigt op \\",
        "    ingesprongen",
        "kop\n===",
        "a\n\n\nb",
        "  \n  x  ",
    ]
    for case in cases:
        text = note_text(case)
        tokens = MD.parse(escape_block(text, "> "))
        assert md_inline_types(tokens) <= TEXTY, case
        assert md_texts(tokens) == [text], case


def test_readable_source_for_ordinary_prose() -> None:
    line = "Goed, dank je. Ik wil (soms) zelf kiezen: ja!"
    assert escape_line(line) == line


# HTML ----------------------------------------------------------------------------------------

RESOURCE_ATTRS = {"src", "href", "srcset", "action", "formaction", "data", "poster", "background"}


class Reader(HTMLParser):
    """Collects the tag structure and the text of each leaf block, ``<br>`` as a newline."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.shape: list[tuple[str, ...]] = []
        self.texts: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.styles: list[str] = []
        self._buf: list[str] | None = None
        self._in_style = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.attrs += attrs
        if tag == "br":
            assert self._buf is not None
            self._buf.append("\n")
            return
        self.shape.append(("start", tag, *(f"{k}={v}" for k, v in attrs)))
        self._in_style = tag == "style"
        if tag in ("title", "h1", "h2", "h3", "p"):
            self._buf = []

    def handle_endtag(self, tag: str) -> None:
        self.shape.append(("end", tag))
        self._in_style = False
        if tag in ("title", "h1", "h2", "h3", "p") and self._buf is not None:
            self.texts.append("".join(self._buf))
            self._buf = None

    def handle_data(self, data: str) -> None:
        if self._in_style:
            self.styles.append(data)
        elif self._buf is not None:
            self._buf.append(data)


def read_html(text: str) -> Reader:
    reader = Reader()
    reader.feed(text)
    reader.close()
    return reader


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(client_text, client_text, client_text, client_text, client_text)
def test_html_structure_and_readback(
    label: str, theme: str, question: str, own: str, summary: str
) -> None:
    assume(note_text(own) and note_text(summary))
    page = render_html(build_client_document(source(label, theme, question, own, summary)))
    ref = read_html(render_html(build_client_document(marker_source(label, theme, question))))
    got = read_html(page)
    assert got.shape == ref.shape
    assert got.texts == expected(ref.texts, label, theme, question, own, summary)
    assert not [name for name, _ in got.attrs if name in RESOURCE_ATTRS]
    assert "url(" not in "".join(got.styles) and "@import" not in "".join(got.styles)
    assert not [value for name, value in got.attrs if name == "style"]


def test_html_loads_nothing() -> None:
    doc = build_client_document(source("x", "t", "q?", "<img src=http://x/a.png>", "url(x)"))
    page = render_html(doc)
    lowered = page.lower()
    for needle in ("<script", "<link", "<img", "<iframe", "<object", "<embed", "@import", "url("):
        assert needle not in lowered.replace("&lt;img src=http://x/a.png&gt;", "").replace(
            "url(x)</p>", ""
        )
    reader = read_html(page)
    assert not [name for name, _ in reader.attrs if name in RESOURCE_ATTRS]


def test_summary_in_markdown_is_not_a_quote() -> None:
    doc = build_client_document(replace(source("", "t", "q", "own", "sum")))
    body = letter_body(render_markdown(doc))
    tokens = MD.parse(body)
    depth, quoted = 0, []
    for tok in tokens:
        if tok.type == "blockquote_open":
            depth += 1
        elif tok.type == "blockquote_close":
            depth -= 1
        elif tok.type == "inline":
            quoted.append((depth > 0, md_texts([tok])[0]))
    assert (True, "own") in quoted and (False, "sum") in quoted and (True, "sum") not in quoted


def test_html_page_basics() -> None:
    from tests.export_samples import dutch_source, english_source

    page = render_html(build_client_document(dutch_source()))
    assert page.startswith('<!DOCTYPE html>\n<html lang="nl">')
    assert '<meta charset="utf-8">' in page and "<title>Ria&#x27;s map</title>" in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page
    headings = [
        tag
        for kind, tag, *_ in read_html(page).shape
        if kind == "start" and re.fullmatch("h[1-6]", tag)
    ]
    assert headings.count("h1") == 1 and headings[0] == "h1"
    for before, after in itertools.pairwise(headings):
        assert int(after[1]) <= int(before[1]) + 1  # never skips a level
    assert page.count("<blockquote") == 4  # own words only, each once: 2 important + 2 others
    css = read_html(page).styles[0]
    assert "@page { size: A4;" in css and "overflow-wrap: anywhere" in css
    print_css = css.split("@media print", 1)[1]
    sizes = [float(s) for s in re.findall(r"font-size: ([\d.]+)pt", print_css)]
    assert sizes and min(sizes) >= 14
    assert "font-size: 0." not in css  # nothing printed smaller than the body text
    assert '<html lang="en">' in render_html(build_client_document(english_source()))


REALISTIC = (
    "Om 12:30 belt Joke (mijn zus). Ik betaal € 12,50 per week: dat is 50% van mijn leefgeld!\n"
    "Mail haar op ria.de-vries@voorbeeld.nl of jan_de_vries@voorbeeld.nl :-) of ;-)\n"
    "Ik ben een KANARIE-EEN fan, sinds '98. Vraag: kan dat? Ja/nee... 3 + 4 = 7 & 1 < 2.\n"
    "\n"
    'Tweede stukje, na een witregel: "echt" waar #1 - zeker weten.'
)


def test_a_realistic_note_reads_verbatim_in_a_text_editor() -> None:
    """What a client sees in Notepad: their own words, no backslashes, paragraphs kept."""
    body = escape_block(REALISTIC, "> ")
    lines = REALISTIC.split("\n")
    assert body == (f"> {lines[0]}  \n> {lines[1]}  \n> {lines[2]}\n>\n> {lines[4]}")
    assert "\\" not in body and "&#" not in body
    tokens = MD.parse(body)
    assert md_inline_types(tokens) <= TEXTY
    assert md_texts(tokens) == [REALISTIC]


def test_only_what_would_change_the_structure_is_escaped() -> None:
    cases = {
        "# kop": "\\# kop",
        "#1 prioriteit": "#1 prioriteit",
        "- lijst": "\\- lijst",
        "-5 graden": "-5 graden",
        "1. item": "1\\. item",
        "12.30 uur": "12.30 uur",
        "---": "\\---",
        "> citaat": "\\> citaat",
        "a > b": "a > b",
        "*nadruk*": "\\*nadruk\\*",
        "snake_case en _dit_": "snake_case en \\_dit\\_",
        "a < b en <b>": "a < b en \\<b>",
        "R&D en &amp;": "R&D en \\&amp;",
        "pad\\naar en eind\\": "pad\\naar en eind\\\\",
        "vraag nummer #": "vraag nummer \\#",
        "[link](x)": "\\[link\\](x)",
    }
    for text, want in cases.items():
        assert escape_line(text) == want, text
