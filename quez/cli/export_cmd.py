"""``quez export SESSION [-o PATH] [--format md|html] [--lang nl|en] [--force]
[--document conversation|plan]``.

Only Typer is imported at registration; the store, decks and the export workflow
(:mod:`quez.workflows.export`, shared with the TUI) load inside the command. The exporter is
chosen by the session's kind and the format, so every kind works without changing this command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from quez.i18n import Translator

if TYPE_CHECKING:
    from quez.cli.context import CliContext
    from quez.cli.privacy_cmd import FinderFactory
    from quez.privacy import NameFinder
    from quez.store import Store

EXIT_USAGE = 2
EXIT_FAILED = 1


def register(
    app: typer.Typer, t: Translator | None = None, *, finder: FinderFactory | None = None
) -> None:
    """Add ``export`` to ``app`` (help texts in ``t``'s language); ``finder`` replaces the real
    name finder a meeting's summary loads (tests)."""
    if t is None:
        from quez.i18n import resolve_language

        t = Translator(resolve_language(None))

    helps = {key: t(f"cli.export.opt.{key}") for key in ("output", "format", "lang", "force")}
    helps["document"] = t("plan.cli.opt.document")

    # Options as defaults, not Annotated: Typer would evaluate annotations without ``t``.
    @app.command("export", help=t("cli.export.help"))
    def export_command(
        ctx: typer.Context,
        session_id: str = typer.Argument(..., metavar="SESSION", help=t("store.cli.arg.id")),
        output: Path | None = typer.Option(None, "-o", "--output", help=helps["output"]),
        fmt: str = typer.Option("md", "--format", help=helps["format"]),
        lang: str | None = typer.Option(None, "--lang", help=helps["lang"]),
        force: bool = typer.Option(False, "--force", help=helps["force"]),
        document: str | None = typer.Option(None, "--document", help=helps["document"]),
    ) -> None:
        from quez.cli.context import get_context
        from quez.cli.privacy_cmd import default_finder

        cc = get_context(ctx)
        make = finder or default_finder
        code = run_export(
            cc, session_id, output, fmt=fmt, lang=lang, force=force, document=document, make=make
        )
        raise typer.Exit(code)


def _finder_for(
    cc: CliContext, store: Store, session_id: str, document: str | None, make: FinderFactory | None
) -> NameFinder | None:
    """A loaded name finder when the document's guard looks for unlisted names (a meeting's
    team summary, as ``quez intervisie summary`` does); else none, and nothing is loaded."""
    from quez.cli.privacy_cmd import loaded_finder
    from quez.workflows.kinds import finds_names

    session = store.get_session(session_id)
    if make is None or session is None or not finds_names(session.kind, document):
        return None
    return loaded_finder(cc, make)


def run_export(
    cc: CliContext,
    typed: str,
    output: Path | None,
    *,
    fmt: str = "md",
    lang: str | None = None,
    force: bool = False,
    document: str | None = None,
    make: FinderFactory | None = None,
) -> int:
    """Export one session; returns the exit code (failures print one line on stderr).

    ``make`` builds the name finder for documents whose guard looks for unlisted names.
    """
    from quez.cli.sessions_views import STORE_ERROR_EXIT, missing, open_store, resolve
    from quez.store import StoreError
    from quez.workflows.errors import WorkflowError
    from quez.workflows.export import check_language, export_session, shown

    t = cc.t
    try:
        check_language(lang)  # before the store (and a vault passphrase) is asked for
        store = open_store(cc)
        if store is None:
            raise missing(cc, typed)
        with store:
            session_id = resolve(cc, store, typed)
            outcome = export_session(
                store,
                session_id,
                folder=cc.paths.exports_dir,
                decks=lambda deck_id: cc.decks().get(deck_id),
                formats=(fmt,),
                lang=lang,
                output=output.expanduser() if output is not None else None,
                force=force,
                document=document,
                finder=_finder_for(cc, store, session_id, document, make),
            )
    except StoreError as exc:
        raise cc.fail(exc.message(t), STORE_ERROR_EXIT) from None
    except WorkflowError as exc:
        raise cc.fail(exc.message(t), EXIT_USAGE if exc.usage else EXIT_FAILED) from None
    if outcome.kinds:
        kinds = ", ".join(t(f"privacy.kind.{kind}") for kind in outcome.kinds)
        cc.console(stderr=True).print(t("export.privacy_warning", kinds=kinds), soft_wrap=True)
    if outcome.not_asked:
        line = t("trust.export.not_asked", count=outcome.not_asked)
        cc.console(stderr=True).print(line, soft_wrap=True)
    for path in outcome.written:
        cc.console().print(t("export.written", path=shown(path)), soft_wrap=True)
    return 0
