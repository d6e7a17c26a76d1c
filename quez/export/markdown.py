"""The client's document as CommonMark: structure from QueZ only, never from the client's text.

Escaping (property-tested with ``markdown_it``'s CommonMark parser):

- A backslash goes before every ASCII punctuation character (CommonMark allows it before any),
  except a few that mean nothing where they stand, so the file stays readable for a client who
  opens it in a plain text editor: ``, . ? ! : ; ' " ( ) /`` after the first word of a line,
  ``, ? ! : ; ' " /`` inside the first word but not as its first character. The first character
  of a line is always escaped, and so is the ``.`` or ``)`` of a line that starts like an
  ordered list (``1.``, ``12)``), so nothing can start a heading, list, quote, fence, setext
  underline, table or definition ("Koken." stays "Koken.").
- Whitespace at the start or end of a line becomes a numeric character reference (``&#32;``), so
  it can neither indent a code block nor be trimmed away; a whitespace-only line too.
- Line breaks become hard breaks (a backslash at the end of the line), so blank lines inside a
  note stay inside the same paragraph and the note reads back exactly as
  :func:`quez.export.text.note_text` defines it.
"""

from __future__ import annotations

import re
import string

from quez.export.document import ClientDocument, DocNote

_PROSE = ",.?!:;'\"()/"
# Left bare in the middle of a line; the backslash itself must be escaped first.
_MID = "\\" + "".join(sorted(set(string.punctuation) - set(_PROSE) - {"\\"}))
_MID_RE = re.compile("[" + re.escape(_MID) + "]")
# Escaped again when a line's first word starts with one.
_FIRST_CHAR = frozenset(",?!:;'\"/")
# An ordered-list marker: up to nine digits and "." or ")" (CommonMark has no letter lists).
_LIST_MARKER = re.compile(r"[0-9]{1,9}[.)]")


def _entities(text: str) -> str:
    return "".join(f"&#{ord(ch)};" for ch in text)


def _line(line: str) -> str:
    """Finish one line that ``_MID`` already went over: its first word and its edges."""
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
    word = line.split(None, 1)[0]  # split(None) breaks on exactly what str.isspace finds
    rest = line[len(word) :]
    marker = _LIST_MARKER.match(word)
    if word[0] in _FIRST_CHAR:
        word = "\\" + word
    elif marker is not None:  # "12." or "3)" would start an ordered list
        cut = marker.end() - 1
        word = word[:cut] + "\\" + word[cut:]
    elif not (lead or trail):
        return line
    return lead + word + rest + trail


def _mid(text: str) -> str:
    if _MID_RE.search(text) is not None:
        for ch in _MID:  # str.replace per character present: faster than re.sub here
            if ch in text:
                text = text.replace(ch, "\\" + ch)
    return text


def _finish(text: str, prefix: str) -> str:
    if "\n" not in text:
        return prefix + _line(text)
    return prefix + ("\\\n" + prefix).join(_line(line) for line in text.split("\n"))


def escape_block(text: str, prefix: str = "") -> str:
    """Text as one Markdown paragraph that reads back as exactly ``text``.

    Line breaks become hard breaks; ``prefix`` (e.g. ``"> "``) starts every line.
    """
    return _finish(_mid(text), prefix)


def _prepared(texts: list[str]) -> dict[str, str]:
    """``_mid`` for many texts in one pass over their concatenation (a 1,000-note document
    would otherwise pay the per-call cost a thousand times)."""
    unique = list(dict.fromkeys(texts))
    joined = "\x00".join(unique)  # NUL never survives clean_text
    if joined.count("\x00") != len(unique) - 1:
        return {text: _mid(text) for text in unique}
    return dict(zip(unique, _mid(joined).split("\x00"), strict=True))


def escape_line(line: str) -> str:
    """One line of text (no ``\\n``) as Markdown inline text that reads back as exactly ``line``."""
    return escape_block(line)


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


def front_matter(doc: ClientDocument) -> str:
    """YAML front matter: title, date, deck, language, QueZ version; no ids, no notes."""
    fields = [("title", doc.title), ("date", doc.day.isoformat())]
    if doc.deck_title:
        fields.append(("deck", doc.deck_title))
    fields += [("language", doc.lang), ("quez_version", doc.version)]
    body = "\n".join(f"{key}: {yaml_quote(value)}" for key, value in fields)
    return f"---\n{body}\n---"


def render_markdown(doc: ClientDocument) -> str:
    """The whole document as CommonMark text (ends with a newline)."""
    notes = [note for section in doc.sections for note in section.notes]
    ready = _prepared([n.text for n in notes] + [n.question for n in notes])
    done: dict[tuple[str, bool], list[str]] = {}  # important notes show twice: escape once

    def line(text: str) -> str:
        return _finish(ready[text], "") if text in ready else escape_line(text)

    def note_blocks(note: DocNote) -> list[str]:
        key = (note.text, note.summary)
        if key not in done:
            if note.summary:
                label = f"**{escape_line(doc.texts.summary)}**"
                done[key] = [label, _finish(ready[note.text], "")]
            else:
                done[key] = [_finish(ready[note.text], "> ")]
        return done[key]

    blocks = [front_matter(doc), f"# {line(doc.title)}"]
    if doc.title != doc.dated:
        blocks.append(line(doc.dated))
    if doc.texts.deck:
        blocks.append(line(doc.texts.deck))
    if doc.important:
        blocks.append(f"## {line(doc.texts.important)}")
        for note in doc.important:
            if note.question:
                blocks.append(f"*{line(doc.texts.context)}*: {line(note.question)}")
            blocks += note_blocks(note)
    for section in doc.sections:
        blocks.append(f"## {line(section.title)}")
        previous: str | None = None
        for note in section.notes:
            if note.question and note.question != previous:
                blocks.append(f"### {line(note.question)}")
            previous = note.question
            blocks += note_blocks(note)
    if doc.is_empty:
        blocks.append(line(doc.texts.empty))
    blocks.append(f"## {line(doc.texts.closing_title)}")
    blocks += [line(p) for p in doc.texts.closing]
    return "\n\n".join(blocks) + "\n"
