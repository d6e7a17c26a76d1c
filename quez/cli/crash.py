"""Turn an unexpected error into one calm line, never a traceback with client text.

Python's (and Typer's and Textual's) default handlers print the exception message and, in
"pretty" modes, local variables: both can hold a client's words. The user sees one line; a
private crash file (0600) keeps the stack (file, line, function) for the developers, without
messages or values.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType


def crash_report(exc_type: type[BaseException], tb: TracebackType | None) -> str:
    """A stack summary with the exception *type* and frame locations only."""
    import traceback  # imported on a crash only: it is slow and the happy path never needs it

    lines = [f"exception: {exc_type.__module__}.{exc_type.__qualname__}", "stack:"]
    for frame in traceback.extract_tb(tb):
        lines.append(f"  {frame.filename}:{frame.lineno} in {frame.name}")
    from quez import __version__

    lines.append(f"quez: {__version__}  python: {sys.version.split()[0]}")
    return "\n".join(lines) + "\n"


def write_crash_file(folder: Path, exc: BaseException) -> Path | None:
    """Write a crash report without messages or values; ``None`` if that fails too."""
    from datetime import datetime, timezone

    from quez.fsutil import atomic_write_text, ensure_private_dir

    try:
        ensure_private_dir(folder)
        stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
        path = folder / f"crash-{stamp}.txt"
        atomic_write_text(path, crash_report(type(exc), exc.__traceback__))
        return path
    except OSError:
        return None


def calm_line(lang: str, path: Path | None) -> str:
    """The one line shown instead of a traceback."""
    from quez.i18n import Translator

    t = Translator(lang)
    return t("crash.line", path=path) if path else t("crash.line_no_file")


def guarded(run: Callable[[], None], lang: str) -> None:
    """Run ``run``; on an unexpected exception show one line, write a crash file, exit 70."""
    try:
        run()
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        from quez.paths import Paths

        path = write_crash_file(Paths.from_environment().crash_dir, exc)
        sys.stderr.write(calm_line(lang, path) + "\n")
        raise SystemExit(70) from None
