"""QueZ's own checks: identifiers with a checkable shape, and the "niet noemen" list.

These run on every scan, also before (or without) the name finder of :mod:`quez.privacy.names`.
What is found (``Hit.kind``):

- ``bsn``: nine digits passing the 11-proef; also ``123.456.782``, ``123 456 782``,
  ``1234.56.782``. (Eight-digit BSNs without their leading zero are not recognised.)
- ``postcode``: ``1234 AB`` / ``1234AB`` with capital letters (not SA, SD, SS, which are never
  issued). Lower-case letters only when glued to the digits (``1234ab``) and not a unit such as
  ``1500km``: ordinary sentences like "in 2019 ze" or "1234 ab" with a space are left alone.
- ``phone``: ``06 12345678`` and other ten-digit numbers starting with 0, ``+31 6 …``,
  ``0031 …``, ``010-1234567``, ``(010) 123 45 67``. A date (``01-02-2019 12``) is never a phone.
- ``email``; ``iban``: Dutch ``NL91 ABNA 0417 1643 00`` (any case) and other countries' IBANs in
  capitals, all passing the mod-97 check.
- ``birthdate``: a complete, valid date (``12-03-1985``, ``12 maart 1985``, ``1985-03-12``,
  ``March 12, 1985``) that either follows a birth word (geboren, geb., geboortedatum, born,
  DOB …, within 40 characters) or lies two or more calendar years back. Recent dates ("op
  3 mei" of this or last year) are what meetings talk about; older full dates are most often
  someone's birthday, so they are flagged and the group decides. Two-digit years (12-03-85)
  only count after a birth word.
- ``name``: a name on the session's "niet noemen" list, as a whole word, any case.

Offsets are into the text exactly as given. :func:`scan` never raises on any string.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from quez.sanitize import clean_text

PATTERN_KINDS = ("bsn", "postcode", "phone", "email", "iban", "birthdate", "name")
REDACTED = "[…]"

_SEP = r"(?:\ ?[-./]\ ?|\ )?"
_BSN = re.compile(
    r"(?<!\d)(?<!\d[.,/-])"
    r"(\d{9}|\d{3}([. -])\d{3}\2\d{3}|\d{4}([. ])\d{2}\3\d{3})"
    r"(?!\d)(?![.,/-]\d)"
)
_POSTCODE = re.compile(r"(?<![\w-])[1-9]\d{3} ?([A-Z]{2})(?!\w)")
_POSTCODE_GLUED = re.compile(r"(?<![\w-])[1-9]\d{3}([a-z]{2})(?!\w)")
_NOT_POSTCODE = {"SA", "SD", "SS"}
_UNITS = {"km", "kg", "mg", "ml", "cm", "mm", "gr", "cl", "dl", "kw", "pk", "mb", "gb", "kb"}
_UNITS |= {"tb", "hz", "ha", "jr", "st", "nd", "rd", "th", "am", "pm", "uu", "mi", "ft", "lb"}
_PHONE = re.compile(
    r"(?<![\w+])(?<!\d[ .-])(?:"
    rf"(?:\+|00)31{_SEP}(?:\(0\){_SEP})?[1-9](?:{_SEP}\d){{8}}"
    rf"|\(0[1-9]\d{{0,2}}\)\ ?\d(?:{_SEP}\d){{5,7}}"
    rf"|0[1-9](?:{_SEP}\d){{8}}"
    r")(?!\d)(?![ .-]\d)"
)
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}")
_IBAN_NL = re.compile(r"(?<!\w)NL\d{2} ?[A-Z]{4}(?: ?\d{4}){2} ?\d{2}(?!\w)", re.IGNORECASE)
_IBAN = re.compile(r"(?<!\w)[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,4})?(?!\w)")
_MONTHS = (
    ("januari", "jan", "january"), ("februari", "feb", "february"),
    ("maart", "mrt", "march", "mar"),
    ("april", "apr"), ("mei", "may"), ("juni", "jun", "june"), ("juli", "jul", "july"),
    ("augustus", "aug", "august"), ("september", "sep", "sept"),
    ("oktober", "okt", "october", "oct"), ("november", "nov"), ("december", "dec"),
)  # fmt: skip
_MONTH_OF = {name: i + 1 for i, names in enumerate(_MONTHS) for name in names}
_MONTH_RE = "|".join(sorted(_MONTH_OF, key=len, reverse=True))
_DATE_NUM = re.compile(r"(?<![\w./-])(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})(?!\w)(?![./-]\d)")
_DATE_ISO = re.compile(r"(?<![\w./-])(\d{4})-(\d{1,2})-(\d{1,2})(?!\w)(?![./-]\d)")
_DATE_TEXT = re.compile(
    rf"(?<!\w)(\d{{1,2}})(?:e|ste|de|st|nd|rd|th)?\.?\s+({_MONTH_RE})\.?,?\s+(\d{{4}})(?!\w)",
    re.IGNORECASE,
)
_DATE_EN = re.compile(
    rf"(?<!\w)({_MONTH_RE})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?,?\s+(\d{{4}})(?!\w)", re.IGNORECASE
)
_BIRTH_WORD = re.compile(
    r"(?:geboren|geb\.|geb\b|geboorte|gebdat|verjaardag|jarig|born|birth|d\.?o\.?b\b|°)",
    re.IGNORECASE,
)
_BIRTH_WINDOW = 40


@dataclass(frozen=True)
class Hit:
    """One thing that looks like a personal identifier, at ``text[start:end]``."""

    kind: str
    start: int
    end: int


def scan(text: str, *, names: Iterable[str] = (), today: date | None = None) -> list[Hit]:
    """Every identifier found in ``text``, in order, without overlaps.

    ``names`` is the session's "niet noemen" list; ``today`` (default: the system date) decides
    which dates count as "two or more years back".
    """
    if not text:
        return []
    year = (today or date.today()).year
    dates = list(_dates(text))
    found: list[Hit] = [Hit("birthdate", s, e) for s, e, flag in _judge(text, dates, year) if flag]
    found += _bsn(text) + _postcodes(text) + _emails(text) + _ibans(text) + _names(text, names)
    found += [h for h in _phones(text) if not any(s < h.end and h.start < e for s, e, *_ in dates)]
    return without_overlaps(found)


def redact(text: str, hits: Sequence[Hit], replacement: str = REDACTED) -> str:
    """``text`` with every hit's span replaced (overlapping spans count as one)."""
    spans = sorted((max(h.start, 0), min(h.end, len(text))) for h in hits if h.end > h.start)
    merged: list[list[int]] = []
    for start, end in spans:
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        elif start < end:
            merged.append([start, end])
    parts: list[str] = []
    last = 0
    for start, end in merged:
        parts += [text[last:start], replacement]
        last = end
    parts.append(text[last:])
    return "".join(parts)


def mask(value: str) -> str:
    """A hit's text for a report line: only its first and last character, if long enough."""
    value = " ".join(clean_text(value).split())
    if len(value) < 6:
        return "•" * len(value)
    return value[0] + "•" * (len(value) - 2) + value[-1]


def elfproef(digits: str) -> bool:
    """The BSN 11-proef on nine digits (all zeros is not a number anyone has)."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum(int(d) * w for d, w in zip(digits[:8], range(9, 1, -1), strict=True)) - int(
        digits[8]
    )
    return total % 11 == 0


def iban_ok(raw: str) -> bool:
    """The IBAN mod-97 check."""
    compact = "".join(raw.split()).upper()
    if not 15 <= len(compact) <= 34 or not compact.isalnum() or not compact.isascii():
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


def _digits(value: str) -> str:
    return "".join(c for c in value if c.isdigit())


def _bsn(text: str) -> list[Hit]:
    return [Hit("bsn", *m.span()) for m in _BSN.finditer(text) if elfproef(_digits(m.group(0)))]


def _postcodes(text: str) -> list[Hit]:
    hits = [Hit("postcode", *m.span()) for m in _POSTCODE.finditer(text)]
    hits = [h for h in hits if text[h.end - 2 : h.end] not in _NOT_POSTCODE]
    glued = _POSTCODE_GLUED.finditer(text)
    return hits + [Hit("postcode", *m.span()) for m in glued if m.group(1) not in _UNITS]


def _phones(text: str) -> list[Hit]:
    hits: list[Hit] = []
    for m in _PHONE.finditer(text):
        value, digits = m.group(0), _digits(m.group(0))
        if value.startswith(("+", "00")):
            national = digits[2:] if value.startswith("+") else digits[4:]  # drop 31 / 0031
            ok = len(national.removeprefix("0")) == 9  # "+31 (0)6 …" carries an extra 0
        else:
            ok = len(digits) == 10
        if ok:
            hits.append(Hit("phone", *m.span()))
    return hits


def _emails(text: str) -> list[Hit]:
    if "@" not in text:
        return []
    hits = []
    for m in _EMAIL.finditer(text):
        tld = m.group(0).rsplit(".", 1)[-1]
        if len(tld) >= 2 and tld.isalpha():
            hits.append(Hit("email", *m.span()))
    return hits


def _ibans(text: str) -> list[Hit]:
    spans = {m.span() for m in _IBAN_NL.finditer(text)} | {m.span() for m in _IBAN.finditer(text)}
    return [Hit("iban", s, e) for s, e in sorted(spans) if iban_ok(text[s:e])]


def _dates(text: str) -> Iterable[tuple[int, int, int, int, int]]:
    """Candidate dates as ``(start, end, year, month, day)``; year < 100 means two digits."""
    for m in _DATE_NUM.finditer(text):
        yield m.start(), m.end(), int(m.group(4)), int(m.group(3)), int(m.group(1))
    for m in _DATE_ISO.finditer(text):
        yield m.start(), m.end(), int(m.group(1)), int(m.group(2)), int(m.group(3))
    for m in _DATE_TEXT.finditer(text):
        yield m.start(), m.end(), int(m.group(3)), _MONTH_OF[m.group(2).lower()], int(m.group(1))
    for m in _DATE_EN.finditer(text):
        yield m.start(), m.end(), int(m.group(3)), _MONTH_OF[m.group(1).lower()], int(m.group(2))


def _judge(
    text: str, dates: list[tuple[int, int, int, int, int]], this_year: int
) -> Iterable[tuple[int, int, bool]]:
    """Which candidate dates look like birth dates (see the module docstring)."""
    for start, end, year, month, day in dates:
        birth_word = _BIRTH_WORD.search(text, max(start - _BIRTH_WINDOW, 0), start) is not None
        full_year = (
            year if year >= 100 else (1900 + year if year > this_year % 100 else 2000 + year)
        )
        try:
            date(full_year, month, day)
        except ValueError:
            continue
        if full_year > this_year or full_year < 1900:
            continue
        yield start, end, birth_word or (year >= 100 and full_year <= this_year - 2)


def _names(text: str, names: Iterable[str]) -> list[Hit]:
    words = {tuple(" ".join(clean_text(n).split()).split()) for n in names}
    parts = [r"\s+".join(re.escape(w) for w in name) for name in words if name]
    if not parts:
        return []
    pattern = re.compile(
        r"(?<!\w)(?:" + "|".join(sorted(parts, key=len, reverse=True)) + r")(?!\w)", re.IGNORECASE
    )
    return [Hit("name", *m.span()) for m in pattern.finditer(text) if m.end() > m.start()]


def without_overlaps(hits: list[Hit]) -> list[Hit]:
    """Keep the earliest hit of any overlapping group (the longest when they start together)."""
    kept: list[Hit] = []
    for hit in sorted(hits, key=lambda h: (h.start, -(h.end - h.start))):
        if not kept or hit.start >= kept[-1].end:
            kept.append(hit)
    return kept
