"""``quez.sanitize`` removes every C0 and C1 control character and DEL: all 65, one by one.

Hypothesis tests elsewhere throw random text at it; this one names every code point, so a
single character slipping through fails with its number.
"""

from __future__ import annotations

import pytest

from quez.sanitize import clean_text, is_clean

KEPT = {"\t", "\n"}  # a client's line breaks and tabs are part of their words
C0 = [chr(c) for c in range(0x00, 0x20)]
C1 = [chr(c) for c in range(0x80, 0xA0)]
CONTROLS = [ch for ch in [*C0, "\x7f", *C1] if ch not in KEPT and ch != "\r"]


def test_the_list_is_complete() -> None:
    assert len(C0) == 32 and len(C1) == 32
    assert len(CONTROLS) == 32 + 1 + 32 - 3  # minus tab, newline and carriage return


@pytest.mark.parametrize("ch", CONTROLS, ids=lambda ch: f"U+{ord(ch):04X}")
def test_every_control_character_is_removed(ch: str) -> None:
    assert clean_text(f"ok{ch}") == "ok"
    assert clean_text(f"{ch}ok") in ("ok", "k")  # ESC/CSI may take the next byte along
    # "é" can never be part of an escape sequence, so only the control itself may go.
    assert clean_text(f"a{ch}é") == "aé"
    assert not is_clean(f"a{ch}b") and is_clean(clean_text(f"a{ch}b"))


def test_every_control_character_at_once() -> None:
    text = "begin" + "".join(CONTROLS) + "end"
    cleaned = clean_text(text)
    assert not any(ch in cleaned for ch in CONTROLS)
    assert cleaned.startswith("begin") and cleaned.endswith("end")


def test_tabs_and_newlines_stay_and_carriage_returns_become_newlines() -> None:
    assert clean_text("a\tb\nc") == "a\tb\nc"
    assert clean_text("a\r\nb\rc") == "a\nb\nc"
    assert is_clean("a\tb\nc") and not is_clean("a\rb")


@pytest.mark.parametrize("ch", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066",
                                "\u2067", "\u2068", "\u2069", "\u200e", "\u200f", "\u061c"],
                         ids=lambda ch: f"U+{ord(ch):04X}")  # fmt: skip
def test_every_bidi_control_is_removed(ch: str) -> None:
    assert clean_text(f"a{ch}b") == "ab"
