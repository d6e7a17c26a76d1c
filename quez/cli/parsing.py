"""How ``quez`` parses its command line: Typer's Click classes, keeping what the user typed.

Click words a usage problem as an English sentence and keeps the typed text only inside it.
QueZ says it in the UI language and names what was typed, so the classes here raise errors that
carry the typed text as data (:class:`UnknownCommand`, :class:`ExtraArguments`,
:class:`BadValue`); :mod:`quez.cli.usage` turns any of them into one line, and
:mod:`quez.cli.helptext` renders ``--help`` in the UI language.

Typer (0.28) ships its own copy of Click as ``typer._click``: this is the one module that
imports it; the rest of QueZ uses the names re-exported here.
"""

from __future__ import annotations

import inspect
from collections.abc import Iterator, Sequence
from difflib import get_close_matches
from pathlib import Path
from typing import TYPE_CHECKING, Any

import typer
from typer import _click as click
from typer._types import TyperChoice
from typer.core import TyperArgument, TyperCommand, TyperGroup, TyperOption
from typer.models import ParameterInfo, TyperPath

if TYPE_CHECKING:
    from quez.i18n import Translator

Context = click.Context
Command = click.Command
Group = TyperGroup
Parameter = click.Parameter
Option = TyperOption
Argument = TyperArgument
ClickException = click.ClickException
UsageError = click.exceptions.UsageError
BadParameter = click.exceptions.BadParameter
MissingParameter = click.exceptions.MissingParameter
NoSuchOption = click.exceptions.NoSuchOption
BadOptionUsage = click.exceptions.BadOptionUsage
NoArgsIsHelpError = click.exceptions.NoArgsIsHelpError
Choice = TyperChoice
PathType = TyperPath
IntType = click.types.IntParamType
FloatType = click.types.FloatParamType


class UnknownCommand(UsageError):
    """``quez nosuch``: the typed name and the closest real command, if any."""

    def __init__(self, name: str, hint: str | None, ctx: Context) -> None:
        super().__init__("no such command", ctx)
        self.name = name
        self.hint = hint


class ExtraArguments(UsageError):
    """``quez decks extra``: the arguments nothing asked for."""

    def __init__(self, extra: Sequence[str], ctx: Context) -> None:
        super().__init__("unexpected extra arguments", ctx)
        self.extra = tuple(extra)


class BadValue(BadParameter):
    """A value that does not fit its parameter, with the text as typed (``None`` if unknown)."""

    def __init__(self, param: Parameter, value: str | None, ctx: Context) -> None:
        super().__init__("bad value", ctx=ctx, param=param)
        self.value = value


def _typed(command: Command, ctx: Context, args: list[str]) -> tuple[dict[str, Any], list[str]]:
    """Parse ``args`` again, without converting: raw values by parameter name, and leftovers."""
    opts, rest, _ = command.make_parser(ctx).parse_args(args=list(args))
    return opts, rest


def _failing_value(command: Command, ctx: Context, args: list[str], param: Parameter) -> str | None:
    """The text typed for ``param`` that does not convert (the first such one of a list)."""
    try:
        opts, _ = _typed(command, ctx, args)
    except UsageError:
        return None
    raw = opts.get(param.name or "")
    values = list(raw) if isinstance(raw, (list, tuple)) else [raw]
    typed = [str(value) for value in values if value is not None]
    for value in typed:
        try:
            param.type.convert(value, param, ctx)
        except BadParameter:
            return value
    return typed[0] if typed else None


class _KeepsWhatWasTyped(Command):
    """Parsing that turns Click's sentence-only errors into errors carrying the typed text."""

    translator: Translator

    def parse_args(self, ctx: Context, args: list[str]) -> list[str]:
        if ctx.resilient_parsing:  # shell completion: nothing is reported
            return super().parse_args(ctx, args)
        typed = list(args)  # Click's parser consumes the list it is given
        try:
            return super().parse_args(ctx, args)
        except (BadValue, MissingParameter):
            raise
        except BadParameter as exc:
            if exc.param is None:
                raise
            raise BadValue(exc.param, _failing_value(self, ctx, typed, exc.param), ctx) from None
        except UsageError as exc:
            if exc.ctx is None:  # the option parser's errors come without one
                exc.ctx = ctx
            if type(exc) is UsageError and not isinstance(self, Group):
                # Click's only plain UsageError while parsing a command: extra arguments.
                try:
                    _, extra = _typed(self, ctx, typed)
                except UsageError:
                    extra = []
                if extra:
                    raise ExtraArguments(extra, ctx) from None
            raise

    def get_help_option(self, ctx: Context) -> Option | None:
        option = super().get_help_option(ctx)
        if option is not None:
            option.help = self.translator("cli.opt.help")
        return option

    def format_help(self, ctx: Context, formatter: click.HelpFormatter) -> None:
        from quez.cli.helptext import render_command_help

        formatter.write(render_command_help(self, ctx, self.translator))


def command_classes(t: Translator) -> tuple[type[TyperGroup], type[TyperCommand]]:
    """The group and command classes for one build of the app, speaking ``t``'s language."""

    class QuezCommand(_KeepsWhatWasTyped, TyperCommand):
        translator = t

    class QuezGroup(_KeepsWhatWasTyped, TyperGroup):
        translator = t

        def resolve_command(
            self, ctx: Context, args: list[str]
        ) -> tuple[str | None, Command | None, list[str]]:
            name = args[0] if args else ""
            if (
                name
                and not name.startswith("-")
                and not ctx.resilient_parsing
                and self.get_command(ctx, name) is None
            ):
                close = get_close_matches(name, self.list_commands(ctx), n=1)
                raise UnknownCommand(name, close[0] if close else None, ctx)
            return super().resolve_command(ctx, args)

    return QuezGroup, QuezCommand


def _commands(app: typer.Typer, path: tuple[str, ...]) -> Iterator[tuple[tuple[str, ...], Any]]:
    """``(path, callback)`` of ``app``'s own callback and of every command below it."""
    from typer.main import get_command_name

    callback = app.registered_callback.callback if app.registered_callback else None
    if callback is not None:
        yield path, callback
    for info in app.registered_commands:
        if info.callback is not None:
            yield (*path, info.name or get_command_name(info.callback.__name__)), info.callback
    for group in app.registered_groups:
        if group.typer_instance is not None and isinstance(group.name, str):
            yield from _commands(group.typer_instance, (*path, group.name))


def parameter_infos(app: typer.Typer) -> Iterator[tuple[tuple[str, ...], ParameterInfo]]:
    """``((command path..., parameter name), info)`` for every ``typer.Option``/``Argument``."""
    for path, callback in _commands(app, ()):
        for name, param in inspect.signature(callback).parameters.items():
            if isinstance(param.default, ParameterInfo):
                yield (*path, name), param.default


def use_classes(app: typer.Typer, t: Translator) -> None:
    """Build every group and command of ``app`` with the classes of :func:`command_classes`."""
    group_cls, command_cls = command_classes(t)

    def visit(sub: typer.Typer) -> None:
        sub.info.cls = group_cls
        for info in sub.registered_commands:
            info.cls = command_cls
        for group in sub.registered_groups:
            group.cls = group_cls
            if group.typer_instance is not None:
                visit(group.typer_instance)

    visit(app)


def answer_completion(command: Command, prog: str, var: str, instruction: str) -> int:
    """Answer a shell's completion request for ``command`` (Typer's protocol and shell
    classes; paths complete as nothing, so the shell offers its own file names)."""
    from typer._completion_classes import completion_init
    from typer.completion import shell_complete

    completion_init()
    return shell_complete(command, {}, prog, var, instruction)


def completion_script(prog: str, var: str, shell: str) -> str:
    """Typer's completion script for ``shell`` (bash, zsh or fish)."""
    from typer._completion_shared import get_completion_script

    return get_completion_script(prog_name=prog, complete_var=var, shell=shell)


def install_completion(prog: str, var: str, shell: str) -> Path:
    """Install the script as Typer does (a file in the home folder, a line in the rc file)."""
    from typer._completion_shared import install

    return install(shell=shell, prog_name=prog, complete_var=var)[1]


def parent_shell() -> str | None:
    """The shell ``quez`` runs in, as Typer detects it (``None`` when it cannot tell)."""
    from typer._completion_shared import _get_shell_name

    return _get_shell_name()
