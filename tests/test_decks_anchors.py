"""YAML anchors are refused with one line per anchor, however often each one is used."""

from __future__ import annotations

from pathlib import Path

import pytest

from quez.decks import DeckError, load_deck
from tests.test_decks_loader import GOOD


def alias_problems(path: Path) -> list[tuple[int, int]]:
    with pytest.raises(DeckError) as info:
        load_deck(path)
    return [(p.line, p.col) for p in info.value.problems if p.key == "yaml.alias"]


def test_an_anchor_used_nine_times_is_one_problem_at_the_anchor(tmp_path: Path) -> None:
    path = tmp_path / "anker.yaml"
    uses = "".join(f"extra{i}: *d\n" for i in range(9))
    text = GOOD.replace("description: {", "description: &d {", 1) + uses
    path.write_text(text, encoding="utf-8")
    line = text.splitlines().index(next(s for s in text.splitlines() if "&d" in s)) + 1
    assert alias_problems(path) == [(line, 14)]


def test_two_anchors_are_two_problems(tmp_path: Path) -> None:
    path = tmp_path / "twee.yaml"
    text = GOOD.replace("description: {", "description: &d {", 1)
    text = text.replace("title: {", "title: &t {", 1) + "a: *d\nb: *t\nc: *d\nd: *t\n"
    path.write_text(text, encoding="utf-8")
    assert len(alias_problems(path)) == 2


def test_an_alias_bomb_is_one_line_per_anchor(tmp_path: Path) -> None:
    bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    bomb += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    path = tmp_path / "bom.yaml"
    path.write_text("\n".join(bomb) + "\n", encoding="utf-8")
    # a0 … a10 are each used (nine times); a11 is used by nothing.
    assert alias_problems(path) == [(i + 1, len(f"a{i}: ") + 1) for i in range(11)]
