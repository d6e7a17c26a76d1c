"""A question or a note in large type: plain text, drawn with large letters when they fit.

The card's question is drawn large whenever it fits in ``share`` of the screen height. In
large-text mode (``-large`` on the app) the share grows and letters twice as large are tried
first, so the mode is visible on small and on large screens alike.

Whether the text fits, and the large lines themselves, are kept for the last (text, width,
height, mode) asked: Textual lays a widget out several times per frame (and a read-back screen
holds many), and wrapping a text in large letters is the costly part.

The width is the one the layout last asked about (``get_content_height``), never looked up
from the screen while rendering: asking Textual for a widget's region during a layout pass
makes it arrange the whole screen again, for every text on it.
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
        max_scale: int = 2,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.bold = bold
        self.share = share
        self.large_share = large_share
        self.chrome = chrome  # rows of border and padding around the text
        self.max_scale = max_scale  # a screen may decide (all notes equally large, say)
        self.set_reactive(QuestionText.text, clean_text(text))
        self._fit: tuple[tuple[str, int, int, bool], int] | None = None
        self._drawn: tuple[tuple[str, int, int], list[str]] | None = None
        self._width: int | None = None  # the content width of the last layout

    def show(self, text: str) -> None:
        """Replace the text."""
        self.text = clean_text(text)

    def best_scale(self, width: int | None = None) -> int:
        """The largest letters that fit at ``width`` (else as laid out): 2, 1, or 0 (plain).

        Scale 2 only in large-text mode.
        """
        if width is None:
            width = self._width if self._width is not None else self.content_region.width
        large = self.app.has_class("-large")
        height = int(self.app.size.height * (self.large_share if large else self.share))
        key = (self.text, width, height - self.chrome, large)
        if self._fit is not None and self._fit[0] == key:
            return self._fit[1]
        best = 0
        for scale in (2, 1) if large else (1,):
            if width > 0 and fits(self.text, width, height - self.chrome, scale):
                best = scale
                break
        self._fit = (key, best)
        return best

    def scale(self, width: int) -> int:
        """The scale used at this content width."""
        return min(self.best_scale(width), self.max_scale)

    def big(self, width: int, scale: int) -> list[str]:
        """The text in large letters at ``width`` (the last one drawn is kept)."""
        key = (self.text, width, scale)
        if self._drawn is None or self._drawn[0] != key:
            self._drawn = (key, big_lines(self.text, width, scale))
        return self._drawn[1]

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        self._width = width
        scale = self.scale(width)
        if scale:
            return len(self.big(width, scale))
        return super().get_content_height(container, viewport, width)

    def render(self) -> RenderResult:
        width = self._width if self._width is not None else self.content_region.width
        scale = self.scale(width) if width else 0
        if scale:
            return Content("\n".join(self.big(width, scale)))
        return Content.styled(self.text, "bold") if self.bold else Content(self.text)
