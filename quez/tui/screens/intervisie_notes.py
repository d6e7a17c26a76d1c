"""Writing notes in a meeting: the note being typed, its kind and author, the guard, the
advice prompt. The base of the phase screen (:mod:`quez.tui.screens.intervisie_phase`).

Notes are filed as what they are (:mod:`quez.intervisie.meeting`): in a question round a note
in the inbrenger's name is an answer, and the inbrenger is never a question's author. Nothing
is stored for an empty field, and a note that is emptied is dropped from the list. Advice cannot
be chosen as a kind before the method's advice phase, and a note that *reads* as advice
(:func:`quez.intervisie.advice.advice_sentences`) gets a calm prompt when it is finished: keep
it for the advice round (parked, and shown again there) or rephrase it as an open question.
It is never rejected, and its text stays stored while the prompt is open.

Every keystroke is checked by the guard with the app's name finder: QueZ's own checks and the
lists at once, people, places and institutions once the finder is loaded (until then the screen
says that names were not checked yet). The finder scans one changed line in about a
millisecond and keeps the other lines in its cache, so typing does not wait for it.
"""

from __future__ import annotations

from collections.abc import Callable

from textual.widgets import Static, TextArea

from quez.intervisie.advice import advice_sentences
from quez.intervisie.guard import scan_text
from quez.intervisie.meeting import PARKED, Meeting
from quez.privacy import LoadState
from quez.store.model import Entry, NoteKind
from quez.tui.base import plain
from quez.tui.screens.intervisie_base import IvContext, IvScreen
from quez.tui.screens.intervisie_dialogs import AdviceChoice, AdvicePrompt
from quez.tui.widgets.intervisie_names import NameCheckLine
from quez.tui.widgets.note_area import NoteArea

KINDS: tuple[NoteKind, ...] = ("question", "answer", "note", "advice")
ASKING_KINDS = ("question", "answer")  # only where the step allows questions
ADVICE_CHECKED = ("question", "note")  # the kinds the advice prompt reads


class NoteScreen(IvScreen[None]):
    """A screen with the meeting's note field (``#iv-note``), its bar, warning and name line."""

    def __init__(self, ctx: IvContext, meeting: Meeting) -> None:
        super().__init__(ctx)
        self._meeting = meeting
        self.draft_id: int | None = None
        self.kind: NoteKind = "question"
        self.person: str | None = None
        self._asked = ""  # the draft text the advice prompt last asked about

    @property
    def meeting(self) -> Meeting:
        return self._meeting

    def show_notes(self) -> None:
        """Redraw the notes of the current phase (the phase screen lays them out)."""
        raise NotImplementedError

    def _first_kind(self) -> NoteKind:
        flow = self.meeting.flow
        kind: NoteKind = flow.phase.notes
        if not flow.allows(kind):
            kind = "question" if flow.asking else "note"
        return kind

    def _show_note_bar(self) -> None:
        t, flow = self.t, self.meeting.flow
        who = self.person or t("iv.tui.phase.group")
        bar = t("iv.tui.phase.note_bar", kind=t(f"iv.tui.kind.{self.kind}"), who=who)
        if not flow.advice_open:
            bar += "  " + t("iv.tui.phase.advice_later")
        self.query_one("#iv-note-bar", Static).update(plain(bar))
        area = self.query_one("#iv-note", NoteArea)
        area.placeholder = t(f"iv.tui.placeholder.{self.kind}")
        self.query_one("#iv-notes-col").set_class(self.kind == "advice", "-advice")

    # -- the note being written ------------------------------------------------------------
    def _start_note(self, kind: NoteKind) -> None:
        self.draft_id = None
        self.kind = kind
        if self.person not in self.meeting.authors(kind):
            self.person = None
        area = self.query_one("#iv-note", NoteArea)
        area.load_text("")
        self._asked = ""
        self.query_one("#iv-note-warning", Static).update("")
        self.query_one("#iv-names", NameCheckLine).unchecked(False)
        self._show_note_bar()

    @property
    def draft(self) -> Entry | None:
        """The note being written, once it has text (an empty field stores nothing)."""
        return self.meeting.entry(self.draft_id) if self.draft_id is not None else None

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        if event.text_area.id != "iv-note":
            return
        text = event.text_area.text
        m = self.meeting
        if self.draft_id is None:
            if not text.strip():
                return
            # Notes are the group's own; a reflection card on screen is an aid, not their source.
            entry = self.guard(lambda: m.add_note(self.kind, text, participant=self.person))
            if entry is None:
                return
            self.draft_id = entry.id
            self.kind = entry.note_kind  # filed as what it is (an answer, from the inbrenger)
        else:
            m.edit_note(self.draft_id, text)
            if not text.strip():  # emptied: the note is gone; typing again starts a new one
                self.guard(lambda: m.delete_empty(self.draft_id or 0))
                self.draft_id = None
        self.touched()
        self._warn(text)
        self.show_notes()

    def _warn(self, text: str) -> None:
        """The guard on the note being typed: what it found, or that names are not checked yet."""
        setup, finder = self.meeting.setup, self.qapp.finder
        hits = scan_text(
            text, names=setup.niet_noemen, kept=setup.kept, finder=finder,
            participants=setup.participants,
        )  # fmt: skip
        warning = ""
        if hits:
            kinds = ", ".join(dict.fromkeys(self.t(f"privacy.kind.{h.kind}") for h in hits))
            warning = self.t("iv.tui.phase.warning", kinds=kinds)
        self.query_one("#iv-note-warning", Static).update(plain(warning))
        self.query_one("#iv-names", NameCheckLine).unchecked(
            bool(text.strip()) and not finder.ready
        )

    def _names_changed(self, state: LoadState) -> None:
        """The name finder got ready (or gave up): check the note on screen again."""
        self._warn(self.query_one("#iv-note", NoteArea).text)

    def capture(self) -> None:
        """Hand the field's text to the meeting and write it (before any move)."""
        if self.draft_id is not None:
            self.meeting.edit_note(self.draft_id, self.query_one("#iv-note", NoteArea).text)
        self.save_now()

    def _finish(self, then: Callable[[], None]) -> None:
        """The note is done (a new note, Esc, another step): ``then()``, unless it reads as
        advice before the advice round: then ask first (the text is stored meanwhile)."""
        self.capture()
        draft = self.draft
        sentences: list[str] = []
        if (
            draft is not None
            and not self.meeting.flow.advice_open
            and draft.note_kind in ADVICE_CHECKED
            and draft.state != PARKED
            and draft.note != self._asked
        ):
            sentences = advice_sentences(draft.note)
        if not sentences or draft is None:
            then()
            return
        self._asked = draft.note
        entry_id = draft.id

        def answered(choice: AdviceChoice | None) -> None:
            if choice == "park":
                if self.guard(lambda: self._park(entry_id)):
                    self.qapp.say(self.t("iv.ui.parked.done"))
                self._start_note(self.kind if self.kind != "advice" else self._first_kind())
                self.show_notes()
                then()
            else:  # rephrase it (or Esc): back in the note, as it was
                area = self.query_one("#iv-note", NoteArea)
                area.move_cursor(area.document.end)
                area.focus()

        self.app.push_screen(AdvicePrompt(sentences), answered)

    def _park(self, entry_id: int) -> bool:
        self.meeting.park_advice(entry_id)
        return True

    def action_new_note(self) -> None:
        """Finish this note and start a fresh one (same kind and person)."""
        self._finish(self._new_note)

    def _new_note(self) -> None:
        if self.draft_id is not None:
            self.guard(lambda: self.meeting.delete_empty(self.draft_id or 0))
        self._start_note(self.kind)
        self.show_notes()
        self.query_one("#iv-note", NoteArea).focus()

    def action_kind(self) -> None:
        """Next note kind. Advice is skipped (and said so) before the advice phase; questions
        and answers only where people ask; an answer is the inbrenger's."""
        m = self.meeting
        flow = m.flow
        index = KINDS.index(self.kind) if self.kind in KINDS else -1
        kind = self.kind
        for step in range(1, len(KINDS) + 1):
            kind = KINDS[(index + step) % len(KINDS)]
            if kind in ASKING_KINDS and not flow.asking:
                continue
            if flow.allows(kind):
                break
            self.qapp.say(self.t("iv.advice_locked"))
        self._set_author(kind, self.person)

    def action_person(self) -> None:
        """Next participant (or the group). In a question round the inbrenger answers: their
        notes are answers, never questions."""
        people: list[str | None] = [None, *self.meeting.setup.participants]
        index = people.index(self.person) if self.person in people else 0
        person = people[(index + 1) % len(people)]
        kind = self.kind
        if kind in ASKING_KINDS:
            kind = "answer" if person and person == self.meeting.inbrenger else "question"
        self._set_author(kind, person)

    def _set_author(self, kind: NoteKind, person: str | None) -> None:
        """Change the kind and the person together, so what is filed always fits."""
        authors = self.meeting.authors(kind)
        self.kind, self.person = kind, person if person in authors else authors[0]
        if self.draft_id is not None:
            draft_id = self.draft_id
            self.guard(lambda: self.meeting.change(draft_id, kind=kind, participant=self.person))
            draft = self.draft
            if draft is not None:
                self.kind = draft.note_kind
        self.show_notes()
