"""The front door: no app without a terminal, and no app with a ``--deck`` that does not load.

Both are one line on stderr and exit code 2, checked before Textual is imported. Tests that
drive the app (``App.run_test``, tmux) go around the front door and are unaffected.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from quez.cli import main
from quez.cli.frontdoor import has_terminal
from quez.i18n import Translator
from tests.conftest import REPO

TIMEOUT = 60  # a safety net only: an app started without a terminal would never stop


def quez(*args: str) -> subprocess.CompletedProcess[str]:
    """``quez ARGS < /dev/null`` with its output captured: no terminal anywhere."""
    return subprocess.run(
        [sys.executable, "-m", "quez", *args],
        env={**os.environ, "PYTHONPATH": str(REPO)},
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
        check=False,
    )


@pytest.mark.parametrize(
    ("args", "lang"), [([], "nl"), (["--lang", "en"], "en"), (["intervisie"], "nl")]
)
def test_without_a_terminal_the_app_does_not_start(args: list[str], lang: str) -> None:
    result = quez(*args)
    assert result.returncode == 2
    assert result.stdout == ""  # not one escape sequence
    assert result.stderr == Translator(lang)("cli.no_terminal") + "\n"
    assert "quez sessions" in result.stderr and "quez export" in result.stderr


def test_has_terminal_needs_both_ends() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    assert has_terminal(Tty(), Tty())
    assert not has_terminal(io.StringIO(), Tty())
    assert not has_terminal(Tty(), io.StringIO())


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Pretend there is a terminal; record (instead of run) each start of the app."""
    started: list[str] = []
    monkeypatch.setattr("quez.cli.frontdoor.has_terminal", lambda: True)
    monkeypatch.setattr("quez.tui.launch.run_tui", lambda *a, **k: started.append("app") or 0)
    monkeypatch.setattr(
        "quez.tui.launch.run_intervisie",
        lambda *a, **k: started.append("intervisie") or 0,
    )
    return started


def test_with_a_terminal_the_app_starts(opened: list[str]) -> None:
    main([])
    main(["intervisie"])
    assert opened == ["app", "intervisie"]


@pytest.mark.parametrize("command", [[], ["intervisie"]])
def test_a_deck_that_does_not_load_is_named_before_the_app_opens(
    command: list[str], opened: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as stopped:
        main(["--deck", "/no/such.yaml", *command])
    assert stopped.value.code == 2 and opened == []
    assert capsys.readouterr().err == "/no/such.yaml:1:1: bestand niet gevonden\n"


def test_each_problem_of_a_broken_deck_is_one_line(
    tmp_path: Path, opened: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    broken = tmp_path / "kapot.yaml"
    broken.write_text("format: 1\nid: x\n", encoding="utf-8")
    with pytest.raises(SystemExit):
        main(["--lang", "en", "--deck", str(broken)])
    lines = capsys.readouterr().err.splitlines()
    assert lines and all(line.startswith(f"{broken}:") for line in lines)
    assert opened == []


def test_a_good_deck_opens_the_app(
    tmp_path: Path, opened: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.test_decks_loader import GOOD

    good = tmp_path / "goed.yaml"
    good.write_text(GOOD, encoding="utf-8")
    main(["--deck", str(good)])
    assert opened == ["app"] and capsys.readouterr().err == ""
