"""User settings: a small JSON file in the config folder, read without side effects."""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields, replace
from pathlib import Path
from typing import Any

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

    @classmethod
    def load(cls, path: Path) -> Settings:
        """Read settings; a missing or unreadable file gives the defaults (never an error at start)."""
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        known = {f.name: f.type for f in fields(cls)}
        values: dict[str, Any] = {}
        defaults = cls()
        for name in known:
            if name in raw:
                value = raw[name]
                default = getattr(defaults, name)
                if isinstance(default, bool) and isinstance(value, bool):
                    values[name] = value
                elif name in ("retention_days", "worknotes_days") and (
                    isinstance(value, int) and not isinstance(value, bool) and value > 0
                ):
                    values[name] = value
                elif name == "lang" and value in ("nl", "en"):
                    values[name] = value
        return replace(defaults, **values)

    def save(self, path: Path) -> None:
        """Write settings atomically (0600, folder 0700)."""
        ensure_private_dir(path.parent)
        atomic_write_text(path, json.dumps(asdict(self), indent=2, sort_keys=True) + "\n")
