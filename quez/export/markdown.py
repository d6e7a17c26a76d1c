"""The client's document as CommonMark: structure from QueZ only, never from the client's text.

Escaping is minimal, so that a client who opens the ``.md`` file in a plain text editor reads
their own words as they said them ("50%", "12:30", "€ 12,50", "KANARIE-EEN", ":-)" stay as
typed), and it is still impossible for client text to change the document's structure
(property-tested with ``markdown_it``'s CommonMark parser):

- Inside a line a backslash goes only before what could start inline markup where it stands:
  always before ``* ` [ ] | ~``; before ``_`` unless it sits between two letters or digits
  (``jan_de_vries`` cannot be emphasis); before ``<`` unless a space follows (``a < b``);
  before ``&`` only where an entity could follow (``&amp;``, ``&#32;``); before ``\\`` only where
  it would escape something or end the line; before a line's last ``#`` after a space (it would
  close a heading).
- At the start of a line, only what would start a block gets a backslash: ``>``, a heading's
  ``#``, a list's ``-``/``+`` or ``1.``/``1)`` followed by a space, and a line of only ``- = _ *``
  (a rule or a heading underline).
- Whitespace at the start or end of a line becomes a numeric character reference (``&#32;``), so
  it can neither indent a code block nor be trimmed away.
- A line break inside a paragraph becomes a hard break written as two trailing spaces (no
  visible backslash); a blank line starts a new paragraph, so a note reads back exactly as
  :func:`quez.export.text.note_text` defines it (its paragraphs joined by one blank line).
"""

from __future__ import annotations

import re
import string

from quez.export.document import ClientDocument, DocNote

_ALWAYS = frozenset("`*[]|~")
_SPECIAL = re.compile(r"[`*\[\]|~\\_<&]")
_ENTITY_AFTER = re.compile(r"#|[A-Za-z0-9]+;")
_PUNCT = frozenset(string.punctuation)
# A heading (``#`` to ``######`` and a space or nothing), and a list marker with its space.
_ATX = re.compile(r"#{1,6}(?:\s|$)")
_BULLET = re.compile(r"[-+](?:\s|$)")
_ORDERED = re.compile(r"[0-9]{1,9}[.)](?:\s|$)")
# A line of only these (and spaces) is a thematic break or a setext underline.
_RULE_CHARS = frozenset("-=_*")
_TRAILING_HASHES = re.compile(r"(?:^|\s)#+$")
HARD_BREAK = "  \n"


def _entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


def _inline_char(match: re.Match[str]) -> str:
    ch, text, at = match.group(), match.string, match.start()
    after = text[at + 1] if at + 1 < len(text) else ""  # "": the end of the line
    if ch in _ALWAYS:
        return "\\" + ch
    if ch == "\\":
        return "\\\\" if not after or after in _PUNCT else ch
    if ch == "_":
        before = text[at - 1] if at else ""
        return ch if before.isalnum() and after.isalnum() else "\\_"
    if ch == "<":
        return ch if not after or after.isspace() else "\\<"
    return "\\&" if _ENTITY_AFTER.match(text, at + 1) else ch  # "&"


def _starts_block(body: str) -> bool:
    first = body[0]
    if first == ">":
        return True
    if first == "#":
        return _ATX.match(body) is not None
    if first in "-+" and _BULLET.match(body):
        return True
    return first in _RULE_CHARS and set(body) <= _RULE_CHARS | {" ", "\t"}


def _line(line: str) -> str:
    """One line (no ``\\n``) as inline Markdown that can start no block and reads back as is."""
    if not line:
        return line
    lead = trail = ""
    if line[0].isspace() or line[-1].isspace():
        body = line.strip()
        if not body:
            return _entities(line)
        lead = _entities(line[: len(line) - len(line.lstrip())])
        trail = _entities(line[len(line.rstrip()) :])
        line = body
    text = _SPECIAL.sub(_inline_char, line) if _SPECIAL.search(line) else line
    if not text.startswith("\\") and _starts_block(line):
        text = "\\" + text
    else:
        marker = _ORDERED.match(line)
        if marker is not None:  # "12. " or "3)" would start an ordered list; digits stay as is
            cut = len(marker.group().rstrip()) - 1
            text = text[:cut] + "\\" + text[cut:]
    if text.endswith("#") and _TRAILING_HASHES.search(text):
        text = text[:-1] + "\\#"  # a closing sequence would be cut from a heading
    return lead + text + trail


def _paragraphs(text: str) -> list[list[str]]:
    """Lines grouped into paragraphs; blank or whitespace-only lines separate them."""
    groups: list[list[str]] = [[]]
    for line in text.split("\n"):
        if not line or line.isspace():
            if groups[-1]:
                groups.append([])
        else:
            groups[-1].append(line)
    return [group for group in groups if group]


def escape_block(text: str, prefix: str = "") -> str:
    """Text as Markdown paragraphs that read back as exactly ``text`` (see the module docstring).

    ``prefix`` (e.g. ``"> "``) starts every line; a blank line between paragraphs carries the
    prefix without its trailing space.
    """
    between = "\n" + prefix.rstrip() + "\n" + prefix
    hard_break = HARD_BREAK + prefix
    paragraphs = (hard_break.join(_line(line) for line in group) for group in _paragraphs(text))
    return prefix + between.join(paragraphs)


def escape_line(line: str) -> str:
    """One line of text (no ``\\n``) as Markdown inline text that reads back as exactly ``line``."""
    return _line(line)


def yaml_quote(value: str) -> str:
    """``value`` as a YAML double-quoted scalar that no character can break out of."""
    out = ['"']
    for ch in value:
        code = ord(ch)
        if ch in '"\\':
            out.append("\\" + ch)
        elif (
            0x20 <= code <= 0x7E
            or (0xA0 <= code <= 0xD7FF and code not in (0x2028, 0x2029))
            or (0xE000 <= code <= 0xFFFD and code != 0xFEFF)
            or code >= 0x10000
        ):
            out.append(ch)
        elif code <= 0xFF:
            out.append(f"\\x{code:02x}")
        else:
            out.append(f"\\u{code:04x}")
    out.append('"')
    return "".join(out)


def _note_blocks(doc: ClientDocument, note: DocNote) -> list[str]:
    """Own words as a quote; a summary as a labelled plain paragraph (not the client's words)."""
    if note.summary:
        return [f"**{escape_line(doc.texts.summary)}**", escape_block(note.text)]
    return [escape_block(note.text, "> ")]


def from_whom_block(doc: ClientDocument) -> list[str]:
    """The "Van wie" heading and one line per part, as hard-broken lines ([] without a block)."""
    if not doc.from_whom:
        return []
    lines = [f"{escape_line(label)}: {escape_line(value)}" for label, value in doc.from_whom]
    return [f"## {escape_line(doc.texts.from_whom)}", HARD_BREAK.join(lines)]


def render_markdown(doc: ClientDocument) -> str:
    """The whole document as CommonMark text (ends with a newline)."""
    line = escape_line
    # No YAML block first: opened in a text editor, the letter starts with its title.
    blocks = [f"# {line(doc.title)}"]
    if doc.title != doc.dated:
        blocks.append(line(doc.dated))
    if doc.texts.deck:
        blocks.append(line(doc.texts.deck))
    blocks += from_whom_block(doc)
    if doc.important:  # once, here: the theme sections do not repeat them
        blocks.append(f"## {line(doc.texts.important)}")
        previous: str | None = None
        for note in doc.important:
            if note.question and note.question != previous:
                blocks.append(f"*{line(doc.texts.context)}*: {line(note.question)}")
            previous = note.question
            blocks += _note_blocks(doc, note)
    for section in doc.sections:
        blocks.append(f"## {line(section.title)}")
        previous = None
        for note in section.notes:
            if note.question and note.question != previous:
                blocks.append(f"### {line(note.question)}")
            previous = note.question
            blocks += _note_blocks(doc, note)
    blocks += _agreement_blocks(doc)
    if doc.is_empty:
        blocks.append(line(doc.texts.empty))
    blocks.append(f"## {line(doc.texts.closing_title)}")
    blocks += [line(p) for p in doc.texts.closing]
    return "\n\n".join(blocks) + "\n"


def _agreement_blocks(doc: ClientDocument) -> list[str]:
    """How the earlier agreements went (a follow-up), then what was agreed (if anything)."""
    part = doc.agreements
    if part.is_empty:
        return []
    # Imported here: that module uses this one's escaping (no import cycle).
    from quez.export.agreements_render import section_markdown

    return section_markdown(part.texts.lookback, part.lookback) + section_markdown(
        part.texts.agreements, part.agreements
    )
