"""Any text survives a trip through a deck file, apart from stripped control characters."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quez.decks import load_deck
from quez.sanitize import clean_text, is_clean

# Any character except surrogates (a UTF-8 file cannot hold them).
any_text = st.text(st.characters(exclude_categories=["Cs"]), min_size=1, max_size=80)


def deck_with(text: str) -> dict[str, object]:
    return {
        "format": 1,
        "id": "rt",
        "title": "Round trip",
        "description": "d",
        "kind": "client",
        "language": "nl",
        "themes": [{"id": "a", "title": "A", "question": "Q?"}],
        "cards": [{"id": "c", "theme": "a", "text": text, "followups": [text]}],
    }


# YAML itself reads raw NEL/LS/PS as line breaks (folded to spaces), so the raw-unicode
# variant leaves them out; the escaped variant covers every character.
raw_text = any_text.filter(lambda s: not any(c in s for c in "\x85\u2028\u2029"))


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(text=any_text, escaped=st.just(True) | st.just(False), raw=raw_text)
def test_text_round_trips(tmp_path: Path, text: str, escaped: bool, raw: str) -> None:
    if not escaped:
        text = raw
    expected = clean_text(text)
    if not expected.strip():
        return  # empty after cleaning: the loader rightly refuses it (tested elsewhere)
    path = tmp_path / "rt.yaml"
    if escaped:
        dumped = yaml.safe_dump(deck_with(text), allow_unicode=False, default_style='"')
        dumped = dumped.replace('"format": !!int "1"', "format: 1")
    else:
        dumped = yaml.safe_dump(deck_with(text), allow_unicode=True)
    path.write_text(dumped, encoding="utf-8")
    deck = load_deck(path)
    assert deck.cards[0].text.get("nl") == expected
    assert deck.cards[0].followups[0].get("nl") == expected


@given(text=st.text())
def test_clean_text_is_idempotent_and_clean(text: str) -> None:
    once = clean_text(text)
    assert clean_text(once) == once
    assert is_clean(once)
    assert "\x1b" not in once and "\u202e" not in once


def test_clean_text_removes_whole_escape_sequences() -> None:
    assert clean_text("a\x1b[31mrood\x1b[0m b") == "arood b"
    assert clean_text("x\x1b]0;title\x07y") == "xy"
    assert clean_text("regel\r\nnog\rmeer\ttab") == "regel\nnog\nmeer\ttab"
