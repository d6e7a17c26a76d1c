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

META_VERSION = 1


@dataclass
class MeetingSetup:
    """Method, people, roles, case and timings: everything chosen on the setup screen."""

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

    def to_meta(self, method: Method) -> dict[str, Any]:
        """The JSON kept in ``session.meta`` (the question is an entry, not meta)."""
        return {
            "v": META_VERSION,
            "method": {
                "id": method.id,
                "title": dict(method.title.values),
                "phases": [{"id": p.id, "title": dict(p.title.values)} for p in method.phases],
                "roles": {r.id: dict(r.title.values) for r in method.roles},
            },
            "participants": list(self.participants),
            "roles": dict(self.roles),
            "niet_noemen": list(self.niet_noemen),
            "minutes": list(self.minutes),
            "auto_advance": self.auto_advance,
            "privacy_kept": list(self.kept),
            "optional_phases": list(self.optional),
        }

    @classmethod
    def from_meta(cls, meta: Mapping[str, Any], case_title: str | None) -> MeetingSetup:
        """Read it back; anything malformed becomes empty rather than an error."""
        method = meta.get("method")
        method_id = method.get("id") if isinstance(method, Mapping) else None
        minutes = meta.get("minutes")
        return cls(
            method_id=method_id if isinstance(method_id, str) else "",
            participants=texts(meta.get("participants")),
            roles={
                str(k): v
                for k, v in (meta.get("roles") or {}).items()
                if isinstance(v, str) and isinstance(k, str)
            }
            if isinstance(meta.get("roles"), Mapping)
            else {},
            case_title=case_title or "",
            niet_noemen=texts(meta.get("niet_noemen")),
            minutes=[m for m in minutes if isinstance(m, int) and not isinstance(m, bool)]
            if isinstance(minutes, list)
            else [],
            auto_advance=meta.get("auto_advance") is True,
            kept=texts(meta.get("privacy_kept")),
            optional=texts(meta.get("optional_phases")),
        )


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


def meta_title(meta: Mapping[str, Any], lang: str, key: str = "title") -> str:
    """The method's title in ``lang`` from the meta snapshot ("" when missing)."""
    method = meta.get("method")
    value = method.get(key) if isinstance(method, Mapping) else None
    return pick(value, lang)


def pick(value: object, lang: str) -> str:
    """``{nl: …, en: …}`` → the text in ``lang`` (else the first one)."""
    if not isinstance(value, Mapping) or not value:
        return ""
    text = value.get(lang)
    if not isinstance(text, str):
        text = next((v for v in value.values() if isinstance(v, str)), "")
    return clean_text(text)


def phase_titles(meta: Mapping[str, Any], lang: str) -> dict[str, str]:
    """Phase id → title in ``lang``, in method order."""
    method = meta.get("method")
    phases = method.get("phases") if isinstance(method, Mapping) else None
    found: dict[str, str] = {}
    for phase in phases if isinstance(phases, list) else []:
        if isinstance(phase, Mapping) and isinstance(phase.get("id"), str):
            found[phase["id"]] = pick(phase.get("title"), lang)
    return found


def role_titles(meta: Mapping[str, Any], lang: str) -> dict[str, str]:
    """Role id → title in ``lang``."""
    method = meta.get("method")
    roles = method.get("roles") if isinstance(method, Mapping) else None
    if not isinstance(roles, Mapping):
        return {}
    return {str(k): pick(v, lang) for k, v in roles.items()}
