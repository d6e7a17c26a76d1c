"""Writing an export to disk: atomic, 0600, and never over an existing file unless forced.

- Default location: ``folder`` (the exports folder, created 0700) with a safe name from
  :mod:`quez.export.filenames`. If that name is taken, the next free ``-2``, ``-3`` … is used:
  a new file, never an overwrite. With ``force`` the plain name is replaced.
- ``output`` given: exactly that file (its folder must exist and is left as it is); an existing
  file is an error unless ``force``. An existing folder as ``output`` gets the default name.

Exceptions carry no path and no text (the path can hold the client's label); the caller knows
the path it asked for and :attr:`ExportError.path` has the one that was refused.
"""

from __future__ import annotations

import errno
import os
from datetime import date as Date
from pathlib import Path

from quez.export.filenames import default_filename
from quez.fsutil import atomic_write_text, ensure_private_dir

MAX_NUMBER = 999
# os.link is not supported everywhere (FAT USB sticks, some network shares).
_NO_LINK = {errno.EPERM, errno.ENOTSUP, errno.EOPNOTSUPP, errno.EMLINK, errno.ENOSYS}


class ExportError(Exception):
    """Writing an export failed; ``path`` is the file or folder involved."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class ExportExistsError(ExportError):
    """The file exists and ``force`` was not given."""


class ExportFolderMissingError(ExportError):
    """The folder for an explicit ``output`` does not exist."""


def _write_new(path: Path, text: str) -> None:
    """Atomically create ``path``; ``FileExistsError`` if something is there already."""
    try:
        atomic_write_text(path, text, overwrite=False)
    except FileExistsError:
        raise
    except OSError as exc:
        if exc.errno not in _NO_LINK:
            raise
        if os.path.lexists(path):
            raise FileExistsError(errno.EEXIST, "file exists") from None
        atomic_write_text(path, text, overwrite=True)


def _write_exact(path: Path, text: str, force: bool) -> Path:
    if not path.parent.is_dir():
        raise ExportFolderMissingError("output folder does not exist", path.parent)
    if force:
        atomic_write_text(path, text, overwrite=True)
        return path
    if os.path.lexists(path):
        raise ExportExistsError("output file exists", path)
    try:
        _write_new(path, text)
    except FileExistsError:
        raise ExportExistsError("output file exists", path) from None
    return path


def write_export(
    text: str,
    *,
    folder: Path,
    label: str | None,
    date: Date,
    fmt: str,
    output: Path | None = None,
    force: bool = False,
    unnamed: str = "",
) -> Path:
    """Write ``text`` and return where it went (see the module docstring for the rules).

    ``unnamed`` names the file when the label gives nothing (see
    :func:`quez.export.filenames.unnamed_part`).
    """
    if output is not None and not output.is_dir():
        return _write_exact(output, text, force)
    if output is None:
        ensure_private_dir(folder)
    else:
        folder = output
    first = folder / default_filename(date, label, fmt, unnamed=unnamed)
    if first.parent != folder:  # cannot happen with a slug; a tripwire, not a code path
        raise ExportError("unsafe file name", folder)
    if force:
        atomic_write_text(first, text, overwrite=True)
        return first
    for number in range(1, MAX_NUMBER + 1):
        path = folder / default_filename(date, label, fmt, number, unnamed=unnamed)
        try:
            _write_new(path, text)
        except FileExistsError:
            continue
        return path
    raise ExportExistsError("no free file name", first)
