"""One phase of the meeting: its rules, the countdown, a reflection card and the notes.

Two modes, as on the card screen: *typing* (the note field has focus) and *keys* (Esc; single
letters are commands). A dialog (help, the inbrenger's question, the advice prompt) gives the
focus back to where it was when it closes; only moving to another step puts it in the field.

"stap n van m" counts the steps that run in this meeting (an optional step only when the group
chose it). In a step where nobody asks (listening, writing, deciding) the card column says so
and there is no key for another card. Writing notes (kinds, authors, the guard, the advice
prompt) is :mod:`quez.tui.screens.intervisie_notes`.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Static

from quez.decks.model import Card
from quez.intervisie.flow import Signal
from quez.intervisie.meeting import PARKED, Meeting
from quez.store.model import Entry
from quez.tui.base import plain
from quez.tui.screens.intervisie_base import IvContext
from quez.tui.screens.intervisie_dialogs import (
    IntervisieHelpScreen,
    QuestionDialog,
    step_lines,
)
from quez.tui.screens.intervisie_notes import NoteScreen
from quez.tui.widgets.intervisie_names import NameCheckLine
from quez.tui.widgets.intervisie_timer import PhaseClock
from quez.tui.widgets.keybar import KeyBar
from quez.tui.widgets.note_area import NoteArea
from quez.tui.widgets.save_status import SaveStatus

_KEY_MODE = {"pause", "more_time", "next_phase", "previous_phase", "card", "question", "leave"}
_KEY_MODE |= {"edit", "help"}
SAVE_EVERY = 10  # seconds between timer snapshots


class IntervisiePhaseScreen(NoteScreen):
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
        super().__init__(ctx, meeting)
        self.card: Card | None = None
        self.rng: random.Random | None = None  # the app's, once mounted
        self._ticks = 0

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
                yield Static(
                    self.t("iv.tui.card.hint"), id="iv-card-hint", classes="iv-muted", markup=False
                )
                yield NameCheckLine(id="iv-names")
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.show_phase()
        self.call_after_refresh(self.show_clock)  # the large digits need the laid-out width
        self.set_interval(1.0, self.tick, name="iv-clock")
        self.watch(self.app, "names_state", self._names_changed, init=False)

    def on_screen_resume(self) -> None:
        # Back from a dialog: the same note, the same card, the focus where it was.
        if self.is_mounted:
            self.show_notes()
            self.show_clock()

    # -- showing -------------------------------------------------------------------------
    def show_phase(self, *, keep_card: bool = False) -> None:
        """Everything for the current phase; the note field starts empty with the phase's kind."""
        m, t, lang = self.meeting, self.t, self.t.lang
        flow = m.flow
        phase = flow.phase
        top = t(
            "iv.tui.phase.top", method=m.method.title.get(lang), n=flow.step,
            total=flow.steps, case=m.session.label or t("iv.sum.untitled"),
        )  # fmt: skip
        self.query_one("#iv-top", Static).update(plain(top))
        self.query_one("#iv-phase-title", Static).update(plain(phase.title.get(lang)))
        self.query_one("#iv-purpose", Static).update(plain(phase.purpose.get(lang)))
        speaker = t("iv.tui.phase.speaker", who=phase.speaker.get(lang))
        self.query_one("#iv-speaker", Static).update(plain(speaker))
        self.query_one("#iv-rules", Static).update(plain(phase.rules.get(lang)))
        self._start_note(self._first_kind())
        if not keep_card or self.card is None:
            self.draw_card()
        self.show_notes()
        self.show_clock()
        self.refresh_bindings()  # another card only where people ask
        self.query_one("#iv-note", NoteArea).focus()
        parked = m.parked()
        if parked and flow.index == m.method.advice_from:
            self.qapp.say(t("iv.ui.parked.back", count=len(parked)))

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
        if m.flow.index == m.method.advice_from:
            kept = m.parked()
            if kept:
                rows.append(t("iv.ui.parked.title"), style="bold")
                for entry in kept:
                    self._row(rows, entry, t("iv.ui.parked.kind"))
        for entry in m.visible(m.phase_notes(m.flow.phase.id)):
            if entry.note.strip():
                parked = entry.state == PARKED
                label = t("iv.ui.parked.kind") if parked else t(f"iv.tui.kind.{entry.note_kind}")
                self._row(rows, entry, label)
        if not rows:
            rows.append(t("iv.tui.phase.no_notes"), style="dim")
        self.query_one("#iv-notes", Static).update(rows)
        self._show_note_bar()

    @staticmethod
    def _row(rows: Text, entry: Entry, label: str) -> None:
        who = f" · {entry.participant}" if entry.participant else ""
        if rows:
            rows.append("\n")
        rows.append(f"{label}{who}: ", style="bold")
        rows.append(" ".join(entry.note.split()))

    def draw_card(self) -> None:
        """A reflection card tagged for this phase (another one than shown, if there is one).

        In a step where nobody asks there is no card, and the screen says why.
        """
        deck, flow = self.ctx.deck, self.meeting.flow
        tags = flow.card_tags
        pool = [c for c in deck.cards if set(c.tags) & set(tags)] if deck else []
        if len(pool) > 1 and self.card in pool:
            pool.remove(self.card)
        self.card = (self.rng or self.qapp.rng).choice(pool) if pool else None
        box = self.query_one("#iv-card", Static)
        self.query_one("#iv-card-hint").display = flow.asking and len(pool) > 0
        if not flow.asking:
            box.update(plain(self.t("iv.ui.card.quiet")))
        elif self.card is None or deck is None:
            box.update(plain(self.t("iv.tui.card.none")))
        else:
            box.update(plain(self.card.text.get(deck.text_language(self.t.lang))))

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
        self._finish(lambda: self._move(self.meeting.next_phase))

    def action_previous_phase(self) -> None:
        self._finish(lambda: self._move(self.meeting.previous_phase))

    def _move(self, step: Callable[[], None]) -> None:
        self.guard(step)
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
            self.qapp.finder.forget()  # no note text lingers in the finder's line cache
            self.app.pop_screen()

    def action_edit(self) -> None:
        self.query_one("#iv-note", NoteArea).focus()

    def action_stop_typing(self) -> None:
        self._finish(lambda: self.set_focus(None))

    def action_help_any(self) -> None:
        self.action_help()

    def action_help(self) -> None:
        """The method's steps and every key of this screen (the app's help is for talks)."""
        keys: list[tuple[str, str]] = []
        for binding in self.BINDINGS:
            if isinstance(binding, Binding) and binding.description:
                if binding.action == "card" and not self.meeting.flow.asking:
                    continue
                key = self.app.get_key_display(binding)
                keys.append((key, self.t(binding.description)))
        keys.append(("Ctrl+Q", self.t("tui.key.quit")))
        if not isinstance(self.app.screen, IntervisieHelpScreen):
            self.app.push_screen(IntervisieHelpScreen(step_lines(self.meeting, self.t), keys))

    # -- modes ---------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "card" and not self.meeting.flow.asking:
            return False  # nobody asks in this step: no cards, and no key for one
        return super().check_action(action, parameters)

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def on_descendant_blur(self) -> None:
        self.refresh_bindings()
