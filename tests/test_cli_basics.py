"""The basic CLI through Typer's CliRunner, and the tiny entry point."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quez import __version__
from quez.cli import _pre_scan_lang, main
from quez.cli.app import build_app
from quez.i18n import Translator
from tests.conftest import SHIPPED
from tests.test_decks_loader import GOOD

runner = CliRunner()


def invoke(*args: str, lang: str = "en") -> tuple[int, str, str]:
    result = runner.invoke(build_app(Translator(lang)), list(args))
    return result.exit_code, result.stdout, result.stderr


def test_version_fast_path(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--version"])
    assert capsys.readouterr().out == f"quez {__version__}\n"
    code, out, _ = invoke("--version")
    assert code == 0 and __version__ in out


def test_decks_lists_shipped_and_failures(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: x\n")
    code, out, _ = invoke("--deck", str(bad), "decks")
    assert code == 0
    assert "gesprek" in out and "intervisie" in out
    assert f"{bad}:1:1:" in out


def test_validate_exit_codes(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text(GOOD)
    code, out, _ = invoke("deck", "validate", str(good), *map(str, SHIPPED.glob("*.yaml")))
    assert code == 0, out
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("theme: kracht", "theme: moed").replace("kind: client", "kind: x"))
    code, out, err = invoke("deck", "validate", str(good), str(bad))
    assert code == 1
    lines = [line for line in err.splitlines() if line.startswith(str(bad))]
    assert len(lines) == 2
    assert "Traceback" not in out + err


def test_validate_in_dutch(tmp_path: Path) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text(GOOD.replace("theme: kracht", "theme: moed"))
    code, _, err = invoke("deck", "validate", str(bad), lang="nl")
    assert code == 1 and "bestaat niet in deze stapel" in err


def test_schema_is_json_and_matches_docs() -> None:
    code, out, _ = invoke("deck", "schema")
    assert code == 0
    schema = json.loads(out)
    assert schema["properties"]["format"] == {"const": 1}
    docs = (SHIPPED.parent / "docs" / "deck.schema.json").read_text()
    assert json.loads(docs) == schema, "regenerate docs/deck.schema.json with `quez deck schema`"


def test_draw_is_reproducible_and_plain() -> None:
    first = invoke("draw", "--seed", "7", "--theme", "kracht")
    assert first == invoke("draw", "--seed", "7", "--theme", "kracht")
    assert (first[0] == 0 and "Wat kan ik?" in first[1]) or "What can I do?" in first[1]


def test_draw_unknown_deck_and_theme() -> None:
    assert invoke("draw", "--deck", "nope")[0] == 1
    assert invoke("draw", "--theme", "nope")[0] == 1


def test_draw_shows_hostile_deck_text_literally(tmp_path: Path) -> None:
    hostile = "[bold]vet[/bold] [link=https://x]klik[/link] [/ \\\\ [@click=app.quit]?"
    deck = tmp_path / "h.yaml"
    deck.write_text(GOOD.replace('"Wat lukt u goed?"', json.dumps(hostile)))
    code, out, _ = invoke("--deck", str(deck), "draw", "--deck", "proef", "--seed", "1", lang="nl")
    assert code == 0
    assert "[bold]vet[/bold]" in out and "[@click=app.quit]" in out


def test_locate_creates_nothing(quez_home: Path) -> None:
    code, out, _ = invoke("locate")
    assert code == 0 and str(quez_home) in out
    assert list(quez_home.iterdir()) == []


def test_unknown_language_is_one_line() -> None:
    code, _, err = invoke("--lang", "fr", "decks")
    assert code == 2 and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    ("argv", "lang"),
    [
        (["--lang", "en"], "en"),
        (["--lang=nl", "x"], "nl"),
        (["decks"], None),
        (["--deck", "a.yaml", "--lang", "en", "decks"], "en"),
        (["deck", "new", "x", "--lang", "en"], None),
    ],
)
def test_pre_scan_lang(argv: list[str], lang: str | None) -> None:
    assert _pre_scan_lang(argv) == lang


def test_unexpected_error_is_one_calm_line_without_client_text(
    quez_home: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from quez.cli.crash import guarded

    secret = "mijn buurman Jan slaat mij"

    def explode() -> None:
        note = secret  # a local variable holding client text
        raise ValueError(f"bad note: {note}")

    with pytest.raises(SystemExit) as info:
        guarded(explode, "nl")
    assert info.value.code == 70
    err = capsys.readouterr().err
    assert secret not in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1
    (crash,) = (quez_home / "state" / "crash").iterdir()
    report = crash.read_text()
    assert secret not in report and "ValueError" in report and "explode" in report
    assert crash.stat().st_mode & 0o777 == 0o600
