"""The key bar: the keys that work *now*, wrapping onto a second line rather than hiding any.

Textual's footer cuts off what does not fit; at 80 columns that would hide help or quit. Each
hint can also be clicked.
"""

from __future__ import annotations

from textual.app import RenderResult
from textual.content import Content
from textual.geometry import Size
from textual.screen import Screen
from textual.style import Style
from textual.widget import Widget

GAP = 3


class KeyBar(Widget):
    """Shows the active bindings of its screen (``show=True`` ones), one hint per action."""

    def on_mount(self) -> None:
        self.screen.bindings_updated_signal.subscribe(self, self._changed)
        self.call_after_refresh(self.refresh, layout=True)

    def on_unmount(self) -> None:
        self.screen.bindings_updated_signal.unsubscribe(self)

    def _changed(self, screen: Screen[object]) -> None:
        if self.is_attached and screen is self.screen:
            self.refresh(layout=True)

    def hints(self) -> list[tuple[str, str, str]]:
        """(key, label, action) for every shown, enabled binding, without duplicates."""
        seen: set[str] = set()
        out: list[tuple[str, str, str]] = []
        screen = self.screen
        for active in screen.active_bindings.values():
            binding = active.binding
            if not binding.show or not active.enabled or binding.action in seen:
                continue
            seen.add(binding.action)
            action = binding.action
            head = action.split("(", 1)[0]
            if "." not in head:
                prefix = "app." if active.node is self.app else "screen."
                action = prefix + action if active.node in (self.app, screen) else ""
            out.append((self.app.get_key_display(binding), binding.description, action))
        return out

    def _lines(self, width: int) -> list[list[tuple[str, str, str]]]:
        """Hints packed into lines of ``width``; a hint is never split."""
        lines: list[list[tuple[str, str, str]]] = [[]]
        used = 0
        for hint in self.hints():
            size = len(hint[0]) + len(hint[1]) + 3
            if lines[-1] and used + GAP + size > width:
                lines.append([])
                used = 0
            used += size + (GAP if lines[-1] else 0)
            lines[-1].append(hint)
        return lines

    def get_content_height(self, container: Size, viewport: Size, width: int) -> int:
        return len(self._lines(max(width, 1)))

    def render(self) -> RenderResult:
        parts: list[Content | str | tuple[str, str | Style]] = []
        for number, line in enumerate(self._lines(max(self.content_region.width, 1))):
            if number:
                parts.append("\n")
            for index, (key, label, action) in enumerate(line):
                if index:
                    parts.append(" " * GAP)
                parts.append((f" {key} ", "reverse bold"))
                style: str | Style = Style.from_meta({"@click": action}) if action else ""
                parts.append((f" {label}", style))
        return Content.assemble(*parts)
