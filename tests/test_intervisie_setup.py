"""The typed meeting setup: the one reader and writer of an intervisie session's meta."""

from __future__ import annotations

from pathlib import Path

from quez.intervisie.meeting import Meeting
from quez.intervisie.setup import KEPT, MeetingSetup, MethodSnapshot, with_kept
from tests.intervisie_helpers import FakeClock, incident, open_store, sample_setup


def test_the_method_snapshot_round_trips_and_reads_titles() -> None:
    method = incident()
    snapshot = MethodSnapshot.of(method)
    assert MethodSnapshot.from_meta(snapshot.to_meta()) == snapshot
    assert snapshot.title_in("en") == method.title.get("en")
    assert list(snapshot.phase_titles("nl")) == [p.id for p in method.phases]
    assert snapshot.role_titles("nl")["inbrenger"] == "Inbrenger"
    assert snapshot.title_in("fr") == method.title.get("nl")  # the first language as fallback


def test_a_stored_session_reads_back_through_its_setup(tmp_path: Path) -> None:
    method = incident()
    with open_store(tmp_path) as store:
        meeting = Meeting.start(store, method, sample_setup(method), lang="nl", clock=FakeClock())
        session = store.get_session(meeting.session.id)
        assert session is not None
        setup = MeetingSetup.of(session)
    assert setup.method == MethodSnapshot.of(method) and setup.method_id == method.id
    assert setup.case_title == "Casus Noor" and setup.niet_noemen == ["Jan Jansen"]
    assert setup.to_meta() == session.meta  # writing it back changes nothing


def test_malformed_titles_become_empty_and_kept_changes_only_its_key() -> None:
    broken = MethodSnapshot.from_meta({"id": 3, "title": "x", "phases": [{"id": 1}, "p"]})
    assert broken == MethodSnapshot()
    meta = {"v": 1, "participants": ["AB"], KEPT: []}
    assert with_kept(meta, ["k1"]) == {"v": 1, "participants": ["AB"], KEPT: ["k1"]}
    assert meta[KEPT] == []  # a new dict; the old one is left as it was
