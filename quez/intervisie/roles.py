"""Who takes part and who holds which role: checks and a sensible first suggestion.

Participants are colleagues, named by initials or a first name. One person may hold several
roles, except where a role says ``not_with`` (the gespreksleider is not also the inbrenger).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from quez.intervisie.methods import INBRENGER, Method
from quez.sanitize import clean_text

MAX_NAME = 30
MAX_PARTICIPANTS = 16


@dataclass(frozen=True)
class RoleProblem:
    """Something wrong with the participants or roles: an i18n key and its parameters."""

    key: str
    params: Mapping[str, object] = field(default_factory=dict)


def clean_name(raw: str) -> str:
    """A participant's name as shown: cleaned, whitespace collapsed, trimmed."""
    return " ".join(clean_text(raw).split())


def parse_participants(raw: str | Iterable[str]) -> tuple[list[str], list[RoleProblem]]:
    """Names from a comma-separated line (or a list), cleaned, with any problems found."""
    parts = raw.replace(";", ",").replace("\n", ",").split(",") if isinstance(raw, str) else raw
    names: list[str] = []
    problems: list[RoleProblem] = []
    seen: set[str] = set()
    for part in parts:
        name = clean_name(part)
        if not name:
            continue
        if len(name) > MAX_NAME:
            problems.append(RoleProblem("iv.roles.name_too_long", {"limit": MAX_NAME}))
            continue
        if name.casefold() in seen:
            problems.append(RoleProblem("iv.roles.duplicate_name", {"name": name}))
            continue
        seen.add(name.casefold())
        names.append(name)
    if len(names) < 2:
        problems.append(RoleProblem("iv.roles.too_few"))
    if len(names) > MAX_PARTICIPANTS:
        problems.append(RoleProblem("iv.roles.too_many", {"limit": MAX_PARTICIPANTS}))
    return names, problems


def check_roles(
    method: Method, participants: Sequence[str], roles: Mapping[str, str]
) -> list[RoleProblem]:
    """Problems with an assignment ``{role_id: participant}``; empty when it may start."""
    problems: list[RoleProblem] = []
    for role_id, person in roles.items():
        if method.role(role_id) is None:
            problems.append(RoleProblem("iv.roles.unknown_role", {"role": role_id}))
        elif person not in participants:
            problems.append(RoleProblem("iv.roles.not_participant", {"role": role_id}))
    for role in method.roles:
        if role.required and not roles.get(role.id):
            problems.append(RoleProblem("iv.roles.missing", {"role": role.id}))
        for other in role.not_with:
            if roles.get(role.id) and roles.get(role.id) == roles.get(other):
                problems.append(RoleProblem("iv.roles.conflict", {"role": role.id, "other": other}))
    return problems


def _conflicts(method: Method, role_id: str, holder: str, roles: Mapping[str, str]) -> bool:
    """Would ``holder`` taking ``role_id`` break a ``not_with`` rule (either direction)?"""
    role = method.role(role_id)
    for other, person in roles.items():
        if person != holder:
            continue
        other_role = method.role(other)
        if (role and other in role.not_with) or (other_role and role_id in other_role.not_with):
            return True
    return False


def suggest_roles(
    method: Method, participants: Sequence[str], inbrenger: str | None = None
) -> dict[str, str]:
    """A first assignment to edit: the inbrenger as given (or the first person), then the
    other roles to whoever holds the fewest roles so far, never breaking ``not_with``."""
    if not participants:
        return {}
    first = inbrenger if inbrenger is not None and inbrenger in participants else participants[0]
    roles: dict[str, str] = {INBRENGER: first}
    load = {p: 0 for p in participants}
    load[roles[INBRENGER]] += 1
    order = list(participants)
    for role in method.roles:
        if role.id == INBRENGER:
            continue
        for person in sorted(order, key=lambda p: (load[p], order.index(p))):
            if not _conflicts(method, role.id, person, roles):
                roles[role.id] = person
                load[person] += 1
                break
    return roles


def roles_of(person: str, roles: Mapping[str, str]) -> list[str]:
    """The role ids ``person`` holds, in assignment order."""
    return [role_id for role_id, holder in roles.items() if holder == person]
