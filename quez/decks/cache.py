"""A JSON cache of validated decks, keyed on the file's content hash.

Validating a deck costs a YAML parse; an unchanged deck should not pay it on every start.
The cache is only a copy of what validation produced, stored under the SHA-256 of the exact
file bytes (and the QueZ version, so a new validator re-checks everything); an entry is never
trusted without that key. JSON, never pickle: a cache file cannot run code. The layout is in
:mod:`quez.decks.serial`.
"""

from __future__ import annotations

import contextlib
import gc
import hashlib
import json
import os
import stat
from collections.abc import Callable
from pathlib import Path

from quez import __version__
from quez.decks.files import MAX_FILE_BYTES, read_bytes
from quez.decks.model import Deck
from quez.decks.serial import deck_from_data, deck_to_data
from quez.fsutil import atomic_write_text, ensure_private_dir

# What a damaged or foreign cache entry raises while being read back: it is then rebuilt.
_DAMAGED = (ValueError, KeyError, TypeError, IndexError, AttributeError)
# Binary (Windows), not inherited, and never blocking on a FIFO (it is then left to read_bytes).
_OPEN_FLAGS = os.O_RDONLY | getattr(os, "O_BINARY", 0) | getattr(os, "O_CLOEXEC", 0)
_OPEN_FLAGS |= getattr(os, "O_NONBLOCK", 0)
_MAX_ENTRY_BYTES = 4 * MAX_FILE_BYTES  # JSON escapes can make an entry larger than its deck


def cache_key(data: bytes) -> str:
    """The cache key for a deck file's bytes."""
    digest = hashlib.sha256(data)
    digest.update(b"\0quez-" + __version__.encode())
    return digest.hexdigest()


def _read_small(name: str, limit: int) -> bytes | None:
    """A regular file's bytes if it has at most ``limit`` bytes, else ``None``.

    One open, one fstat, one read: ~7 µs, where a buffered ``read(limit)`` spends ~50 µs
    allocating a 1 MB buffer for a 20 kB file.
    """
    try:
        fd = os.open(name, _OPEN_FLAGS)
    except OSError:
        return None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode) or info.st_size > limit:
            return None
        data = os.read(fd, info.st_size + 1)
        return data if len(data) == info.st_size else None  # changed while reading
    except OSError:
        return None
    finally:
        os.close(fd)


def load_deck_cached(path: Path, shown: str, folder: Path) -> Deck:
    """Load a deck, using and filling the cache in ``folder``; raises DeckError like load_deck."""
    data = _read_small(os.fspath(path), MAX_FILE_BYTES)
    if data is None:
        data = read_bytes(path, shown)  # raises the right DeckError, or reads an odd file
    entry = os.path.join(folder, cache_key(data) + ".json")
    cached = _read_small(entry, _MAX_ENTRY_BYTES)
    if cached is not None:
        # Thousands of new acyclic objects would trigger collections that walk every live
        # object (in the TUI: all of Textual's), doubling the cost: pause the collector.
        collecting = gc.isenabled()
        gc.disable()
        try:
            return deck_from_data(json.loads(cached), path)
        except _DAMAGED:
            pass  # rebuilt from the YAML below
        finally:
            if collecting:
                gc.enable()
    from quez.decks.build import build_deck  # PyYAML: only when the cache misses
    from quez.decks.yamlsafe import compose, decode

    deck = build_deck(compose(decode(data, shown), shown), shown, path)
    # A cache that cannot be written (read-only home, full disk) only costs speed.
    with contextlib.suppress(OSError, ValueError):
        ensure_private_dir(folder)
        atomic_write_text(Path(entry), json.dumps(deck_to_data(deck), ensure_ascii=False))
    return deck


def cached_loader(cache_dir: Path) -> Callable[[Path, str], Deck]:
    """A loader for :func:`quez.decks.discover` that uses the deck cache under ``cache_dir``."""
    folder = cache_dir / "decks"

    def load(path: Path, shown: str) -> Deck:
        return load_deck_cached(path, shown, folder)

    return load
