"""Writing exports: safe names, private modes, no silent overwrite, atomic replacement."""

from __future__ import annotations

import errno
import os
import stat
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quez.export import ExportExistsError, ExportFolderMissingError, write_export
from quez.export.filenames import WINDOWS_RESERVED, default_filename, slugify

DAY = date(2026, 11, 23)
BAD_LABELS = [
    "../../.bashrc",
    "CON",
    "con.txt",
    "LPT1",
    "a/b",
    "a\\b",
    "C:\\Windows\\x",
    "x" * 300,
    "nul\x00byte",
    "Zoë én Åsa",
    "😀😀",
    "...",
    "",
    " - ",
    "\u202eevil",
]


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.parametrize("label", BAD_LABELS)
def test_default_name_stays_in_the_exports_folder(tmp_path: Path, label: str) -> None:
    folder = tmp_path / "exports"
    path = write_export("x", folder=folder, label=label, date=DAY, fmt="md")
    assert path.parent == folder and path.read_text() == "x"
    assert len(path.name) <= 80
    stem = path.name.removesuffix(".md")
    assert stem.startswith("2026-11-23") and set(stem) <= set(
        "abcdefghijklmnopqrstuvwxyz0123456789-"
    )
    if os.name == "posix":
        assert mode(path) == 0o600 and mode(folder) == 0o700


@settings(max_examples=300)
@given(st.text())
def test_slug_is_always_safe(label: str) -> None:
    slug = slugify(label)
    assert len(slug) <= 60
    assert set(slug) <= set("abcdefghijklmnopqrstuvwxyz0123456789-")
    assert not slug.startswith("-") and not slug.endswith("-")
    assert slug not in WINDOWS_RESERVED


def test_names() -> None:
    assert default_filename(DAY, "Ria's map", "md") == "2026-11-23-ria-s-map.md"
    assert default_filename(DAY, "Zoë", "html") == "2026-11-23-zoe.html"
    assert default_filename(DAY, None, "md") == "2026-11-23.md"
    assert default_filename(DAY, "CON", "md", 3) == "2026-11-23-con-x-3.md"
    with pytest.raises(ValueError):
        default_filename(DAY, "x", "../md")


def test_default_name_never_overwrites(tmp_path: Path) -> None:
    first = write_export("one", folder=tmp_path, label="Ria", date=DAY, fmt="md")
    second = write_export("two", folder=tmp_path, label="Ria", date=DAY, fmt="md")
    assert first.name == "2026-11-23-ria.md" and second.name == "2026-11-23-ria-2.md"
    assert first.read_text() == "one" and second.read_text() == "two"
    forced = write_export("three", folder=tmp_path, label="Ria", date=DAY, fmt="md", force=True)
    assert forced == first and first.read_text() == "three"


def test_explicit_output(tmp_path: Path) -> None:
    target = tmp_path / "voor-ria.md"
    assert (
        write_export("one", folder=tmp_path / "e", label="x", date=DAY, fmt="md", output=target)
        == target
    )
    with pytest.raises(ExportExistsError) as caught:
        write_export("two", folder=tmp_path / "e", label="x", date=DAY, fmt="md", output=target)
    assert caught.value.path == target and str(target) not in str(caught.value)
    assert target.read_text() == "one"
    write_export(
        "two", folder=tmp_path / "e", label="x", date=DAY, fmt="md", output=target, force=True
    )
    assert target.read_text() == "two" and mode(target) == 0o600
    assert not (tmp_path / "e").exists()  # the exports folder is not touched


def test_output_folder_must_exist_and_a_folder_gets_the_default_name(tmp_path: Path) -> None:
    with pytest.raises(ExportFolderMissingError):
        write_export(
            "x", folder=tmp_path, label="x", date=DAY, fmt="md", output=tmp_path / "no" / "a.md"
        )
    shared = tmp_path / "shared"
    shared.mkdir(mode=0o755)
    path = write_export(
        "x", folder=tmp_path / "e", label="Ria", date=DAY, fmt="html", output=shared
    )
    assert path == shared / "2026-11-23-ria.html"
    assert mode(shared) == 0o755  # a user's own folder keeps its permissions


def test_symlink_at_the_target_is_not_followed(tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    link = tmp_path / "out.md"
    link.symlink_to(victim)
    with pytest.raises(ExportExistsError):
        write_export("x", folder=tmp_path, label=None, date=DAY, fmt="md", output=link)
    write_export("x", folder=tmp_path, label=None, date=DAY, fmt="md", output=link, force=True)
    assert victim.read_text() == "keep" and not link.is_symlink() and link.read_text() == "x"


@pytest.mark.parametrize("broken", ["replace", "write"])
def test_interrupted_write_leaves_the_old_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, broken: str
) -> None:
    target = tmp_path / "doc.md"
    target.write_bytes(b"old \xe2\x9c\x93 bytes\n")
    before = target.read_bytes()

    def boom(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EIO, "simulated failure")

    monkeypatch.setattr(os, broken, boom)
    with pytest.raises(OSError):
        write_export(
            "new", folder=tmp_path, label=None, date=DAY, fmt="md", output=target, force=True
        )
    monkeypatch.undo()
    assert target.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["doc.md"]  # no temporary file left


def test_filesystem_without_hard_links(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_link(*args: object, **kwargs: object) -> None:
        raise OSError(errno.EPERM, "links not supported")

    monkeypatch.setattr(os, "link", no_link)
    path = write_export("x", folder=tmp_path, label="Ria", date=DAY, fmt="md")
    assert path.read_text() == "x"
    with pytest.raises(ExportExistsError):
        write_export("y", folder=tmp_path, label=None, date=DAY, fmt="md", output=path)
    assert path.read_text() == "x"
