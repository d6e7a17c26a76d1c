"""The card: the question large, follow-ups on demand, the note field, private werkaantekeningen.

Two modes, always visible in the key bar: *typing* (a text field has focus: letters type, Esc
stops typing) and *keys* (no field has focus: single letters are commands, Enter types again).
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Static, TextArea

from quez.conversation.feedback import skip_notice
from quez.decks.model import CLOSING, OPENING
from quez.store import Entry
from quez.store.model import NoteField
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
        Binding("h", "history", "tui.key.history"),
        Binding("b", "history", show=False),
        Binding("k", "readback", "tui.key.readback"),
        Binding("t", "table", show=False),
        Binding("q", "app.quit", show=False),
    ]

    def __init__(self, worknotes: bool = False, followups: bool = False) -> None:
        super().__init__()
        self.entry_id: int | None = None
        # Which text of the card the note field edits; Ctrl+O switches. (For now one field at
        # a time: showing the own words and the summary side by side is still to come.)
        self.field: NoteField = "own_words"
        self._panes = (worknotes, followups)

    def compose(self) -> ComposeResult:
        with Horizontal(classes="topbar"):
            yield Static("", id="card-meta", markup=False)
            yield Static(self.t("tui.large.mark"), classes="size-mark", markup=False)
            yield SaveStatus(id="save-status")
        with Horizontal(id="card-main"):
            with Vertical(id="card-left"):
                yield QuestionText(id="question", share=0.4, large_share=0.6, chrome=4)
                yield Static("", id="followups", markup=False)
                with Horizontal(id="note-bar"):
                    yield Static("", id="note-kind", markup=False)
                    yield Static("", id="note-important", markup=False)
                yield NoteArea(id="note")
            with Vertical(id="worknotes"):
                yield Static(self.t("tui.worknotes.title"), id="worknotes-title", markup=False)
                yield NoteArea(self.conv.worknotes, id="worknotes-text")
                yield Static(self.t("tui.worknotes.hint"), id="worknotes-hint", markup=False)
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
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
        note = self.query_one("#note", NoteArea)
        note.load_text(entry.text(self.field))
        note.move_cursor(note.document.end)
        self._show_meta(entry)
        self._show_followups(self.conv.position.followups)
        self._show_flags(entry)
        note.focus()

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
        own = self.field == "own_words"
        self.query_one("#note-kind", Static).update(
            self.t("tui.card.kind.own_words" if own else "tui.card.kind.summary")
        )
        self.query_one("#note", NoteArea).placeholder = self.t(
            "tui.card.placeholder.own_words" if own else "tui.card.placeholder.summary"
        )
        self.query_one("#note-important", Static).update(
            self.t("tui.card.important") if entry.important else ""
        )
        self.query_one("#card-left").set_class(not own, "-summary")

    # --- modes ---------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "kind":  # own words / summary belongs to the note, not the work notes
            return not (self.focused is not None and self.focused.id == "worknotes-text")
        return super().check_action(action, parameters)

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def on_descendant_blur(self) -> None:
        self.refresh_bindings()

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        area = event.text_area
        changed = False
        if area.id == "note" and self.entry_id is not None:
            changed = self.conv.set_text(self.entry_id, self.field, area.text)
        elif area.id == "worknotes-text":
            changed = self.conv.set_worknotes(area.text)
        if changed:
            self.qapp.changed()

    def capture(self) -> None:
        """Hand the fields' current text to the core (before any move; keystrokes may be queued)."""
        if self.entry_id is not None and self.is_mounted:
            self.conv.set_text(self.entry_id, self.field, self.query_one("#note", NoteArea).text)
            self.conv.set_worknotes(self.query_one("#worknotes-text", NoteArea).text)

    def on_screen_resume(self) -> None:
        if not (self.is_current and self.qapp.conversation is not None):
            return
        entry = self.entry
        if entry is None:
            return
        self.guard(lambda: self.conv.to_screen("card"))
        # The note may have been corrected meanwhile ("Klopt dit zo?"): show what the core has.
        note = self.query_one("#note", NoteArea)
        if note.text != entry.text(self.field):
            note.load_text(entry.text(self.field))
            note.move_cursor(note.document.end)
        self._show_flags(entry)

    # --- actions -------------------------------------------------------------------------
    def action_stop_typing(self) -> None:
        self.set_focus(None)

    def action_edit(self) -> None:
        self.query_one("#note", NoteArea).focus()

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
        """Switch the note field between the client's own words and the summary."""
        entry = self.entry
        if entry is None:
            return
        self.capture()  # the last keystrokes belong to the text being left
        self.field = "summary" if self.field == "own_words" else "own_words"
        note = self.query_one("#note", NoteArea)
        note.load_text(entry.text(self.field))
        note.move_cursor(note.document.end)
        self._show_flags(entry)

    def action_followups(self) -> None:
        shown = not self.query_one("#followups").display
        self.conv.set_panes(followups=shown)
        self._show_followups(shown)
        self.qapp.changed()

    def action_worknotes(self) -> None:
        pane = self.query_one("#worknotes")
        pane.display = not pane.display
        self.conv.set_panes(worknotes=pane.display)
        self.qapp.changed()
        if pane.display:
            area = self.query_one("#worknotes-text", NoteArea)
            area.move_cursor(area.document.end)  # go on writing after what is there
            area.focus()
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
