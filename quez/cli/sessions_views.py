"""What the session commands do and print (imported lazily by :mod:`quez.cli.sessions_cmd`).

Labels, card texts and notes are untrusted: they go out through a console with markup off and
are cleaned once more on the way. Store errors become one line on stderr and exit code 2.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, cast

import typer
from rich.table import Table
from rich.text import Text

from quez.cli.context import CliContext
from quez.sanitize import clean_text

if TYPE_CHECKING:
    from quez.store import SessionSummary, Store
    from quez.store.model import SessionKind, SessionStatus

STORE_ERROR_EXIT = 2
_DURATION = re.compile(r"(\d{1,6})\s*([dwh]?)")
_UNITS = {"": "days", "d": "days", "w": "weeks", "h": "hours"}


def parse_duration(value: str) -> timedelta | None:
    """``90d``, ``12w``, ``48h`` or a bare number of days; None when it is none of those."""
    match = _DURATION.fullmatch(value.strip().lower())
    if match is None or int(match.group(1)) == 0:
        return None
    return timedelta(**{_UNITS[match.group(2)]: int(match.group(1))})


def local_time(moment: datetime) -> str:
    """A stored UTC time in the user's local time, to the minute."""
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def check_choice(cc: CliContext, option: str, value: str | None, choices: tuple[str, ...]) -> None:
    """Refuse an option value outside ``choices`` (exit 2)."""
    if value is not None and value not in choices:
        raise cc.fail(cc.t("store.cli.bad_choice", option=option, choices=", ".join(choices)), 2)


def open_store(cc: CliContext, *, create: bool = False) -> Store | None:
    """Open the store (nothing else happens); None when there is none yet and ``create`` is off.

    An encrypted store asks for its passphrase first (:func:`quez.cli.vault_unlock.store_key`).
    """
    from quez.cli.vault_unlock import store_key
    from quez.store import Store, StoreError

    key = store_key(cc)
    path = cc.paths.db_path
    if not create and not path.exists():
        return None
    try:
        return Store.open(path, key=key)
    except StoreError as exc:
        raise cc.fail(exc.message(cc.t), STORE_ERROR_EXIT) from None


def session_table(cc: CliContext, summaries: list[SessionSummary]) -> Table:
    t = cc.t
    table = Table(box=None, pad_edge=False, header_style="bold")
    for key in ("id", "kind", "status", "label", "cards", "updated"):
        table.add_column(t(f"store.cli.col.{key}"), justify="right" if key == "cards" else "left")
    for item in summaries:
        session = item.session
        table.add_row(
            Text(session.id),
            Text(t(f"store.cli.kind.{session.kind}")),
            Text(t(f"store.cli.status.{session.status}")),
            Text(clean_text(session.label or "")),
            Text(str(item.entry_count)),
            Text(local_time(session.updated_at)),
        )
    return table


def list_sessions(cc: CliContext, status: str | None, kind: str | None) -> int:
    """``quez sessions``: a table of sessions, most recent first."""
    from quez.store import StoreError

    check_choice(cc, "--status", status, ("open", "closed"))
    check_choice(cc, "--kind", kind, ("client", "intervisie"))
    console = cc.console()
    store = open_store(cc)
    if store is None:
        console.print(cc.t("store.cli.none"))
        return 0
    with store:
        try:
            summaries = store.list_sessions(
                status=cast("SessionStatus | None", status), kind=cast("SessionKind | None", kind)
            )
        except StoreError as exc:
            raise cc.fail(exc.message(cc.t), STORE_ERROR_EXIT) from None
    if not summaries:
        console.print(cc.t("store.cli.none"))
        return 0
    console.print(session_table(cc, summaries))
    return 0


def missing(cc: CliContext, typed: str) -> typer.Exit:
    """The one-line "no such session" failure, naming the id as typed.

    Only text with the shape of (part of) an id is echoed (``nope123`` is, read as ``n0pe123``);
    anything else, which could be a client's name, gets a line that names nothing.
    """
    from quez.store import NotFoundError
    from quez.store.ids import normalise_id, safe_id

    if safe_id(normalise_id(typed)) == "?":
        return cc.fail(cc.t("cli.not_an_id"), STORE_ERROR_EXIT)
    error = NotFoundError("store.error.no_session", session=typed.strip())
    return cc.fail(error.message(cc.t), STORE_ERROR_EXIT)


def resolve(cc: CliContext, store: Store, typed: str) -> str:
    """The full id for what the user typed (a whole id or a unique beginning of one)."""
    found = store.resolve_session_id(typed)
    if found is None:
        raise missing(cc, typed)
    return found
