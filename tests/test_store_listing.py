"""``quez sessions``: plain aligned lines, ids first, a screenful by default, one query."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone

import pytest
import typer
from typer.testing import CliRunner

from quez.cli.sessions_cmd import LIST_LIMIT, register
from quez.cli.sessions_views import LIST_LIMIT as VIEWS_LIMIT
from quez.i18n import Translator
from quez.paths import Paths
from quez.store import Store

START = datetime(2026, 11, 1, 9, 0, tzinfo=timezone.utc)


def make_app(lang: str) -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def root(ctx: typer.Context) -> None:
        """Test root."""
        from quez.cli.context import CliContext

        ctx.obj = CliContext(Translator(lang), Paths.from_environment())

    register(app, Translator(lang))
    return app


def fill(paths: Paths, count: int) -> list[str]:
    """``count`` sessions, one minute apart (the last one newest); returns their ids."""
    ids = []
    for n in range(count):
        moment = START + timedelta(minutes=n)
        with Store.open(paths.db_path, clock=lambda moment=moment: moment) as store:
            session = store.create_session(
                "client" if n % 3 else "intervisie", "gesprek", "nl", label=f"Cliënt {n}"
            )
            for k in range(n % 4):
                store.add_entry(session.id, f"c{k}", "Wat wilt u?")
            if n % 2:
                store.close_session(session.id)
            ids.append(session.id)
    return ids


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_the_default_is_a_screenful_with_a_last_line_saying_how_many_more(
    runner: CliRunner, paths: Paths
) -> None:
    ids = fill(paths, LIST_LIMIT + 7)
    result = runner.invoke(make_app("nl"), ["sessions"])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert len(lines) == 1 + LIST_LIMIT
    assert lines[0].split() == ["id", "gewijzigd", "soort", "status", "kaarten", "naam"]
    assert [line.split()[0] for line in lines[1:]] == ids[::-1][:LIST_LIMIT]  # newest first
    assert "En nog 7 oudere sessie(s)" in result.stderr and "--all" in result.stderr
    assert LIST_LIMIT == VIEWS_LIMIT == 50


def test_all_and_limit(runner: CliRunner, paths: Paths) -> None:
    ids = fill(paths, 12)
    every = runner.invoke(make_app("nl"), ["sessions", "--all"])
    assert every.exit_code == 0 and len(every.stdout.splitlines()) == 13
    assert every.stderr == ""
    three = runner.invoke(make_app("en"), ["sessions", "--limit", "3"])
    assert [line.split()[0] for line in three.stdout.splitlines()[1:]] == ids[::-1][:3]
    assert "And 9 older session(s)" in three.stderr
    closed = runner.invoke(make_app("en"), ["sessions", "--status", "closed", "--limit", "2"])
    assert "And 4 older session(s)" in closed.stderr  # the total counts the filter
    assert runner.invoke(make_app("nl"), ["sessions", "--limit", "0"]).exit_code == 2


def test_columns_line_up_in_both_languages(runner: CliRunner, paths: Paths) -> None:
    fill(paths, 8)
    for lang, header in (("nl", "kaarten"), ("en", "cards")):
        lines = runner.invoke(make_app(lang), ["sessions"]).stdout.splitlines()
        end = lines[0].index(header) + len(header)
        label = lines[0].index("naam" if lang == "nl" else "label")
        for line in lines[1:]:
            assert line[end - 1].isdigit() and line[end] == " "  # counts right-aligned
            assert line[label:].startswith(("Cliënt", "Client"))  # labels start in one column


def test_labels_are_cleaned_and_stay_on_their_line(runner: CliRunner, paths: Paths) -> None:
    with Store.open(paths.db_path) as store:
        sid = store.create_session("client", "gesprek", "nl").id
    # Written behind the store's back, as a damaged or hostile file might hold it.
    with sqlite3.connect(paths.db_path) as conn:
        conn.execute(
            "UPDATE sessions SET label = ? WHERE id = ?",
            ("Jan\x1b[31m rood\nTWEEDE REGEL [bold]x[/bold]", sid),
        )
    result = runner.invoke(make_app("nl"), ["sessions"])
    lines = result.stdout.splitlines()
    assert len(lines) == 2 and lines[1].startswith(sid)
    assert "\x1b" not in result.stdout and "TWEEDE REGEL [bold]x[/bold]" in lines[1]


def test_one_query_for_the_page_and_the_total(paths: Paths) -> None:
    fill(paths, 6)
    statements: list[str] = []
    with Store.open(paths.db_path) as store:
        store._live().set_trace_callback(statements.append)
        page = store.session_page(kind="client", limit=2)
        store._live().set_trace_callback(None)
    assert len(statements) == 1
    assert [line.label for line in page.lines] == ["Cliënt 5", "Cliënt 4"]
    assert page.total == 4 and page.more == 2
    assert [line.entry_count for line in page.lines] == [1, 0]


def test_an_empty_store_and_a_filter_that_matches_nothing(runner: CliRunner, paths: Paths) -> None:
    assert "Er zijn geen bewaarde sessies." in runner.invoke(make_app("nl"), ["sessions"]).stdout
    fill(paths, 2)
    result = runner.invoke(make_app("en"), ["sessions", "--kind", "intervisie", "--limit", "1"])
    assert result.stdout.splitlines()[1:] and result.stderr == ""
    with Store.open(paths.db_path) as store:
        assert store.session_page(status="open", kind="intervisie").total == 1
        assert store.session_page(status="closed", kind="intervisie").lines == []
