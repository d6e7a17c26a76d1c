"""Klopt dit zo? The notes, large, a page at a time; the client corrects and answers per text.

The cost of this screen does not grow with the conversation: only one page of sections
(:data:`PAGE_SIZE` cards) is ever built as widgets, and a text field exists only for the text
being corrected. The model (:class:`~quez.conversation.readback.Readback`) is plain data built
once; the arrows move a cursor over all texts and turn the page at its edges.

Agreeing to everything at once is offered only after every text has been on screen (fully in
view, or under the cursor), and asks once more with the count.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.dom import DOMNode
from textual.widgets import Static, TextArea

from quez.conversation.readback import Readback
from quez.tui.base import QuezScreen
from quez.tui.screens.readback_agree import AgreeAllScreen
from quez.tui.widgets.keybar import KeyBar
from quez.tui.widgets.note_block import NoteBlock, PartRow
from quez.tui.widgets.question import QuestionText
from quez.tui.widgets.save_status import SaveStatus
from quez.workflows.errors import WorkflowError
from quez.workflows.export import ExportOutcome, export_session

PAGE_SIZE = 8  # sections (cards) built at a time, whatever the length of the conversation


class ReadBackScreen(QuezScreen[None]):
    """Reading back before the end: correct, answer per text, then export or keep open."""

    AUTO_FOCUS = ""  # keep the mode (typing or keys) when a dialog closes
    KEY_MODE = frozenset(
        {
            "back", "help", "edit", "consent", "no", "important", "agree_all", "agree_first",
            "export", "keep_open", "move", "page", "edge",
        }
    )  # fmt: skip

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "stop_typing", "tui.key.stop_typing"),
        Binding("f1", "help_typing", "tui.key.help"),
        Binding("escape", "back", "tui.key.back"),
        Binding("question_mark", "help", "tui.key.help"),
        Binding("enter", "edit", "tui.key.edit"),
        Binding("space", "consent", "readback.key.yes_no"),
        Binding("n", "no", "readback.key.no"),
        Binding("asterisk", "important", "tui.key.important"),
        Binding("a", "agree_all", "readback.key.agree_all"),
        Binding("a", "agree_first", show=False),  # not offered yet: says why
        Binding("e", "export", "tui.key.export"),
        Binding("o", "keep_open", "tui.key.keep_open"),
        # The rows bind these too; here for when no row has focus (after a click elsewhere).
        Binding("down", "move(1)", show=False),
        Binding("up", "move(-1)", show=False),
        Binding("pagedown", "page(1)", show=False),
        Binding("pageup", "page(-1)", show=False),
        Binding("home", "edge(False)", show=False),
        Binding("end", "edge(True)", show=False),
        Binding("q", "app.quit", show=False),
    ]

    def __init__(self, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.readback = Readback.of(self.conv, page_size=page_size)
        self.page = 0
        self.cursor = 0  # the text under the cursor, numbered over the whole read-back
        self.seen: set[int] = set()  # texts that have been on screen

    def compose(self) -> ComposeResult:
        with Horizontal(classes="topbar"):
            yield Static(self.t("tui.readback.title"), id="readback-title", markup=False)
            yield Static("", id="readback-where", markup=False)
            yield Static(self.t("tui.large.mark"), classes="size-mark", markup=False)
            yield SaveStatus(id="save-status")
        with VerticalScroll(id="readback-list", can_focus=False):
            yield Static(self.t("tui.readback.intro"), id="readback-intro", markup=False)
            yield Static("", id="readback-earlier", classes="readback-turn", markup=False)
            if not len(self.readback):
                yield Static(self.t("tui.readback.empty"), classes="dialog-text", markup=False)
            yield from self._blocks(0)
            yield Static("", id="readback-more", classes="readback-turn", markup=False)
        yield KeyBar(id="keybar")

    def _blocks(self, page: int) -> list[NoteBlock]:
        readback, first = self.readback, self.readback.page_parts(page).start
        blocks = []
        for section in readback.page_sections(page):
            blocks.append(NoteBlock(section, first, self.t))
            first += len(section.parts)
        return blocks

    def on_mount(self) -> None:
        self.guard(lambda: self.conv.to_screen("readback"))
        self._show_where()
        listing = self.query_one("#readback-list", VerticalScroll)
        self.watch(listing, "scroll_y", self._scrolled, init=False)
        rows = self.rows()
        if rows:
            rows[0].focus()
        self.call_after_refresh(self.look)

    # --- what is on screen ---------------------------------------------------------------
    def rows(self) -> list[PartRow]:
        """The text rows on the page shown (the only ones built)."""
        return [row for row in self.query(PartRow) if row.parent and row.parent.display]

    def row(self, index: int | None = None) -> PartRow | None:
        """The row of text number ``index`` (default: under the cursor), if it is built."""
        wanted = self.cursor if index is None else index
        return next((r for r in self.rows() if r.index == wanted), None)

    def _show_where(self) -> None:
        """Where in a long read-back this page is, and how to get to the pages around it."""
        readback, page, t = self.readback, self.page, self.t
        total = len(readback.sections)
        here = readback.page_numbers(page)
        where = self.query_one("#readback-where", Static)
        shown = readback.pages > 1 and len(here) > 0
        where.display = shown  # one page: nothing to say where it is
        if shown:
            where.update(t("readback.where", first=here[0], last=here[-1], total=total))
        self.query_one("#readback-intro").display = page == 0
        earlier = self.query_one("#readback-earlier", Static)
        earlier.display = page > 0
        if earlier.display:
            before = readback.page_numbers(page - 1)
            earlier.update(t("readback.earlier", first=before[0], last=before[-1]))
        more = self.query_one("#readback-more", Static)
        more.display = page + 1 < readback.pages
        if more.display:
            after = readback.page_numbers(page + 1)
            more.update(t("readback.more", first=after[0], last=after[-1], total=total))

    def look(self) -> None:
        """Remember which texts are on screen now: fully in view, or under the cursor.

        Asked of what the screen shows (``get_widgets_at`` down the middle of the list), not
        of each row's region: a row out of view has no region until Textual arranges the whole
        page again, which would cost a layout pass per look.
        """
        if not self.is_attached:
            return
        before = len(self.seen)
        row = self.row()
        if row is not None and row.has_focus_within:
            self.seen.add(row.index)
        view = self.query_one("#readback-list", VerticalScroll).scrollable_content_region
        x = view.x + view.width // 2
        for y in range(view.y, view.bottom):
            for widget, region in self.get_widgets_at(x, y):
                if isinstance(widget, PartRow):
                    if view.contains_region(region):
                        self.seen.add(widget.index)
                    break
        if len(self.seen) != before:
            self.refresh_bindings()  # agreeing to everything may be offered now

    @property
    def all_seen(self) -> bool:
        """True once every text has been on screen."""
        return len(self.seen) >= len(self.readback)

    def _scrolled(self, _value: float) -> None:
        self.call_after_refresh(self.look)

    def on_resize(self) -> None:
        self.call_after_refresh(self.size_titles)
        self.call_after_refresh(self.look)

    def size_titles(self) -> None:
        """Every note on the page equally large (a mixed page reads unevenly), as large as all
        allow. In large-text mode each note is as large as it fits instead. Named like the theme
        cards' method: the app calls it when the text size changes."""
        notes = [n for n in self.query(".block-note").results(QuestionText) if n.display]
        scales = [note.best_scale() for note in notes]
        common = 2 if self.app.has_class("-large") else min(scales, default=0)
        for note in notes:
            if note.max_scale != common:
                note.max_scale = common
                note.refresh(layout=True)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        allowed = super().check_action(action, parameters)
        if action == "agree_all":
            return bool(allowed) and self.all_seen and len(self.readback) > 0
        if action == "agree_first":
            return bool(allowed) and not self.all_seen
        return allowed

    def on_descendant_focus(self) -> None:
        node: DOMNode | None = self.focused
        while node is not None and node is not self and not isinstance(node, PartRow):
            node = node.parent
        if isinstance(node, PartRow):  # also a click, or the text field inside a row
            self.cursor = node.index
            self.call_after_refresh(self.look)
        self.refresh_bindings()

    # --- moving through the texts ------------------------------------------------------------
    async def show_page(self, page: int) -> None:
        """Show page ``page`` in the blocks already built (one page's worth, reused)."""
        listing = self.query_one("#readback-list", VerticalScroll)
        sections = self.readback.page_sections(page)
        blocks = list(self.query(NoteBlock))
        first = self.readback.page_parts(page).start
        for block, section in zip(blocks, sections, strict=False):
            await block.bind(section, first)
            block.display = True
            first += len(section.parts)
        for block in blocks[len(sections) :]:
            block.display = False  # a shorter last page
        if len(sections) > len(blocks):  # only if the first page was a short one
            more = [NoteBlock(s, 0, self.t) for s in sections[len(blocks) :]]
            await listing.mount_all(more, before="#readback-more")
            await self.show_page(page)
            return
        self.page = page
        self._show_where()
        listing.scroll_home(animate=False)
        self.call_after_refresh(self.size_titles)

    async def go_to(self, index: int) -> None:
        """Put the cursor on text number ``index``, turning the page if needed."""
        readback = self.readback
        if not len(readback):
            return
        index = max(0, min(index, len(readback) - 1))
        page = readback.page_of(index)
        if page != self.page:
            await self.show_page(page)
        self.cursor = index
        row = self.row(index)
        if row is not None:
            row.focus(scroll_visible=False)
            self.call_after_refresh(row.scroll_visible, animate=False)
        self.call_after_refresh(self.look)

    async def action_move(self, step: int) -> None:
        row = self.row()
        if row is not None and not row.has_focus:  # no row had focus: first back to the cursor
            step = 0
        await self.go_to(self.cursor + step)

    async def action_edge(self, last: bool) -> None:
        """To the first or the very last text."""
        await self.go_to(len(self.readback) - 1 if last else 0)

    async def action_page(self, step: int) -> None:
        readback = self.readback
        page = max(0, min(self.page + step, readback.pages - 1))
        if page != self.page:
            await self.go_to(readback.page_parts(page).start)

    # --- correcting --------------------------------------------------------------------------
    async def action_edit(self) -> None:
        row = self.row()
        if row is not None:
            await row.edit()

    async def action_stop_typing(self) -> None:
        row = self.row()
        editor = row.editor if row is not None else None
        if row is None or editor is None:
            self.set_focus(None)
            return
        if row.part.rewrite(editor.text):
            self.qapp.changed()
        await row.done()  # a corrected text shows "not asked yet" again
        self.call_after_refresh(self.size_titles)

    def on_text_area_changed(self, event: TextArea.Changed) -> None:
        """Every keystroke reaches the core; a withdrawn answer shows at once."""
        row = event.text_area.parent
        if isinstance(row, PartRow) and row.part.rewrite(event.text_area.text):
            self.qapp.changed()
            if not row.has_class("-unasked"):
                row.show_answer()

    def capture(self) -> None:
        """Hand the open text field's text to the core."""
        if self.qapp.conversation is None or not self.is_attached:
            return
        for row in self.rows():
            editor = row.editor
            if editor is not None:
                row.part.rewrite(editor.text)

    # --- answering ---------------------------------------------------------------------------
    def _answer(self, value: bool | None) -> None:
        row = self.row()
        if row is not None:
            part = row.part
            self.guard(lambda: part.answer(value))
            row.show_answer()

    def action_consent(self) -> None:
        """Yes; pressed again: no (and yes again)."""
        row = self.row()
        if row is not None:
            self._answer(row.part.consent is not True)

    def action_no(self) -> None:
        self._answer(False)

    def action_important(self) -> None:
        row = self.row()
        if row is None:
            return
        block = row.parent
        if isinstance(block, NoteBlock):
            self.guard(block.section.toggle_important)
            block.show_flags()

    def action_agree_first(self) -> None:
        missing = len(self.readback) - len(self.seen)
        self.qapp.say(self.t("readback.agree.not_yet", count=missing))

    def action_agree_all(self) -> None:
        count = self.readback.not_asked()
        if not count:
            self.qapp.say(self.t("readback.agree.nothing"))
            return
        self.capture()
        self.app.push_screen(AgreeAllScreen(count), self._agreed)

    def _agreed(self, yes: bool | None) -> None:
        if not yes:
            return
        changed = self.guard(self.readback.agree_to_all)
        if changed is None:
            return
        for row in self.rows():
            row.show_answer()
        self.qapp.say(self.t("trust.readback.agreed", count=changed))

    # --- leaving -----------------------------------------------------------------------------
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
