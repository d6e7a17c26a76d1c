"""How untrusted text is tidied for a document, and dates written out without a locale.

The *document text* of a note is defined here once, and every renderer must read back to it:

- :func:`note_text`: ``clean_text`` (control, escape and bidi characters removed; ``\\r\\n`` and
  ``\\r`` become ``\\n``), then blank (empty or whitespace-only) lines at the very start and
  end are dropped, and every run of blank lines inside becomes one empty line: a blank line
  separates paragraphs, however many were typed. Everything else is kept exactly: line breaks,
  leading and trailing spaces.
- :func:`line_text` (titles, questions, the label): ``clean_text``, then every run of whitespace
  (including line breaks) becomes one space, and the ends are trimmed.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo

from quez.sanitize import clean_text

_MONTHS = {
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
}


def note_text(raw: str) -> str:
    """A note as it appears in a document (see the module docstring); ``""`` if nothing is left."""
    text = clean_text(raw)
    if "\n" not in text:
        return "" if text.isspace() else text
    kept: list[str] = []
    for line in text.split("\n"):
        if line and not line.isspace():
            kept.append(line)
        elif kept and kept[-1]:
            kept.append("")  # the first blank line after text; more are one paragraph break
    if kept and not kept[-1]:
        kept.pop()
    return "\n".join(kept)


def line_text(raw: str | None) -> str:
    """A one-line text (title, question, label): cleaned, whitespace collapsed, trimmed."""
    if not raw:
        return ""
    return " ".join(clean_text(raw).split())


def format_date(day: date, lang: str) -> str:
    """``23 november 2026`` / ``23 November 2026``: no locale module, so always the same."""
    months = _MONTHS.get(lang, _MONTHS["nl"])
    return f"{day.day} {months[day.month - 1]} {day.year}"


def local_date(moment: datetime, tz: tzinfo | None = None) -> date:
    """The calendar date of ``moment`` where the conversation happened.

    A naive datetime is taken as already local. An aware one is converted to ``tz`` (``None``:
    the system's local zone).
    """
    if moment.tzinfo is None:
        return moment.date()
    return moment.astimezone(tz).date()
