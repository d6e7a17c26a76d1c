"""Safe file names for exports: the label is client text and must never steer the path.

A name is built only from ``[a-z0-9-]`` plus the date and a fixed extension, so ``../``, ``/``,
``\\``, NUL, drive letters, reserved Windows device names and overlong names cannot occur.

The scheme, so that a professional with several clients a day hands over the right file:

- ``2026-11-23-merel.md``: the day of the conversation and the slug of its name (label);
- ``2026-11-23-gesprek-1430.md``: without a name, a fixed word and the time the conversation
  began (:func:`unnamed_part`), never any other client text;
- ``-2``, ``-3`` … after the stem when the name is taken (a second export is a new file).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date, datetime, tzinfo

from quez.sanitize import clean_text

MAX_SLUG = 60
_NOT_SLUG = re.compile(r"[^a-z0-9]+")
_EXT = re.compile(r"[a-z0-9]{1,10}")
# Device names Windows refuses as a file's stem, whatever the extension.
WINDOWS_RESERVED = frozenset(
    ["con", "prn", "aux", "nul"] + [f"com{i}" for i in range(10)] + [f"lpt{i}" for i in range(10)]
)


def slugify(text: str | None, max_len: int = MAX_SLUG) -> str:
    """``text`` as lowercase ASCII letters, digits and single hyphens ("" if nothing is left).

    Accents are folded (``é`` → ``e``), everything else that is not a letter or digit becomes a
    hyphen; the result is at most ``max_len`` characters and never a Windows device name.
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFKD", clean_text(text))
    plain = "".join(ch for ch in folded if not unicodedata.combining(ch))
    ascii_text = plain.encode("ascii", "ignore").decode("ascii").lower()
    slug = _NOT_SLUG.sub("-", ascii_text).strip("-")
    slug = slug[:max_len].rstrip("-")
    if slug in WINDOWS_RESERVED:
        slug = f"{slug}-x"
    return slug


def check_extension(ext: str) -> str:
    """``ext`` if it is a plain short extension (``md``, ``html``); else ``ValueError``."""
    if not _EXT.fullmatch(ext):
        raise ValueError("extension must be 1-10 lowercase letters or digits")
    return ext


def unnamed_part(word: str, began: datetime, tz: tzinfo | None = None) -> str:
    """``gesprek-1430``: a fixed word and the local time a conversation began (for a file name
    when the conversation has no name). A naive ``began`` is taken as local already."""
    local = began if began.tzinfo is None else began.astimezone(tz)
    return slugify(f"{word}-{local:%H%M}")


def default_filename(
    day: date, label: str | None, ext: str, number: int = 1, *, unnamed: str = ""
) -> str:
    """``2026-11-23-label.md``; without a usable label ``2026-11-23-<unnamed>.md`` (see
    :func:`unnamed_part`), or ``2026-11-23.md`` without either; ``-2``, ``-3`` … after."""
    slug = slugify(label) or slugify(unnamed)
    stem = f"{day.isoformat()}-{slug}" if slug else day.isoformat()
    if number > 1:
        stem = f"{stem}-{number}"
    return f"{stem}.{check_extension(ext)}"
