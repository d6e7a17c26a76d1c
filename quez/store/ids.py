"""Session ids: short, random, easy to read aloud and type (no i, l, o, u)."""

from __future__ import annotations

import re
import secrets

ALPHABET = "0123456789abcdefghjkmnpqrstvwxyz"  # Crockford's base32, lower case
ID_LENGTH = 8
_SHAPE = re.compile(rf"[{ALPHABET}]{{{ID_LENGTH}}}")
_TYPED = re.compile(rf"[{ALPHABET}]{{1,{ID_LENGTH}}}")


def new_session_id() -> str:
    """Eight random base32 characters (40 bits); the store checks uniqueness."""
    return "".join(secrets.choice(ALPHABET) for _ in range(ID_LENGTH))


def normalise_id(text: str) -> str:
    """What the user typed, as an id: trimmed, lower case, look-alikes mapped (o→0, i/l→1)."""
    return text.strip().lower().translate(str.maketrans("oil", "011"))


def is_session_id(text: str) -> bool:
    """True when ``text`` has the shape of a session id."""
    return _SHAPE.fullmatch(text) is not None


def safe_id(text: str) -> str:
    """``text`` when it looks like (part of) an id, otherwise ``"?"``: never echo arbitrary
    input into a message."""
    return text if _TYPED.fullmatch(text) else "?"
