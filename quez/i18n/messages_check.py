"""UI text for ``quez check`` (the store's integrity, on request)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "check.help": (
        "Controleer of de sessieopslag heel is (leest het hele bestand).",
        "Check that the session store is sound (reads the whole file).",
    ),
    "check.ok": (
        "De sessieopslag {path} is in orde.",
        "The session store {path} is sound.",
    ),
    "check.none": (
        "Er is nog geen sessieopslag; er is niets te controleren.",
        "There is no session store yet; nothing to check.",
    ),
}
