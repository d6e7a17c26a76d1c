"""Shared pieces for intervisie tests: a fake clock, a store, a finished sample meeting."""

from __future__ import annotations

from datetime import datetime, timezone
from pathlib import Path

from quez.intervisie.catalog import discover_methods
from quez.intervisie.meeting import Meeting
from quez.intervisie.methods import Method
from quez.intervisie.roles import suggest_roles
from quez.intervisie.setup import MeetingSetup
from quez.store import Store

STARTED = datetime(2026, 5, 3, 14, 0, tzinfo=timezone.utc)
PEOPLE = ["AB", "Fatima", "Jeroen", "Mo"]


class FakeClock:
    """Monotonic seconds, moved by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def incident() -> Method:
    method = discover_methods(None).get("incidentmethode")
    assert method is not None
    return method


def open_store(folder: Path) -> Store:
    return Store.open(folder / "quez.sqlite3", clock=lambda: STARTED)


def sample_setup(method: Method) -> MeetingSetup:
    return MeetingSetup(
        method_id=method.id,
        participants=list(PEOPLE),
        roles=suggest_roles(method, PEOPLE, inbrenger="AB"),
        case_title="Casus Noor",
        question="Hoe blijf ik rustig als een cliënt *boos* wordt?",
        niet_noemen=["Jan Jansen"],
        minutes=[p.minutes for p in method.phases],
    )


def sample_meeting(store: Store, clock: FakeClock) -> Meeting:
    """A whole incidentmethode, with a few things the guard and the escaping must handle."""
    method = incident()
    meeting = Meeting.start(store, method, sample_setup(method), lang="nl", clock=clock)
    meeting.next_phase()  # choosing the incident -> the incident
    meeting.add_note("note", "Cliënt liep boos weg; ik bleef # staan.", participant="AB")
    meeting.next_phase()  # -> questions for information
    meeting.add_note("question", "Wat gebeurde er direct daarna?", participant="Fatima")
    meeting.add_note("question", "Wat zei Jan Jansen precies?", participant="Jeroen")
    meeting.add_note("question", "Hoe voelde jij je?\n1. eerst\n2. later", participant="Mo")
    meeting.add_note("question", "", participant="Mo")  # empty: never in the summary
    meeting.next_phase()  # -> what would you do?
    meeting.add_note("advice", "Benoem wat je ziet, _rustig_.", participant="Fatima")
    meeting.add_note("advice", "Bel 06-12345678 niet terug.", participant="Jeroen")
    meeting.next_phase()  # -> what really happened
    meeting.next_phase()  # -> comparing
    meeting.add_note("note", "Kern: grenzen stellen zonder het contact te verliezen.")
    meeting.next_phase()  # -> what do you take along
    meeting.next_phase()
    assert meeting.stage == "closing"
    for person in reversed(PEOPLE):
        meeting.closing("takeaway", person, f"{person} neemt mee: even ademhalen.")
    meeting.closing("next_step", "AB", "Volgende week het gesprek samen met een collega.")
    meeting.closing("evaluation", None, "Goede vragen; de tijd was krap.")
    meeting.flush()
    return meeting
