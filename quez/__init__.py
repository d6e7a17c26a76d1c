"""QueZ: question cards for conversations that start from the client's eigen regie."""

from __future__ import annotations

__version__ = "0.1.0"
