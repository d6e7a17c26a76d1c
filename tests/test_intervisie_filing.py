"""Notes filed as what they are: answers, parked advice, dropped empties; and the finder reaching
the summary, the kind's privacy scan and the export workflow."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest

from quez.export.document import source_for
from quez.i18n import Translator
from quez.intervisie.catalog import MethodSet, discover_methods
from quez.intervisie.flow import AdviceLockedError
from quez.intervisie.guard import apply_decisions, safe_pseudonym, session_findings
from quez.intervisie.kind import MEETING
from quez.intervisie.meeting import PARKED, Meeting, filed_kind
from quez.intervisie.summary import render_team_summary
from quez.privacy import Hit, NameFinder
from quez.store import Store
from quez.workflows.summary import pending_findings, write_team_summary
from tests.intervisie_helpers import FakeClock, incident, open_store, sample_setup

JOHANNA = re.compile(r"Mevrouw Johanna Bakker|Noor")


def fake_finder() -> NameFinder:
    """Finds "Mevrouw Johanna Bakker" (and "Noor") as people: the finder without deduce."""
    return NameFinder.ready_with(
        lambda text: [Hit("person", *m.span()) for m in JOHANNA.finditer(text)]
    )


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path) as opened:
        yield opened


def at(meeting: Meeting, phase_id: str) -> None:
    while meeting.flow.phase.id != phase_id:
        meeting.next_phase()


def started(store: Store) -> Meeting:
    method = incident()
    return Meeting.start(store, method, sample_setup(method), lang="nl", clock=FakeClock())


# -- answers and authors ------------------------------------------------------------------------
def test_filed_kind() -> None:
    assert filed_kind("question", "AB", "AB") == "answer"
    assert filed_kind("question", "Mo", "AB") == "question"
    assert filed_kind("answer", "Mo", "AB") == "question"
    assert filed_kind("answer", None, "AB") == "question"
    assert filed_kind("answer", "AB", "AB") == "answer"
    assert filed_kind("note", "AB", "AB") == "note"
    assert filed_kind("question", None, None) == "question"


def test_the_inbrenger_answers_and_is_never_a_question_author(store: Store) -> None:
    meeting = started(store)
    at(meeting, "vragen")
    assert meeting.inbrenger == "AB"
    assert "AB" not in meeting.authors("question")
    assert meeting.authors("question") == [None, "Fatima", "Jeroen", "Mo"]
    assert meeting.authors("answer") == ["AB"]
    assert "AB" in meeting.authors("note")
    answer = meeting.add_note("question", "Ze belde drie keer.", participant="AB")
    question = meeting.add_note("question", "Wat zei ze precies?", participant="Mo")
    assert (answer.note_kind, question.note_kind) == ("answer", "question")
    meeting.change(question.id, participant="AB")  # now in the inbrenger's name: an answer
    meeting.change(answer.id, participant="Fatima")  # now Fatima's: a question
    meeting.flush()
    stored = {e.id: e.note_kind for e in store.entries(meeting.session.id)}
    assert stored[question.id] == "answer" and stored[answer.id] == "question"


def test_the_summary_lists_answers_apart(store: Store) -> None:
    meeting = started(store)
    at(meeting, "vragen")
    meeting.add_note("question", "Wat zei ze precies?", participant="Mo")
    meeting.add_note("question", "Dat ze bang was.", participant="AB")
    meeting.flush()
    text = render_team_summary(meeting.session, store.entries(meeting.session.id), Translator("nl"))
    questions, answers = text.index("*Vragen*"), text.index("*Antwoorden van de inbrenger*")
    assert questions < text.index("Wat zei ze precies?") < answers
    assert answers < text.index("Dat ze bang was.")


# -- parked advice --------------------------------------------------------------------------------
def test_parked_advice_waits_for_the_advice_round_and_is_never_lost(store: Store) -> None:
    meeting = started(store)
    at(meeting, "vragen")
    note = meeting.add_note("question", "Advies: je zou de zoon moeten bellen.", participant="Mo")
    meeting.edit_note(note.id, "Advies: je zou de zoon moeten bellen, echt.")  # not flushed yet
    with pytest.raises(AdviceLockedError):
        meeting.change(note.id, kind="advice")  # the kind stays locked …
    meeting.park_advice(note.id)  # … but the text can wait for the advice round
    assert [e.id for e in meeting.parked()] == [note.id]
    stored = store.get_entry(note.id)
    assert stored is not None
    assert (stored.note_kind, stored.state, stored.phase) == ("advice", PARKED, "vragen")
    assert stored.note == "Advies: je zou de zoon moeten bellen, echt."  # written first
    at(meeting, "beslissen")
    meeting.add_note("advice", "Ik zou eerst luisteren.", participant="Fatima")
    meeting.flush()
    entries = store.entries(meeting.session.id)
    text = render_team_summary(meeting.session, entries, Translator("nl"))
    advice = text.index("## Adviezen")
    assert advice < text.index("je zou de zoon moeten bellen, echt.")
    assert advice < text.index("Ik zou eerst luisteren.")
    resumed = Meeting.resume(store, meeting.session.id, _methods(), clock=FakeClock())
    assert [e.id for e in resumed.parked()] == [note.id]


def _methods() -> MethodSet:
    return discover_methods(None)


# -- empties ------------------------------------------------------------------------------------
def test_an_emptied_closing_note_is_dropped_and_a_new_one_starts_fresh(store: Store) -> None:
    meeting = started(store)
    for _ in meeting.method.phases:
        meeting.next_phase()
    assert meeting.closing("takeaway", "Mo", "") is None  # nothing stored for nothing
    first = meeting.closing("takeaway", "Mo", "rust")
    assert first is not None
    assert meeting.closing("takeaway", "Mo", "   ") is None  # emptied: dropped
    assert meeting.closing_note("takeaway", "Mo") is None
    again = meeting.closing("takeaway", "Mo", "adem")
    assert again is not None and again.id != first.id
    meeting.flush()
    takeaways = [
        (e.note, e.state) for e in store.entries(meeting.session.id) if e.note_kind == "takeaway"
    ]
    assert takeaways == [("", "skipped"), ("adem", "active")]


def test_delete_empty_leaves_a_note_with_text_alone(store: Store) -> None:
    meeting = started(store)
    note = meeting.add_note("note", "iets")
    assert meeting.delete_empty(note.id) is False
    meeting.edit_note(note.id, " ")
    assert meeting.delete_empty(note.id) is True
    assert note not in meeting.visible()


# -- the finder in the summary, the kind and the export -----------------------------------------
def test_the_finder_reaches_summary_scan_and_export(store: Store, tmp_path: Path) -> None:
    meeting = started(store)
    at(meeting, "incident")
    meeting.add_note("note", "Mevrouw Johanna Bakker belde over haar zoon.")
    meeting.flush()
    session = store.get_session(meeting.session.id)
    assert session is not None
    entries = store.entries(session.id)
    finder = fake_finder()
    # Without the finder only the lists are known; with it the unlisted name is found.
    assert all(f.hit.kind != "person" for f in pending_findings(store, session.id))
    found = pending_findings(store, session.id, finder=finder)
    assert [f.value for f in found if f.hit.kind == "person"] == ["Noor", "Mevrouw Johanna Bakker"]
    source = source_for(session, entries, None, lang="nl")
    assert "person" not in MEETING.privacy_scan(source)
    assert "person" in MEETING.privacy_scan(replace(source, finder=finder))
    outcome = write_team_summary(
        store, session.id, folder=tmp_path / "out", lang="nl", finder=finder
    )
    assert "person" in outcome.kinds
    written = outcome.written[0].read_text(encoding="utf-8")
    assert "Johanna" not in written and "belde over haar zoon" in written
    assert session_findings(session, entries, finder=finder)  # nothing resolved yet


# -- pseudonyms -----------------------------------------------------------------------------------
def test_a_detected_case_title_does_not_make_casus_a_unsafe() -> None:
    finder = fake_finder()
    # "Casus Noor" itself was found (a detector counts "Casus" into the name) …
    offered = safe_pseudonym("Casus Noor", avoid=["Casus Noor"], default="Casus A", finder=finder)
    assert offered == "Casus A"  # … yet "Casus" alone names nobody
    assert safe_pseudonym("Casus B", avoid=["Noor"], default="Casus A", finder=finder) == "Casus B"
    assert safe_pseudonym("Noor B", avoid=["Noor"], default="Casus A", finder=finder) == "Casus A"


def test_replacing_a_detected_case_title_is_idempotent() -> None:
    from quez.intervisie.guard import Finding

    label = "Casus Noor"
    finding = Finding(Hit("person", 0, len(label)), label)
    once = apply_decisions(label, [(finding, "Casus A")])
    assert once == "Casus A"
    assert apply_decisions(once, []) == "Casus A"


def test_method_counts_the_steps_that_always_run() -> None:
    method = incident()
    assert len(method.phases) == 8 and method.required_steps == 7
    assert len(method.optional_phases) == 1
    assert method.total_minutes == sum(p.minutes for p in method.phases if not p.optional)
