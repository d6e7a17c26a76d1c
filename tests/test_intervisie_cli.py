"""The intervisie CLI: methods, validate, summary, ``quez method validate``."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from quez.cli.context import CliContext
from quez.cli.intervisie_cmd import register
from quez.i18n import Translator
from quez.intervisie.catalog import method_files
from quez.paths import Paths, shipped_methods_dir
from quez.store import Store
from tests.intervisie_helpers import FakeClock, sample_meeting


def invoke(*args: str, lang: str = "en") -> tuple[int, str, str]:
    app = typer.Typer(rich_markup_mode=None)

    @app.callback()
    def root(ctx: typer.Context) -> None:
        ctx.obj = CliContext(Translator(lang), Paths.from_environment())

    register(app, Translator(lang))
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_methods_list() -> None:
    code, out, _ = invoke("intervisie", "methods")
    assert code == 0
    assert "incidentmethode: Incident method (8 phases, 48 min, shipped)" in out
    assert len(out.strip().splitlines()) == 4


@pytest.mark.parametrize("group", [("intervisie", "validate"), ("method", "validate")])
def test_validate(tmp_path: Path, group: tuple[str, str]) -> None:
    bad = tmp_path / "bad.yaml"
    bad.write_text("format: 1\nid: x\n", encoding="utf-8")
    good = method_files(shipped_methods_dir())[0]
    code, out, err = invoke(*group, str(good), str(bad))
    assert code == 1
    assert f"{good}: valid" in out
    lines = [line for line in err.splitlines() if line.startswith(str(bad))]
    assert lines and all(line.startswith(f"{bad}:1:1: ") for line in lines)
    assert "1 of 2 files have problems" in err
    assert invoke(*group, str(good))[0] == 0


@pytest.fixture
def stored(paths: Paths) -> str:
    with Store.open(paths.db_path) as store:
        return sample_meeting(store, FakeClock()).session.id


def test_summary_command(stored: str, paths: Paths, tmp_path: Path) -> None:
    target = tmp_path / "verslag.md"
    code, out, err = invoke("intervisie", "summary", stored, "-o", str(target))
    assert code == 0 and str(target) in out
    text = target.read_text(encoding="utf-8")
    assert "# Peer consultation: Casus Noor" in text and "Jan Jansen" not in text
    assert "2 possible personal details were replaced" in err
