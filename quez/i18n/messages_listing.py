"""UI text for the session list (``quez sessions``): its options and its last line."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "listing.opt.limit": (
        "toon de nieuwste N sessies (standaard {default})",
        "show the newest N sessions (default {default})",
    ),
    "listing.opt.all": ("toon alle sessies", "show all sessions"),
    "listing.more": (
        "En nog {count} oudere sessie(s). Alles zien: quez sessions --all (of --limit N).",
        "And {count} older session(s). To see all: quez sessions --all (or --limit N).",
    ),
}
