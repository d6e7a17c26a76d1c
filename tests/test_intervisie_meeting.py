"""The store-bound meeting: autosave, the advice lock, the closing round, resuming."""

from __future__ import annotations

from pathlib import Path

import pytest

from quez.intervisie.catalog import discover_methods
from quez.intervisie.flow import AdviceLockedError
from quez.intervisie.guard import keep_key, resolve, session_findings
from quez.intervisie.meeting import CASE_QUESTION, Meeting, MeetingError
from quez.intervisie.setup import MeetingSetup, parse_names
from quez.store import Store
from tests.intervisie_helpers import FakeClock, incident, open_store, sample_meeting, sample_setup


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with open_store(tmp_path) as opened:
        yield opened


def test_start_stores_meta_label_and_question(store: Store) -> None:
    method = incident()
    meeting = Meeting.start(store, method, sample_setup(method), lang="nl", clock=FakeClock())
    session = store.get_session(meeting.session.id)
    assert session is not None and session.kind == "intervisie"
    assert session.label == "Casus Noor" and session.deck_id == "incidentmethode"
    meta = session.meta
    assert meta["participants"] == ["AB", "Fatima", "Jeroen", "Mo"]
    assert meta["roles"]["inbrenger"] == "AB" and meta["niet_noemen"] == ["Jan Jansen"]
    assert meta["method"]["phases"][2] == {"id": "incident", "title": {"nl": "Het incident",
                                           "en": "The incident"}}  # fmt: skip
    assert meta["optional_phases"] == []
    question = store.entries(session.id)[0]
    assert question.card_id == CASE_QUESTION and question.participant == "AB"
    assert session.position["stage"] == "phases"


def test_advice_lock_in_the_meeting(store: Store) -> None:
    method = incident()
    meeting = Meeting.start(store, method, sample_setup(method), lang="nl", clock=FakeClock())
    with pytest.raises(AdviceLockedError):
        meeting.add_note("advice", "Doe dit.")
    entry = meeting.add_note("question", "Wat deed je?")
    with pytest.raises(AdviceLockedError):
        meeting.change(entry.id, kind="advice")
    assert all(e.note_kind != "advice" for e in store.entries(meeting.session.id))
    while meeting.flow.phase.id != "beslissen":
        meeting.next_phase()
    meeting.change(entry.id, kind="advice", participant="Mo")
    stored = store.get_entry(entry.id)
    assert stored is not None and stored.note_kind == "advice" and stored.participant == "Mo"


def test_notes_autosave_through_the_saver(store: Store) -> None:
    method = incident()
    meeting = Meeting.start(store, method, sample_setup(method), lang="nl", clock=FakeClock())
    entry = meeting.add_note("note", "Eerst")
    meeting.edit_note(entry.id, "Eerst en daarna")
    assert meeting.saver.pending
    assert store.get_entry(entry.id).note == "Eerst"  # type: ignore[union-attr]
    meeting.flush()
    assert store.get_entry(entry.id).note == "Eerst en daarna"  # type: ignore[union-attr]
    empty = meeting.add_note("question")
    meeting.delete_empty(empty.id)
    assert empty not in meeting.visible()


def test_closing_round_one_note_per_kind_and_person(store: Store) -> None:
    meeting = sample_meeting(store, FakeClock())
    first = meeting.closing("takeaway", "Mo", "eerste")
    again = meeting.closing("takeaway", "Mo", "tweede")
    assert first.id == again.id
    meeting.flush()
    takeaways = [e for e in store.entries(meeting.session.id) if e.note_kind == "takeaway"]
    assert len(takeaways) == 4 and {e.phase for e in takeaways} == {"afsluiting"}


def test_resume_where_it_was(store: Store) -> None:
    clock = FakeClock()
    method = incident()
    meeting = Meeting.start(store, method, sample_setup(method), lang="nl", clock=clock)
    meeting.next_phase()
    meeting.next_phase()
    clock.advance(100)
    meeting.flow.pause()
    meeting.save_position()
    meeting.flush()
    again = Meeting.resume(store, meeting.session.id, discover_methods(None), clock=clock)
    assert again.flow.phase.id == "vragen" and again.flow.paused
    assert again.flow.remaining() == pytest.approx(10 * 60 - 100)
    assert again.question.startswith("Hoe blijf ik rustig")
    assert again.setup.niet_noemen == ["Jan Jansen"]
    with pytest.raises(MeetingError):
        Meeting.resume(store, "nope", discover_methods(None), clock=clock)


def test_resume_in_the_closing_round_and_finish(store: Store) -> None:
    meeting = sample_meeting(store, FakeClock())
    meeting.save_position()
    meeting.flush()
    again = Meeting.resume(store, meeting.session.id, discover_methods(None), clock=FakeClock())
    assert again.stage == "closing" and again.flow.finished
    again.previous_phase()
    assert again.stage == "phases" and again.flow.phase.id == "afronding"
    again.next_phase()
    again.finish()
    session = store.get_session(meeting.session.id)
    assert session is not None and session.status == "closed"
    assert session.position["stage"] == "done"


def test_custom_minutes_and_auto_advance_are_kept(store: Store) -> None:
    method = incident()
    setup = sample_setup(method)
    setup.minutes = [1, 2, 3, 4, 5, 6, 7, 8]
    setup.auto_advance = True
    meeting = Meeting.start(store, method, setup, lang="nl", clock=FakeClock())
    again = Meeting.resume(store, meeting.session.id, discover_methods(None), clock=FakeClock())
    assert again.flow.minutes == [1, 2, 3, 4, 5, 6, 7, 8] and again.flow.auto_advance


def test_guard_resolve_keeps_and_replaces(store: Store) -> None:
    meeting = sample_meeting(store, FakeClock())
    session = store.get_session(meeting.session.id)
    assert session is not None
    findings = session_findings(session, store.entries(session.id))
    phone = next(f for f in findings if f.hit.kind == "phone")
    name = next(f for f in findings if f.hit.kind == "name")
    session = resolve(store, session, [(phone, None), (name, "[…]")])
    assert session.meta["privacy_kept"] == [keep_key("phone", "06-12345678")]
    assert store.get_entry(name.entry_id or 0).note == "Wat zei […] precies?"  # type: ignore[union-attr]
    assert session_findings(session, store.entries(session.id)) == []


def test_setup_meta_round_trip_and_bad_meta() -> None:
    method = incident()
    setup = sample_setup(method)
    back = MeetingSetup.from_meta(setup.to_meta(method), "Casus Noor")
    assert back.roles == setup.roles and back.minutes == setup.minutes
    broken = MeetingSetup.from_meta({"roles": [1], "minutes": "x", "participants": [3, "A"]}, None)
    assert broken.roles == {} and broken.minutes == [] and broken.participants == ["A"]
    assert parse_names(" Jan ; jan, Piet\n\x1b[31m") == ["Jan", "Piet"]


def test_the_optional_look_back_round_is_chosen_at_the_start_and_kept(store: Store) -> None:
    method = incident()
    setup = sample_setup(method)
    setup.optional = ["terugblik"]
    meeting = Meeting.start(store, method, setup, lang="nl", clock=FakeClock())
    assert meeting.flow.phase.id == "terugblik" and meeting.flow.card_tags == ()
    meeting.add_note("note", "Het advies van vorige keer hielp.")
    again = Meeting.resume(store, meeting.session.id, discover_methods(None), clock=FakeClock())
    assert again.setup.optional == ["terugblik"] and again.flow.phase.id == "terugblik"
    plain = Meeting.start(store, method, sample_setup(method), lang="nl", clock=FakeClock())
    assert plain.flow.phase.id == "keuze"
    plain.previous_phase()
    assert plain.flow.phase.id == "keuze"  # the look-back was not chosen: nothing before
