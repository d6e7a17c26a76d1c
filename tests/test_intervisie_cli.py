"""The intervisie CLI: methods, validate, summary, ``quez method validate``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from quez.cli.context import CliContext
from quez.cli.intervisie_cmd import register
from quez.i18n import Translator
from quez.intervisie.catalog import method_files
from quez.paths import Paths, shipped_methods_dir
from quez.privacy import Hit, NameFinder
from quez.store import Store
from tests.intervisie_helpers import FakeClock, sample_meeting

JOHANNA = re.compile(r"Mevrouw Johanna Bakker")


def list_only(paths: Paths) -> NameFinder:
    """No detector: the lists and QueZ's own checks (never deduce in these tests)."""
    return NameFinder()


def finds_johanna(paths: Paths) -> NameFinder:
    return NameFinder(
        lambda progress: lambda text: [Hit("person", *m.span()) for m in JOHANNA.finditer(text)]
    )


def invoke(*args: str, lang: str = "en", finder: object = list_only) -> tuple[int, str, str]:
    app = typer.Typer(rich_markup_mode=None)

    @app.callback()
    def root(ctx: typer.Context) -> None:
        ctx.obj = CliContext(Translator(lang), Paths.from_environment())

    register(app, Translator(lang), finder=finder)  # type: ignore[arg-type]
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def test_methods_list() -> None:
    code, out, _ = invoke("intervisie", "methods")
    assert code == 0
    # What always runs is counted; the optional look-back step is named apart.
    assert "incidentmethode: Incident method (7 steps + 1 optional, 48 min, shipped)" in out
    assert len(out.strip().splitlines()) == 4
    _, out_nl, _ = invoke("intervisie", "methods", lang="nl")
    assert "incidentmethode: Incidentmethode (7 stappen + 1 optioneel, 48 min, meegeleverd)" in (
        out_nl
    )


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
    assert "2 possible personal details (phone number, name from the do-not-name list) were" in err


def test_summary_command_leaves_out_a_name_the_finder_finds(paths: Paths, tmp_path: Path) -> None:
    with Store.open(paths.db_path) as store:
        meeting = sample_meeting(store, FakeClock())
        meeting.previous_phase()  # back in the last step, to write one more note
        entry = meeting.add_note("note", "Mevrouw Johanna Bakker belde over haar zoon.")
        meeting.flush()
        assert entry.note
        session_id = meeting.session.id
    target = tmp_path / "verslag.md"
    code, _, err = invoke(
        "intervisie", "summary", session_id, "-o", str(target), finder=finds_johanna
    )
    assert code == 0
    text = target.read_text(encoding="utf-8")
    assert "Johanna" not in text
    assert "\\[…\\] belde over haar zoon." in text  # Markdown-escaped
    assert "person's name" in err  # the warning says what kind of detail was left out


def test_quez_export_of_a_meeting_leaves_out_a_name_the_finder_finds(
    paths: Paths, tmp_path: Path
) -> None:
    """``quez export`` of a meeting is its team summary: the same guard, the finder loaded."""
    from quez.cli.export_cmd import register as register_export

    with Store.open(paths.db_path) as store:
        meeting = sample_meeting(store, FakeClock())
        meeting.previous_phase()
        meeting.add_note("note", "Mevrouw Johanna Bakker belde over haar zoon.")
        meeting.flush()
        session_id = meeting.session.id
    app = typer.Typer(rich_markup_mode=None)

    @app.callback()
    def root(ctx: typer.Context) -> None:
        ctx.obj = CliContext(Translator("en"), Paths.from_environment())

    register_export(app, Translator("en"), finder=finds_johanna)
    target = tmp_path / "export.md"
    result = CliRunner().invoke(app, ["export", session_id, "-o", str(target)])
    assert result.exit_code == 0, result.stderr
    assert "Johanna" not in target.read_text(encoding="utf-8")
    assert "person's name" in result.stderr


def test_quez_export_of_a_conversation_loads_no_name_finder(paths: Paths, tmp_path: Path) -> None:
    from quez.cli.export_cmd import register as register_export

    def never(paths: Paths) -> NameFinder:
        raise AssertionError("a conversation's export must not load the name lists")

    with Store.open(paths.db_path) as store:
        session = store.create_session("client", "gesprek", "nl")
    app = typer.Typer(rich_markup_mode=None)

    @app.callback()
    def root(ctx: typer.Context) -> None:
        ctx.obj = CliContext(Translator("en"), Paths.from_environment())

    register_export(app, Translator("en"), finder=never)
    result = CliRunner().invoke(app, ["export", session.id, "-o", str(tmp_path / "x.md")])
    assert result.exit_code == 0, result.stderr
