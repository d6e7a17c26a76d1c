"""Find every intervisie method: the shipped ones, then the user's own folder.

A broken file is reported and never hides the others; a later method with a taken id is
reported and not loaded (shipped methods come first).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from quez.decks.problems import DeckError, Problem
from quez.intervisie.methods import Method, load_method
from quez.paths import Paths, shipped_methods_dir

Origin = Literal["shipped", "user"]


@dataclass(frozen=True)
class MethodFailure:
    """A method file that could not be loaded, with every problem in it."""

    path: Path
    origin: Origin
    problems: tuple[Problem, ...]


@dataclass(frozen=True)
class MethodSet:
    """The methods found, in a stable order, and the files that failed."""

    methods: tuple[Method, ...]
    origins: dict[str, Origin]
    failures: tuple[MethodFailure, ...]

    def get(self, method_id: str) -> Method | None:
        """The method with this id, if loaded."""
        return next((m for m in self.methods if m.id == method_id), None)


def method_files(folder: Path) -> list[Path]:
    """YAML files directly inside ``folder`` (sorted; a missing folder has none)."""
    if not folder.is_dir():
        return []
    return sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())


def discover_methods(
    paths: Paths | None, *, shipped: Path | None = None, include_user: bool = True
) -> MethodSet:
    """Load all methods; never raises for a bad file."""
    sources: list[tuple[Path, Origin]] = [
        (p, "shipped") for p in method_files(shipped or shipped_methods_dir())
    ]
    if include_user and paths is not None:
        sources += [(p, "user") for p in method_files(paths.methods_dir)]
    methods: list[Method] = []
    origins: dict[str, Origin] = {}
    owners: dict[str, Path] = {}
    failures: list[MethodFailure] = []
    for path, origin in sources:
        try:
            method = load_method(path)
        except DeckError as exc:
            failures.append(MethodFailure(path, origin, tuple(exc.problems)))
            continue
        if method.id in owners:
            other = f"{owners[method.id]} ({origins[method.id]})"
            problem = Problem(
                str(path), 1, 1, "method.id_conflict", {"id": method.id, "other": other}
            )
            failures.append(MethodFailure(path, origin, (problem,)))
            continue
        owners[method.id] = path
        origins[method.id] = origin
        methods.append(method)
    return MethodSet(tuple(methods), origins, tuple(failures))
