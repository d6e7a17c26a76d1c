"""``quez sessions …`` and ``quez erase-all`` through Typer's CliRunner (a tiny test app)."""

from __future__ import annotations

import os
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from quez.cli.sessions_cmd import register
from quez.cli.sessions_views import parse_duration
from quez.i18n import Translator
from quez.paths import Paths
from quez.store import Store


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


@pytest.fixture
def two_sessions(paths: Paths) -> tuple[str, str]:
    with Store.open(paths.db_path) as store:
        a = store.create_session("client", "gesprek", "nl", label="[bold red]Jan[/] \x1b[31m")
        entry = store.add_entry(a.id, "c1", "Wat wil je?", note="Ik wil [b]fietsen[/b]")
        store.update_entry(entry.id, important=True)
        store.save_worknotes(a.id, "WERKAANTEKENING-GEHEIM")
        b = store.create_session("intervisie", "intervisie", "nl")
    return a.id, b.id


def test_list_without_store_creates_nothing(
    app: typer.Typer, runner: CliRunner, paths: Paths
) -> None:
    result = runner.invoke(app, ["sessions"])
    assert result.exit_code == 0
    assert "Er zijn geen bewaarde sessies." in result.output
    assert not paths.db_path.exists()


def test_list_shows_labels_literally(
    app: typer.Typer, runner: CliRunner, two_sessions: tuple[str, str]
) -> None:
    a, b = two_sessions
    result = runner.invoke(app, ["sessions"])
    assert result.exit_code == 0
    assert a in result.output and b in result.output
    assert "[bold red]Jan[/]" in result.output  # markup shown as text, not interpreted
    assert "\x1b" not in result.output
    only = runner.invoke(app, ["sessions", "--kind", "intervisie"])
    assert b in only.output and a not in only.output
    bad = runner.invoke(app, ["sessions", "--status", "weg"])
    assert bad.exit_code == 2


def test_show_by_prefix_without_worknotes(
    app: typer.Typer, runner: CliRunner, two_sessions: tuple[str, str]
) -> None:
    a, _ = two_sessions
    result = runner.invoke(app, ["sessions", "show", a[:5].upper()])
    assert result.exit_code == 0, result.output
    assert "Wat wil je?" in result.output and "Ik wil [b]fietsen[/b]" in result.output
    assert "belangrijk" in result.output
    assert "WERKAANTEKENING-GEHEIM" not in result.output
    assert "werkaantekeningen" in result.output
    missing = runner.invoke(app, ["sessions", "show", "zzzzzzzz"])
    assert missing.exit_code == 2 and "zzzzzzzz" in missing.output


def test_delete_asks_and_respects_no(
    app: typer.Typer, runner: CliRunner, paths: Paths, two_sessions: tuple[str, str]
) -> None:
    a, b = two_sessions
    refused = runner.invoke(app, ["sessions", "delete", a], input="nee\n")
    assert refused.exit_code == 1 and "Niets verwijderd." in refused.output
    done = runner.invoke(app, ["sessions", "delete", a], input="j\n")
    assert done.exit_code == 0 and f"Sessie {a} is verwijderd (1 kaart(en))" in done.output
    quick = runner.invoke(app, ["sessions", "delete", b, "--yes"])
    assert quick.exit_code == 0
    with Store.open(paths.db_path) as store:
        assert store.list_sessions() == []
    again = runner.invoke(app, ["sessions", "delete", a, "--yes"])
    assert again.exit_code == 2


def test_purge_dry_run_then_real(app: typer.Typer, runner: CliRunner, paths: Paths) -> None:
    old_time = datetime.now(timezone.utc) - timedelta(days=120)
    with Store.open(paths.db_path, clock=lambda: old_time) as store:
        old = store.create_session("client", "gesprek", "nl").id
    with Store.open(paths.db_path) as store:
        new = store.create_session("client", "gesprek", "nl").id
    dry = runner.invoke(app, ["sessions", "purge", "--older-than", "90d", "--dry-run"])
    assert dry.exit_code == 0 and old in dry.output and new not in dry.output
    real = runner.invoke(app, ["sessions", "purge", "--older-than", "90d"], input="j\n")
    assert real.exit_code == 0 and "1 sessie(s) verwijderd." in real.output
    with Store.open(paths.db_path) as store:
        assert [s.session.id for s in store.list_sessions()] == [new]
    bad = runner.invoke(app, ["sessions", "purge", "--older-than", "soon"])
    assert bad.exit_code == 2


def test_parse_duration() -> None:
    assert parse_duration("90d") == timedelta(days=90)
    assert parse_duration(" 12W ") == timedelta(weeks=12)
    assert parse_duration("48h") == timedelta(hours=48)
    assert parse_duration("30") == timedelta(days=30)
    assert parse_duration("0d") is None and parse_duration("3 months") is None


def test_damaged_store_is_one_line_and_exit_2(
    app: typer.Typer, runner: CliRunner, paths: Paths
) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.db_path.write_bytes(b"garbage" * 100)
    result = runner.invoke(app, ["sessions"])
    assert result.exit_code == 2
    assert "beschadigd" in result.output and len(result.output.strip().splitlines()) <= 2
    assert paths.db_path.read_bytes() == b"garbage" * 100


def test_erase_all_needs_the_word(
    app: typer.Typer, runner: CliRunner, paths: Paths, two_sessions: tuple[str, str]
) -> None:
    refused = runner.invoke(app, ["erase-all"], input="ja\n")
    assert refused.exit_code == 1 and paths.db_path.exists()
    assert runner.invoke(app, ["erase-all", "--yes"]).exit_code == 2  # no such option
    done = runner.invoke(app, ["erase-all"], input="wissen\n")
    assert done.exit_code == 0, done.output
    assert not any(os.path.lexists(root) for root in paths.owned_roots())
    nothing = runner.invoke(app, ["erase-all"])
    assert nothing.exit_code == 0


def test_english(
    runner: CliRunner,
    paths: Paths,
    two_sessions: tuple[str, str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QUEZ_LANG", "en")  # the lead's app puts the language in ctx.obj
    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """Test root."""

    register(app, Translator("en"))
    a, _ = two_sessions
    result = runner.invoke(app, ["sessions", "delete", a], input="y\n")
    assert result.exit_code == 0 and "was deleted" in result.output
    assert "Type y to continue" in result.output
    assert Path(paths.db_path).exists()
