"""A question or a note in large type: plain text, drawn with large letters when they fit.

The card's question is drawn large whenever it fits in ``share`` of the screen height; in
large-text mode (``-large`` on the app) the share grows, and notes are drawn large too.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.geometry import Size
from textual.reactive import reactive
from textual.widget import Widget

from quez.sanitize import clean_text
from quez.tui.widgets.bigfont import big_lines, fits


class QuestionText(Widget):
    """Shows one text; deck and client text is never read as markup."""

    text: reactive[str] = reactive("", layout=True)

    def __init__(
        self,
        text: str = "",
        *,
        id: str | None = None,
        classes: str | None = None,
        bold: bool = True,
        share: float = 0.4,
        large_share: float = 0.55,
        chrome: int = 0,
        allow_big: bool = True,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.bold = bold
        self.share = share
        self.large_share = large_share
        self.chrome = chrome  # rows of border and padding around the text
        self.allow_big = allow_big  # a screen may decide: all texts large, or none
        self.set_reactive(QuestionText.text, clean_text(text))

    def show(self, text: str) -> None:
        """Replace the text."""
        self.text = clean_text(text)

    def fits_big(self, width: int | None = None) -> bool:
        """True when the text would fit in large letters (at ``width``, else as laid out)."""
        width = self.content_region.width if width is None else width
        share = self.large_share if self.app.has_class("-large") else self.share
        return width > 0 and fits(self.text, width, int(self.app.size.height * share) - self.chrome)

    def big(self, width: int) -> bool:
        """True when the large letters are used at this content width."""
        return self.allow_big and self.fits_big(width)

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        if self.big(width):
            return len(big_lines(self.text, width))
        return super().get_content_height(container, viewport, width)

    def render(self) -> RenderResult:
        width = self.content_region.width
        if width and self.big(width):
            return Content("\n".join(big_lines(self.text, width)))
        return Content.styled(self.text, "bold") if self.bold else Content(self.text)
