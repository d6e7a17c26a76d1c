"""``quez --help`` without Typer.

Importing Typer alone costs about six times a bare Python start, and the top-level help is the
first thing a new user types. So it is rendered here from a small table; a test checks that the
table and the Typer app list the same commands with the same help texts.
"""

from __future__ import annotations

import shutil
import textwrap

from quez.i18n import Translator

# (command, i18n key of its help), in the order ``quez --help`` lists them.
COMMANDS: tuple[tuple[str, str], ...] = (
    ("export", "cli.export.help"),
    ("sessions", "store.cli.sessions.help"),
    ("intervisie", "cli.iv.help"),
    ("check-privacy", "privacy.cli.help"),
    ("decks", "cli.decks.help"),
    ("draw", "cli.draw.help"),
    ("deck", "cli.deck.help"),
    ("method", "cli.method.help"),
    ("vault", "vault.cli.help"),
    ("locate", "cli.locate.help"),
    ("check", "check.help"),
    ("erase-all", "store.cli.erase_all.help"),
)
# (option, i18n key of its value's name or "", i18n key of its help).
OPTIONS: tuple[tuple[str, str, str], ...] = (
    ("--version", "", "cli.opt.version"),
    ("--lang", "cli.metavar.lang", "cli.opt.lang"),
    ("--deck", "cli.metavar.file", "cli.opt.deck"),
    ("--show-completion", "cli.metavar.shell", "cli.opt.show_completion"),
    ("--install-completion", "cli.metavar.shell", "cli.opt.install_completion"),
    ("-h, --help", "", "cli.opt.help"),
)


def _rows(rows: tuple[tuple[str, str], ...], t: Translator, width: int) -> list[str]:
    left = max(len(name) for name, _ in rows) + 4
    lines: list[str] = []
    for name, key in rows:
        wrapped = textwrap.wrap(t(key), max(20, width - left)) or [""]
        lines.append(f"  {name.ljust(left - 2)}{wrapped[0]}")
        lines += [" " * left + more for more in wrapped[1:]]
    return lines


def _options(t: Translator) -> tuple[tuple[str, str], ...]:
    return tuple((f"{name} {t(value)}" if value else name, key) for name, value, key in OPTIONS)


def render_help(t: Translator, width: int | None = None) -> str:
    """The top-level help in the UI language."""
    width = width or min(100, shutil.get_terminal_size((80, 24)).columns)
    intro = textwrap.fill(t("cli.help"), width - 2, initial_indent="  ", subsequent_indent="  ")
    parts = [
        t("cli.usage"),
        "",
        intro,
        "",
        f"{t('cli.options')}:",
        *_rows(_options(t), t, width),
        "",
        f"{t('cli.commands')}:",
        *_rows(COMMANDS, t, width),
        "",
        textwrap.fill(t("cli.more_help"), width),
    ]
    return "\n".join(parts) + "\n"
