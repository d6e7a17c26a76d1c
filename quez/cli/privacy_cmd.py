"""``quez check-privacy SESSION`` and ``quez check-privacy --file PATH``.

A session's findings are printed as ``where:line:col: kind M•••a`` (masked, as before); a
file's as ``path:line:col: kind``, never with the text that was found. Exit 1 when something is
found, 0 when clean, 2 for a session or file that cannot be read (one line, no traceback).

The name finder (``deduce``) is loaded here in the foreground: about a second once its lookup
structures are cached, ten seconds or more the very first time (a note on stderr says so).
Only Typer is imported at registration; everything else loads inside the command.
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

EXIT_HITS = 1
EXIT_UNREADABLE = 2


def default_finder(paths: Paths) -> NameFinder:
    """The real name finder, its files in QueZ's cache folder."""
    from quez.privacy.deduce_engine import name_finder

    return name_finder(paths.cache_dir)


def register(app: typer.Typer, t: Translator, *, finder: FinderFactory | None = None) -> None:
    """Add ``check-privacy`` to ``app``; ``finder`` replaces the real name finder (tests)."""
    session_help, file_help = t("store.cli.arg.id"), t("privacy.cli.opt.file")

    @app.command("check-privacy", help=t("privacy.cli.help"))
    def check_privacy_command(
        ctx: typer.Context,
        session_id: str | None = typer.Argument(None, metavar="[SESSION]", help=session_help),
        file: Path | None = typer.Option(None, "--file", help=file_help),
    ) -> None:
        from quez.cli.context import get_context

        cc = get_context(ctx)
        if (session_id is None) == (file is None):
            raise cc.fail(t("privacy.cli.one_source"), EXIT_UNREADABLE)
        make = finder or default_finder
        if file is not None:
            raise typer.Exit(check_file(cc, file, make))
        raise typer.Exit(check_session(cc, session_id or "", make))


def loaded_finder(cc: CliContext, make: FinderFactory) -> NameFinder:
    """The finder, loaded in the foreground; a note on stderr for a first build or a failure."""
    from rich.text import Text

    from quez.privacy import LoadState

    finder = make(cc.paths)
    err = cc.console(stderr=True)

    def note(state: LoadState) -> None:
        if state is LoadState.BUILDING:
            err.print(Text(cc.t("privacy.cli.building")), soft_wrap=True)

    finder.add_listener(note)
    if not finder.load() and finder.state is LoadState.FAILED:
        err.print(Text(cc.t("privacy.cli.names_failed")), soft_wrap=True)
    return finder


def read_text(cc: CliContext, path: Path) -> str:
    """The file's text, or one ``path: problem`` line and exit 2."""
    from quez.sanitize import clean_text

    shown = clean_text(str(path))
    if not path.exists():
        raise cc.fail(cc.t("privacy.cli.missing", path=shown), EXIT_UNREADABLE)
    if not path.is_file():
        raise cc.fail(cc.t("privacy.cli.not_a_file", path=shown), EXIT_UNREADABLE)
    try:
        data = path.read_bytes()
    except OSError:
        raise cc.fail(cc.t("privacy.cli.unreadable", path=shown), EXIT_UNREADABLE) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        good = data[: exc.start].decode("utf-8-sig")
        line, col = position(good, len(good))
        message = cc.t("privacy.cli.not_utf8", path=shown, line=line, col=col)
        raise cc.fail(message, EXIT_UNREADABLE) from None


def position(text: str, offset: int) -> tuple[int, int]:
    """1-based line and column of ``offset`` in ``text``."""
    line = text.count("\n", 0, offset) + 1
    return line, offset - (text.rfind("\n", 0, offset) + 1) + 1


def check_file(cc: CliContext, path: Path, make: FinderFactory) -> int:
    """``--file``: one ``path:line:col: kind`` line per finding, never the text found."""
    from rich.text import Text

    from quez.sanitize import clean_text

    text = read_text(cc, path)
    hits = loaded_finder(cc, make).scan(text).hits
    out = cc.console()
    shown = clean_text(str(path))
    for hit in hits:
        line, col = position(text, hit.start)
        kind = cc.t(f"privacy.kind.{hit.kind}")
        out.print(Text(f"{shown}:{line}:{col}: {kind}"), soft_wrap=True)
    if hits:
        err = cc.console(stderr=True)
        err.print(Text(cc.t("privacy.cli.file_summary", count=len(hits))), soft_wrap=True)
        return EXIT_HITS
    out.print(Text(cc.t("cli.privacy.clean")))
    return 0


def check_session(cc: CliContext, typed: str, make: FinderFactory) -> int:
    """``SESSION``: one masked line per finding; 1 when there are any."""
    from rich.text import Text

    from quez.intervisie.guard import session_findings
    from quez.privacy import mask

    t = cc.t
    session, entries = _session(cc, typed)
    findings = session_findings(session, entries, finder=loaded_finder(cc, make))
    out = cc.console()
    for finding in findings:
        line, col = finding.line_col
        where = (
            t("cli.privacy.in_label")
            if finding.entry_id is None
            else t("cli.privacy.in_entry", seq=finding.seq or 0)
        )
        kind = t(f"privacy.kind.{finding.hit.kind}")
        out.print(Text(f"{where}:{line}:{col}: {kind} {mask(finding.value)}"), soft_wrap=True)
    if findings:
        cc.console(stderr=True).print(Text(t("cli.privacy.summary", count=len(findings))))
        return EXIT_HITS
    out.print(Text(t("cli.privacy.clean")))
    return 0


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
