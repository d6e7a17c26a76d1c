"""Erasure receipts name the export files: erased, and the ones QueZ could not reach.

``quez sessions delete``, ``purge`` and ``erase-all`` through CliRunner, and the app's
retention at start-up. Paths pass through clean_text (no escape sequence reaches the terminal).
"""

from __future__ import annotations

import os
from datetime import datetime, timezone
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from quez import vault
from quez.cli.sessions_cmd import register
from quez.i18n import Translator
from quez.paths import Paths
from quez.settings import Settings
from quez.store import ExportErasure, NotReached, Store
from quez.vault import kdf
from quez.workflows.erase import erase_everything, export_lines
from tests.tui_support import make_app
from tests.vault_support import FAST, PASSPHRASE, no_keyring

__all__ = ["no_keyring"]  # fixture

LONG_AGO = datetime(2020, 1, 1, tzinfo=timezone.utc)


@pytest.fixture(autouse=True)
def wide(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "300")  # one receipt line, one line


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """Test root."""

    register(app, Translator("nl"))
    return app


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def exported(store: Store, session_id: str, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("de kopie van de cliënt", encoding="utf-8")
    store.record_export(session_id, path, path.suffix.lstrip("."))
    return path


def test_delete_names_the_erased_file_and_the_one_it_could_not_reach(
    app: typer.Typer, runner: CliRunner, paths: Paths, tmp_path: Path
) -> None:
    with Store.open(paths.db_path) as store:
        sid = store.create_session("client", "gesprek", "nl").id
        here = exported(store, sid, tmp_path / "uit" / "gesprek.md")
        moved = exported(store, sid, tmp_path / "uit" / "gesprek\x1b[31m.html")
    moved.rename(tmp_path / "elders.html")  # moved away, e.g. to a USB stick
    result = runner.invoke(app, ["sessions", "delete", sid, "--yes"])
    assert result.exit_code == 0, result.output
    assert not here.exists() and (tmp_path / "elders.html").exists()
    assert f"Exportbestand gewist: {here}" in result.output
    assert "Exportbestand niet gevonden" in result.output
    assert "uit/gesprek.html" in result.output and "\x1b" not in result.output  # cleaned


def test_purge_names_the_files_of_the_purged_sessions(
    app: typer.Typer, runner: CliRunner, paths: Paths, tmp_path: Path
) -> None:
    with Store.open(paths.db_path, clock=lambda: LONG_AGO) as store:
        sid = store.create_session("client", "gesprek", "nl").id
        file = exported(store, sid, tmp_path / "oud.md")
    result = runner.invoke(app, ["sessions", "purge", "--older-than", "90d", "--yes"])
    assert result.exit_code == 0, result.output
    assert "1 sessie(s) verwijderd." in result.output
    assert f"Exportbestand gewist: {file}" in result.output and not file.exists()


def test_erase_all_erases_recorded_exports_outside_quez_folders(
    app: typer.Typer, runner: CliRunner, paths: Paths, tmp_path: Path
) -> None:
    outside = tmp_path / "documenten" / "voor-anna.md"
    with Store.open(paths.db_path) as store:
        sid = store.create_session("client", "gesprek", "nl").id
        exported(store, sid, outside)
    result = runner.invoke(app, ["erase-all"], input="wissen\n")
    assert result.exit_code == 0, result.output
    assert not outside.exists() and outside.parent.exists()  # only the file QueZ wrote
    assert f"Exportbestand gewist: {outside}" in result.output
    assert not any(os.path.lexists(root) for root in paths.owned_roots())


@pytest.mark.usefixtures("no_keyring")
def test_erase_all_in_a_locked_vault_says_the_exports_could_not_be_listed(
    app: typer.Typer,
    runner: CliRunner,
    paths: Paths,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(kdf, "PRODUCTION", FAST)
    outside = tmp_path / "voor-anna.md"
    with Store.open(paths.db_path) as store:
        exported(store, store.create_session("client", "gesprek", "nl").id, outside)
    vault.enable(paths, PASSPHRASE, params=FAST)
    result = runner.invoke(app, ["erase-all"], input="wissen\nfout wachtwoord\n")
    assert result.exit_code == 0, result.output
    assert "konden niet worden opgezocht" in result.output
    assert outside.exists()  # not listed, so not erased: and the receipt says so
    assert not any(os.path.lexists(root) for root in paths.owned_roots())


def test_erase_everything_with_the_key_erases_a_vaults_exports(
    paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(kdf, "PRODUCTION", FAST)
    outside = tmp_path / "voor-anna.md"
    with Store.open(paths.db_path) as store:
        exported(store, store.create_session("client", "gesprek", "nl").id, outside)
    vault.enable(paths, PASSPHRASE, params=FAST)
    key = vault.unlock(paths, PASSPHRASE)
    receipt = erase_everything(paths, key=key)
    assert receipt.exports_listed and receipt.exports.removed == (outside,)
    assert not outside.exists()


def test_every_reason_has_its_own_line() -> None:
    erasure = ExportErasure(
        removed=(Path("/a.md"), Path("/b.md")),
        not_reached=tuple(
            NotReached(Path(f"/{reason}.md"), reason)  # type: ignore[arg-type]
            for reason in ("gone", "replaced", "linked", "failed")
        ),
        not_overwritten=(Path("/b.md"),),
    )
    keys = [key for key, _ in export_lines(erasure, listed=False)]
    assert keys == [
        "erase.export.removed",
        "erase.export.not_overwritten",
        "erase.export.gone",
        "erase.export.replaced",
        "erase.export.linked",
        "erase.export.failed",
        "erase.export.unlisted",
    ]
    t = Translator("en")
    for key, params in export_lines(erasure, listed=False):
        assert t(key, **params) != key


async def test_retention_at_start_names_the_files_it_erased(
    paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with Store.open(paths.db_path, clock=lambda: LONG_AGO) as store:
        sid = store.create_session("client", "gesprek", "nl").id
        store.close_session(sid)
        file = exported(store, sid, tmp_path / "oud.md")
    with Store.open(paths.db_path) as store:
        app = make_app(paths, store, settings=Settings(retention_days=30))
        said: list[str] = []
        monkeypatch.setattr(app, "say", lambda message, **kw: said.append(message))
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
    assert not file.exists()
    assert any(f"Exportbestand gewist: {file}" in line for line in said)
