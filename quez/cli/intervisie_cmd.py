"""Intervisie commands: ``quez intervisie [methods|validate|summary]`` and
``quez method validate`` (``quez check-privacy`` lives in :mod:`quez.cli.privacy_cmd`).

Only Typer is imported at registration; methods, the store and Textual load inside the commands.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

import typer

from quez.i18n import Translator

if TYPE_CHECKING:
    from quez.cli.context import CliContext
    from quez.paths import Paths
    from quez.privacy import NameFinder
    from quez.store import Entry, Session

    FinderFactory = Callable[[Paths], NameFinder]


def register(app: typer.Typer, t: Translator, *, finder: FinderFactory | None = None) -> None:
    """Add the intervisie commands to ``app`` (help texts in ``t``'s language); ``finder``
    replaces the real name finder the summary's guard loads (tests)."""
    iv = typer.Typer(
        help=t("cli.iv.help"), invoke_without_command=True, no_args_is_help=False,
        rich_markup_mode=None,
    )  # fmt: skip
    method_app = typer.Typer(help=t("cli.method.help"), no_args_is_help=True, rich_markup_mode=None)
    app.add_typer(iv, name="intervisie")
    app.add_typer(method_app, name="method")

    @iv.callback()
    def intervisie_root(ctx: typer.Context) -> None:
        if ctx.invoked_subcommand is None:
            from quez.cli.context import get_context
            from quez.cli.tui_cmd import open_intervisie

            open_intervisie(get_context(ctx))

    @iv.command("methods", help=t("cli.iv.methods.help"))
    def methods_command(ctx: typer.Context) -> None:
        from quez.cli.context import get_context

        raise typer.Exit(list_methods(get_context(ctx)))

    validate_help = t("cli.method.validate.help")

    @iv.command("validate", help=validate_help)
    def iv_validate(
        ctx: typer.Context, paths: list[Path] = typer.Argument(..., dir_okay=False)
    ) -> None:
        from quez.cli.context import get_context

        raise typer.Exit(validate_methods(get_context(ctx), paths))

    @method_app.command("validate", help=validate_help)
    def method_validate(
        ctx: typer.Context, paths: list[Path] = typer.Argument(..., dir_okay=False)
    ) -> None:
        from quez.cli.context import get_context

        raise typer.Exit(validate_methods(get_context(ctx), paths))

    output_help = t("cli.iv.opt.output")

    @iv.command("summary", help=t("cli.iv.summary.help"))
    def summary_command(
        ctx: typer.Context,
        session_id: str = typer.Argument(..., metavar="SESSION", help=t("store.cli.arg.id")),
        output: Path | None = typer.Option(None, "-o", "--output", help=output_help),
    ) -> None:
        from quez.cli.context import get_context
        from quez.cli.privacy_cmd import default_finder

        make = finder or default_finder
        raise typer.Exit(write_summary(get_context(ctx), session_id, output, make))


def list_methods(cc: CliContext) -> int:
    """``quez intervisie methods``: id, title, the steps that always run (and how many a group
    may add), their minutes; broken files on stderr."""
    from rich.text import Text

    from quez.intervisie.catalog import discover_methods

    t = cc.t
    found = discover_methods(cc.paths)
    out, err = cc.console(), cc.console(stderr=True)
    for method in found.methods:
        origin = t(f"cli.iv.origin.{found.origins[method.id]}")
        optional = len(method.optional_phases)
        line = t(
            "iv.ui.cli.method_line_optional" if optional else "iv.ui.cli.method_line",
            id=method.id, title=method.title.get(t.lang), minutes=method.total_minutes,
            steps=method.required_steps, optional=optional, origin=origin,
        )  # fmt: skip
        out.print(Text(line), soft_wrap=True)
    for failure in found.failures:
        for problem in failure.problems:
            err.print(Text(problem.render(t)), soft_wrap=True)
    return 1 if found.failures else 0


def validate_methods(cc: CliContext, paths: list[Path]) -> int:
    """Every problem of every method file as ``file:line:col: message``; 0 when all are valid."""
    from quez.cli.deck_views import validate_each
    from quez.intervisie.methods import Method, load_method

    def ok_line(path: Path, method: Method) -> str:
        return cc.t("cli.iv.valid", path=str(path), phases=len(method.phases))

    return validate_each(cc, paths, load_method, ok_line, "cli.iv.invalid_summary")


def _session(cc: CliContext, typed: str) -> tuple[Session, list[Entry]]:
    """The session and its entries, or a one-line failure (exit 2) naming no client text."""
    from quez.cli.sessions_views import STORE_ERROR_EXIT, missing, open_store, resolve
    from quez.store import StoreError

    store = open_store(cc)
    if store is None:
        raise missing(cc, typed)
    with store:
        try:
            session = store.get_session(resolve(cc, store, typed))
            if session is None:
                raise missing(cc, typed)
            return session, store.entries(session.id)
        except StoreError as exc:
            raise cc.fail(exc.message(cc.t), STORE_ERROR_EXIT) from None


def write_summary(
    cc: CliContext, typed: str, output: Path | None, make: FinderFactory | None = None
) -> int:
    """``quez intervisie summary SESSION``: the team summary as Markdown (guarded), to a file.

    The name finder is loaded first (``make``; ``None``: the lists only), so unlisted people,
    places and institutions are left out of the summary and counted in the warning.
    """
    from rich.text import Text

    from quez.cli.privacy_cmd import loaded_finder
    from quez.cli.sessions_views import STORE_ERROR_EXIT, missing, open_store, resolve
    from quez.store import StoreError
    from quez.workflows.errors import WorkflowError
    from quez.workflows.export import shown
    from quez.workflows.summary import write_team_summary

    t = cc.t
    store = open_store(cc)
    if store is None:
        raise missing(cc, typed)
    with store:
        try:
            session_id = resolve(cc, store, typed)
            finder = loaded_finder(cc, make) if make is not None else None
            outcome = write_team_summary(
                store, session_id, folder=cc.paths.exports_dir, lang=t.lang,
                output=output.expanduser() if output else None, finder=finder,
            )  # fmt: skip
        except StoreError as exc:
            raise cc.fail(exc.message(t), STORE_ERROR_EXIT) from None
        except WorkflowError as exc:
            if exc.usage:
                raise cc.fail(exc.message(t), 2) from None
            raise cc.fail(t("iv.tui.closing.not_written"), 1) from None
    if outcome.findings:
        kinds = ", ".join(t(f"privacy.kind.{kind}") for kind in outcome.kinds)
        line = t("iv.ui.cli.summary_redacted", count=len(outcome.findings), kinds=kinds)
        cc.console(stderr=True).print(Text(line), soft_wrap=True)
    (path,) = outcome.written
    cc.console().print(Text(t("cli.iv.summary_written", path=shown(path))), soft_wrap=True)
    return 0
