"""``--help`` of every command below ``quez``, in the UI language.

Click's own help has English headings ("Usage:", "Options:") and English option help
("Show this message and exit."). This renders the same information from the command's
parameters with words from the catalogue, laid out like ``quez --help`` (:mod:`.fasthelp`).
"""

from __future__ import annotations

import shutil
import textwrap

from quez.cli.parsing import (
    Choice,
    Command,
    Context,
    FloatType,
    Group,
    IntType,
    Option,
    Parameter,
    PathType,
)
from quez.i18n import Translator


def argument_label(param: Parameter, t: Translator) -> str:
    """How an argument is named to the user: ``SESSIE``, ``BESTANDEN`` (Dutch) or ``ID``."""
    name = param.metavar or (param.name or "").upper()
    key = f"cli.arg.{name.lower()}"
    return t(key) if t.has(key) else name


def option_label(param: Parameter) -> str:
    """The option's long name as users type it (``--output``, not ``-o``)."""
    return max(param.opts, key=len) if param.opts else (param.name or "")


def value_label(param: Parameter, t: Translator) -> str:
    """What an option's value is: ``<bestand>``, ``<getal>``, ``<md|html>`` …"""
    kind = param.type
    if isinstance(kind, Choice):
        return "<" + "|".join(str(c) for c in kind.choices) + ">"
    if isinstance(kind, PathType):
        if kind.file_okay and not kind.dir_okay:
            return t("cli.metavar.file")
        return t("cli.metavar.folder" if not kind.file_okay else "cli.metavar.path")
    if isinstance(kind, (IntType, FloatType)):
        return t("cli.metavar.number")
    return t("cli.metavar.text")


def _usage(command: Command, ctx: Context, t: Translator) -> str:
    parts = [t("cli.help.usage"), ctx.command_path, t("cli.help.options_slot")]
    for param in command.get_params(ctx):
        if isinstance(param, Option):
            continue
        label = argument_label(param, t) + ("..." if param.nargs == -1 else "")
        parts.append(label if param.required else f"[{label}]")
    if isinstance(command, Group):
        slot = t("cli.help.command_slot")
        parts.append(f"[{slot}]" if command.invoke_without_command else slot)
    return " ".join(parts)


def _argument_row(param: Parameter, t: Translator) -> tuple[str, str]:
    notes = [getattr(param, "help", None) or ""]
    if param.required:
        notes.append(t("cli.help.required"))
    return argument_label(param, t), "  ".join(n for n in notes if n)


def _option_row(param: Option, t: Translator) -> tuple[str, str]:
    names = ", ".join(sorted(param.opts, key=len))
    if param.secondary_opts:
        names += " / " + ", ".join(sorted(param.secondary_opts, key=len))
    if not param.is_flag and not param.count:
        names += " " + value_label(param, t)
    notes = [param.help or ""]
    default = param.default
    if param.show_default and not param.is_flag and default not in (None, "", (), []):
        notes.append(_unbroken(t("cli.help.default", value=default)))
    if param.required:
        notes.append(t("cli.help.required"))
    return names, "  ".join(n for n in notes if n)


def _unbroken(note: str) -> str:
    """``[standaard: md]`` kept on one line when the help is wrapped."""
    return note.replace(" ", "\u00a0")


def _rows(rows: list[tuple[str, str]], width: int) -> list[str]:
    left = max(len(name) for name, _ in rows) + 4
    lines: list[str] = []
    for name, text in rows:
        wrapped = textwrap.wrap(text, max(20, width - left)) or [""]
        lines.append(f"  {name.ljust(left - 2)}{wrapped[0]}".rstrip())
        lines += [" " * left + more for more in wrapped[1:]]
    return lines


def render_command_help(
    command: Command, ctx: Context, t: Translator, width: int | None = None
) -> str:
    """The help of ``command`` (as reached through ``ctx``) in ``t``'s language."""
    width = width or min(100, shutil.get_terminal_size((80, 24)).columns)
    parts = [_usage(command, ctx, t)]
    if command.help:
        intro = " ".join(command.help.split())
        parts += ["", textwrap.fill(intro, width - 2, initial_indent="  ", subsequent_indent="  ")]
    params = [p for p in command.get_params(ctx) if not getattr(p, "hidden", False)]
    arguments = [_argument_row(p, t) for p in params if not isinstance(p, Option)]
    options = [_option_row(p, t) for p in params if isinstance(p, Option)]
    if arguments:
        parts += ["", f"{t('cli.help.arguments')}:", *_rows(arguments, width)]
    if options:
        parts += ["", f"{t('cli.options')}:", *_rows(options, width)]
    if isinstance(command, Group):
        commands = [
            (name, " ".join((sub.help or "").split()))
            for name, sub in command.commands.items()
            if not sub.hidden
        ]
        if commands:
            parts += ["", f"{t('cli.commands')}:", *_rows(commands, width)]
            parts += ["", textwrap.fill(t("cli.help.more", cmd=ctx.command_path), width)]
    return "\n".join(parts) + "\n"
