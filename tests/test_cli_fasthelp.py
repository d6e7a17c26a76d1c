"""``quez --help`` is rendered without Typer; it must list exactly what the Typer app has."""

from __future__ import annotations

import pytest
import typer

from quez.cli import _root_only, main
from quez.cli.app import build_app
from quez.cli.fasthelp import COMMANDS, render_help
from quez.i18n import Translator


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_fast_help_lists_every_typer_command_with_its_help(lang: str) -> None:
    t = Translator(lang)
    group = typer.main.get_command(build_app(t))
    assert isinstance(group, typer.core.TyperGroup)
    typer_help = {name: " ".join((cmd.help or "").split()) for name, cmd in group.commands.items()}
    ours = {name: t(key) for name, key in COMMANDS}
    assert ours == typer_help
    text = " ".join(render_help(t, width=80).split())
    for name, help_text in ours.items():
        assert f"{name} {help_text}" in text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_fast_help_lists_every_root_option(lang: str) -> None:
    t = Translator(lang)
    group = typer.main.get_command(build_app(t))
    text = render_help(t, width=80)
    for param in group.params:
        for opt in param.opts:
            assert opt in text


def test_fast_help_fits_80_columns() -> None:
    for lang in ("nl", "en"):
        assert max(len(line) for line in render_help(Translator(lang), 80).splitlines()) <= 80


def test_help_flag_prints_fast_help(capsys: pytest.CaptureFixture[str]) -> None:
    main(["--lang", "en", "--help"])
    out = capsys.readouterr().out
    assert out.startswith("Usage: quez") and "erase-all" in out


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([], (None, [], False)),
        (["--lang", "en"], ("en", [], False)),
        (["--deck", "a.yaml", "--deck=b.yaml", "-h"], (None, ["a.yaml", "b.yaml"], True)),
        (["decks"], None),
        (["--lang", "en", "deck", "--help"], None),
        (["--version", "--lang", "en"], None),
    ],
)
def test_root_only(argv: list[str], expected: object) -> None:
    assert _root_only(argv) == expected
