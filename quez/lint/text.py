"""Plain-text helpers for the rules: sentences, clauses, words and normalisation."""

from __future__ import annotations

import re
import unicodedata

from quez.lint.wordlists import word_set
from quez.sanitize import clean_text

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"'”’»)\]]*\s+|\n\s*\n")
_CLAUSE_SEP = re.compile(r"[,;:–—()\[\]]|\s-\s")
_WORD = re.compile(r"\w+(?:['’-]\w+)*")
_NON_WORD = re.compile(r"[\W_]+")
_TRAILING = "\"'”’»)] \t\n"
_ABBREVIATIONS = word_set(
    "bijv bv b.v o.a d.w.z enz etc e.g i.e vs ca evt m.a.w mr mrs dr nr zgn resp"
)


def nfc(text: str) -> str:
    """NFC-normalised text, so that "cliënt" typed either way compares equal."""
    return unicodedata.normalize("NFC", text)


def sentences(text: str) -> list[str]:
    """Split ``text`` into sentences on . ! ? … (keeping the mark), not after abbreviations."""
    parts = [p.strip() for p in _SENTENCE_END.split(nfc(text)) if p and p.strip()]
    merged: list[str] = []
    for part in parts:
        if merged and _ends_with_abbreviation(merged[-1]):
            merged[-1] = f"{merged[-1]} {part}"
        else:
            merged.append(part)
    return merged


def _ends_with_abbreviation(sentence: str) -> bool:
    last = sentence.rsplit(maxsplit=1)[-1].casefold() if sentence.strip() else ""
    return last.endswith(".") and last.rstrip(".") in _ABBREVIATIONS


def is_question(sentence: str) -> bool:
    """True when the sentence ends with a question mark (before closing quotes or brackets)."""
    return sentence.rstrip(_TRAILING).endswith("?")


def clauses(sentence: str) -> list[str]:
    """The sentence cut at commas, colons, semicolons, dashes and brackets."""
    return [c for c in _CLAUSE_SEP.split(sentence) if c.strip()]


def words(text: str) -> list[str]:
    """The words of ``text`` as written (a hyphenated or apostrophed word counts once)."""
    return _WORD.findall(nfc(text).replace("’", "'"))


def lower_words(text: str) -> list[str]:
    """The words of ``text``, casefolded."""
    return [w.casefold() for w in words(text)]


def normalise(text: str) -> str:
    """Casefolded, punctuation stripped, whitespace collapsed: for duplicate detection."""
    return " ".join(_NON_WORD.sub(" ", nfc(text).casefold()).split())


def quote(text: str, limit: int = 60) -> str:
    """A short, safe excerpt of deck text to show in a message."""
    cleaned = " ".join(clean_text(text).split())
    return cleaned if len(cleaned) <= limit else cleaned[: limit - 1].rstrip() + "…"
