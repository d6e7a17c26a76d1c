"""Reading a deck file: size-limited, with one clear problem for what cannot be read.

Kept apart from :mod:`quez.decks.yamlsafe` so that a warm start (decks from the cache) never
imports PyYAML.
"""

from __future__ import annotations

from pathlib import Path

from quez.decks.problems import DeckError, Problem

MAX_FILE_BYTES = 1024 * 1024  # 1 MB: a deck of ~5,000 cards; anything larger is refused unread


def read_bytes(path: Path, shown: str) -> bytes:
    """Read a file of at most :data:`MAX_FILE_BYTES`, or raise :class:`DeckError`."""
    try:
        if path.is_dir():
            raise DeckError([Problem(shown, 1, 1, "file.is_dir")])
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DeckError([_too_large(shown, size)])
        with path.open("rb") as handle:
            data = handle.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise DeckError([Problem(shown, 1, 1, "file.not_found")]) from None
    except OSError as exc:
        raise DeckError(
            [Problem(shown, 1, 1, "file.unreadable", {"reason": exc.strerror})]
        ) from None
    if len(data) > MAX_FILE_BYTES:  # the file grew after stat, or is a special file
        raise DeckError([_too_large(shown, len(data))])
    return data


def _too_large(shown: str, size: int) -> Problem:
    return Problem(shown, 1, 1, "file.too_large", {"size": size, "limit": MAX_FILE_BYTES})
