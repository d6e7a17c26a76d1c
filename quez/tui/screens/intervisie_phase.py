"""One phase of the meeting: its rules, the countdown, a reflection card and the notes.

Two modes, as on the card screen: *typing* (the note field has focus) and *keys* (Esc; single
letters are commands). Advice cannot be written before the method's advice phase: the note
kind skips it and says why.
"""

from __future__ import annotations

import random
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Static, TextArea

from quez.decks.model import Card
from quez.intervisie.flow import Signal
from quez.intervisie.meeting import Meeting
from quez.privacy import scan
from quez.store.model import NoteKind
from quez.tui.base import plain
from quez.tui.screens.intervisie_base import IvContext, IvScreen
from quez.tui.screens.intervisie_dialogs import IntervisieHelpScreen, QuestionDialog
from quez.tui.widgets.intervisie_timer import PhaseClock
from quez.tui.widgets.keybar import KeyBar
from quez.tui.widgets.note_area import NoteArea
from quez.tui.widgets.save_status import SaveStatus

KINDS: tuple[NoteKind, ...] = ("question", "note", "advice")
_KEY_MODE = {"pause", "more_time", "next_phase", "previous_phase", "card", "question", "leave"}
_KEY_MODE |= {"edit", "help"}
SAVE_EVERY = 10  # seconds between timer snapshots


class IntervisiePhaseScreen(IvScreen[None]):
    """The meeting, one phase at a time."""

    KEY_MODE = frozenset(_KEY_MODE)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "stop_typing", "iv.tui.key.to_keys"),
        Binding("ctrl+n", "new_note", "iv.tui.key.new_note"),
        Binding("ctrl+o", "kind", "iv.tui.key.kind"),
        Binding("ctrl+p", "person", "iv.tui.key.person"),
        Binding("enter", "edit", "tui.key.type"),
        Binding("p", "pause", "iv.tui.key.pause"),
        Binding("t", "more_time", "iv.tui.key.more_time"),
        Binding("n", "next_phase", "iv.tui.key.next_phase"),
        Binding("v", "previous_phase", "iv.tui.key.previous_phase"),
        Binding("k", "card", "iv.tui.key.card"),
        Binding("i", "question", "iv.tui.key.question"),
        Binding("escape", "leave", "iv.tui.key.leave"),
        Binding("question_mark", "help", "tui.key.help"),
        Binding("f1", "help_any", show=False),
    ]

    def __init__(self, ctx: IvContext, meeting: Meeting) -> None:
        super().__init__(ctx)
        self._meeting = meeting
        self.draft_id: int | None = None
        self.kind: NoteKind = "question"
        self.person: str | None = None
        self.card: Card | None = None
        self.rng: random.Random | None = None  # the app's, once mounted
        self._ticks = 0

    @property
    def meeting(self) -> Meeting:
        return self._meeting

    def compose(self) -> ComposeResult:
        with Horizontal(classes="topbar"):
            yield Static("", id="iv-top", markup=False)
            yield SaveStatus(id="save-status")
        with Horizontal(id="iv-head"):
            with Vertical(id="iv-info"):
                yield Static("", id="iv-phase-title", markup=False)
                yield Static("", id="iv-purpose", markup=False)
                yield Static("", id="iv-speaker", markup=False)
                yield Static("", id="iv-rules", markup=False)
            yield PhaseClock(id="iv-clock")
        with Horizontal(id="iv-body"):
            with Vertical(id="iv-notes-col"):
                yield Static("", id="iv-question", markup=False)
                with VerticalScroll(id="iv-notes-scroll"):
                    yield Static("", id="iv-notes", markup=False)
                yield Static("", id="iv-note-bar", markup=False)
                yield NoteArea(id="iv-note")
                yield Static("", id="iv-note-warning", markup=False)
            with Vertical(id="iv-card-col"):
                yield Static(self.t("iv.tui.card.title"), id="iv-card-title", markup=False)
                yield Static("", id="iv-card", markup=False)
                yield Static(self.t("iv.tui.card.hint"), classes="iv-muted", markup=False)
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.show_phase()
        self.call_after_refresh(self.show_clock)  # the large digits need the laid-out width
        self.set_interval(1.0, self.tick, name="iv-clock")

    def on_screen_resume(self) -> None:
        if self.is_mounted:
            self.show_phase(keep_card=True)

    # -- showing -------------------------------------------------------------------------
    def show_phase(self, *, keep_card: bool = False) -> None:
        """Everything for the current phase; the note field starts empty with the phase's kind."""
        m, t, lang = self.meeting, self.t, self.t.lang
        flow = m.flow
        phase = flow.phase
        top = t(
            "iv.tui.phase.top", method=m.method.title.get(lang), n=flow.index + 1,
            total=len(m.method.phases), case=m.session.label or t("iv.sum.untitled"),
        )  # fmt: skip
        self.query_one("#iv-top", Static).update(plain(top))
        self.query_one("#iv-phase-title", Static).update(plain(phase.title.get(lang)))
        self.query_one("#iv-purpose", Static).update(plain(phase.purpose.get(lang)))
        speaker = t("iv.tui.phase.speaker", who=phase.speaker.get(lang))
        self.query_one("#iv-speaker", Static).update(plain(speaker))
        self.query_one("#iv-rules", Static).update(plain(phase.rules.get(lang)))
        self._start_note(phase.notes if flow.allows(phase.notes) else "question")
        if not keep_card or self.card is None:
            self.draw_card()
        self.show_notes()
        self.show_clock()
        self.query_one("#iv-note", NoteArea).focus()

    def show_clock(self) -> None:
        flow = self.meeting.flow
        if flow.expired:
            state = self.t("iv.tui.clock.expired")
        else:
            state = self.t("iv.tui.clock.paused" if flow.paused else "iv.tui.clock.running")
        clock = self.query_one("#iv-clock", PhaseClock)
        clock.show(flow.remaining(), flow.overtime(), paused=flow.paused, state=state)

    def show_notes(self) -> None:
        m, t = self.meeting, self.t
        question = m.question
        line = (
            t("iv.tui.phase.question", question=question)
            if question
            else t("iv.tui.phase.no_question")
        )
        self.query_one("#iv-question", Static).update(plain(" ".join(line.split())))
        rows = Text()
        for entry in m.visible(m.phase_notes(m.flow.phase.id)):
            if not entry.note.strip():
                continue
            who = f" · {entry.participant}" if entry.participant else ""
            if rows:
                rows.append("\n")
            rows.append(f"{t(f'iv.tui.kind.{entry.note_kind}')}{who}: ", style="bold")
            rows.append(" ".join(entry.note.split()))
        if not rows:
            rows.append(t("iv.tui.phase.no_notes"), style="dim")
        self.query_one("#iv-notes", Static).update(rows)
        self._show_note_bar()

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

    def draw_card(self) -> None:
        """A reflection card tagged for this phase (another one than shown, if there is one)."""
        deck, tags = self.ctx.deck, self.meeting.flow.card_tags
        pool = [c for c in deck.cards if set(c.tags) & set(tags)] if deck else []
        if len(pool) > 1 and self.card in pool:
            pool.remove(self.card)
        self.card = (self.rng or self.qapp.rng).choice(pool) if pool else None
        box = self.query_one("#iv-card", Static)
        if self.card is None or deck is None:
            box.update(plain(self.t("iv.tui.card.none")))
        else:
            box.update(plain(self.card.text.get(deck.text_language(self.t.lang))))

    # -- the note being written ------------------------------------------------------------
    def _start_note(self, kind: NoteKind) -> None:
        self.draft_id = None
        self.kind = kind
        area = self.query_one("#iv-note", NoteArea)
        area.load_text("")
        self.query_one("#iv-note-warning", Static).update("")
        self._show_note_bar()

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
        else:
            m.edit_note(self.draft_id, text)
        self.touched()
        self._warn(text)
        self.show_notes()

    def _warn(self, text: str) -> None:
        hits = scan(text, names=self.meeting.setup.niet_noemen)
        warning = ""
        if hits:
            kinds = ", ".join(dict.fromkeys(self.t(f"privacy.kind.{h.kind}") for h in hits))
            warning = self.t("iv.tui.phase.warning", kinds=kinds)
        self.query_one("#iv-note-warning", Static).update(plain(warning))

    def capture(self) -> None:
        """Hand the field's text to the meeting and write it (before any move)."""
        if self.draft_id is not None:
            self.meeting.edit_note(self.draft_id, self.query_one("#iv-note", NoteArea).text)
        self.save_now()

    def action_new_note(self) -> None:
        """Finish this note and start a fresh one (same kind and person)."""
        self.capture()
        if self.draft_id is not None:
            self.guard(lambda: self.meeting.delete_empty(self.draft_id or 0))
        self._start_note(self.kind)
        self.show_notes()
        self.query_one("#iv-note", NoteArea).focus()

    def action_kind(self) -> None:
        """Next note kind; advice is skipped (and said so) before the advice phase."""
        flow = self.meeting.flow
        index = KINDS.index(self.kind) if self.kind in KINDS else -1
        for step in range(1, len(KINDS) + 1):
            kind = KINDS[(index + step) % len(KINDS)]
            if flow.allows(kind):
                break
            self.qapp.say(self.t("iv.advice_locked"))
        self.kind = kind
        if self.draft_id is not None:
            self.guard(lambda: self.meeting.change(self.draft_id or 0, kind=kind))
        self.show_notes()

    def action_person(self) -> None:
        """Next participant (or the group as a whole)."""
        people: list[str | None] = [None, *self.meeting.setup.participants]
        index = people.index(self.person) if self.person in people else 0
        self.person = people[(index + 1) % len(people)]
        if self.draft_id is not None:
            self.guard(lambda: self.meeting.change(self.draft_id or 0, participant=self.person))
        self.show_notes()

    # -- the clock -----------------------------------------------------------------------
    def tick(self) -> None:
        """Once a second: redraw the countdown, signal a zero, auto-advance if chosen."""
        signal = self.meeting.flow.tick()
        self._ticks += 1
        if signal is Signal.EXPIRED:
            self.qapp.say(self.t("iv.tui.clock.expired_note"))
        elif signal in (Signal.ADVANCED, Signal.FINISHED):
            self._moved()
            return
        if self._ticks % SAVE_EVERY == 0:
            self.meeting.save_position()
            self.touched()
        self.show_clock()

    def action_pause(self) -> None:
        self.meeting.flow.toggle_pause()
        self.meeting.save_position()
        self.touched()
        self.show_clock()

    def action_more_time(self) -> None:
        self.meeting.flow.add_time()
        self.meeting.save_position()
        self.touched()
        self.show_clock()

    # -- moving --------------------------------------------------------------------------
    def action_next_phase(self) -> None:
        self.capture()
        self.guard(self.meeting.next_phase)
        self._moved()

    def action_previous_phase(self) -> None:
        self.capture()
        self.guard(self.meeting.previous_phase)
        self._moved()

    def _moved(self) -> None:
        m = self.meeting
        if m.flow.finished and m.stage == "phases":
            m.stage = "closing"
        m.save_position()
        self.save_now()
        if m.stage == "closing":
            self.qapp.navigate.closing(self.ctx, m)
            return
        self.show_phase()

    def action_card(self) -> None:
        self.draw_card()

    def action_question(self) -> None:
        def done(text: str | None) -> None:
            self.call_after_refresh(self.set_focus, None)  # back in key mode, as before
            if text is not None:
                self.guard(lambda: self.meeting.set_question(text))
                self.touched()
                self.show_notes()

        self.app.push_screen(QuestionDialog(self.meeting.question), done)

    def action_leave(self) -> None:
        """Back to the intervisie home; the meeting stays open and can be continued."""
        self.capture()
        self.meeting.flow.pause()
        self.meeting.save_position()
        if self.save_now():
            self.app.pop_screen()

    def action_edit(self) -> None:
        self.query_one("#iv-note", NoteArea).focus()

    def action_stop_typing(self) -> None:
        self.set_focus(None)

    def action_help_any(self) -> None:
        self.action_help()

    def action_help(self) -> None:
        """The method's steps and every key of this screen (the app's help is for talks)."""
        m, lang = self.meeting, self.t.lang
        steps = []
        for index, phase in enumerate(m.method.phases):
            mark = "▶" if index == m.flow.index else " "
            lock = "  " + self.t("iv.tui.help.advice_from") if index == m.method.advice_from else ""
            minutes = m.flow.minutes[index]
            steps.append(f"{mark} {index + 1}. {phase.title.get(lang)} ({minutes} min){lock}")
        keys: list[tuple[str, str]] = []
        for binding in self.BINDINGS:
            if isinstance(binding, Binding) and binding.description:
                key = self.app.get_key_display(binding)
                keys.append((key, self.t(binding.description)))
        keys.append(("Ctrl+Q", self.t("tui.key.quit")))
        if not isinstance(self.app.screen, IntervisieHelpScreen):
            self.app.push_screen(IntervisieHelpScreen(steps, keys))

    # -- modes ---------------------------------------------------------------------------

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def on_descendant_blur(self) -> None:
        self.refresh_bindings()
