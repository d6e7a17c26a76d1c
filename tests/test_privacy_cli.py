"""``quez check-privacy SESSION`` and ``quez check-privacy --file PATH`` (with a fake name finder;
the real one is exercised in test_privacy_deduce.py)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from quez.cli import privacy_cmd
from quez.cli.context import CliContext
from quez.i18n import Translator
from quez.paths import Paths
from quez.privacy import Hit, LoadState, NameFinder
from quez.store import Store
from tests.intervisie_helpers import FakeClock, sample_meeting

NAME = re.compile(r"\b(?:Johanna Bakker|Wilma van Dijk|Peter)\b")


def fake_detector(text: str) -> list[Hit]:
    """Finds three fixed names and "Utrecht": enough to test the command around the finder."""
    hits = [Hit("person", m.start(), m.end()) for m in NAME.finditer(text)]
    return hits + [Hit("place", m.start(), m.end()) for m in re.finditer("Utrecht", text)]


def fake_finder(paths: Paths) -> NameFinder:
    return NameFinder(lambda progress: fake_detector)


def failing_finder(paths: Paths) -> NameFinder:
    def load(progress: object) -> None:
        raise OSError("disk full")

    return NameFinder(load)  # type: ignore[arg-type]


def invoke(*args: str, lang: str = "en", finder: object = fake_finder) -> tuple[int, str, str]:
    app = typer.Typer(rich_markup_mode=None)

    @app.callback()
    def root(ctx: typer.Context) -> None:
        ctx.obj = CliContext(Translator(lang), Paths.from_environment())

    privacy_cmd.register(app, Translator(lang), finder=finder)  # type: ignore[arg-type]
    result = CliRunner().invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def stored(paths: Paths) -> str:
    with Store.open(paths.db_path) as store:
        return sample_meeting(store, FakeClock()).session.id


# -- a session ---------------------------------------------------------------------------------
def test_session_lines_are_masked(stored: str) -> None:
    code, out, err = invoke("check-privacy", stored[:6])
    assert code == 1
    assert out.strip().splitlines() == [
        "note 4:1:9: name from the do-not-name list J••••••••n",
        "note 8:1:5: phone number 0•••••••••8",
    ]
    assert "Jan Jansen" not in out and "06-12345678" not in out
    assert "2 possible personal details" in err


def test_session_clean_and_missing(paths: Paths) -> None:
    with Store.open(paths.db_path) as store:
        session = store.create_session("intervisie", "incidentmethode", "nl", label="Casus K")
    code, out, _ = invoke("check-privacy", session.id)
    assert code == 0 and "No personal details found." in out
    assert invoke("check-privacy", "zzzzzzzz")[0] == 2


def test_session_names_found_by_the_finder(paths: Paths) -> None:
    with Store.open(paths.db_path) as store:
        session = store.create_session("intervisie", "incidentmethode", "nl", label="Casus K")
        store.add_entry(session.id, "note", "", phase="p1", note="Mevrouw Johanna Bakker belde.")
    code, out, _ = invoke("check-privacy", session.id)
    assert code == 1
    assert out.strip() == "note 1:1:9: person's name J••••••••••••r"


# -- a file ------------------------------------------------------------------------------------
def test_file_findings_name_position_and_kind_only(tmp_path: Path) -> None:
    path = tmp_path / "casus.txt"
    path.write_text(
        "Casus voor donderdag\nMevrouw Johanna Bakker belde over haar zoon Peter.\n"
        "Ik sprak Wilma van Dijk uit Utrecht, tel. 06-12345678.\n",
        encoding="utf-8",
    )
    code, out, err = invoke("check-privacy", "--file", str(path))
    assert code == 1
    assert out.strip().splitlines() == [
        f"{path}:2:9: person's name",
        f"{path}:2:45: person's name",
        f"{path}:3:10: person's name",
        f"{path}:3:29: place or address",
        f"{path}:3:43: phone number",
    ]
    for secret in ("Johanna", "Bakker", "Peter", "Wilma", "Dijk", "Utrecht", "1234"):
        assert secret not in out + err
    assert "5 possible personal details found" in err


def test_file_without_personal_details_exits_0(tmp_path: Path) -> None:
    path = tmp_path / "schoon.md"
    path.write_text("# Verslag\n\nWe oefenden met open vragen.\n", encoding="utf-8")
    code, out, _ = invoke("check-privacy", "--file", str(path), lang="nl")
    assert code == 0 and "Geen persoonsgegevens gevonden." in out


def test_utf8_bom_and_crlf(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeffEerste regel\r\nIk sprak Peter.\r\n".encode())
    code, out, _ = invoke("check-privacy", "--file", str(path))
    assert code == 1 and out.strip() == f"{path}:2:10: person's name"


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_not_utf8_is_one_line_with_the_position(tmp_path: Path, lang: str) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("regel een\nmeneer Müller\n".encode("latin-1"))
    code, out, err = invoke("check-privacy", "--file", str(path), lang=lang)
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"{path}:2:9: ")
    assert "Traceback" not in err and "Müller" not in err
    assert ("UTF-8" in lines[0]) and ("geen" in lines[0] if lang == "nl" else "not" in lines[0])


def test_missing_folder_and_unreadable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    gone = tmp_path / "weg.txt"
    code, _, err = invoke("check-privacy", "--file", str(gone))
    assert code == 2 and err.strip() == f"{gone}: file not found"
    code, _, err = invoke("check-privacy", "--file", str(tmp_path))
    assert code == 2 and err.strip() == f"{tmp_path}: not a file"
    locked = tmp_path / "locked.txt"
    locked.write_text("x", encoding="utf-8")

    def refuse(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "read_bytes", refuse)
    code, _, err = invoke("check-privacy", "--file", str(locked), lang="nl")
    assert code == 2 and err.strip() == f"{locked}: kan het bestand niet lezen"


def test_control_characters_in_the_path_never_reach_the_terminal(tmp_path: Path) -> None:
    gone = tmp_path / "a\x1b[31mb.txt"
    code, _, err = invoke("check-privacy", "--file", str(gone))
    assert code == 2 and "\x1b" not in err


@pytest.mark.parametrize("args", [(), ("abc", "--file", "x.txt")])
def test_exactly_one_source(args: tuple[str, ...]) -> None:
    code, _out, err = invoke("check-privacy", *args)
    assert code == 2 and "not both" in err


def test_a_failing_name_finder_is_said_and_the_rest_still_checked(tmp_path: Path) -> None:
    path = tmp_path / "casus.txt"
    path.write_text("Bel 06-12345678 en vraag naar Peter.\n", encoding="utf-8")
    code, out, err = invoke("check-privacy", "--file", str(path), finder=failing_finder)
    assert code == 1 and out.strip() == f"{path}:1:5: phone number"
    assert "name check could not load" in err and "disk full" not in err


def test_first_build_is_announced(tmp_path: Path) -> None:
    def building(paths: Paths) -> NameFinder:
        def load(progress: object) -> object:
            progress(LoadState.BUILDING)  # type: ignore[operator]
            return fake_detector

        return NameFinder(load)  # type: ignore[arg-type]

    path = tmp_path / "leeg.txt"
    path.write_text("Niets bijzonders.\n", encoding="utf-8")
    code, _, err = invoke("check-privacy", "--file", str(path), finder=building)
    assert code == 0 and "for the first time" in err and "keep working" not in err


def test_registered_in_the_app_and_the_fast_help() -> None:
    from quez.cli.app import build_app
    from quez.cli.fasthelp import COMMANDS

    app = build_app(Translator("en"))
    result = CliRunner().invoke(app, ["check-privacy", "--help"])
    assert result.exit_code == 0 and "--file" in result.stdout
    assert ("check-privacy", "privacy.cli.help") in COMMANDS
