"""``quez export`` end to end: a real store under QUEZ_HOME, the shipped deck, Typer's runner."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from quez.cli import export_cmd
from quez.cli.app import build_app
from quez.i18n import Translator
from quez.paths import Paths
from quez.store import Store

runner = CliRunner()


def app(lang: str = "nl") -> typer.Typer:
    built = build_app(Translator(lang))
    if not any(cmd.name == "export" for cmd in built.registered_commands):
        export_cmd.register(built, Translator(lang))
    return built


def invoke(*args: str, lang: str = "nl") -> tuple[int, str, str]:
    result = runner.invoke(app(lang), list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def stored(paths: Paths) -> str:
    """A Dutch session on the shipped ``gesprek`` deck with one note of each sort."""
    with Store.open(paths.db_path) as store:
        session = store.create_session("client", "gesprek", "nl", label="Ria's map")
        first = store.add_entry(session.id, "kr-1", "Waar bent u trots op?", theme_id="kracht")
        store.save_note(first.id, "Op mijn tuin.\n# geen kop")
        store.update_entry(first.id, important=True, consent=True)
        refused = store.add_entry(session.id, "kr-2", "Wie helpt u?", theme_id="kracht")
        store.save_note(refused.id, "GEHEIM")
        store.update_entry(refused.id, consent=False)
        plain = store.add_entry(session.id, "kr-3", "Wat lukt al?", theme_id="kracht")
        store.save_note(plain.id, "Zelf koken.")
        store.update_entry(plain.id, consent=True)
        store.save_worknotes(session.id, "WERKAANTEKENING")
        return session.id


def test_export_markdown_to_the_exports_folder(stored: str, paths: Paths) -> None:
    code, out, err = invoke("export", stored[:5])
    assert code == 0, err
    (path,) = paths.exports_dir.iterdir()
    assert path.name.endswith("-ria-s-map.md") and str(path) in out.replace("\n", "")
    text = path.read_text(encoding="utf-8")
    assert "## Wat kan ik?" in text  # the theme title from the shipped deck
    assert (
        text.startswith("# ") and "Kaarten: In gesprek" in text and "Dit document is van u" in text
    )
    assert "> Op mijn tuin.  \n> \\# geen kop" in text
    for secret in ("GEHEIM", "WERKAANTEKENING", stored, "kracht"):
        assert secret not in text
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(paths.exports_dir.stat().st_mode) == 0o700
    code, _, _ = invoke("export", stored)
    assert code == 0 and len(list(paths.exports_dir.iterdir())) == 2  # a -2 file, no overwrite


def test_export_html_to_a_chosen_file_and_force(stored: str, tmp_path: Path) -> None:
    target = tmp_path / "ria.html"
    code, _, err = invoke("export", stored, "--format", "html", "-o", str(target), "--lang", "en")
    assert code == 0, err
    page = target.read_text(encoding="utf-8")
    assert '<html lang="en">' in page and "What can I do?" in page and "What matters to me" in page
    code, _, err = invoke("export", stored, "--format", "html", "-o", str(target))
    assert code == 1 and "--force" in err
    assert '<html lang="en">' in target.read_text(encoding="utf-8")
    code, _, _ = invoke("export", stored, "--format", "html", "-o", str(target), "--force")
    assert code == 0 and '<html lang="nl">' in target.read_text(encoding="utf-8")


def test_failures_are_one_line(stored: str, tmp_path: Path) -> None:
    code, _, err = invoke("export", "zzzzzzzz")
    assert code == 2 and err.count("\n") == 1
    code, _, err = invoke("export", stored, "--format", "pdf")
    assert code == 2 and "md, html" in err.replace("html, md", "md, html")
    code, _, err = invoke("export", stored, "--lang", "fr")
    assert code == 2 and "fr" in err
    code, _, err = invoke("export", stored, "-o", str(tmp_path / "missing" / "x.md"))
    assert code == 1 and "Traceback" not in err


def test_no_store_yet(paths: Paths) -> None:
    code, _, err = invoke("export", "abc")
    assert code == 2 and err.count("\n") == 1 and not paths.db_path.exists()


def test_intervisie_exports_the_team_summary_in_markdown_only(paths: Paths) -> None:
    with Store.open(paths.db_path) as store:
        session = store.create_session("intervisie", "intervisie", "nl")
    code, _, err = invoke("export", session.id, lang="en")
    assert code == 0, err
    (written,) = paths.exports_dir.iterdir()
    assert written.suffix == ".md"
    code, _, err = invoke("export", session.id, "--format", "html", lang="en")
    assert code == 2 and "md" in err  # html is not a format for team summaries


def test_privacy_warning_names_what_was_found(stored: str, paths: Paths) -> None:
    code, _, err = invoke("export", stored)
    assert code == 0 and "persoonsgegevens" not in err
    with Store.open(paths.db_path) as store:
        extra = store.add_entry(stored, "x", "Hoe bereiken we elkaar?", note="Bel 06 12345678")
        store.update_entry(extra.id, consent=True)
    code, _, err = invoke("export", stored)
    assert code == 0 and "persoonsgegevens" in err and "telefoonnummer" in err
    assert "12345678" not in err
