"""``quez deck install|remove``: put a checked deck into the user's deck folder, or take it out.

The file is read once, and the bytes that were validated are the bytes that are installed (as
``<id>.yaml``, atomically, 0600 in a 0700 folder). A shipped deck's id is never taken over and a
shipped deck is never removed. Refusals carry an i18n key and ids/paths only, never deck text.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from quez.decks import Deck, DeckSet, discover
from quez.decks.build import build_deck
from quez.decks.reader import ID_PATTERN
from quez.decks.yamlsafe import compose, decode, read_bytes
from quez.fsutil import atomic_write_bytes, ensure_private_dir
from quez.i18n import Translator
from quez.paths import Paths
from quez.trainer.starter import write_schema_beside


class InstallError(Exception):
    """Why a deck cannot be installed or removed: an i18n key with safe parameters."""

    def __init__(self, key: str, **params: object) -> None:
        super().__init__(key)
        self.key = key
        self.params = params

    def message(self, t: Translator) -> str:
        """The refusal in the UI language."""
        return t(self.key, **self.params)


@dataclass(frozen=True)
class Installed:
    """What :func:`install_deck` did."""

    deck_id: str
    target: Path
    replaced: bool
    schema_written: bool


def read_deck(path: Path, shown: str | None = None) -> tuple[Deck, bytes]:
    """Read and validate a deck file once; raises DeckError like ``load_deck``."""
    shown = str(path) if shown is None else shown
    data = read_bytes(path, shown)
    return build_deck(compose(decode(data, shown), shown), shown, path), data


def shipped_decks(paths: Paths) -> DeckSet:
    """The decks shipped with QueZ."""
    return discover(paths, include_user=False)


def user_decks(paths: Paths) -> DeckSet:
    """The decks in the user's folder, on their own (so a clash with a shipped id still loads)."""
    return discover(paths, include_shipped=False)


def install_target(deck: Deck, source: Path, paths: Paths, *, replace: bool = False) -> Path:
    """Where ``deck`` would be installed; raises InstallError when it may not be."""
    if shipped_decks(paths).get(deck.id) is not None:
        raise InstallError("install.shipped_clash", id=deck.id)
    target = paths.decks_dir / f"{deck.id}.yaml"
    if target.exists() and source.resolve() == target.resolve():
        raise InstallError("install.same_file", path=target)
    existing = user_decks(paths).get(deck.id)
    if existing is not None and existing.path is not None and existing.path != target:
        raise InstallError("install.other_file", id=deck.id, path=existing.path)
    if target.exists() and not replace:
        raise InstallError("install.exists", id=deck.id, path=target)
    return target


def install_deck(
    deck: Deck, data: bytes, source: Path, paths: Paths, *, replace: bool = False
) -> Installed:
    """Copy the validated bytes of ``deck`` to ``<decks_dir>/<id>.yaml``."""
    target = install_target(deck, source, paths, replace=replace)
    ensure_private_dir(paths.decks_dir)
    replaced = target.exists()
    try:
        atomic_write_bytes(target, data, overwrite=replace)
    except FileExistsError:
        raise InstallError("install.exists", id=deck.id, path=target) from None
    schema_written = write_schema_beside(paths.decks_dir)
    return Installed(deck.id, target, replaced, schema_written)


def find_user_deck(deck_id: str, paths: Paths) -> Path:
    """The file of the user's deck ``deck_id``; raises InstallError (shipped, not found)."""
    if not ID_PATTERN.match(deck_id):
        raise InstallError("remove.bad_id", id=deck_id)
    found = user_decks(paths).get(deck_id)
    if found is not None and found.path is not None:
        return found.path
    # A deck that no longer loads can still be removed by its file name.
    for path in (paths.decks_dir / f"{deck_id}.yaml", paths.decks_dir / f"{deck_id}.yml"):
        if path.is_file():
            return path
    if shipped_decks(paths).get(deck_id) is not None:
        raise InstallError("remove.shipped", id=deck_id)
    raise InstallError("remove.not_found", id=deck_id)


def remove_deck(deck_id: str, paths: Paths) -> Path:
    """Delete the user's deck ``deck_id``; returns the removed file. Shipped decks stay."""
    path = find_user_deck(deck_id, paths)
    path.unlink()
    return path
