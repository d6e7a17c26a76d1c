"""The card: the question large, follow-ups on demand, two note fields, private werkaantekeningen.

A card has two texts, each with its own consent: the client's own words (first, and the larger
field) and the professional's summary (labelled "door de begeleider"). Ctrl+O or Tab moves
between them. The werkaantekeningen sit beside them in a visibly different frame; F2 hides them
at once, also while typing in them (the client may be looking at the screen).

Two modes, always visible in the key bar: *typing* (a text field has focus: letters type, Esc
stops typing) and *keys* (no field has focus: single letters are commands, Enter types again).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Static, TextArea

from quez.conversation.feedback import skip_notice
from quez.decks.model import CLOSING, OPENING
from quez.store import Entry
from quez.store.model import NOTE_FIELDS, NoteField
from quez.tui.base import QuezScreen, plain
from quez.tui.screens.history import HistoryScreen
from quez.tui.widgets.keybar import KeyBar
from quez.tui.widgets.note_area import NoteArea
from quez.tui.widgets.question import QuestionText
from quez.tui.widgets.save_status import SaveStatus

_KEY_MODE = {
    "back", "help", "edit", "next", "table", "skip", "park", "important",
    "followups", "worknotes", "history", "readback",
}  # fmt: skip


class CardScreen(QuezScreen[None]):
    """One card at a time; the core decides which."""

    AUTO_FOCUS = ""  # keep the mode (typing or keys) when a dialog closes
    KEY_MODE = frozenset(_KEY_MODE)

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "stop_typing", "tui.key.stop_typing"),
        Binding("f1", "help_typing", "tui.key.help"),
        Binding("escape", "back", "tui.key.table"),
        Binding("question_mark", "help", "tui.key.help"),
        Binding("enter", "edit", "tui.key.type"),
        Binding("n", "next", "tui.key.next"),
        Binding("s", "skip", "tui.key.skip"),
        Binding("l", "park", "tui.key.later"),
        Binding("asterisk", "important", "tui.key.important"),
        Binding("v", "followups", "tui.key.followups"),
        Binding("ctrl+o", "kind", "tui.key.kind"),
        Binding("w", "worknotes", "tui.key.worknotes"),
        Binding("f2", "hide_worknotes", "card.key.hide_worknotes"),  # also while typing
        Binding("h", "history", "tui.key.history"),
        Binding("b", "history", show=False),
        Binding("k", "readback", "tui.key.readback"),
        Binding("t", "table", show=False),
        Binding("q", "app.quit", show=False),
    ]

    def __init__(self, worknotes: bool = False, followups: bool = False) -> None:
        super().__init__()
        self.entry_id: int | None = None
        self.field: NoteField = "own_words"  # the note field typed in last (Enter goes back)
        self._panes = (worknotes, followups)

    def compose(self) -> ComposeResult:
        with Horizontal(id="card-top", classes="topbar"):
            yield Static("", id="card-meta", markup=False)
            yield Static(self.t("tui.large.mark"), classes="size-mark", markup=False)
            yield SaveStatus(id="save-status")
        with Horizontal(id="card-main"):
            with Vertical(id="card-left"):
                yield QuestionText(id="question", share=0.4, large_share=0.6, chrome=4)
                yield Static("", id="followups", markup=False)
                yield NoteArea(id="note", placeholder=self.t("tui.card.placeholder.own_words"))
                yield NoteArea(id="summary", placeholder=self.t("tui.card.placeholder.summary"))
            with Vertical(id="worknotes"):
                yield Static(self.t("tui.worknotes.title"), id="worknotes-title", markup=False)
                yield NoteArea(self.conv.worknotes, id="worknotes-text")
                yield Static(self.t("card.worknotes.hint"), id="worknotes-hint", markup=False)
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.query_one("#note").border_title = Content(self.t("readback.part.own_words"))
        self.query_one("#summary").border_title = Content(self.t("readback.part.summary"))
        worknotes, followups = self._panes
        self.conv.set_panes(worknotes=worknotes, followups=followups)
        self.show_current()
        self.query_one("#worknotes").display = worknotes
        area = self.query_one("#worknotes-text", NoteArea)
        area.move_cursor(area.document.end)

    # --- showing -------------------------------------------------------------------------
    @property
    def entry(self) -> Entry | None:
        """The entry on screen."""
        return None if self.entry_id is None else self.conv.entry(self.entry_id)

    def show_current(self) -> None:
        """Show the conversation's current card with its note; the note field gets focus."""
        entry = self.conv.current
        if entry is None:
            return
        self.entry_id = entry.id
        self.field = "own_words"
        self.query_one("#question", QuestionText).show(self.conv.question(entry))
        for field in NOTE_FIELDS:
            area = self._area(field)
            area.load_text(entry.text(field))
            area.move_cursor(area.document.end)
        self._show_meta(entry)
        self._show_followups(self.conv.position.followups)
        self._show_flags(entry)
        self._area("own_words").focus()

    def _area(self, field: NoteField) -> NoteArea:
        """The field for the client's own words or for the summary."""
        return self.query_one("#summary" if field == "summary" else "#note", NoteArea)

    @staticmethod
    def _field_of(area: TextArea) -> NoteField | None:
        return {"note": "own_words", "summary": "summary"}.get(area.id or "")  # type: ignore[return-value]

    def _show_meta(self, entry: Entry) -> None:
        conv = self.conv
        if entry.theme_id:
            where = conv.theme_title(entry.theme_id)
        elif conv.is_tagged(entry, OPENING):
            where = self.t("tui.card.opening")
        elif conv.is_tagged(entry, CLOSING):
            where = self.t("tui.card.closing")
        else:
            where = self.t("tui.card.general")
        who = self.t(f"tui.card.chosen.{entry.chosen_by}")
        meta = self.t("tui.card.meta", where=where, n=entry.seq, who=who)
        self.query_one("#card-meta", Static).update(plain(meta))

    def _show_followups(self, shown: bool) -> None:
        box = self.query_one("#followups", Static)
        entry = self.entry
        items = self.conv.followups(entry) if entry else ()
        if items:
            text = self.t("tui.card.followups") + "\n" + "\n".join(f"• {q}" for q in items)
        else:
            text = self.t("tui.card.no_followups")
        box.update(plain(text))
        box.display = shown

    def _show_flags(self, entry: Entry) -> None:
        mark = self.t("tui.card.important") if entry.important else None
        self.query_one("#note").border_subtitle = Content(mark) if mark else None

    # --- modes ---------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "kind":  # own words / summary belongs to the note, not the work notes
            return not (self.focused is not None and self.focused.id == "worknotes-text")
        if action == "hide_worknotes":
            return bool(self.query_one("#worknotes").display)
        return super().check_action(action, parameters)

    def on_descendant_focus(self) -> None:
        focused = self.focused
        field = self._field_of(focused) if isinstance(focused, TextArea) else None
        if field is not None:
            self.field = field
        self.refresh_bindings()

    def on_descendant_blur(self) -> None:
        self.refresh_bindings()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        area = event.text_area
        changed = False
        field = self._field_of(area)
        if field is not None and self.entry_id is not None:
            changed = self.conv.set_text(self.entry_id, field, area.text)
        elif area.id == "worknotes-text":
            changed = self.conv.set_worknotes(area.text)
        if changed:
            self.qapp.changed()

    def capture(self) -> None:
        """Hand the fields' current text to the core (before any move; keystrokes may be queued)."""
        if self.entry_id is not None and self.is_mounted:
            for field in NOTE_FIELDS:
                self.conv.set_text(self.entry_id, field, self._area(field).text)
            self.conv.set_worknotes(self.query_one("#worknotes-text", NoteArea).text)

    def on_screen_resume(self) -> None:
        if not (self.is_current and self.qapp.conversation is not None):
            return
        entry = self.entry
        if entry is None:
            return
        self.guard(lambda: self.conv.to_screen("card"))
        # A text may have been corrected meanwhile ("Klopt dit zo?"): show what the core has.
        for field in NOTE_FIELDS:
            area = self._area(field)
            if area.text != entry.text(field):
                area.load_text(entry.text(field))
                area.move_cursor(area.document.end)
        self._show_flags(entry)

    # --- actions -------------------------------------------------------------------------
    def action_stop_typing(self) -> None:
        self.set_focus(None)

    def action_edit(self) -> None:
        self._area(self.field).focus()

    def action_help(self) -> None:
        self.qapp.action_help()

    def action_help_typing(self) -> None:
        self.qapp.action_help()

    def _after_move(self, entry: Entry | None, empty_key: str) -> None:
        if entry is None:
            self.qapp.say(self.t(empty_key))
        else:
            self.show_current()

    def action_next(self) -> None:
        self.capture()
        self._after_move(self.guard(self.conv.next_card), "tui.card.none_left")

    def action_skip(self, park: bool = False) -> None:
        self.capture()
        conv = self.conv
        moved = self.guard(lambda: (conv.skip(park=park),))
        if moved is None:
            return  # the store refused; the guard said so
        (entry,) = moved
        self.qapp.say(skip_notice(self.t, park=park, shown=entry, came_back=conv.came_back))
        if entry is None:
            self.qapp.navigate.table()
        else:
            self.show_current()

    def action_park(self) -> None:
        self.action_skip(park=True)

    def action_important(self) -> None:
        entry_id = self.entry_id
        if entry_id is not None:
            entry = self.guard(lambda: self.conv.toggle_important(entry_id))
            if entry is not None:
                self._show_flags(entry)

    def action_kind(self) -> None:
        """To the other note field: the client's own words or the summary (typing there)."""
        focused = self.focused
        here = self._field_of(focused) if isinstance(focused, TextArea) else None
        if here is None:  # from the keys: the other one than the field typed in last
            here = self.field
        self._area("summary" if here == "own_words" else "own_words").focus()

    def action_followups(self) -> None:
        shown = not self.query_one("#followups").display
        self.conv.set_panes(followups=shown)
        self._show_followups(shown)
        self.qapp.changed()

    def action_worknotes(self) -> None:
        pane = self.query_one("#worknotes")
        if pane.display:
            self.action_hide_worknotes()
            return
        pane.display = True
        self.conv.set_panes(worknotes=True)
        self.qapp.changed()
        area = self.query_one("#worknotes-text", NoteArea)
        area.move_cursor(area.document.end)  # go on writing after what is there
        area.focus()
        self.refresh_bindings()

    def action_hide_worknotes(self) -> None:
        """Hide the werkaantekeningen at once (the client may see the screen) and say so."""
        pane = self.query_one("#worknotes")
        if not pane.display:
            return
        area = self.query_one("#worknotes-text", NoteArea)
        self.conv.set_worknotes(area.text)  # the last keystrokes are kept
        if area.has_focus:
            self.set_focus(None)  # to the keys: nothing typed next lands in the client's words
        pane.display = False
        self.conv.set_panes(worknotes=False)
        self.qapp.changed()
        self.qapp.say(self.t("card.worknotes.hidden"))
        self.refresh_bindings()

    def action_history(self) -> None:
        self.capture()
        self.app.push_screen(HistoryScreen(), self._go_to)

    def _go_to(self, entry_id: int | None) -> None:
        if entry_id is not None:
            conv = self.conv
            self._after_move(self.guard(lambda: conv.go_to(entry_id)), "tui.history.gone")

    def action_readback(self) -> None:
        self.capture()
        self.qapp.flush()
        self.qapp.navigate.readback()

    def action_table(self) -> None:
        self.capture()
        self.qapp.flush()
        self.qapp.navigate.table()

    def action_back(self) -> None:
        self.action_table()
