"""Show a folder in the system's file manager (the exports folder, after an export).

``xdg-open`` (Linux and other Unixes), ``open`` (macOS) or ``os.startfile`` (Windows): never a
shell, the folder as one argument, the opener's input and output detached from the terminal
(the app is still drawing there) and not waited for. A missing opener, or one that cannot be
started, is one :class:`WorkflowError` that names the folder, so the user can go there.
Dependencies are arguments, so tests run every branch on any system.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

from quez.sanitize import clean_text
from quez.workflows.errors import WorkflowError

Which = Callable[[str], str | None]
Start = Callable[..., Any]


def opener_for(platform: str) -> str | None:
    """The command that opens a folder on ``platform`` (None: Windows, which has startfile)."""
    if platform.startswith("win"):
        return None
    return "open" if platform == "darwin" else "xdg-open"


def open_folder(
    folder: Path,
    *,
    platform: str | None = None,
    which: Which | None = None,
    start: Start | None = None,
    startfile: Callable[[str], None] | None = None,
) -> None:
    """Ask the system to show ``folder``; raises ``WorkflowError("folder.cannot_open")``.

    Left out, ``platform``, ``which``, ``start`` and ``startfile`` are the running system's
    (looked up at the call, so a test can replace them on this module).
    """
    shown = clean_text(str(folder))
    if not folder.is_dir():
        raise WorkflowError("folder.missing", path=shown)
    command = opener_for(sys.platform if platform is None else platform)
    which = shutil.which if which is None else which
    start = subprocess.Popen if start is None else start
    try:
        if command is None:
            run = startfile if startfile is not None else getattr(os, "startfile", None)
            if run is None:
                raise WorkflowError("folder.cannot_open", path=shown)
            run(str(folder))
            return
        found = which(command)
        if found is None:
            raise WorkflowError("folder.cannot_open", path=shown)
        start(
            [found, str(folder)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,  # a ^C in the app never reaches the file manager
            close_fds=True,
        )
    except OSError:
        raise WorkflowError("folder.cannot_open", path=shown) from None
