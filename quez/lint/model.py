"""Lint findings and the rule table: which rules exist and how serious each one is."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Literal

from quez.decks.model import LText

Level = Literal["error", "warning"]

# Every rule id with its level; docs/lint-rules.md explains each one.
RULES: dict[str, Level] = {
    "closed-question": "warning",
    "why-question": "warning",
    "disguised-advice": "error",
    "double-question": "warning",
    "jargon": "warning",
    "long-sentence": "warning",
    "long-text": "warning",
    "mixed-address": "warning",
    "wrong-address": "error",
    "duplicate": "error",
    "near-duplicate": "warning",
    "thin-theme": "warning",
    "empty-theme": "error",
    "missing-translation": "error",
    "invalid-deck": "error",
}


@dataclass(frozen=True)
class Finding:
    """One lint finding at a 1-based line and column; ``message`` is in the UI language."""

    path: str
    line: int
    col: int
    level: Level
    rule: str
    message: str
    card: str | None = None
    theme: str | None = None
    lang: str | None = None

    def render(self) -> str:
        """``path:line:col: level: rule: message``: one line, as editors and CI expect."""
        return f"{self.path}:{self.line}:{self.col}: {self.level}: {self.rule}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        """The finding as a JSON-ready mapping."""
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "level": self.level,
            "rule": self.rule,
            "message": self.message,
            "card": self.card,
            "theme": self.theme,
            "lang": self.lang,
        }


@dataclass(frozen=True)
class Hit:
    """A rule that fired on one text, before it gets a place and a translated message."""

    rule: str
    key: str
    params: Mapping[str, object] = field(default_factory=dict)


@dataclass(frozen=True)
class TextItem:
    """One human-readable text of a deck, with what it belongs to and which rules apply."""

    ltext: LText
    field: str  # text, followup, question, title, description
    card: str | None = None
    theme: str | None = None
    question: bool = False  # question rules (closed, why, advice, length) apply
    client_facing: bool = False  # the client reads it (jargon applies in client decks)
    pooled: bool = False  # compared with the others for duplicates
