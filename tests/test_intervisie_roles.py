"""Participants and roles."""

from __future__ import annotations

import pytest

from quez.intervisie.methods import Method, load_method
from quez.intervisie.roles import check_roles, parse_participants, roles_of, suggest_roles
from quez.paths import shipped_methods_dir


@pytest.fixture
def method() -> Method:
    return load_method(shipped_methods_dir() / "incidentmethode.yaml")


def test_parse_participants() -> None:
    names, problems = parse_participants(" AB, Fatima;  jk \n\x1b[31mZo ,ab,")
    assert names == ["AB", "Fatima", "jk", "Zo"]
    assert [p.key for p in problems] == ["iv.roles.duplicate_name"]
    assert [p.key for p in parse_participants("AB")[1]] == ["iv.roles.too_few"]
    assert [p.key for p in parse_participants(["A", "x" * 40, "B"])[1]] == [
        "iv.roles.name_too_long"
    ]


@pytest.mark.parametrize("count", [2, 3, 4, 6])
def test_suggestion_is_valid(method: Method, count: int) -> None:
    people = [f"P{i}" for i in range(count)]
    roles = suggest_roles(method, people, inbrenger=people[-1])
    assert roles["inbrenger"] == people[-1]
    assert check_roles(method, people, roles) == []
    assert roles["gespreksleider"] != roles["inbrenger"]
    if count >= 4:
        assert len(set(roles.values())) == 4  # a team of four: one role each


def test_check_roles(method: Method) -> None:
    people = ["A", "B"]
    bad = {"inbrenger": "A", "gespreksleider": "A", "tijdbewaker": "Z", "voorzitter": "B"}
    keys = sorted(p.key for p in check_roles(method, people, bad))
    assert keys == ["iv.roles.conflict", "iv.roles.not_participant", "iv.roles.unknown_role"]
    assert [p.key for p in check_roles(method, people, {"inbrenger": "A"})] == [
        "iv.roles.missing",
        "iv.roles.missing",
    ]
    assert roles_of("A", {"inbrenger": "A", "notulist": "A", "tijdbewaker": "B"}) == [
        "inbrenger",
        "notulist",
    ]
