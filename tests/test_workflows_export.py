"""The one export path: the read-back screen and ``quez export`` write the same bytes."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual.widgets import Static
from typer.testing import CliRunner

from quez.cli.app import build_app
from quez.decks import discover
from quez.i18n import Translator
from quez.paths import Paths
from quez.store import NotFoundError, Store
from quez.tui.screens.end import EndScreen
from quez.workflows.errors import WorkflowError
from quez.workflows.export import export_session
from quez.workflows.summary import write_team_summary
from tests.intervisie_helpers import FakeClock, sample_meeting
from tests.tui_support import make_app, open_store

runner = CliRunner()


def cli(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(build_app(Translator("nl")), list(args))
    return result.exit_code, result.stdout, result.stderr


async def test_readback_and_cli_export_are_byte_identical(paths: Paths, tmp_path: Path) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("enter", *"Ria", "enter")  # a new conversation, labelled
            await pilot.press("1", *"Bel mij gerust: 06 12345678", "escape", "n")
            await pilot.press(*"Mijn tuin, elke dag", "escape", "k")
            await pilot.press("space", "down", "space", "e")  # the client agrees to both
            assert isinstance(app.screen, EndScreen)
            tui_files = {p.suffix: p for p in app.screen.exported}
            warning = str(app.screen.query_one("#end-privacy", Static).render())
            sid = store.list_sessions()[0].session.id
    assert set(tui_files) == {".html", ".md"}
    assert "telefoonnummer" in warning and "06 12345678" not in warning
    for fmt in ("md", "html"):
        target = tmp_path / f"cli.{fmt}"
        code, out, err = cli("export", sid, "--format", fmt, "-o", str(target))
        assert code == 0, err
        assert str(target) in out.replace("\n", "")
        assert target.read_bytes() == tui_files[f".{fmt}"].read_bytes()
        # The same findings, in the same words, on the command line and on the end screen.
        assert " ".join(err.split()) == " ".join(warning.split())


def stored_conversation(store: Store) -> str:
    session = store.create_session("client", "gesprek", "nl", label="Map")
    entry = store.add_entry(session.id, "kr-1", "Waar bent u trots op?", theme_id="kracht")
    store.save_note(entry.id, "Mail me: ria@example.nl")
    store.set_consent(entry.id, "own_words", True)
    return session.id


def test_the_outcome_names_every_file_and_finding(paths: Paths) -> None:
    decks = discover(paths, [], include_user=False)
    with Store.open(paths.db_path) as store:
        sid = stored_conversation(store)
        outcome = export_session(store, sid, folder=paths.exports_dir, decks=decks.get)
        again = export_session(store, sid, folder=paths.exports_dir, decks=decks.get)
    assert [p.suffix for p in outcome.written] == [".html", ".md"]  # the client kind's order
    assert outcome.findings == ("email",) and outcome.kinds == ("email",)
    assert outcome.session.id == sid
    assert {p.name for p in again.written}.isdisjoint(p.name for p in outcome.written)
    assert [p.read_bytes() for p in again.written] == [p.read_bytes() for p in outcome.written]


def test_refusals_are_workflow_errors_with_keys(paths: Paths, tmp_path: Path) -> None:
    with Store.open(paths.db_path) as store:
        sid = stored_conversation(store)
        folder = paths.exports_dir

        def refused(**kw: object) -> WorkflowError:
            with pytest.raises(WorkflowError) as caught:
                export_session(store, sid, folder=folder, **kw)  # type: ignore[arg-type]
            return caught.value

        bad = refused(formats=("pdf",))
        assert (bad.key, bad.usage) == ("export.bad_format", True)
        assert bad.params["choices"] == "html, md"
        assert refused(lang="fr").key == "export.bad_lang"
        taken = tmp_path / "taken.md"
        taken.write_text("keep")
        exists = refused(formats=("md",), output=taken)
        assert exists.key == "export.exists" and not exists.usage and taken.read_text() == "keep"
        assert refused(formats=("md",), output=tmp_path / "no" / "x.md").key == "export.no_folder"
        blocked = tmp_path / "file"
        blocked.write_text("")
        with pytest.raises(WorkflowError) as caught:
            export_session(store, sid, folder=blocked / "sub")
        failed = caught.value
        assert failed.key == "export.write_failed" and failed.params["reason"]
        with pytest.raises(ValueError, match="exactly one format"):
            export_session(store, sid, folder=folder, output=tmp_path)
        with pytest.raises(NotFoundError):
            export_session(store, "0" * 32, folder=folder)
        assert not folder.exists()  # nothing was written by any refusal


def test_the_team_summary_goes_through_the_same_path(paths: Paths, tmp_path: Path) -> None:
    with Store.open(paths.db_path) as store:
        meeting = sample_meeting(store, FakeClock())
        sid = meeting.session.id
        summary = write_team_summary(store, sid, folder=paths.exports_dir, lang="nl")
        exported = export_session(store, sid, folder=tmp_path, lang="nl")
        (path,) = summary.written
        assert path.read_bytes() == exported.written[0].read_bytes()
        assert summary.findings == exported.findings and len(summary.findings) >= 2
        client = stored_conversation(store)
        with pytest.raises(WorkflowError) as caught:
            write_team_summary(store, client, folder=tmp_path, lang="nl")
        assert caught.value.key == "cli.iv.not_intervisie" and caught.value.usage


def test_cli_export_records_its_file_and_says_what_nobody_was_asked(
    paths: Paths, tmp_path: Path
) -> None:
    with Store.open(paths.db_path) as store:
        sid = stored_conversation(store)
        unasked = store.add_entry(sid, "kr-2", "Wie helpt u?", theme_id="kracht")
        store.save_note(unasked.id, "Mijn buurvrouw.")
    target = tmp_path / "map.md"
    code, _out, err = cli("export", sid, "--format", "md", "-o", str(target))
    assert code == 0, err
    assert "1 aantekening(en) staan niet in het document" in " ".join(err.split())
    assert "Mijn buurvrouw" not in target.read_text(encoding="utf-8")
    with Store.open(paths.db_path) as store:
        assert [r.path for r in store.exports(sid)] == [target]
        receipt = store.delete_session(sid)
    assert list(receipt.exports.removed) == [target]
    assert not target.exists()
