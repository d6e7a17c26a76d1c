"""A JSON cache of validated decks, keyed on the file's content hash.

Validating a deck costs a YAML parse; an unchanged deck should not pay it on every start.
The cache is only a copy of what validation produced, stored under the SHA-256 of the exact
file bytes (and the QueZ version, so a new validator re-checks everything); an entry is never
trusted without that key. JSON, never pickle: a cache file cannot run code.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
from collections.abc import Callable
from pathlib import Path

from quez import __version__
from quez.decks.build import build_deck
from quez.decks.model import Deck
from quez.decks.serial import deck_from_data, deck_to_data
from quez.decks.yamlsafe import compose, decode, read_bytes
from quez.fsutil import atomic_write_text, ensure_private_dir


def cache_key(data: bytes) -> str:
    """The cache key for a deck file's bytes."""
    digest = hashlib.sha256(data)
    digest.update(b"\0quez-" + __version__.encode())
    return digest.hexdigest()


def load_deck_cached(path: Path, shown: str, folder: Path) -> Deck:
    """Load a deck, using and filling the cache in ``folder``; raises DeckError like load_deck."""
    data = read_bytes(path, shown)
    entry = folder / f"{cache_key(data)}.json"
    with contextlib.suppress(OSError, ValueError, KeyError, TypeError, IndexError):
        return deck_from_data(json.loads(entry.read_text(encoding="utf-8")), path)
    deck = build_deck(compose(decode(data, shown), shown), shown, path)
    # A cache that cannot be written (read-only home, full disk) only costs speed.
    with contextlib.suppress(OSError):
        ensure_private_dir(folder)
        atomic_write_text(entry, json.dumps(deck_to_data(deck), ensure_ascii=False))
    return deck


def cached_loader(cache_dir: Path) -> Callable[[Path, str], Deck]:
    """A loader for :func:`quez.decks.discover` that uses the deck cache under ``cache_dir``."""
    folder = cache_dir / "decks"

    def load(path: Path, shown: str) -> Deck:
        return load_deck_cached(path, shown, folder)

    return load
