"""A usage problem on the command line as one line in the UI language, naming what was typed.

Click would print four English lines (usage, "Try …", a blank line, "Error: …"). Every
:class:`~quez.cli.parsing.ClickException` that reaches :func:`quez.cli.app.run` comes here.
Typed text is cleaned of control characters and shortened before it is shown.
"""

from __future__ import annotations

import os
import re

from quez.cli.helptext import argument_label, option_label
from quez.cli.parsing import (
    BadOptionUsage,
    BadParameter,
    BadValue,
    Choice,
    ClickException,
    ExtraArguments,
    FloatType,
    Group,
    IntType,
    MissingParameter,
    NoSuchOption,
    Option,
    Parameter,
    PathType,
    UnknownCommand,
    UsageError,
)
from quez.i18n import Translator
from quez.sanitize import clean_text

MAX_SHOWN = 120  # a long path still fits; a pasted paragraph does not
_SPACE = re.compile(r"\s+")


def shown(text: str) -> str:
    """Typed text as it may appear in a message: no control characters, one line, short."""
    text = _SPACE.sub(" ", clean_text(text)).strip()
    return text if len(text) <= MAX_SHOWN else text[: MAX_SHOWN - 1] + "…"


def _path_reason(kind: PathType, value: str) -> str:
    if not os.path.lexists(value):
        return "cli.why.not_found" if kind.exists else "cli.why.other"
    if os.path.isdir(value) and not kind.dir_okay:
        return "cli.why.is_dir"
    if not os.path.isdir(value) and not kind.file_okay:
        return "cli.why.is_file"
    if kind.readable and not os.access(value, os.R_OK):
        return "cli.why.unreadable"
    return "cli.why.other"


def why(param: Parameter, value: str, t: Translator) -> str:
    """Why ``value`` does not fit ``param`` (its type decides)."""
    kind = param.type
    params: dict[str, object] = {"value": shown(value)}
    if isinstance(kind, Choice):
        key = "cli.why.choice"
        params["choices"] = ", ".join(str(choice) for choice in kind.choices)
    elif isinstance(kind, PathType):
        key = _path_reason(kind, value)
    elif isinstance(kind, IntType):
        key = "cli.why.int"
    elif isinstance(kind, FloatType):
        key = "cli.why.float"
    else:
        key = "cli.why.other"
    return t(key, **params)


def _param_name(param: Parameter | None, t: Translator) -> str:
    if param is None:
        return "?"
    return option_label(param) if isinstance(param, Option) else argument_label(param, t)


def _bad_option_usage(exc: BadOptionUsage, cmd: str, t: Translator) -> str:
    """``--older-than`` without a value, or ``--force=yes`` on a flag."""
    name = exc.option_name
    ctx = exc.ctx
    params = ctx.command.get_params(ctx) if ctx is not None else []
    param = next((p for p in params if name in (*p.opts, *p.secondary_opts)), None)
    flag = isinstance(param, Option) and (param.is_flag or param.count)
    key = "cli.err.takes_no_value" if flag else "cli.err.needs_value"
    return t(key, cmd=cmd, name=shown(name))


def describe(exc: ClickException, t: Translator) -> str:
    """One line for ``exc`` in ``t``'s language."""
    ctx = exc.ctx if isinstance(exc, UsageError) else None
    cmd = ctx.command_path if ctx is not None else "quez"
    if isinstance(exc, UnknownCommand):
        if exc.hint:
            return t("cli.err.no_such_command_hint", cmd=cmd, name=shown(exc.name), hint=exc.hint)
        return t("cli.err.no_such_command", cmd=cmd, name=shown(exc.name))
    if isinstance(exc, ExtraArguments):
        return t("cli.err.extra", cmd=cmd, extra=shown(" ".join(exc.extra)))
    if isinstance(exc, MissingParameter):
        option = isinstance(exc.param, Option)
        key = "cli.err.missing_option" if option else "cli.err.missing_argument"
        return t(key, cmd=cmd, name=_param_name(exc.param, t))
    if isinstance(exc, BadParameter) and exc.param is not None:
        value = exc.value if isinstance(exc, BadValue) else None
        reason = why(exc.param, value, t) if value is not None else t("cli.why.unknown")
        return t("cli.err.bad_value", cmd=cmd, name=_param_name(exc.param, t), reason=reason)
    if isinstance(exc, NoSuchOption):
        name = shown(exc.option_name)
        if exc.possibilities:  # the closest first
            hint = exc.possibilities[0]
            return t("cli.err.no_such_option_hint", cmd=cmd, name=name, hint=hint)
        return t("cli.err.no_such_option", cmd=cmd, name=name)
    if isinstance(exc, BadOptionUsage):
        return _bad_option_usage(exc, cmd, t)
    if type(exc) is UsageError and ctx is not None and isinstance(ctx.command, Group):
        return t("cli.err.missing_command", cmd=cmd)  # Click's "Missing command."
    return t("cli.err.other", cmd=cmd)
