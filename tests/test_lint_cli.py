"""``quez deck lint``: output formats, exit codes, --strict, load failures, shipped decks."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner, Result

from quez.cli.lint_cmd import register
from quez.i18n import Translator

SHIPPED = Path(__file__).resolve().parent.parent / "decks"

HEADER = """\
format: 1
id: proef
title: "Proef"
description: "Een proefdeck."
kind: client
language: nl
address: u
themes:
  - id: a
    title: "Mijn dag"
    question: "Wat wilt u zelf bepalen?"
cards:
"""
CLEAN = HEADER + '  - id: a1\n    theme: a\n    text: "Wat geeft u energie?"\n'
WARNING = HEADER + '  - id: a1\n    theme: a\n    text: "Waarom koos u dat?"\n'
ERROR = WARNING + '  - id: a2\n    theme: a\n    text: "Waarom koos u dat?"\n'


def run(*args: str) -> Result:
    app = typer.Typer()
    deck_app = typer.Typer()
    app.add_typer(deck_app, name="deck")

    @app.callback()
    def root() -> None:
        """Root."""

    register(deck_app, Translator("en"))
    return CliRunner().invoke(app, ["deck", "lint", *args])


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_clean_deck_exits_zero(tmp_path: Path) -> None:
    result = run(str(write(tmp_path, "d.yaml", CLEAN)))
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "1 deck(s)" in result.stderr


def test_warnings_exit_zero_unless_strict(tmp_path: Path) -> None:
    path = write(tmp_path, "d.yaml", WARNING)
    result = run(str(path))
    assert result.exit_code == 0
    assert result.stdout.startswith(f"{path}:15:11: warning: why-question: ")
    assert run("--strict", str(path)).exit_code == 1


def test_errors_exit_one(tmp_path: Path) -> None:
    result = run(str(write(tmp_path, "d.yaml", ERROR)))
    assert result.exit_code == 1
    assert ": error: duplicate: " in result.stdout
    assert "1 fout(en), 2 waarschuwing(en)" in result.stderr  # Dutch by default


def test_json_output(tmp_path: Path) -> None:
    path = write(tmp_path, "d.yaml", ERROR)
    result = run("--format", "json", str(path))
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert {tuple(sorted(d)) for d in data} == {
        ("card", "col", "lang", "level", "line", "message", "path", "rule", "theme")
    }
    assert [(d["rule"], d["card"], d["lang"], d["line"]) for d in data] == [
        ("why-question", "a1", "nl", 15),
        ("duplicate", "a2", "nl", 18),
        ("why-question", "a2", "nl", 18),
    ]
    assert data[0]["path"] == str(path) and data[0]["level"] == "warning"


def test_json_of_a_clean_deck_is_an_empty_array(tmp_path: Path) -> None:
    result = run("--format", "json", str(write(tmp_path, "d.yaml", CLEAN)))
    assert result.exit_code == 0 and json.loads(result.stdout) == []


def test_a_deck_that_does_not_load_is_reported_as_errors(tmp_path: Path) -> None:
    path = write(tmp_path, "d.yaml", CLEAN.replace("kind: client", "kind: klant"))
    result = run(str(path), str(tmp_path / "missing.yaml"))
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0].startswith(f"{path}:5:") and ": error: invalid-deck: " in lines[0]
    assert lines[1].startswith(f"{tmp_path / 'missing.yaml'}:1:1: error: invalid-deck: ")
    data = json.loads(run("--format", "json", str(path)).stdout)
    assert data[0]["rule"] == "invalid-deck" and data[0]["line"] == 5


def test_a_folder_lints_every_deck_in_it(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", CLEAN)
    write(tmp_path, "b.yml", WARNING)
    write(tmp_path, "notes.txt", "not a deck")
    result = run("--strict", str(tmp_path))
    assert result.exit_code == 1
    assert "2 deck(s)" in result.stderr and "b.yml" in result.stdout
    empty = tmp_path / "empty"
    empty.mkdir()
    assert run(str(empty)).exit_code == 1


def test_unknown_format_is_a_usage_error(tmp_path: Path) -> None:
    result = run("--format", "xml", str(write(tmp_path, "d.yaml", CLEAN)))
    assert result.exit_code == 2 and "xml" in result.stderr


def test_messages_in_the_ui_language(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = str(write(tmp_path, "d.yaml", WARNING))
    assert "waarom" in run(path).stdout
    monkeypatch.setenv("QUEZ_LANG", "en")
    assert "why" in run(path).stdout


def test_help_is_translated() -> None:
    assert "open, non-judging" in run("--help").stdout


@pytest.mark.parametrize("name", ["gesprek.yaml", "intervisie.yaml"])
def test_shipped_decks_pass_strict(name: str) -> None:
    result = run("--strict", str(SHIPPED / name))
    assert result.stdout == ""
    assert result.exit_code == 0


def test_registered_in_the_quez_app(tmp_path: Path) -> None:
    """The real ``quez`` app carries the command, with its context's UI language."""
    from quez.cli.app import build_app

    path = str(write(tmp_path, "d.yaml", WARNING))
    app = build_app(Translator("en"))
    result = CliRunner().invoke(app, ["--lang", "en", "deck", "lint", "--strict", path])
    assert result.exit_code == 1
    assert ": warning: why-question: " in result.stdout and "“why”" in result.stdout
