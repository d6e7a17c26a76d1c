"""Klopt dit zo? All notes in order, large; the client corrects and decides what goes along."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Static, TextArea

from quez.tui.base import QuezScreen
from quez.tui.widgets.keybar import KeyBar
from quez.tui.widgets.note_area import NoteArea
from quez.tui.widgets.note_block import NoteBlock
from quez.tui.widgets.question import QuestionText
from quez.tui.widgets.save_status import SaveStatus
from quez.workflows.errors import WorkflowError
from quez.workflows.export import ExportOutcome, export_session


class ReadBackScreen(QuezScreen[None]):
    """Reading back before the end: correct, include or leave out, then export or keep open."""

    AUTO_FOCUS = ""  # keep the mode (typing or keys) when a dialog closes
    KEY_MODE = frozenset({"back", "help", "edit", "consent", "important", "export", "keep_open"})

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "stop_typing", "tui.key.stop_typing"),
        Binding("f1", "help_typing", "tui.key.help"),
        Binding("escape", "back", "tui.key.back"),
        Binding("question_mark", "help", "tui.key.help"),
        Binding("enter", "edit", "tui.key.edit"),
        Binding("space", "consent", "tui.key.consent"),
        Binding("asterisk", "important", "tui.key.important"),
        Binding("e", "export", "tui.key.export"),
        Binding("o", "keep_open", "tui.key.keep_open"),
        Binding("q", "app.quit", show=False),
    ]

    def compose(self) -> ComposeResult:
        conv = self.conv
        with Horizontal(classes="topbar"):
            yield Static(self.t("tui.readback.title"), id="readback-title", markup=False)
            yield Static(self.t("tui.large.mark"), classes="size-mark", markup=False)
            yield SaveStatus(id="save-status")
        with VerticalScroll(id="readback-list"):
            yield Static(self.t("tui.readback.intro"), id="readback-intro", markup=False)
            notes = conv.readback_notes()
            if not notes:
                yield Static(self.t("tui.readback.empty"), classes="dialog-text", markup=False)
            for entry, field in notes:
                yield NoteBlock(entry, conv.question(entry), self.t, field)
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.guard(lambda: self.conv.to_screen("readback"))
        blocks = list(self.query(NoteBlock))
        if blocks:
            blocks[0].focus()

    def on_resize(self) -> None:
        self.call_after_refresh(self.size_titles)

    def size_titles(self) -> None:
        """Every note equally large (a mixed list reads unevenly), as large as all allow.

        In large-text mode each note is as large as it fits instead. Named like the theme
        cards' method: the app calls it when the text size changes.
        """
        notes = [n for n in self.query(".block-note").results(QuestionText) if n.display]
        scales = [note.best_scale() for note in notes]
        common = 2 if self.app.has_class("-large") else min(scales, default=0)
        for note in notes:
            if note.max_scale != common:
                note.max_scale = common
                note.refresh(layout=True)

    def on_descendant_focus(self) -> None:
        self.refresh_bindings()

    def _focused_block(self) -> NoteBlock | None:
        focused = self.focused
        for block in self.query(NoteBlock):
            if focused is block or (focused is not None and focused in block.query("*")):
                return block
        return None

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        block = event.text_area.parent
        if isinstance(block, NoteBlock) and self.conv.set_text(
            block.entry.id, block.field, event.text_area.text
        ):
            self.qapp.changed()

    def capture(self) -> None:
        """Hand any open text field's text to the core."""
        if self.qapp.conversation is None:
            return
        for block in self.query(NoteBlock):
            if block.editing:
                self.conv.set_text(block.entry.id, block.field, block.query_one(NoteArea).text)

    # --- actions -------------------------------------------------------------------------
    def action_edit(self) -> None:
        block = self._focused_block()
        if block is not None:
            block.edit()

    def action_stop_typing(self) -> None:
        block = self._focused_block()
        if block is None:
            self.set_focus(None)
            return
        text = block.query_one(NoteArea).text
        self.conv.set_text(block.entry.id, block.field, text)
        self.qapp.changed()
        block.done(text)
        block.show_status(block.entry)  # a corrected text is "not asked yet" again
        self.call_after_refresh(self.size_titles)

    def action_consent(self) -> None:
        block = self._focused_block()
        if block is not None:
            entry = self.guard(lambda: self.conv.toggle_consent(block.entry.id, block.field))
            if entry is not None:
                block.show_status(entry)

    def action_important(self) -> None:
        block = self._focused_block()
        if block is not None:
            entry = self.guard(lambda: self.conv.toggle_important(block.entry.id))
            if entry is not None:
                for other in self.query(NoteBlock):
                    if other.entry is entry:
                        other.show_status(entry)

    def action_help(self) -> None:
        self.qapp.action_help()

    def action_help_typing(self) -> None:
        self.qapp.action_help()

    def action_back(self) -> None:
        self.capture()
        self.qapp.flush()
        self.dismiss(None)

    def action_export(self) -> None:
        """The client's copy through the one export workflow (the same as ``quez export``)."""
        self.capture()
        app, conv = self.qapp, self.conv

        def export() -> ExportOutcome:
            conv.flush()
            return export_session(
                app.store, conv.session.id, folder=app.paths.exports_dir, decks=app.decks.get
            )

        try:
            outcome = self.guard(export)
        except WorkflowError as exc:
            # No text in the message: only the kind of problem (the folder is shown elsewhere).
            reason = exc.params.get("reason") or exc.message(self.t)
            self.qapp.say(self.t("tui.readback.export_failed", reason=reason), error=True)
            return
        if outcome is not None:
            self.qapp.navigate.end(outcome)

    def action_keep_open(self) -> None:
        self.capture()
        if self.qapp.flush():
            self.qapp.navigate.end()
