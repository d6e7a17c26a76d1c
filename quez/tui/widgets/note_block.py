"""One note in "Klopt dit zo?": the question, the note in large type, and where it goes."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from quez.store import Entry
from quez.tui.base import plain
from quez.tui.widgets.note_area import NoteArea
from quez.tui.widgets.question import QuestionText


def copy_status_key(entry: Entry) -> str:
    """The i18n key saying whether this note goes into the client's copy (sign + words)."""
    if entry.note_kind == "summary" and entry.consent is None:
        return "tui.readback.ask"
    return "tui.readback.in_copy" if entry.goes_in_client_copy else "tui.readback.not_in_copy"


class NoteBlock(Vertical, can_focus=True):
    """Focus it to act on it; Enter opens the text for correcting (the screen decides)."""

    # On the block itself: the scrolling list around it would otherwise take the arrows.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
    ]

    def __init__(self, entry: Entry, question: str, t: Callable[..., str]) -> None:
        super().__init__(id=f"block-{entry.id}", classes="note-block")
        self.entry = entry
        self.question = question
        self._t = t

    def compose(self) -> ComposeResult:
        yield Static(plain(f"{self.entry.seq}. {self.question}"), classes="block-question")
        yield QuestionText(self.entry.note, classes="block-note", share=0.3, max_scale=0)
        yield NoteArea(self.entry.note, classes="block-edit")
        yield Static("", classes="block-status", markup=False)

    def on_mount(self) -> None:
        self.query_one(NoteArea).display = False
        self.show_status(self.entry)

    def action_move(self, step: int) -> None:
        if step < 0:
            self.screen.focus_previous(NoteBlock)
        else:
            self.screen.focus_next(NoteBlock)

    @property
    def editing(self) -> bool:
        """True while the note's text field is open."""
        return bool(self.query_one(NoteArea).display)

    def edit(self) -> None:
        """Open the text field with the note."""
        self.query_one(".block-note", QuestionText).display = False
        area = self.query_one(NoteArea)
        area.display = True
        area.focus()

    def done(self, text: str) -> None:
        """Close the text field and show ``text`` large again."""
        self.query_one(NoteArea).display = False
        note = self.query_one(".block-note", QuestionText)
        note.show(text)
        note.display = True
        self.focus()

    def show_status(self, entry: Entry) -> None:
        """Refresh kind, importance and copy status (always a sign and words)."""
        self.entry = entry
        kind = (
            "tui.card.kind.own_words"
            if entry.note_kind == "own_words"
            else ("tui.card.kind.summary")
        )
        parts = [self._t(kind)]
        if entry.important:
            parts.append(self._t("tui.card.important"))
        parts.append(self._t(copy_status_key(entry)))
        self.query_one(".block-status", Static).update("   ".join(parts))
        self.set_class(not entry.goes_in_client_copy, "-excluded")
