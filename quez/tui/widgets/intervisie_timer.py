"""The phase countdown: large digits everyone at the table can read, and its state in words.

At zero it turns a calm colour and says so; it never beeps (the group decides what happens).
Never by colour alone: the state line always says running, paused or time is up.
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static

from quez.tui.widgets.bigfont import big_lines, fits


def clock_text(seconds: float) -> str:
    """``12:05`` (minutes may exceed 59: ``75:00``)."""
    whole = int(seconds + 0.999)  # 0.2 s left still shows 0:01; zero only at zero
    return f"{whole // 60}:{whole % 60:02d}"


class PhaseClock(Vertical):
    """Digits and a state line; the screen calls :meth:`show` every second."""

    def compose(self) -> ComposeResult:
        yield Static("", classes="iv-clock-digits", markup=False)
        yield Static("", classes="iv-clock-state", markup=False)

    def show(self, remaining: float, overtime: float, *, paused: bool, state: str) -> None:
        """Show the time left (or past zero, as ``+1:20``) and the state in words."""
        text = clock_text(remaining) if remaining > 0 else "0:00"
        digits = self.query_one(".iv-clock-digits", Static)
        width = max(self.content_region.width, 8)
        digits.update("\n".join(big_lines(text, width)) if fits(text, width, 3) else text)
        line = state if overtime <= 0 else f"{state} (+{clock_text(overtime)})"
        self.query_one(".iv-clock-state", Static).update(line)
        self.set_class(paused, "-paused")
        self.set_class(remaining <= 0, "-expired")
