"""Private folders and files, and the atomic-write seam."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from quez.fsutil import (
    atomic_write_bytes,
    atomic_write_text,
    create_private_file,
    ensure_private_dir,
)
from quez.paths import Paths
from quez.settings import Settings


def mode(path: Path) -> int:
    return path.stat().st_mode & 0o777


def test_private_dirs_and_files_under_a_loose_umask(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        folder = ensure_private_dir(tmp_path / "a" / "b")
        create_private_file(folder / "db")
        atomic_write_text(folder / "doc.md", "tekst")
    finally:
        os.umask(old)
    assert mode(tmp_path / "a") == 0o700 and mode(folder) == 0o700
    assert mode(folder / "db") == 0o600 and mode(folder / "doc.md") == 0o600


def test_atomic_write_never_overwrites_when_told(tmp_path: Path) -> None:
    target = tmp_path / "x.md"
    atomic_write_text(target, "een")
    with pytest.raises(FileExistsError):
        atomic_write_text(target, "twee", overwrite=False)
    assert target.read_text() == "een"
    assert [p.name for p in tmp_path.iterdir()] == ["x.md"]


def test_interrupted_write_leaves_old_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "x.md"
    atomic_write_bytes(target, b"oud")

    def boom(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        atomic_write_bytes(target, b"nieuw")
    assert target.read_bytes() == b"oud"
    assert [p.name for p in tmp_path.iterdir()] == ["x.md"]


def test_quez_home_puts_everything_under_one_folder(tmp_path: Path) -> None:
    paths = Paths.from_environment({"QUEZ_HOME": str(tmp_path)})
    for root in paths.owned_roots():
        assert root.parent == tmp_path
    assert paths.db_path.is_relative_to(tmp_path)


def test_settings_defaults_and_round_trip(paths: Paths) -> None:
    assert Settings.load(paths.settings_file) == Settings()
    Settings(lang="en", retention_days=90).save(paths.settings_file)
    assert Settings.load(paths.settings_file).retention_days == 90
    assert mode(paths.settings_file) == 0o600 and mode(paths.config_dir) == 0o700
    paths.settings_file.write_text('{"lang": "fr", "retention_days": "x", "large_text": 1}')
    assert Settings.load(paths.settings_file) == Settings()
