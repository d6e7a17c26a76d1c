"""What a group decides before the meeting starts, and how it is kept in ``session.meta``.

The method's titles are copied into the meta (like a card's text into an entry), so a summary
still reads right after the method file changed or was removed.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from quez.intervisie.methods import Method
from quez.intervisie.roles import clean_name
from quez.sanitize import clean_text
from quez.store.model import Session

META_VERSION = 1
KEPT = "privacy_kept"  # findings the group chose to keep, as short hashes (see the guard)

Titles = Mapping[str, str]  # language -> text, as copied from the method


@dataclass(frozen=True)
class MethodSnapshot:
    """The method's id and titles as they were when the meeting started (kept in the meta)."""

    id: str = ""
    title: Titles = field(default_factory=dict)
    phases: tuple[tuple[str, Titles], ...] = ()  # (phase id, titles), in method order
    roles: Mapping[str, Titles] = field(default_factory=dict)  # role id -> titles

    @classmethod
    def of(cls, method: Method) -> MethodSnapshot:
        """The snapshot of a loaded method."""
        return cls(
            id=method.id,
            title=dict(method.title.values),
            phases=tuple((p.id, dict(p.title.values)) for p in method.phases),
            roles={r.id: dict(r.title.values) for r in method.roles},
        )

    @classmethod
    def from_meta(cls, value: object) -> MethodSnapshot:
        """Read the ``method`` part of a meta back; anything malformed becomes empty."""
        if not isinstance(value, Mapping):
            return cls()
        method_id = value.get("id")
        phases = value.get("phases")
        roles = value.get("roles")
        return cls(
            id=method_id if isinstance(method_id, str) else "",
            title=_titles(value.get("title")),
            phases=tuple(
                (phase["id"], _titles(phase.get("title")))
                for phase in (phases if isinstance(phases, list) else [])
                if isinstance(phase, Mapping) and isinstance(phase.get("id"), str)
            ),
            roles={str(k): _titles(v) for k, v in roles.items()}
            if isinstance(roles, Mapping)
            else {},
        )

    def to_meta(self) -> dict[str, Any]:
        """The JSON form (the ``method`` part of a meeting's meta)."""
        return {
            "id": self.id,
            "title": dict(self.title),
            "phases": [{"id": pid, "title": dict(titles)} for pid, titles in self.phases],
            "roles": {rid: dict(titles) for rid, titles in self.roles.items()},
        }

    def title_in(self, lang: str) -> str:
        """The method's title in ``lang`` ("" when missing)."""
        return pick(self.title, lang)

    def phase_titles(self, lang: str) -> dict[str, str]:
        """Phase id -> title in ``lang``, in method order."""
        return {pid: pick(titles, lang) for pid, titles in self.phases}

    def role_titles(self, lang: str) -> dict[str, str]:
        """Role id -> title in ``lang``."""
        return {rid: pick(titles, lang) for rid, titles in self.roles.items()}


@dataclass
class MeetingSetup:
    """Method, people, roles, case and timings: everything chosen on the setup screen.

    The one reader and writer of an intervisie session's ``meta``: everything else (the
    guard, the summary, the screens) asks a setup, never the raw JSON.
    """

    method_id: str
    participants: list[str]
    roles: dict[str, str]
    case_title: str = ""  # a pseudonym: never a client's name
    question: str = ""  # the inbrenger's question, if already known
    niet_noemen: list[str] = field(default_factory=list)
    minutes: list[int] = field(default_factory=list)
    auto_advance: bool = False
    kept: list[str] = field(default_factory=list)  # privacy findings the group chose to keep
    optional: list[str] = field(default_factory=list)  # ids of the optional steps chosen
    method: MethodSnapshot = field(default_factory=MethodSnapshot)  # titles, once stored

    def to_meta(self, method: Method | None = None) -> dict[str, Any]:
        """The JSON kept in ``session.meta`` (the question is an entry, not meta).

        ``method``: the loaded method (when the meeting starts); else the stored snapshot.
        """
        snapshot = MethodSnapshot.of(method) if method is not None else self.method
        return {
            "v": META_VERSION,
            "method": snapshot.to_meta(),
            "participants": list(self.participants),
            "roles": dict(self.roles),
            "niet_noemen": list(self.niet_noemen),
            "minutes": list(self.minutes),
            "auto_advance": self.auto_advance,
            KEPT: list(self.kept),
            "optional_phases": list(self.optional),
        }

    @classmethod
    def of(cls, session: Session) -> MeetingSetup:
        """The setup of a stored intervisie session (its meta and its case title)."""
        return cls.from_meta(session.meta, session.label)

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any], case_title: str | None) -> MeetingSetup:
        """Read it back; anything malformed becomes empty rather than an error."""
        snapshot = MethodSnapshot.from_meta(meta.get("method"))
        minutes = meta.get("minutes")
        roles = meta.get("roles")
        return cls(
            method_id=snapshot.id,
            participants=texts(meta.get("participants")),
            roles={str(k): v for k, v in roles.items() if isinstance(v, str) and isinstance(k, str)}
            if isinstance(roles, Mapping)
            else {},
            case_title=case_title or "",
            niet_noemen=texts(meta.get("niet_noemen")),
            minutes=[m for m in minutes if isinstance(m, int) and not isinstance(m, bool)]
            if isinstance(minutes, list)
            else [],
            auto_advance=meta.get("auto_advance") is True,
            kept=texts(meta.get(KEPT)),
            optional=texts(meta.get("optional_phases")),
            method=snapshot,
        )


def with_kept(meta: Mapping[str, Any], kept: list[str]) -> dict[str, Any]:
    """``meta`` with a new list of kept findings (every other key exactly as it was)."""
    return {**meta, KEPT: list(kept)}


def _titles(value: object) -> dict[str, str]:
    if not isinstance(value, Mapping):
        return {}
    return {str(k): v for k, v in value.items() if isinstance(v, str)}


def texts(value: object) -> list[str]:
    """A list of non-empty strings from JSON (anything else is dropped)."""
    if not isinstance(value, list):
        return []
    return [clean_name(v) for v in value if isinstance(v, str) and clean_name(v)]


def parse_names(raw: str) -> list[str]:
    """The "niet noemen" list from one line: comma- or semicolon-separated, cleaned."""
    parts = clean_text(raw).replace(";", ",").replace("\n", ",").split(",")
    seen: set[str] = set()
    names: list[str] = []
    for part in parts:
        name = clean_name(part)
        if name and name.casefold() not in seen:
            seen.add(name.casefold())
            names.append(name)
    return names


def pick(value: object, lang: str) -> str:
    """``{nl: …, en: …}`` → the text in ``lang`` (else the first one)."""
    if not isinstance(value, Mapping) or not value:
        return ""
    text = value.get(lang)
    if not isinstance(text, str):
        text = next((v for v in value.values() if isinstance(v, str)), "")
    return clean_text(text)
