"""The shipped decks are written in our own words: no line repeats eight consecutive words of
the background documents on eigen regie (they sit in ``../shared/background`` beside the repo)."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

from tests.conftest import REPO, SHIPPED

BACKGROUND = REPO.parent / "shared" / "background"
RUN = 8


def words(text: str) -> list[str]:
    return re.findall(r"[a-zà-ÿ']+", text.lower())


def shingles(text: str) -> set[tuple[str, ...]]:
    w = words(text)
    return {tuple(w[i : i + RUN]) for i in range(len(w) - RUN + 1)}


@pytest.fixture(scope="module")
def background() -> set[tuple[str, ...]]:
    texts = sorted(BACKGROUND.glob("*.txt")) if BACKGROUND.is_dir() else []
    if not texts:
        if os.environ.get("CI"):
            pytest.fail(f"background documents missing in CI: {BACKGROUND}")
        pytest.skip("background documents are not beside this checkout")
    found: set[tuple[str, ...]] = set()
    for path in texts:
        found |= shingles(path.read_text(encoding="utf-8", errors="ignore"))
    return found


@pytest.mark.parametrize("deck", sorted(SHIPPED.glob("*.yaml")), ids=lambda p: p.name)
def test_no_deck_line_repeats_eight_words_of_the_background(
    deck: Path, background: set[tuple[str, ...]]
) -> None:
    copied = [
        f"{deck.name}:{number}"
        for number, line in enumerate(deck.read_text(encoding="utf-8").splitlines(), 1)
        if shingles(line) & background
    ]
    assert not copied, f"write these in your own words: {copied}"


def test_the_check_itself_catches_a_copied_line(background: set[tuple[str, ...]]) -> None:
    sample = next(iter(background))
    assert shingles("text: " + " ".join(sample)) & background
