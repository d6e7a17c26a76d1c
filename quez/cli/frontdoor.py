"""What is checked before the app opens: a terminal to draw on, and every ``--deck`` file.

Without a terminal (a pipe, a cron job, ``< /dev/null``) a full-screen app would write escape
sequences into a file forever; a ``--deck`` that does not load would open the app with only a
vague notice. Both are one line (per problem) on stderr and exit code 2 instead. The checks live
here, in the command line's front door, not in the app's factory: tests drive the app through
``App.run_test`` and tmux, where they do not apply.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TextIO

from quez.i18n import Translator
from quez.paths import Paths

REFUSED_EXIT = 2


def has_terminal(stdin: TextIO | None = None, stdout: TextIO | None = None) -> bool:
    """True when both standard input and output are a terminal."""
    streams = (stdin or sys.stdin, stdout or sys.stdout)
    return all(s is not None and s.isatty() for s in streams)


def deck_problems(t: Translator, paths: Paths, extra: Sequence[Path]) -> list[str]:
    """One ``file:line:col: message`` line for each problem in the ``--deck`` files."""
    if not extra:
        return []
    from quez.decks import discover

    found = discover(paths, list(extra), include_shipped=False, include_user=False)
    return [problem.render(t) for failure in found.failures for problem in failure.problems]


def refusal(t: Translator, paths: Paths, extra: Sequence[Path]) -> int:
    """0 when the app may open; else the exit code, after saying why on stderr.

    The ``--deck`` files come first: what is wrong with them is worth knowing in a script too.
    """
    problems = deck_problems(t, paths, extra)
    if problems:
        from quez.sanitize import clean_text

        sys.stderr.write("".join(f"{clean_text(line)}\n" for line in problems))
        return REFUSED_EXIT
    if not has_terminal():
        sys.stderr.write(t("cli.no_terminal") + "\n")
        return REFUSED_EXIT
    return 0
