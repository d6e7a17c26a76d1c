"""A theme card lying face up on the table: number, title and central question.

Next to the number, a short status from the screen ("✓ besproken · 1 voor later"): a symbol and
words, so it reads the same without colour (``NO_COLOR``); the ``-discussed`` class only adds
a calmer frame.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import RenderResult
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.message import Message
from textual.widget import Widget

from quez.sanitize import clean_text
from quez.tui.widgets.bigfont import big_lines, fits


class ThemeCard(Widget, can_focus=True):
    """One theme; Enter or a click chooses it (the screen records who chose)."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("enter", "choose", show=False)]

    class Chosen(Message):
        """The client chose this card."""

        def __init__(self, theme_id: str) -> None:
            self.theme_id = theme_id
            super().__init__()

    def __init__(self, number: int, theme_id: str, title: str, question: str) -> None:
        super().__init__(id=f"theme-{number}", classes="theme-card")
        self.number = number
        self.theme_id = theme_id
        self.title = clean_text(title)
        self.question = clean_text(question)
        self.big_title = False  # set by the screen: all titles large, or none
        self.status = ""  # set by the screen: discussed, waiting for later …

    def show_status(self, status: str, *, discussed: bool) -> None:
        """Show how far this theme is (plain words; "" for a theme not touched yet)."""
        self.set_class(discussed, "-discussed")
        if status != self.status:
            self.status = status
            self.refresh()

    def title_fits_big(self) -> bool:
        """Would the title fit in large letters, with the number and question around it?"""
        region = self.content_region
        if region.width <= 0:
            return False
        question_rows = len(self.question) // max(region.width, 1) + 1
        return fits(self.title, region.width, region.height - 4 - question_rows)

    def render(self) -> RenderResult:
        width = max(self.content_region.width, 1)
        title: Content
        if self.big_title and self.title_fits_big():
            title = Content("\n".join(big_lines(self.title, width))).stylize("bold")
        else:
            title = Content.styled(self.title, "bold")
        head = Content.assemble((f" {self.number} ", "bold reverse"))
        if self.status:
            head = Content.assemble(head, "  ", (self.status, "bold"))
        return Content.assemble(head, "\n\n", title, "\n\n", self.question)

    def action_choose(self) -> None:
        self.post_message(self.Chosen(self.theme_id))

    def on_click(self, event: events.Click) -> None:
        event.stop()
        self.focus()
        self.post_message(self.Chosen(self.theme_id))
