"""Turn an unexpected error on the command line into one calm line and exit code 70.

The crash file and the line come from :mod:`quez.workflows.crash` (the app uses the same).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

CRASH_EXIT = 70


def guarded(run: Callable[[], None], lang: str) -> None:
    """Run ``run``; on an unexpected exception show one line, write a crash file, exit 70."""
    try:
        run()
    except (SystemExit, KeyboardInterrupt):
        raise
    except BaseException as exc:
        from quez.i18n import Translator
        from quez.paths import Paths
        from quez.workflows.crash import record_crash

        record = record_crash(Paths.from_environment().crash_dir, exc)
        sys.stderr.write(record.message(Translator(lang)) + "\n")
        raise SystemExit(CRASH_EXIT) from None
