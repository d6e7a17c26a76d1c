"""The intervisie team summary: find what the guard flags, apply the group's choices, write it.

``quez intervisie summary`` and the closing round of the intervisie screens both come here; the
file itself is written by the one export workflow (:func:`quez.workflows.export.export_session`),
so ``quez export`` of a meeting gives the same summary.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo
from pathlib import Path

from quez.intervisie.guard import Finding, resolve, session_findings
from quez.intervisie.kind import MEETING
from quez.privacy import NameFinder
from quez.store import NotFoundError, Session, Store
from quez.store.ids import safe_id
from quez.workflows.errors import WorkflowError
from quez.workflows.export import ExportOutcome, export_session

Decisions = Sequence[tuple[Finding, str | None]]


def _meeting(store: Store, session_id: str) -> Session:
    session = store.get_session(session_id)
    if session is None:
        raise NotFoundError("store.error.no_session", session=safe_id(session_id))
    if session.kind != MEETING.name:
        raise WorkflowError("cli.iv.not_intervisie", usage=True)
    return session


def pending_findings(
    store: Store, session_id: str, *, finder: NameFinder | None = None
) -> list[Finding]:
    """Every finding the guard has not seen resolved yet (label first, then notes in order).

    With a ready ``finder`` people, places and institutions on no list are findings too.
    """
    session = _meeting(store, session_id)
    return session_findings(session, store.entries(session.id), finder=finder)


def apply_decisions(store: Store, session_id: str, decisions: Decisions) -> Session:
    """Store the group's choices: a replacement text, or ``None`` to keep a finding on purpose."""
    return resolve(store, _meeting(store, session_id), decisions)


def write_team_summary(
    store: Store,
    session_id: str,
    *,
    folder: Path,
    lang: str,
    output: Path | None = None,
    tz: tzinfo | None = None,
    finder: NameFinder | None = None,
) -> ExportOutcome:
    """Write the summary (Markdown) in ``lang``; unresolved findings are written as ``[…]``.

    ``outcome.findings`` holds one entry per finding that was replaced that way; with a ready
    ``finder`` unlisted people, places and institutions among them.
    """
    _meeting(store, session_id)
    return export_session(
        store, session_id, folder=folder, formats=("md",), lang=lang, output=output, tz=tz,
        finder=finder,
    )  # fmt: skip
