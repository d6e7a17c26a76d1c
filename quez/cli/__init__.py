"""The ``quez`` command. This module stays tiny: ``quez --version`` must not import Typer.

The real app lives in :mod:`quez.cli.app` and is imported only when needed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence


def _pre_scan_lang(argv: Sequence[str]) -> str | None:
    """Find the root ``--lang X`` before Typer parses, so help texts are in the right language.

    Only options before the subcommand count: ``quez deck new x --lang en`` sets the *deck's*
    languages, not the UI's.
    """
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        arg = argv[i]
        if arg == "--lang":
            return argv[i + 1] if i + 1 < len(argv) else None
        if arg.startswith("--lang="):
            return arg.split("=", 1)[1]
        i += 2 if arg == "--deck" else 1
    return None


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point for the console script and ``python -m quez``."""
    args = list(sys.argv[1:] if argv is None else argv)
    if args == ["--version"]:
        from quez import __version__

        sys.stdout.write(f"quez {__version__}\n")
        return
    from quez.cli.crash import guarded
    from quez.i18n import Translator, resolve_language

    lang = resolve_language(_pre_scan_lang(args), os.environ)

    def run() -> None:
        from quez.cli.app import build_app

        build_app(Translator(lang))(args=args, prog_name="quez")

    guarded(run, lang)
