"""``quez export SESSION [-o PATH] [--format md|html] [--lang nl|en] [--force]``.

Only Typer is imported at registration; the store, decks and exporters load inside the command.
The exporter is chosen by the session's kind and the format (see :mod:`quez.export`), so the
intervisie team summary plugs in without changing this command.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import typer

from quez.i18n import Translator

if TYPE_CHECKING:
    from quez.cli.context import CliContext
    from quez.export import ExportSource
    from quez.store import Entry, Session

EXIT_USAGE = 2
EXIT_FAILED = 1


def register(app: typer.Typer, t: Translator | None = None) -> None:
    """Add ``export`` to ``app`` (help texts in ``t``'s language)."""
    if t is None:
        from quez.i18n import resolve_language

        t = Translator(resolve_language(None))

    helps = {key: t(f"cli.export.opt.{key}") for key in ("output", "format", "lang", "force")}

    # Options as defaults, not Annotated: Typer would evaluate annotations without ``t``.
    @app.command("export", help=t("cli.export.help"))
    def export_command(
        ctx: typer.Context,
        session_id: str = typer.Argument(..., metavar="SESSION", help=t("store.cli.arg.id")),
        output: Path | None = typer.Option(None, "-o", "--output", help=helps["output"]),
        fmt: str = typer.Option("md", "--format", help=helps["format"]),
        lang: str | None = typer.Option(None, "--lang", help=helps["lang"]),
        force: bool = typer.Option(False, "--force", help=helps["force"]),
    ) -> None:
        from quez.cli.context import get_context

        cc = get_context(ctx)
        raise typer.Exit(run_export(cc, session_id, output, fmt=fmt, lang=lang, force=force))


def _load(cc: CliContext, typed: str) -> tuple[Session, list[Entry]]:
    """The session and its entries, or a one-line failure (exit 2) naming no client text."""
    from quez.cli.sessions_views import STORE_ERROR_EXIT, missing, open_store, resolve
    from quez.store import StoreError

    store = open_store(cc)
    if store is None:
        raise missing(cc, typed)
    with store:
        try:
            session_id = resolve(cc, store, typed)
            session = store.get_session(session_id)
            if session is None:
                raise missing(cc, typed)
            return session, store.entries(session_id)
        except StoreError as exc:
            raise cc.fail(exc.message(cc.t), STORE_ERROR_EXIT) from None


def _source(
    cc: CliContext, session: Session, entries: list[Entry], lang: str | None
) -> ExportSource:
    """What the exporter needs, with the deck's titles looked up (a missing deck is fine)."""
    from quez.export.document import source_for

    return source_for(session, entries, cc.decks().get(session.deck_id), lang=lang)


def _shown(path: Path) -> str:
    from quez.sanitize import clean_text

    return clean_text(str(path))


def run_export(
    cc: CliContext,
    typed: str,
    output: Path | None,
    *,
    fmt: str = "md",
    lang: str | None = None,
    force: bool = False,
) -> int:
    """Export one session; returns the exit code (failures print one line on stderr)."""
    from quez.export import (
        ExportExistsError,
        ExportFolderMissingError,
        UnknownExporterError,
        exporter_for,
        formats_for,
        privacy_findings,
        write_export,
    )
    from quez.export.text import local_date
    from quez.i18n import LANGUAGES
    from quez.sanitize import clean_text

    t = cc.t
    if lang is not None and lang.lower() not in LANGUAGES:
        raise cc.fail(t("export.bad_lang", lang=clean_text(lang[:20])), EXIT_USAGE)
    session, entries = _load(cc, typed)
    try:
        exporter = exporter_for(session.kind, fmt)
    except UnknownExporterError:
        choices = formats_for(session.kind)
        if not choices:
            no_exporter = t("export.no_exporter", kind=session.kind, fmt=clean_text(fmt[:20]))
            raise cc.fail(no_exporter, EXIT_FAILED) from None
        bad_format = t("export.bad_format", fmt=clean_text(fmt[:20]), choices=", ".join(choices))
        raise cc.fail(bad_format, EXIT_USAGE) from None
    source = _source(cc, session, entries, lang)
    text = exporter(source)
    found = privacy_findings(source)
    if found:
        kinds = ", ".join(t(f"privacy.kind.{kind}") for kind in found)
        cc.console(stderr=True).print(t("export.privacy_warning", kinds=kinds), soft_wrap=True)
    if output is not None:
        output = output.expanduser()
    try:
        path = write_export(
            text,
            folder=cc.paths.exports_dir,
            label=session.label,
            date=local_date(session.created_at),
            fmt=fmt,
            output=output,
            force=force,
        )
    except ExportExistsError as exc:
        raise cc.fail(t("export.exists", path=_shown(exc.path)), EXIT_FAILED) from None
    except ExportFolderMissingError as exc:
        raise cc.fail(t("export.no_folder", path=_shown(exc.path)), EXIT_FAILED) from None
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        raise cc.fail(t("export.write_failed", reason=reason), EXIT_FAILED) from None
    cc.console().print(t("export.written", path=_shown(path)), soft_wrap=True)
    return 0
