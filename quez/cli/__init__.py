"""The ``quez`` command. This module stays tiny: ``quez --version`` must not import Typer.

The real app lives in :mod:`quez.cli.app` and is imported only when needed.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Sequence

# Spelled here too, so that spotting them costs no import (quez.cli.completion has the rest).
SHOW_COMPLETION, INSTALL_COMPLETION = "--show-completion", "--install-completion"


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


def _root_only(argv: Sequence[str]) -> tuple[str | None, list[str], bool] | None:
    """``(lang, decks, help)`` when ``argv`` holds only root options; else ``None``."""
    lang: str | None = None
    decks: list[str] = []
    wants_help = False
    i = 0
    while i < len(argv):
        arg = argv[i]
        if arg in ("--lang", "--deck") and i + 1 < len(argv):
            if arg == "--lang":
                lang = argv[i + 1]
            else:
                decks.append(argv[i + 1])
            i += 2
            continue
        if arg.startswith("--lang="):
            lang = arg.split("=", 1)[1]
        elif arg.startswith("--deck="):
            decks.append(arg.split("=", 1)[1])
        elif arg in ("-h", "--help"):
            wants_help = True
        else:
            return None
        i += 1
    return lang, decks, wants_help


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point for the console script and ``python -m quez``.

    The commands people type most (``quez``, ``quez --help``, ``quez --version``) skip Typer:
    its import alone costs several times Python's own start-up. A shell asking for completions
    (``_QUEZ_COMPLETE`` set) is answered before anything else, so it never starts the app.
    Everything else goes through the Typer app in :mod:`quez.cli.app`.
    """
    args = list(sys.argv[1:] if argv is None else argv)
    instruction = os.environ.get("_QUEZ_COMPLETE")
    if instruction:
        _complete(instruction)
    if args == ["--version"]:
        from quez import __version__

        sys.stdout.write(f"quez {__version__}\n")
        return
    from quez.cli.crash import guarded
    from quez.i18n import LANGUAGES, Translator, resolve_language, unsupported_env_language

    cli_lang = _pre_scan_lang(args)
    lang = resolve_language(cli_lang, os.environ)
    bad_env = unsupported_env_language(os.environ) if cli_lang is None else None
    if bad_env is not None:
        from quez.cli.usage import shown

        sys.stderr.write(Translator(lang)("cli.bad_env_lang", lang=shown(bad_env)) + "\n")
        raise SystemExit(2)
    if SHOW_COMPLETION in args or INSTALL_COMPLETION in args:
        from quez.cli.completion import completion_option, run_option

        wanted = completion_option(args)
        if wanted is not None:

            def show_or_install() -> None:
                assert wanted is not None
                code = run_option(*wanted, Translator(lang))
                if code:
                    raise SystemExit(code)

            guarded(show_or_install, lang)
            return
    root = _root_only(args)
    if root is not None and (root[0] is None or root[0].lower() in LANGUAGES):
        _, decks, wants_help = root
        if wants_help:
            from quez.cli.fasthelp import render_help

            sys.stdout.write(render_help(Translator(lang)))
            return

        def open_app() -> None:
            from pathlib import Path

            from quez.cli.tui_cmd import run_app

            code = run_app(Translator(lang), [Path(d) for d in decks])
            if code:
                raise SystemExit(code)

        guarded(open_app, lang)
        return

    def run() -> None:
        from quez.cli.app import run as run_typer

        code = run_typer(Translator(lang), args)
        if code:
            raise SystemExit(code)

    guarded(run, lang)


def _complete(instruction: str) -> None:
    """Answer a shell's completion request and exit (never opens the app, never prompts)."""
    from quez.cli.completion import answer
    from quez.cli.crash import guarded
    from quez.i18n import resolve_language

    lang = resolve_language(None, os.environ)

    def run() -> None:
        raise SystemExit(answer(instruction, lang))

    guarded(run, lang)
    raise SystemExit(0)
