"""Tab completion in bash, zsh and fish: commands, options, session ids, deck ids and files.

A shell asks by running ``quez`` with ``_QUEZ_COMPLETE=complete_<shell>`` and the words typed so
far in its environment (Typer's form of Click's protocol). :func:`quez.cli.main` sees that
variable before anything else, so the app is never started for it. Session ids come from a
read-only look at the store (:mod:`quez.store.peek`): ids only, never labels; an encrypted store
completes nothing rather than ask for its passphrase.

``quez --show-completion [SHELL]`` prints the script; ``quez --install-completion [SHELL]``
installs it (Typer's installer: a file in the user's home and one line in the shell's rc file).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from quez.cli import INSTALL_COMPLETION, SHOW_COMPLETION

if TYPE_CHECKING:
    import typer

    from quez.i18n import Translator

PROG = "quez"
COMPLETE_VAR = "_QUEZ_COMPLETE"
SHELLS = ("bash", "zsh", "fish")
SHOW, INSTALL = SHOW_COMPLETION, INSTALL_COMPLETION

# Typer passes the completer what its parameter names ask for: here only the typed text.
Completer = Callable[[str], list[str]]


def _paths() -> Any:
    from quez.paths import Paths

    return Paths.from_environment()


def session_ids(incomplete: str) -> list[str]:
    """Ids of stored sessions that start with what was typed (never labels or notes)."""
    from quez.store.ids import normalise_id
    from quez.store.peek import session_ids as stored_ids

    typed = normalise_id(incomplete)
    return [sid for sid in stored_ids(_paths().db_path) if sid.startswith(typed)]


def deck_ids(incomplete: str) -> list[str]:
    """Ids of every deck that loads (shipped and the user's)."""
    from quez.decks import discover

    return [d.id for d in discover(_paths()).decks if d.id.startswith(incomplete)]


def user_deck_ids(incomplete: str) -> list[str]:
    """Ids of the user's own decks (their file names: ``quez deck remove`` also takes those)."""
    from quez.decks.discovery import deck_files

    ids = dict.fromkeys(p.stem for p in deck_files(_paths().decks_dir))
    return [i for i in ids if i.startswith(incomplete)]


def export_formats(incomplete: str) -> list[str]:
    """The document formats ``quez export`` writes."""
    from quez.export import FORMATS

    return [f for f in FORMATS if f.startswith(incomplete)]


def export_documents(incomplete: str) -> list[str]:
    """The documents ``quez export --document`` knows (each kind's main one, then the rest)."""
    from quez.workflows.kinds import KINDS, documents_for

    names = dict.fromkeys(name for kind in KINDS for name in documents_for(kind))
    return [name for name in names if name.startswith(incomplete)]


def languages(incomplete: str) -> list[str]:
    """The UI languages."""
    from quez.i18n import LANGUAGES

    return [lang for lang in LANGUAGES if lang.startswith(incomplete)]


# Which parameter completes what: (command path..., parameter name) -> completer.
COMPLETERS: dict[tuple[str, ...], Completer] = {
    ("lang",): languages,
    ("export", "session_id"): session_ids,
    ("export", "fmt"): export_formats,
    ("export", "document"): export_documents,
    ("export", "lang"): languages,
    ("sessions", "show", "session_id"): session_ids,
    ("sessions", "delete", "session_id"): session_ids,
    ("intervisie", "summary", "session_id"): session_ids,
    ("check-privacy", "session_id"): session_ids,
    ("draw", "deck"): deck_ids,
    ("deck", "print", "deck"): deck_ids,
    ("deck", "remove", "deck_id"): user_deck_ids,
}
# Options with a fixed set of values: Click completes them and refuses anything else (naming
# the value); the command still checks too. tests/test_cli_completion.py ties each set to its
# source (store model, trainer, lint).
CHOICES: dict[tuple[str, ...], tuple[str, ...]] = {
    ("sessions", "status"): ("open", "closed"),
    ("sessions", "kind"): ("client", "intervisie"),
    ("sessions", "purge", "status"): ("open", "closed"),
    ("deck", "new", "kind"): ("client", "intervisie"),
    ("deck", "lint", "fmt"): ("text", "json"),
}


def configure(app: typer.Typer) -> None:
    """Attach :data:`COMPLETERS` and :data:`CHOICES` to the parameters of ``app``'s commands."""
    from quez.cli.parsing import Choice, parameter_infos

    for key, info in parameter_infos(app):
        if key in CHOICES:
            info.click_type = Choice(CHOICES[key])
        elif key in COMPLETERS:
            info.autocompletion = COMPLETERS[key]


def answer(instruction: str, lang: str) -> int:
    """Answer a shell's completion request (``complete_bash`` …); returns the exit code."""
    import typer.main

    from quez.cli.app import build_app
    from quez.cli.parsing import answer_completion
    from quez.i18n import Translator

    command = typer.main.get_command(build_app(Translator(lang)))
    return answer_completion(command, PROG, COMPLETE_VAR, instruction)


def detect_shell() -> str | None:
    """The shell ``quez`` was started from (its parent process), else ``$SHELL``."""
    from quez.cli.parsing import parent_shell

    name = parent_shell() or os.path.basename(os.environ.get("SHELL", ""))
    return name.lower() or None


def script(shell: str) -> str:
    """The completion script for ``shell`` (one of :data:`SHELLS`)."""
    from quez.cli.parsing import completion_script

    return completion_script(PROG, COMPLETE_VAR, shell)


def install(shell: str) -> Path:
    """Install the script for ``shell`` the way Typer does; returns the script's path."""
    from quez.cli.parsing import install_completion

    return install_completion(PROG, COMPLETE_VAR, shell)


def run_option(option: str, shell: str | None, t: Translator) -> int:
    """``quez --show-completion [SHELL]`` or ``quez --install-completion [SHELL]``."""
    shell = shell or detect_shell()
    if shell is None:
        sys.stderr.write(t("cli.complete.no_shell", option=option) + "\n")
        return 2
    if shell not in SHELLS:
        from quez.cli.usage import shown

        sys.stderr.write(t("cli.complete.bad_shell", shell=shown(shell)) + "\n")
        return 2
    if option == SHOW:
        sys.stdout.write(script(shell) + "\n")
        return 0
    try:
        path = install(shell)
    except OSError as exc:
        sys.stderr.write(t("cli.complete.failed", reason=exc.strerror or type(exc).__name__))
        sys.stderr.write("\n")
        return 1
    sys.stdout.write(t("cli.complete.installed", shell=shell, path=path) + "\n")
    return 0


def completion_option(args: list[str]) -> tuple[str, str | None] | None:
    """``(option, shell)`` when ``args`` are ``[--lang X] --show-completion|--install-completion
    [SHELL]``; else ``None`` (Typer then parses them, and ``SHELL`` is required there)."""
    rest: list[str] = []
    i = 0
    while i < len(args):
        if args[i] == "--lang":
            i += 2
            continue
        if not args[i].startswith("--lang="):
            rest.append(args[i])
        i += 1
    if not rest or rest[0] not in (SHOW, INSTALL) or len(rest) > 2:
        return None
    if len(rest) == 2 and rest[1].startswith("-"):
        return None
    return rest[0], (rest[1] if len(rest) == 2 else None)
