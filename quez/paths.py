"""Where QueZ keeps its files.

Nothing here touches the disk: a :class:`Paths` only names locations. Folders are created on
first write (via :func:`quez.fsutil.ensure_private_dir`), never at import time.
``QUEZ_HOME`` puts everything under one folder, for tests and portable use.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "quez"
DB_NAME = "quez.sqlite3"


@dataclass(frozen=True)
class Paths:
    """The folders QueZ owns for this user."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    state_dir: Path

    @classmethod
    def from_environment(cls, env: Mapping[str, str] | None = None) -> Paths:
        """Resolve locations from ``QUEZ_HOME`` or, without it, the platform's conventions."""
        env = os.environ if env is None else env
        home = env.get("QUEZ_HOME")
        if home:
            root = Path(home).expanduser().absolute()
            return cls(root / "data", root / "config", root / "cache", root / "state")
        import platformdirs  # local: keeps `quez --version` free of it

        return cls(
            Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)),
            Path(platformdirs.user_state_dir(APP_NAME, appauthor=False)),
        )

    @property
    def decks_dir(self) -> Path:
        """The user's own decks (installed with ``quez deck install``)."""
        return self.data_dir / "decks"

    @property
    def methods_dir(self) -> Path:
        """The user's own intervisie methods."""
        return self.data_dir / "methods"

    @property
    def exports_dir(self) -> Path:
        """Default folder for documents exported for clients and teams."""
        return self.data_dir / "exports"

    @property
    def db_path(self) -> Path:
        """The session store."""
        return self.data_dir / DB_NAME

    @property
    def backups_dir(self) -> Path:
        """Backups of the session store."""
        return self.data_dir / "backups"

    @property
    def settings_file(self) -> Path:
        """User settings (JSON)."""
        return self.config_dir / "settings.json"

    @property
    def crash_dir(self) -> Path:
        """Private crash reports (never contain note text)."""
        return self.state_dir / "crash"

    def owned_roots(self) -> tuple[Path, ...]:
        """Every top folder QueZ may create; ``quez erase-all`` removes exactly these."""
        return (self.data_dir, self.config_dir, self.cache_dir, self.state_dir)


def shipped_decks_dir() -> Path:
    """The decks shipped with QueZ.

    In a wheel they are packaged as ``quez/_shipped/decks``; in a source checkout (also an
    editable install) they are the top-level ``decks/`` folder. Everything else loads decks
    through the same loader, whichever folder this returns.
    """
    package = Path(__file__).resolve().parent
    packaged = package / "_shipped" / "decks"
    if packaged.is_dir():
        return packaged
    return package.parent / "decks"


def shipped_methods_dir() -> Path:
    """The intervisie methods shipped with QueZ (inside the package)."""
    return Path(__file__).resolve().parent / "intervisie" / "methods"
