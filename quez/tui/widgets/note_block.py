"""One text in "Klopt dit zo?": the question, the text in large type, and where it goes.

A card can have two texts (the client's own words and the professional's summary); each gets
its own block, because each has its own consent.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Static

from quez.store import Entry
from quez.store.model import NoteField
from quez.tui.base import plain
from quez.tui.widgets.note_area import NoteArea
from quez.tui.widgets.question import QuestionText


def copy_status_key(entry: Entry, field: NoteField = "own_words") -> str:
    """The i18n key saying whether this text goes into the client's copy (sign + words)."""
    consent = entry.consent_for(field)
    if consent is None:
        return "trust.readback.ask"
    return "tui.readback.in_copy" if consent else "tui.readback.not_in_copy"


class NoteBlock(Vertical, can_focus=True):
    """Focus it to act on it; Enter opens the text for correcting (the screen decides)."""

    # On the block itself: the scrolling list around it would otherwise take the arrows.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "move(-1)", show=False),
        Binding("down", "move(1)", show=False),
    ]

    def __init__(
        self, entry: Entry, question: str, t: Callable[..., str], field: NoteField = "own_words"
    ) -> None:
        super().__init__(id=f"block-{entry.id}-{field}", classes="note-block")
        self.entry = entry
        self.field: NoteField = field
        self.question = question
        self._t = t

    def compose(self) -> ComposeResult:
        text = self.entry.text(self.field)
        yield Static(plain(f"{self.entry.seq}. {self.question}"), classes="block-question")
        yield QuestionText(text, classes="block-note", share=0.3, max_scale=0)
        yield NoteArea(text, classes="block-edit")
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
        parts = [self._t(f"tui.card.kind.{self.field}")]
        if entry.important:
            parts.append(self._t("tui.card.important"))
        parts.append(self._t(copy_status_key(entry, self.field)))
        self.query_one(".block-status", Static).update("   ".join(parts))
        self.set_class(not entry.in_client_copy(self.field), "-excluded")
