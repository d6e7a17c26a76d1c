"""The intervisie meeting as a session kind: the team summary (Markdown), guarded.

Its privacy scan is the anonymisation guard's: it also knows the meeting's "niet noemen"
names and what the group chose to keep, and with the source's name finder
(:attr:`ExportSource.finder`) it finds people, places and institutions on no list, so an
export's warning names them too.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType

from quez.export.document import ExportSource
from quez.export.kind import SessionExporter
from quez.intervisie.guard import session_findings
from quez.intervisie.summary import export_team_summary


class IntervisieMeeting:
    """``session.kind == "intervisie"``: a peer consultation with its phases and roles."""

    name = "intervisie"
    finds_names = True  # the team summary leaves out unlisted people, places, institutions
    exporters: Mapping[str, SessionExporter] = MappingProxyType({"md": export_team_summary})

    def privacy_scan(self, source: ExportSource) -> tuple[str, ...]:
        """The identifier kind of every unresolved finding (label first, then notes)."""
        findings = session_findings(source.session, source.entries, finder=source.finder)
        return tuple(f.hit.kind for f in findings)


MEETING = IntervisieMeeting()
