"""``quez deck new``: the starter deck validates, lints clean and explains itself."""

from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from quez.decks import load_deck
from quez.decks.schema import deck_schema
from quez.i18n import Translator
from quez.lint import lint_deck
from quez.trainer.starter import (
    SCHEMA_FILE,
    SCHEMA_LINE,
    deck_id_from_name,
    starter_deck,
    title_from_name,
    write_schema_beside,
)
from tests.trainer_helpers import run

LANGS = [("nl",), ("en",), ("nl", "en"), ("en", "nl")]


@pytest.mark.parametrize("ui", ["nl", "en"])
@pytest.mark.parametrize("kind", ["client", "intervisie"])
@pytest.mark.parametrize("languages", LANGS)
def test_starter_validates_and_lints_clean(
    tmp_path: Path, ui: str, kind: str, languages: tuple[str, ...]
) -> None:
    path = tmp_path / "mijn-stapel.yaml"
    path.write_text(starter_deck("Mijn stapel", Translator(ui), kind=kind, languages=languages))
    deck = load_deck(path)
    assert deck.id == "mijn-stapel"
    assert deck.kind == kind
    assert deck.languages == languages
    assert len(deck.themes) >= 2 and len(deck.cards) >= 6
    assert all(deck.cards_for(theme.id) for theme in deck.themes)
    assert lint_deck(deck, translator=Translator(ui)) == []
    if kind == "client":
        assert deck.tagged("opening") and deck.tagged("closing")
    else:
        assert all(card.phases for card in deck.cards)
    assert deck.address == (("u" if kind == "client" else "je") if "nl" in languages else None)


def test_starter_explains_in_the_ui_language() -> None:
    nl = starter_deck("x", Translator("nl"), languages=("en",))
    en = starter_deck("x", Translator("en"), languages=("nl",))
    assert nl.splitlines()[0] == SCHEMA_LINE == en.splitlines()[0]
    assert "Regels die met # beginnen" in nl and "Lines starting with #" not in nl
    assert "Lines starting with #" in en and "Regels die met # beginnen" not in en
    # Every field is explained in the file itself: a comment right above each top-level field,
    # and a "# field: ..." note at the first theme and card fields.
    lines = nl.splitlines()
    for i, line in enumerate(lines):
        if line[:1].isalpha():
            assert lines[i - 1].startswith("#"), line
    for field in ("id", "title", "question", "description", "theme", "tags", "text", "followups"):
        assert f"# {field}: " in nl, field
    for line in nl.splitlines():
        assert len(line) <= 100


def test_starter_comment_commands_are_never_split() -> None:
    text = starter_deck("Een heel lange naam voor een stapel", Translator("nl"))
    for line in text.splitlines():
        if line.lstrip().startswith("#"):
            assert not line.rstrip().endswith(("quez", "quez deck")), line


def test_single_language_starter_uses_plain_strings() -> None:
    text = starter_deck("x", Translator("nl"), languages=("nl",))
    code = [line for line in text.splitlines() if not line.lstrip().startswith("#")]
    assert "language: nl" in code
    assert not any(line.lstrip().startswith(("languages:", "nl:", "en:")) for line in code)


@pytest.mark.parametrize(
    ("name", "deck_id", "title"),
    [
        ("Mijn stapel", "mijn-stapel", "Mijn stapel"),
        ("mijn-stapel", "mijn-stapel", "Mijn stapel"),
        ("mijn-stapel.yaml", "mijn-stapel", "Mijn stapel"),
        ("Één café!", "een-cafe", "Één café!"),
        ("!!!", "", "!!!"),
    ],
)
def test_names(name: str, deck_id: str, title: str) -> None:
    assert deck_id_from_name(name) == deck_id
    assert title_from_name(name) == title


def test_starter_refuses_bad_input() -> None:
    t = Translator("nl")
    for kwargs in (
        {"kind": "x"},
        {"languages": ("de",)},
        {"languages": ()},
        {"languages": ("nl", "nl")},
    ):
        with pytest.raises(ValueError):
            starter_deck("x", t, **kwargs)  # type: ignore[arg-type]
    with pytest.raises(ValueError):
        starter_deck("???", t)


def test_schema_beside(tmp_path: Path) -> None:
    assert write_schema_beside(tmp_path)
    written = json.loads((tmp_path / SCHEMA_FILE).read_text())
    assert written == deck_schema()
    assert not write_schema_beside(tmp_path)  # unchanged: not rewritten
    (tmp_path / SCHEMA_FILE).write_text('{"mine": true}')
    assert not write_schema_beside(tmp_path)  # someone else's file stays
    assert (tmp_path / SCHEMA_FILE).read_text() == '{"mine": true}'


def test_cli_new_writes_once(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(["deck", "new", "Mijn stapel", "--lang", "nl,en", "--kind", "intervisie"])
    assert result.exit_code == 0, result.output
    path = tmp_path / "mijn-stapel.yaml"
    deck = load_deck(path)
    assert deck.kind == "intervisie" and deck.languages == ("nl", "en")
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert (tmp_path / SCHEMA_FILE).is_file()
    before = path.read_bytes()
    again = run(["deck", "new", "mijn-stapel"])
    assert again.exit_code == 1
    assert "bestaat al" in again.output
    assert path.read_bytes() == before
    lint = run(["deck", "lint", str(path)])
    assert lint.exit_code == 0, lint.output


def test_cli_new_default_language_and_output(tmp_path: Path) -> None:
    result = run(["deck", "new", "my deck", "-o", str(tmp_path)], lang="en")
    assert result.exit_code == 0, result.output
    deck = load_deck(tmp_path / "my-deck.yaml")
    assert deck.languages == ("en",) and deck.kind == "client"
    other = tmp_path / "elders.yaml"
    assert run(["deck", "new", "x", "-o", str(other)]).exit_code == 0
    assert load_deck(other).id == "x"


@pytest.mark.parametrize(
    "args", [["--kind", "team"], ["--lang", "de"], ["--lang", "nl,nl"], ["--lang", ","]]
)
def test_cli_new_bad_usage(tmp_path: Path, args: list[str]) -> None:
    result = run(["deck", "new", "x", "-o", str(tmp_path), *args])
    assert result.exit_code == 2
    assert not (tmp_path / "x.yaml").exists()


def test_cli_new_bad_name(tmp_path: Path) -> None:
    result = run(["deck", "new", "???", "-o", str(tmp_path)])
    assert result.exit_code == 2
    assert list(tmp_path.iterdir()) == []
