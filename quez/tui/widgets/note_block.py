"""One section of "Klopt dit zo?": its number and question, then each of its texts as a row.

A card has up to two texts (the client's own words and the professional's summary); each is a
:class:`PartRow` with its own answer, because each has its own consent. The widgets know
nothing about cards: they show a :class:`~quez.conversation.readback.Section` and its parts,
so another kind of section (an agreement) needs no new widget.

A row shows its text large and builds a text field only while that text is being corrected:
a page of the read-back holds no editor at all until Enter. Blocks and rows are reused from
page to page (:meth:`NoteBlock.bind`, :meth:`PartRow.bind`): turning a page changes texts, it
does not build widgets.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.content import Content
from textual.widgets import Static

from quez.conversation.readback import Part, Section
from quez.tui.base import plain
from quez.tui.widgets.note_area import NoteArea
from quez.tui.widgets.question import QuestionText


def answer_key(consent: bool | None) -> str:
    """The i18n key for the client's answer: always a sign and words."""
    if consent is None:
        return "readback.answer.ask"
    return "readback.answer.yes" if consent else "readback.answer.no"


class PartRow(Vertical, can_focus=True):
    """One text and the client's answer; the screen moves the cursor and decides."""

    # On the row itself: the scrolling page around it would otherwise take these keys.
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "screen.move(-1)", show=False),
        Binding("down", "screen.move(1)", show=False),
        Binding("pageup", "screen.page(-1)", show=False),
        Binding("pagedown", "screen.page(1)", show=False),
        Binding("home", "screen.edge(False)", show=False),
        Binding("end", "screen.edge(True)", show=False),
    ]

    def __init__(self, part: Part, index: int, t: Callable[..., str]) -> None:
        super().__init__(classes="part-row")
        self.part = part
        self.index = index  # the part's number in the whole read-back (0-based)
        self._t = t

    def compose(self) -> ComposeResult:
        part = self.part  # the client's own words bold, the summary plain
        yield QuestionText(
            part.text, classes="block-note", share=0.3, max_scale=0, bold=part.primary
        )

    def on_mount(self) -> None:
        self.show_answer()

    def bind(self, part: Part, index: int) -> None:
        """Show another text in this row (turning the page reuses the row)."""
        self.part, self.index = part, index
        note = self.note
        if note.bold != part.primary:
            note.bold = part.primary
            note.refresh()
        note.show(part.text)
        self.show_answer()

    @property
    def note(self) -> QuestionText:
        """The text as shown (large where it fits)."""
        return self.query_one(".block-note", QuestionText)

    @property
    def editor(self) -> NoteArea | None:
        """The text field, only while the text is being corrected."""
        found = self.query(NoteArea)
        return found.first() if found else None

    @property
    def editing(self) -> bool:
        """True while the text field is open."""
        return self.editor is not None

    def show_answer(self) -> None:
        """Kind of text in the frame's title, the client's answer in its foot (sign + words)."""
        consent = self.part.consent
        self.set_class(self.part.primary, "-primary")
        self.border_title = Content(self._t(self.part.label))
        self.border_subtitle = Content(self._t(answer_key(consent)))
        self.set_class(consent is False, "-excluded")
        self.set_class(consent is None, "-unasked")

    async def edit(self) -> NoteArea:
        """Open a text field with the text (built now, removed again by :meth:`done`)."""
        editor = self.editor
        if editor is None:
            editor = NoteArea(self.part.text, classes="block-edit")
            await self.mount(editor)
        self.note.display = False
        editor.move_cursor(editor.document.end)
        editor.focus()
        return editor

    async def done(self) -> None:
        """Close the text field and show the (corrected) text large again."""
        editor = self.editor
        self.note.show(self.part.text)
        self.note.display = True
        if editor is not None:
            self.focus()
            await editor.remove()
        self.show_answer()


class NoteBlock(Vertical):
    """A section: "n. question" (the stored snapshot), ★ if important, then its texts."""

    def __init__(self, section: Section, first: int, t: Callable[..., str]) -> None:
        super().__init__(classes="note-block")
        self.section = section
        self.question = section.title
        self.first = first  # the number (0-based) of its first part in the whole read-back
        self._t = t

    def compose(self) -> ComposeResult:
        with Horizontal(classes="block-head"):
            yield Static(plain(f"{self.section.number}. {self.question}"), classes="block-question")
            yield Static("", classes="block-important", markup=False)
        for offset, part in enumerate(self.section.parts):
            yield PartRow(part, self.first + offset, self._t)

    def on_mount(self) -> None:
        self.show_flags()

    async def bind(self, section: Section, first: int) -> None:
        """Show another section in this block: its rows are reused, added or removed."""
        self.section, self.question, self.first = section, section.title, first
        head = plain(f"{section.number}. {self.question}")
        self.query_one(".block-question", Static).update(head)
        self.show_flags()
        rows = list(self.query(PartRow))
        parts = section.parts
        for offset, (row, part) in enumerate(zip(rows, parts, strict=False)):
            row.bind(part, first + offset)
        if len(rows) > len(parts):
            await self.remove_children(rows[len(parts) :])
        elif len(parts) > len(rows):
            extra = [PartRow(p, first + n, self._t) for n, p in enumerate(parts) if n >= len(rows)]
            await self.mount_all(extra)

    def show_flags(self) -> None:
        """Refresh the ★ (important to the client)."""
        mark = self._t("tui.card.important") if self.section.important else ""
        self.query_one(".block-important", Static).update(mark)
