"""The walkthrough in docs/decks.md, run literally, so the guide stays true."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import REPO
from tests.trainer_helpers import run

GUIDE = (REPO / "docs" / "decks.md").read_text(encoding="utf-8")


def _after(marker: str, fence: str = "yaml", nth: int = 0) -> str:
    """The ``nth`` fenced block of kind ``fence`` after ``marker`` in the guide."""
    rest = GUIDE[GUIDE.index(marker) :]
    blocks = re.findall(rf"```{fence}\n(.*?)```", rest, re.S)
    assert len(blocks) > nth, marker
    return str(blocks[nth])


def _command(marker: str) -> list[str]:
    line = _after(marker, "").strip()
    assert line.startswith("quez "), line
    return line.split()[1:]


def test_walkthrough(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    new = _command("**1. Maak de stapel.**")
    assert new == ["deck", "new", '"Mijn', 'stapel"']
    assert run(["deck", "new", "Mijn stapel"]).exit_code == 0
    deck = tmp_path / "mijn-stapel.yaml"
    with deck.open("a", encoding="utf-8") as f:
        f.write(_after("**2. Voeg twee kaarten toe.**"))

    validate = run(_command("**3. Controleer de opbouw.**"))
    assert validate.exit_code == 0
    assert "`mijn-stapel.yaml: in orde (10 kaarten)`" in GUIDE
    assert "mijn-stapel.yaml: in orde (10 kaarten)" in validate.output

    lint = run(_command("**4. Controleer de vragen.**"))
    expected = _after("**4. Controleer de vragen.**", "", 1).strip().splitlines()
    assert lint.exit_code == 0
    for line in expected:
        assert line in lint.output
    assert run(["deck", "lint", "--strict", "mijn-stapel.yaml"]).exit_code == 1

    lines = deck.read_text(encoding="utf-8").splitlines()
    assert "regel 115" in GUIDE and "Heeft u hobby's?" in lines[114]
    lines[114] = _after("**5. Verbeter de vraag.**").rstrip("\n")
    deck.write_text("\n".join(lines) + "\n", encoding="utf-8")
    assert run(["deck", "lint", "--strict", "mijn-stapel.yaml"]).exit_code == 0

    assert run(_command("**6. Bekijk alle kaarten.**")).exit_code == 0
    install = run(_command("**8. Installeer hem.**"))
    assert install.exit_code == 0, install.output
    assert "mijn-stapel" in run(["decks"]).output

    printed = run(_command("**9. Print de kaarten.**"))
    assert printed.exit_code == 0
    assert "12 kaarten, 4 pagina's" in printed.output
    assert "(12 kaarten: 2 themakaarten en 10 vragen, op 4 pagina's A4)" in GUIDE
    assert (tmp_path / "mijn-stapel-kaarten.html").is_file()
    large = run(["deck", "print", "mijn-stapel", "--large", "-o", "mijn-stapel-groot.html"])
    assert "6 pagina's" in large.output and "(6 pagina's)" in GUIDE
