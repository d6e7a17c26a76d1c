"""The team summary: golden files, what is in it and what never is, the guard, the registry."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from quez import __version__
from quez.export import ExportSource
from quez.i18n import Translator
from quez.intervisie.guard import resolve, session_findings
from quez.intervisie.summary import render_team_summary
from quez.privacy import scan
from quez.store import Store
from quez.workflows.kinds import render as export_session
from tests.intervisie_helpers import FakeClock, open_store, sample_meeting

GOLDEN = Path(__file__).parent / "golden" / "intervisie"


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with open_store(tmp_path) as opened:
        yield opened


def summary(store: Store, lang: str = "nl") -> str:
    session_id = store.list_sessions(kind="intervisie")[0].session.id
    session = store.get_session(session_id)
    assert session is not None
    return render_team_summary(session, store.entries(session_id), Translator(lang))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_golden(store: Store, lang: str) -> None:
    sample_meeting(store, FakeClock())
    text = summary(store, lang).replace(f'"{__version__}"', '"VERSION"')
    path = GOLDEN / f"team_summary_{lang}.md"
    if os.environ.get("QUEZ_REGEN_GOLDEN") == "1":
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_bytes().decode("utf-8")


def test_what_is_never_in_it(store: Store) -> None:
    meeting = sample_meeting(store, FakeClock())
    store.save_worknotes(meeting.session.id, "WERKAANTEKENING-CANARY")
    text = summary(store)
    assert "WERKAANTEKENING-CANARY" not in text
    assert "Jan Jansen" not in text and "06-12345678" not in text  # the guard replaced them
    assert not re.search(r"\d{1,2}:\d{2}", text)  # no clock times
    assert meeting.session.id not in text
    assert "niet noemen" not in text.lower()
    plain = re.sub(r"\\(.)", r"\1", text)
    assert [h.kind for h in scan(plain, names=["Jan Jansen"])] == []


def test_markdown_structure(store: Store) -> None:
    sample_meeting(store, FakeClock())
    body = summary(store).split("\n---\n", 1)[1]  # after the YAML front matter
    tokens = MarkdownIt("commonmark").parse(body)
    headings = [t.tag for t in tokens if t.type == "heading_open"]
    assert headings[0] == "h1" and headings.count("h2") == 6
    assert not any(t.type.startswith("ordered_list") for t in tokens)  # "1. eerst" stays text


def test_kept_finding_stays_and_replaced_one_goes(store: Store) -> None:
    meeting = sample_meeting(store, FakeClock())
    session = store.get_session(meeting.session.id)
    assert session is not None
    findings = session_findings(session, store.entries(session.id))
    assert sorted(f.hit.kind for f in findings) == ["name", "phone"]
    decisions = [(f, None if f.hit.kind == "phone" else "de cliënt") for f in findings]
    session = resolve(store, session, decisions)
    assert session_findings(session, store.entries(session.id)) == []
    text = summary(store)
    assert "06-12345678" in text and "Wat zei de cliënt precies?" in text


def test_the_meeting_kind_exports_its_summary(store: Store) -> None:
    meeting = sample_meeting(store, FakeClock())
    session = store.get_session(meeting.session.id)
    assert session is not None
    source = ExportSource(session=session, entries=store.entries(session.id), lang="en")
    assert export_session(source, "md") == summary(store, "en")


def test_empty_meeting(store: Store) -> None:
    from quez.intervisie.meeting import Meeting
    from tests.intervisie_helpers import incident, sample_setup

    method = incident()
    setup = sample_setup(method)
    setup.question = ""
    Meeting.start(store, method, setup, lang="nl", clock=FakeClock())
    text = summary(store)
    assert "Er is niets opgeschreven." in text
