"""Make untrusted text (deck files, notes) safe to show and store.

Control characters could move the cursor or change the terminal title (OSC/CSI sequences) and
bidi overrides can make text read differently from what it is, so both are removed. Newlines and
tabs are kept because a client's line breaks are part of their words.

A lone surrogate (U+D800-U+DFFF on its own, e.g. from a terminal or clipboard that split an
emoji) cannot be written as UTF-8: the store, a file or the terminal would fail on it. A pair of
surrogates becomes the one character it stands for; a lone one becomes U+FFFD (the replacement
character), so the rest of the text is kept instead of being refused.
"""

from __future__ import annotations

import re

# C0 except \t and \n, DEL, C1; plus \r which we normalise first.
_CONTROL = "\x00-\x08\x0b-\x1f\x7f-\x9f"
# Bidi embeddings/overrides/isolates (LRE..RLO, LRI..PDI) and the bare marks LRM/RLM/ALM.
_BIDI = "\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c"
_UNSAFE = re.compile(f"[{_CONTROL}{_BIDI}]")
_SURROGATE = re.compile("[\ud800-\udfff]")
# A whole escape sequence (CSI/OSC/other ESC forms) goes, not only its ESC byte, so that
# "\x1b[31m" does not leave a stray "[31m" behind.
_ESCAPE_SEQ = re.compile(
    r"\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?"  # OSC ... BEL / ST
    r"|\x1b\[[0-?]*[ -/]*[@-~]"  # CSI
    r"|\x9b[0-?]*[ -/]*[@-~]"  # 8-bit CSI
    r"|\x1b[@-Z\\-_]"  # other two-byte escapes
)


def _mend_surrogates(text: str) -> str:
    """Join surrogate pairs into their character; a lone surrogate becomes U+FFFD."""
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def clean_text(text: str) -> str:
    """Return ``text`` with escape sequences, control and bidi-override characters removed.

    ``\\r\\n`` and lone ``\\r`` become ``\\n``; surrogates are mended (see the module
    docstring). Idempotent.
    """
    if not text:
        return text
    if _SURROGATE.search(text) is not None:
        text = _mend_surrogates(text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\x1b" in text or "\x9b" in text:
        text = _ESCAPE_SEQ.sub("", text)
    return _UNSAFE.sub("", text)


def is_clean(text: str) -> bool:
    """True when :func:`clean_text` would not change ``text``."""
    return "\r" not in text and _UNSAFE.search(text) is None and _SURROGATE.search(text) is None
