"""A client conversation without any UI: which card comes next, the regie mirror.

Textual-free on purpose: the TUI shows what this package decides, and tests drive it directly.
"""

from __future__ import annotations

from quez.conversation.controller import Conversation, ConversationError
from quez.conversation.mirror import MirrorText, mirror_text, regie_mirror
from quez.conversation.picking import Pick, next_in_theme, next_tagged, random_pick
from quez.conversation.position import Position, Screen

__all__ = [
    "Conversation",
    "ConversationError",
    "MirrorText",
    "Pick",
    "Position",
    "Screen",
    "mirror_text",
    "next_in_theme",
    "next_tagged",
    "random_pick",
    "regie_mirror",
]
