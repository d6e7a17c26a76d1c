"""Lint output: one line per finding, or a JSON array for a trainer's CI."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from pathlib import Path

from quez.decks.problems import Problem
from quez.i18n import Translator
from quez.lint.model import RULES, Finding

FORMATS = ("text", "json")


def from_problem(problem: Problem, t: Translator) -> Finding:
    """A loader problem (the deck could not be read) as an ``invalid-deck`` finding."""
    return Finding(
        path=problem.path,
        line=problem.line,
        col=problem.col,
        level=RULES["invalid-deck"],
        rule="invalid-deck",
        message=problem.message(t),
    )


def render_text(findings: Iterable[Finding]) -> str:
    """``path:line:col: level: rule: message``, one finding per line."""
    return "\n".join(f.render() for f in findings)


def render_json(findings: Iterable[Finding]) -> str:
    """A JSON array of objects: path, line, col, level, rule, message, card, theme, lang."""
    return json.dumps([f.as_dict() for f in findings], ensure_ascii=False, indent=2)


def summary(findings: Sequence[Finding], decks: int, t: Translator) -> str:
    """One closing line: how many decks, errors and warnings."""
    errors = sum(1 for f in findings if f.level == "error")
    warnings = len(findings) - errors
    if not findings:
        return t("lint.summary_clean", decks=decks)
    return t("lint.summary", decks=decks, errors=errors, warnings=warnings)


def deck_files(paths: Iterable[Path]) -> list[Path]:
    """The given files, with each folder replaced by the decks (*.yaml, *.yml) inside it."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.iterdir() if p.suffix in (".yaml", ".yml")))
        else:
            files.append(path)
    return files
