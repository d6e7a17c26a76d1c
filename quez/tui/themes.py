"""Two colour themes: a calm default and a high-contrast one. ``NO_COLOR`` is honoured by Textual.

Nothing is shown by colour alone: state always has a sign and a word (★ Belangrijk, ✓, ✗).
"""

from __future__ import annotations

from typing import Any

from textual.app import App
from textual.theme import Theme

NORMAL = "quez"
CONTRAST = "quez-contrast"


def register_themes(app: App[Any]) -> None:
    """Make both themes available to ``app``."""
    app.register_theme(
        Theme(
            name=NORMAL,
            primary="#5FA8A0",
            secondary="#8AA4C8",
            accent="#E2B35C",
            warning="#E2B35C",
            error="#E07A6A",
            success="#7DBF8A",
            foreground="#ECE8E1",
            background="#1F2328",
            surface="#2A2F36",
            panel="#343A42",
            dark=True,
        )
    )
    app.register_theme(
        Theme(
            name=CONTRAST,
            primary="#FFFF00",
            secondary="#00FFFF",
            accent="#FFFF00",
            warning="#FFFF00",
            error="#FF5555",
            success="#00FF00",
            foreground="#FFFFFF",
            background="#000000",
            surface="#000000",
            panel="#000000",
            dark=True,
            luminosity_spread=0.0,
        )
    )
