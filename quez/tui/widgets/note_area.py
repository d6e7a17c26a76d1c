"""The text field for a note or the werkaantekeningen: pasted text is cleaned on the way in."""

from __future__ import annotations

from textual import events
from textual.widgets import TextArea

from quez.sanitize import clean_text


class NoteArea(TextArea):
    """A soft-wrapping TextArea; Tab leaves the field, pasted escape sequences are dropped."""

    def __init__(
        self,
        text: str = "",
        *,
        id: str | None = None,
        classes: str | None = None,
        placeholder: str = "",
    ) -> None:
        super().__init__(
            text,
            id=id,
            classes=classes,
            soft_wrap=True,
            tab_behavior="focus",
            show_line_numbers=False,
            highlight_cursor_line=False,
            placeholder=placeholder,
        )

    async def _on_paste(self, event: events.Paste) -> None:
        if self.read_only:
            return
        event.prevent_default()
        event.stop()
        result = self._replace_via_keyboard(clean_text(event.text), *self.selection)
        if result:
            self.move_cursor(result.end_location)
            self.focus()
