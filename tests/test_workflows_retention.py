"""Retention and forgetting as explicit workflow steps, each saying what it removed."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest
import typer
from typer.testing import CliRunner

from quez.cli.sessions_cmd import register
from quez.i18n import Translator
from quez.paths import Paths
from quez.settings import Settings
from quez.store import Store
from quez.workflows import erase
from tests.tui_support import START, StepClock, make_app

LONG_AGO = datetime.now(timezone.utc) - timedelta(days=120)


def old_worknotes(paths: Paths, when: datetime) -> str:
    """A session whose werkaantekeningen were first written at ``when``."""
    with Store.open(paths.db_path, clock=lambda: when) as store:
        session = store.create_session("client", "gesprek", "nl")
        store.save_worknotes(session.id, "OUDE-WERKAANTEKENING")
        return session.id


def test_opening_the_store_removes_nothing(paths: Paths) -> None:
    sid = old_worknotes(paths, LONG_AGO)
    with Store.open(paths.db_path) as store:
        assert store.get_worknotes(sid) is not None


async def test_the_app_applies_retention_at_start_and_says_so(paths: Paths) -> None:
    sid = old_worknotes(paths, START - timedelta(days=45))
    said: list[str] = []
    with Store.open(paths.db_path, clock=StepClock()) as store:
        assert store.get_worknotes(sid) is not None  # opened: still there
        app = make_app(paths, store, settings=Settings(worknotes_days=30))
        app.say = lambda message, error=False: said.append(message)  # type: ignore[method-assign]
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
            assert store.get_worknotes(sid) is None
    assert said == [
        "Bewaartermijn voorbij: 1 werkaantekening(en) en 0 afgesloten sessie(s) gewist."
    ]


async def test_nothing_removed_means_nothing_said(paths: Paths) -> None:
    said: list[str] = []
    with Store.open(paths.db_path, clock=StepClock()) as store:
        app = make_app(paths, store)
        app.say = lambda message, error=False: said.append(message)  # type: ignore[method-assign]
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.pause()
    assert said == []


@pytest.fixture
def cli() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """Test root."""

    register(app, Translator("nl"))
    return app


def test_purge_applies_retention_first_but_a_dry_run_changes_nothing(
    cli: typer.Typer, paths: Paths
) -> None:
    sid = old_worknotes(paths, LONG_AGO)
    paths.settings_file.parent.mkdir(parents=True, exist_ok=True)
    paths.settings_file.write_text(json.dumps({"worknotes_days": 30}))
    runner = CliRunner()
    dry = runner.invoke(cli, ["sessions", "purge", "--older-than", "365d", "--dry-run"])
    assert dry.exit_code == 0 and "Bewaartermijn" not in dry.output
    with Store.open(paths.db_path) as store:
        assert store.get_worknotes(sid) is not None
    real = runner.invoke(cli, ["sessions", "purge", "--older-than", "365d"])
    assert real.exit_code == 0
    assert real.output.startswith(
        "Bewaartermijn voorbij: 1 werkaantekening(en) en 0 afgesloten sessie(s) gewist.\n"
    )
    with Store.open(paths.db_path) as store:
        assert store.get_worknotes(sid) is None
        assert store.get_session(sid) is not None  # younger than a year: not purged


def test_delete_and_purge_return_receipts(paths: Paths) -> None:
    with Store.open(paths.db_path, clock=lambda: LONG_AGO) as store:
        old = store.create_session("client", "gesprek", "nl", label="oud")
        store.add_entry(old.id, "c1", "Vraag?", note="antwoord")
    with Store.open(paths.db_path) as store:
        new = store.create_session("client", "gesprek", "nl").id
        doomed = erase.purge_candidates(store, timedelta(days=90))
        assert [s.session.id for s in doomed] == [old.id]
        assert [s.session.id for s in erase.purge(store, timedelta(days=90)).sessions] == [old.id]
        receipt = erase.delete_session(store, new)
        assert (receipt.session_id, receipt.entry_count, receipt.fully_erased) == (new, 0, True)
        assert store.list_sessions() == []


def test_erase_everything_lists_then_removes_and_forgets(paths: Paths) -> None:
    assert erase.erase_targets(paths) == []
    Store.open(paths.db_path).close()
    targets = erase.erase_targets(paths)
    assert paths.data_dir in targets
    receipt = erase.erase_everything(paths)
    assert set(receipt.removed) == set(targets) and receipt.key_forgotten is False
    assert erase.erase_targets(paths) == []
