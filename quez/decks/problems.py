"""Problems found in a user-supplied file, reported as ``path:line:col: message``.

A problem carries an i18n key and parameters rather than a finished sentence, so the same
problem can be shown in Dutch or English. Parameters name fields and positions; they never
carry note text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from quez.i18n import Translator


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a file, at a 1-based line and column."""

    path: str
    line: int
    col: int
    key: str
    params: Mapping[str, object] = field(default_factory=dict)

    def message(self, t: Translator) -> str:
        """The problem in the UI language, without its location."""
        return t(self.key, **self.params)

    def render(self, t: Translator) -> str:
        """``path:line:col: message``: one line, as compilers and editors expect."""
        return f"{self.path}:{self.line}:{self.col}: {self.message(t)}"


class DeckError(Exception):
    """A file could not be loaded; ``problems`` lists everything wrong with it at once."""

    def __init__(self, problems: list[Problem]) -> None:
        # The message holds only keys and positions: never the file's text.
        first = problems[0] if problems else None
        summary = f"{first.path}:{first.line}:{first.col}: {first.key}" if first else "no problems"
        super().__init__(f"{len(problems)} problem(s); first: {summary}")
        self.problems = problems


def display_path(path: Path) -> str:
    """How a path appears in messages: as the user gave it."""
    return str(path)
