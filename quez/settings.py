"""User settings: a small JSON file in the config folder, read without side effects."""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path

from quez.fsutil import atomic_write_text, ensure_private_dir


@dataclass(frozen=True)
class Settings:
    """What a user can set. Defaults are what a first-time user should get."""

    lang: str | None = None
    retention_days: int | None = None  # purge closed sessions older than this on start
    worknotes_days: int = 30  # werkaantekeningen are erased after this many days at the latest
    large_text: bool = False
    high_contrast: bool = False
    auto_advance: bool = False  # intervisie: move to the next phase when the timer ends
    # The professional's details for the "Van wie" block of a client's document (optional;
    # copied into each new conversation, see quez.export.document.FromWhom).
    professional_name: str = ""
    professional_org: str = ""
    professional_phone: str = ""

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings; a missing or broken file gives the defaults (never an error at start)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        values = {name: raw[name] for name, ok in _VALID.items() if name in raw and ok(raw[name])}
        return replace(cls(), **values)

    def save(self, path: Path) -> None:
        """Write settings atomically (0600, folder 0700)."""
        ensure_private_dir(path.parent)
        atomic_write_text(path, json.dumps(asdict(self), indent=2, sort_keys=True) + "\n")


def _positive_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool) and value > 0


def _is_bool(value: object) -> bool:
    return isinstance(value, bool)


MAX_TEXT = 200


def _short_text(value: object) -> bool:
    return isinstance(value, str) and len(value) <= MAX_TEXT


# A value of the wrong type is ignored (the default stays), never an error at start-up.
_VALID: dict[str, Callable[[object], bool]] = {
    "lang": lambda v: v in ("nl", "en"),
    "retention_days": _positive_int,
    "worknotes_days": _positive_int,
    "large_text": _is_bool,
    "high_contrast": _is_bool,
    "auto_advance": _is_bool,
    "professional_name": _short_text,
    "professional_org": _short_text,
    "professional_phone": _short_text,
}
