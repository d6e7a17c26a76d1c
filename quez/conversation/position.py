"""Where a conversation is, as a small dict the store keeps (``Store.set_position``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Literal

# "lookback": a follow-up's look-back at earlier agreements (docs/afspraken.md).
Screen = Literal["table", "card", "readback", "end", "lookback"]
SCREENS: tuple[Screen, ...] = ("table", "card", "readback", "end", "lookback")


@dataclass(frozen=True)
class Position:
    """The screen, the card (entry) on it, and which private panes were open."""

    screen: Screen = "table"
    entry_id: int | None = None
    theme_id: str | None = None
    worknotes: bool = False
    followups: bool = False

    def to_dict(self) -> dict[str, Any]:
        """The JSON-friendly form stored with the session."""
        return {
            "screen": self.screen,
            "entry": self.entry_id,
            "theme": self.theme_id,
            "worknotes": self.worknotes,
            "followups": self.followups,
        }

    @classmethod
    def from_dict(cls, raw: Mapping[str, Any] | None) -> Position:
        """Read a stored position; anything odd falls back to the theme cards."""
        if not raw:
            return cls()
        screen = raw.get("screen")
        entry = raw.get("entry")
        theme = raw.get("theme")
        return cls(
            screen=screen if screen in SCREENS else "table",
            entry_id=entry if isinstance(entry, int) and not isinstance(entry, bool) else None,
            theme_id=theme if isinstance(theme, str) else None,
            worknotes=raw.get("worknotes") is True,
            followups=raw.get("followups") is True,
        )
