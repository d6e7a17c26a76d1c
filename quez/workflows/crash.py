"""Recording an unexpected error: a private crash file without text, and the one calm line.

Python's (and Typer's and Textual's) default handlers print the exception message and, in
"pretty" modes, local variables: both can hold a client's words. A crash file (0600) keeps the
stack (file, line, function), the exception's *type* and the versions, never a message or a
value; the user sees one line (:attr:`CrashRecord.key`) instead of a traceback.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from types import TracebackType


@dataclass(frozen=True)
class CrashRecord:
    """Where the crash file went (None when even that failed) and what to tell the user.

    ``saved``: the save just before (the flush of what was pending) worked. Only then does the
    line say that the conversation is saved; otherwise it says plainly that the last part of
    the text may be missing (never the text itself).
    """

    path: Path | None
    saved: bool = True

    @property
    def key(self) -> str:
        """The i18n key of the calm line (with ``path`` as its parameter when there is one)."""
        base = "crash.line" if self.saved else "crash.line_unsaved"
        return base if self.path is not None else f"{base}_no_file"

    def message(self, translate: Callable[..., str]) -> str:
        """The calm line in ``translate``'s language."""
        return translate(self.key, path=self.path) if self.path else translate(self.key)


def crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """A stack summary with the exception *type* and frame locations only."""
    import traceback  # imported on a crash only: it is slow and the happy path never needs it

    lines = [f"exception: {exc_type.__module__}.{exc_type.__qualname__}", "stack:"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
    from quez import __version__

    lines.append(f"quez: {__version__}  python: {sys.version.split()[0]}")
    return "\n".join(lines) + "\n"


def _utc_now() -> datetime:
    return datetime.now(timezone.utc)


def record_crash(
    folder: Path,
    exc: BaseException,
    *,
    clock: Callable[[], datetime] = _utc_now,
    saved: bool = True,
) -> CrashRecord:
    """Write ``crash-<time>.txt`` into ``folder`` (0700) without messages or values.

    ``saved``: whether the pending text was saved before (it picks the line the user reads).
    """
    from quez.fsutil import atomic_write_text, ensure_private_dir

    try:
        ensure_private_dir(folder)
        stamp = clock().astimezone(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        path = folder / f"crash-{stamp}.txt"
        atomic_write_text(path, crash_report(type(exc), exc.__traceback__))
    except OSError:
        return CrashRecord(None, saved)
    return CrashRecord(path, saved)
