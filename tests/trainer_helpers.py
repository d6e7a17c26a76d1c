"""Shared helpers for the trainer tests: the CLI app with the trainer commands, deck texts."""

from __future__ import annotations

import typer
from typer.testing import CliRunner, Result

from quez.cli.app import build_app
from quez.i18n import Translator


def trainer_app(lang: str = "nl") -> typer.Typer:
    """The ``quez`` app; adds the trainer (and lint) commands if the lead has not wired them yet."""
    t = Translator(lang)
    app = build_app(t)
    deck_app = next(g.typer_instance for g in app.registered_groups if g.name == "deck")
    assert deck_app is not None
    names = {c.name for c in deck_app.registered_commands}
    if "new" not in names:
        from quez.cli.trainer_cmd import register

        register(deck_app, t)
    if "lint" not in names:
        from quez.cli.lint_cmd import register as register_lint

        register_lint(deck_app, t)
    return app


def run(args: list[str], lang: str = "nl", input: str | None = None) -> Result:
    """Invoke ``quez`` with ``args``."""
    return CliRunner().invoke(trainer_app(lang), args, input=input)
