"""Shared fixtures. Every test runs with its own QUEZ_HOME and never sees the real home folder."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from quez.i18n import Translator
from quez.paths import Paths

REPO = Path(__file__).resolve().parent.parent
SHIPPED = REPO / "decks"


@pytest.fixture(autouse=True)
def quez_home(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Path]:
    """An isolated QUEZ_HOME, platformdirs pointed away from the real home, a neutral locale."""
    home = tmp_path_factory.mktemp("quez-home")
    fake_user_home = tmp_path_factory.mktemp("user-home")
    monkeypatch.setenv("QUEZ_HOME", str(home))
    monkeypatch.setenv("HOME", str(fake_user_home))
    monkeypatch.setenv("XDG_DATA_HOME", str(fake_user_home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(fake_user_home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(fake_user_home / "cache"))
    monkeypatch.setenv("XDG_STATE_HOME", str(fake_user_home / "state"))
    for var in ("QUEZ_LANG", "LC_ALL", "LC_MESSAGES", "LANG", "QUEZ_PASSPHRASE"):
        monkeypatch.delenv(var, raising=False)
    yield home


@pytest.fixture
def paths(quez_home: Path) -> Paths:
    """Paths under the isolated QUEZ_HOME."""
    return Paths.from_environment({"QUEZ_HOME": str(quez_home)})


@pytest.fixture
def t_nl() -> Translator:
    return Translator("nl")


@pytest.fixture
def t_en() -> Translator:
    return Translator("en")
