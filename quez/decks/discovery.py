"""Find every deck: shipped, the user's folder, and any ``--deck PATH``.

One broken deck is reported and never hides the others. Two decks with the same id never
silently replace each other: an explicit ``--deck`` comes first, then the shipped decks, then
the user's folder; a later deck with a taken id is reported and not loaded.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from quez.decks.model import Deck
from quez.decks.problems import DeckError, Problem
from quez.paths import Paths, shipped_decks_dir

Origin = Literal["cli", "shipped", "user"]
DeckLoader = Callable[[Path, str], Deck]


@dataclass(frozen=True)
class DeckFailure:
    """A deck file that could not be loaded, with every problem in it."""

    path: Path
    origin: Origin
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class DeckSet:
    """The decks found, in a stable order, and the files that failed."""

    decks: tuple[Deck, ...]
    origins: dict[str, Origin]
    failures: tuple[DeckFailure, ...]

    def get(self, deck_id: str) -> Deck | None:
        """The deck with this id, if loaded."""
        return next((d for d in self.decks if d.id == deck_id), None)


def deck_files(folder: Path) -> list[Path]:
    """YAML files directly inside ``folder`` (sorted; a missing folder has none)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def discover(
    paths: Paths,
    extra: Sequence[Path] = (),
    *,
    include_shipped: bool = True,
    include_user: bool = True,
    loader: DeckLoader | None = None,
) -> DeckSet:
    """Load all decks; never raises for a bad deck."""
    if loader is None:
        from quez.decks.cache import cached_loader

        loader = cached_loader(paths.cache_dir)
    sources: list[tuple[Path, Origin]] = [(p, "cli") for p in extra]
    if include_shipped:
        sources += [(p, "shipped") for p in deck_files(shipped_decks_dir())]
    if include_user:
        sources += [(p, "user") for p in deck_files(paths.decks_dir)]
    decks: list[Deck] = []
    origins: dict[str, Origin] = {}
    owners: dict[str, Path] = {}
    failures: list[DeckFailure] = []
    seen_files: set[Path] = set()
    for path, origin in sources:
        real = path.resolve()
        if real in seen_files:
            continue
        seen_files.add(real)
        try:
            deck = loader(path, str(path))
        except DeckError as exc:
            failures.append(DeckFailure(path, origin, tuple(exc.problems)))
            continue
        if deck.id in owners:
            other = f"{owners[deck.id]} ({origins[deck.id]})"
            problem = Problem(str(path), 1, 1, "deck.id_conflict", {"id": deck.id, "other": other})
            failures.append(DeckFailure(path, origin, (problem,)))
            continue
        owners[deck.id] = path
        origins[deck.id] = origin
        decks.append(deck)
    return DeckSet(tuple(decks), origins, tuple(failures))
