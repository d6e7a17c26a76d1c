"""A meeting bound to the store: every note autosaved, the flow's position kept, resumable.

Entries use the store's intervisie fields: ``note_kind`` (question, advice, note, takeaway,
next_step, evaluation), ``phase`` and ``participant``. A note written next to a reflection card
keeps that card's id and text; a note typed on its own gets a synthetic card id
(``iv:question``, ``iv:advice`` …, see :data:`SYNTHETIC`) and an empty card text.
The inbrenger's question is the entry ``iv:case-question``.

Notes are filed as what they are: in a question round the inbrenger answers, so a "question"
written in the inbrenger's name is an ``answer`` (:func:`filed_kind`), and the inbrenger is never
offered as a question's author (:meth:`Meeting.authors`). A note typed before the advice round
that reads as advice can be *parked* (:meth:`Meeting.park_advice`): kept as advice with the state
``parked``, shown again when the advice round starts and listed with the advice in the summary.
An emptied note is dropped (marked skipped), so it never shows as an empty item.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Literal, cast

from quez.decks.model import Card
from quez.intervisie.catalog import MethodSet
from quez.intervisie.flow import Clock, MeetingFlow
from quez.intervisie.methods import INBRENGER, Method
from quez.intervisie.setup import MeetingSetup
from quez.store import UNSET, Entry, Session, Store
from quez.store.model import EntryState, NoteKind
from quez.store.records import Unset
from quez.store.saver import Saver

Stage = Literal["phases", "closing", "done"]
SYNTHETIC = "iv:"
CASE_QUESTION = "iv:case-question"
CLOSING_PHASE = "afsluiting"  # the ``phase`` of the closing round's entries
CLOSING_KINDS: tuple[NoteKind, ...] = ("takeaway", "next_step", "evaluation")
PARKED: EntryState = "parked"  # the entry state of advice kept for the advice round


def filed_kind(kind: NoteKind, participant: str | None, inbrenger: str | None) -> NoteKind:
    """What a note is filed as: a question in the inbrenger's name is their answer, and an
    answer in anyone else's name is a question (only the inbrenger answers)."""
    theirs = bool(inbrenger) and participant == inbrenger
    if kind == "question" and theirs:
        return "answer"
    if kind == "answer" and not theirs:
        return "question"
    return kind


class MeetingError(Exception):
    """A meeting that cannot be opened; ``key`` is an i18n key, params are ids only."""

    def __init__(self, key: str, /, **params: str) -> None:
        self.key = key
        self.params = params
        super().__init__(key)


class Meeting:
    """The state of one intervisie meeting and every change to it."""

    def __init__(
        self, store: Store, session: Session, method: Method, setup: MeetingSetup, clock: Clock
    ) -> None:
        self.store = store
        self.session = session
        self.method = method
        self.setup = setup
        self.saver = Saver(store)
        minutes = setup.minutes if len(setup.minutes) == len(method.phases) else None
        self.flow = MeetingFlow(
            method,
            clock=clock,
            minutes=minutes,
            auto_advance=setup.auto_advance,
            optional=setup.optional,
        )
        self.entries: list[Entry] = store.entries(session.id)
        position = session.position if isinstance(session.position, dict) else {}
        flow_state = position.get("flow")
        if isinstance(flow_state, dict):
            self.flow.restore(flow_state)
        stage = position.get("stage")
        self.stage: Stage = stage if stage in ("phases", "closing", "done") else "phases"

    @classmethod
    def start(
        cls, store: Store, method: Method, setup: MeetingSetup, *, lang: str, clock: Clock
    ) -> Meeting:
        """Create the session (call only after the privacy check of the setup's texts)."""
        if len(setup.minutes) != len(method.phases):
            setup.minutes = [p.minutes for p in method.phases]
        session = store.create_session(
            "intervisie",
            method.id,
            lang,
            label=setup.case_title.strip() or None,
            deck_version=method.version,
            meta=setup.to_meta(method),
        )
        meeting = cls(store, session, method, setup, clock)
        if setup.question.strip():
            meeting.set_question(setup.question)
        meeting.save_position()
        meeting.flush()
        return meeting

    @classmethod
    def resume(cls, store: Store, session_id: str, methods: MethodSet, *, clock: Clock) -> Meeting:
        """Open a stored meeting where it was."""
        session = store.get_session(session_id)
        if session is None or session.kind != "intervisie":
            raise MeetingError("iv.error.no_session")
        setup = MeetingSetup.from_meta(session.meta, session.label)
        method = methods.get(setup.method_id or session.deck_id)
        if method is None:
            raise MeetingError("iv.error.no_method", method=session.deck_id)
        return cls(store, session, method, setup, clock)

    # -- reading -------------------------------------------------------------------------
    @property
    def inbrenger(self) -> str | None:
        """Who brought the case."""
        return self.setup.roles.get(INBRENGER)

    def entry(self, entry_id: int) -> Entry | None:
        """An entry of this meeting by id."""
        return next((e for e in self.entries if e.id == entry_id), None)

    def phase_notes(self, phase_id: str) -> list[Entry]:
        """The notes written in a phase, in order (the case question is not one of them)."""
        return [e for e in self.entries if e.phase == phase_id and e.card_id != CASE_QUESTION]

    @property
    def question(self) -> str:
        """The inbrenger's question as it stands ("" when not written yet)."""
        entry = self._find(lambda e: e.card_id == CASE_QUESTION)
        return entry.note if entry else ""

    def closing_note(self, kind: NoteKind, participant: str | None) -> Entry | None:
        """The closing round's note of this kind and person, if written (and not emptied)."""
        return self._find(
            lambda e: (
                e.phase == CLOSING_PHASE
                and e.note_kind == kind
                and e.participant == participant
                and e.state != "skipped"
            )
        )

    def _find(self, test: Callable[[Entry], bool]) -> Entry | None:
        return next((e for e in self.entries if test(e)), None)

    def authors(self, kind: NoteKind) -> list[str | None]:
        """Who may be named as the author of a note of ``kind`` (``None``: the group).

        A question never comes from the inbrenger; an answer only from the inbrenger.
        """
        inbrenger = self.inbrenger
        if kind == "answer":
            return [inbrenger] if inbrenger else [None]
        people = self.setup.participants
        if kind == "question":
            people = [p for p in people if p != inbrenger]
        return [None, *people]

    def parked(self) -> list[Entry]:
        """Advice kept for the advice round, in the order it was written (empty ones left out)."""
        return [
            e for e in self.entries
            if e.state == PARKED and e.note_kind == "advice" and e.note.strip()
        ]  # fmt: skip

    # -- writing -------------------------------------------------------------------------
    def add_note(
        self,
        kind: NoteKind,
        text: str = "",
        *,
        participant: str | None = None,
        card: Card | None = None,
        card_text: str = "",
        phase: str | None = None,
    ) -> Entry:
        """A new note in the current phase; advice before the advice phase is refused.

        A question in the inbrenger's name is filed as an answer (:func:`filed_kind`).
        """
        self.flow.require(kind)
        kind = filed_kind(kind, participant or None, self.inbrenger)
        entry = self.store.add_entry(
            self.session.id,
            card.id if card else SYNTHETIC + kind.replace("_", "-"),
            card_text if card else "",
            chosen_by="professional",
            note_kind=kind,
            phase=phase or (CLOSING_PHASE if self.flow.finished else self.flow.phase.id),
            participant=participant or None,
            note=text,
        )
        self.entries.append(entry)
        return entry

    def edit_note(self, entry_id: int, text: str) -> None:
        """A keystroke in a note: queued for the autosave."""
        entry = self.entry(entry_id)
        if entry is None:
            return
        entry.note = text
        self.saver.note(entry_id, text)

    def change(
        self,
        entry_id: int,
        *,
        kind: NoteKind | None = None,
        participant: str | Unset | None = UNSET,
    ) -> None:
        """Change a note's kind or person (advice stays locked before the advice phase).

        The result is filed as what it is: a question in the inbrenger's name becomes an answer.
        """
        entry = self.entry(entry_id)
        if entry is None:
            return
        if kind is not None:
            self.flow.require(kind)
        person = entry.participant if isinstance(participant, Unset) else participant or None
        filed = filed_kind(kind or entry.note_kind, person, self.inbrenger)
        new_kind = filed if filed != entry.note_kind else None
        self.store.update_entry(entry_id, note_kind=new_kind, participant=participant)
        entry.note_kind = filed
        entry.participant = person

    def park_advice(self, entry_id: int) -> None:
        """Keep a note that reads as advice for the advice round (nothing of it is lost).

        It becomes advice with the state ``parked``: shown again when the advice round starts
        (:meth:`parked`) and listed with the advice in the summary.
        """
        entry = self.entry(entry_id)
        if entry is None:
            return
        self.flush()  # the text first, so the note is whole when it changes kind
        self.store.update_entry(entry_id, note_kind="advice", state=PARKED)
        entry.note_kind = "advice"
        entry.state = PARKED

    def set_question(self, text: str) -> None:
        """Write or change the inbrenger's question."""
        entry = self._find(lambda e: e.card_id == CASE_QUESTION)
        if entry is None:
            entry = self.store.add_entry(
                self.session.id, CASE_QUESTION, "", chosen_by="professional", note_kind="note",
                phase=None, participant=self.inbrenger, note=text,
            )  # fmt: skip
            self.entries.append(entry)
        else:
            self.edit_note(entry.id, text)

    def closing(self, kind: NoteKind, participant: str | None, text: str) -> Entry | None:
        """Write a takeaway, next step or evaluation (one per kind and person).

        Nothing is stored for an empty text, and a note that is emptied is dropped (``None``).
        """
        entry = self.closing_note(kind, participant)
        if entry is None:
            if not text.strip():
                return None
            return self.add_note(kind, text, participant=participant, phase=CLOSING_PHASE)
        self.edit_note(entry.id, text)
        if not text.strip():
            self.delete_empty(entry.id)
            return None
        return entry

    def delete_empty(self, entry_id: int) -> bool:
        """Drop a note left empty (marked skipped: never listed, never in a summary).

        Returns whether it was dropped; a note with text is left alone.
        """
        entry = self.entry(entry_id)
        if entry is None or entry.note.strip():
            return False
        if entry.note:
            self.edit_note(entry_id, "")  # not even spaces stay behind
        self.flush()
        self.store.update_entry(entry_id, state="skipped")
        entry.state = "skipped"
        return True

    # -- moving --------------------------------------------------------------------------
    def next_phase(self) -> None:
        """Skip to the next phase (after the last: the closing round)."""
        self.flow.next_phase()
        if self.flow.finished and self.stage == "phases":
            self.stage = "closing"
        self.save_position()

    def previous_phase(self) -> None:
        """Back one phase (from the closing round: back to the last phase)."""
        if self.stage == "closing":
            self.stage = "phases"
            self.flow.last_phase()
        else:
            self.flow.previous_phase()
        self.save_position()

    def finish(self) -> None:
        """The meeting is over; the session is closed once everything is saved."""
        self.stage = "done"
        self.save_position()
        self.flush()
        self.store.close_session(self.session.id)

    def save_position(self) -> None:
        """Queue where the meeting is (stage and timer), for resuming."""
        self.saver.position(self.session.id, {"stage": self.stage, "flow": self.flow.snapshot()})

    def flush(self) -> None:
        """Write everything queued now."""
        self.saver.flush()

    def visible(self, entries: Sequence[Entry] | None = None) -> list[Entry]:
        """Entries that count: not skipped."""
        return [e for e in (self.entries if entries is None else entries) if e.state != "skipped"]


def kind_of(value: str) -> NoteKind:
    """A note kind from a UI value (unknown → ``note``)."""
    allowed = ("question", "answer", "advice", "note", "takeaway", "next_step", "evaluation")
    return cast(NoteKind, value if value in allowed else "note")
