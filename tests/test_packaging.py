"""The wheel carries the shipped decks and loads them through the same code path."""

from __future__ import annotations

import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import REPO


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "-q",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(out),
            str(REPO),
        ],
        check=True,
        capture_output=True,
    )
    (built,) = out.glob("quez-*.whl")
    return built


def test_wheel_contains_decks_and_styles(wheel: Path) -> None:
    names = zipfile.ZipFile(wheel).namelist()
    assert "quez/_shipped/decks/gesprek.yaml" in names
    assert "quez/_shipped/decks/intervisie.yaml" in names
    assert any(n.endswith(".tcss") for n in names) or not any(
        p.suffix == ".tcss" for p in (REPO / "quez").rglob("*")
    )


def test_installed_wheel_lists_shipped_decks(wheel: Path, tmp_path: Path) -> None:
    target = tmp_path / "site"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "install",
            "-q",
            "--no-deps",
            "--target",
            str(target),
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    env = {**os.environ, "PYTHONPATH": str(target), "QUEZ_HOME": str(tmp_path / "home")}
    result = subprocess.run(
        [
            sys.executable,
            "-c",
            "import quez.paths as p; print(p.shipped_decks_dir());"
            "from quez.cli import main; main(['--lang', 'en', 'decks'])",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
    )
    assert result.returncode == 0, result.stderr
    first, rest = result.stdout.split("\n", 1)
    assert first.startswith(str(target)), first
    assert "gesprek" in rest and "intervisie" in rest
