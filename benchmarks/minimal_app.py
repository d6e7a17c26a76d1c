"""The minimal Textual apps QueZ's TUI figures are measured against.

``python benchmarks/minimal_app.py static`` runs one ``Static`` and a ``Footer`` (the start-up
floor); ``textarea`` runs one focused ``TextArea`` (the keystroke-echo floor). ``--headless``
runs the app under ``App.run_test`` instead, prints ``READY`` once the first screen is up and,
with ``--type N``, then types N letters (for the memory figure) before exiting.
"""

from __future__ import annotations

import asyncio
import sys
from typing import ClassVar

from textual.app import App, ComposeResult
from textual.binding import BindingType
from textual.widgets import Footer, Static, TextArea

STATIC_TEXT = "Minimal Textual app"  # what the tmux benchmark waits for


class StaticApp(App[None]):
    """One Static and a Footer: about the least a Textual app can show."""

    BINDINGS: ClassVar[list[BindingType]] = [("ctrl+q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield Static(STATIC_TEXT)
        yield Footer()


class TextAreaApp(App[None]):
    """One focused TextArea: the least a Textual app needs to echo typing."""

    BINDINGS: ClassVar[list[BindingType]] = [("ctrl+q", "quit", "Quit")]

    def compose(self) -> ComposeResult:
        yield TextArea(id="note")

    def on_mount(self) -> None:
        self.query_one(TextArea).focus()


APPS: dict[str, type[App[None]]] = {"static": StaticApp, "textarea": TextAreaApp}


async def headless(app: App[None], typed: int) -> None:
    """Run ``app`` without a terminal: say READY at the first screen, then type ``typed`` keys."""
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        sys.stdout.write("READY\n")
        sys.stdout.flush()
        for i in range(typed):
            await pilot.press("abcdefghij"[i % 10])
        await pilot.pause()


def main(argv: list[str]) -> None:
    app = APPS[argv[0]]()
    if "--headless" in argv:
        typed = int(argv[argv.index("--type") + 1]) if "--type" in argv else 0
        asyncio.run(headless(app, typed))
    else:
        app.run()


if __name__ == "__main__":
    main(sys.argv[1:])
