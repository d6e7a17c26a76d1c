"""What every command needs: the translator, paths and consoles, built once per call."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from quez.i18n import Translator
from quez.paths import Paths

if TYPE_CHECKING:
    from rich.console import Console

    from quez.decks import DeckSet


@dataclass
class CliContext:
    """Shared state for one ``quez`` invocation (stored in ``ctx.obj``)."""

    t: Translator
    paths: Paths
    extra_decks: list[Path] = field(default_factory=list)
    _decks: DeckSet | None = None

    @property
    def lang(self) -> str:
        """The UI language."""
        return self.t.lang

    def decks(self) -> DeckSet:
        """Discover decks once per invocation."""
        if self._decks is None:
            from quez.decks import discover

            self._decks = discover(self.paths, self.extra_decks)
        return self._decks

    def console(self, *, stderr: bool = False) -> Console:
        """A rich console; markup is off so deck or client text can never be read as markup."""
        from rich.console import Console

        return Console(stderr=stderr, markup=False, emoji=False, highlight=False)

    def fail(self, message: str, code: int = 1) -> typer.Exit:
        """Print one error line to stderr and return the Exit to raise."""
        self.console(stderr=True).print(message, markup=False, soft_wrap=True)
        return typer.Exit(code)


def get_context(ctx: typer.Context) -> CliContext:
    """The :class:`CliContext` of this invocation (built lazily for sub-apps tested alone)."""
    obj = ctx.find_root().obj
    if isinstance(obj, CliContext):
        return obj
    from quez.i18n import resolve_language

    made = CliContext(Translator(resolve_language(None)), Paths.from_environment(os.environ))
    ctx.find_root().obj = made
    return made
