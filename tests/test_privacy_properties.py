"""Property tests: the guard never raises, and redaction leaves no hit behind."""

from __future__ import annotations

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from quez.privacy import REDACTED, redact, scan

TODAY = date(2026, 5, 1)
# Text built from the characters identifiers are made of, so hits are actually found.
pieces = st.sampled_from(
    ["0", "1", "2", "3", "6", "9", " ", "-", ".", "/", "+", "@", "NL", "AB", "ab", "jan", "\n",
     "maart", "geboren", "31", "(0)", "é", "x.nl", "123456782", "1234 AB", "06"]
)  # fmt: skip
texts = st.one_of(st.text(), st.lists(pieces, max_size=40).map("".join))
# A name made of the replacement's own characters would of course be found again.
name = st.text(max_size=8).filter(lambda n: not set(n) & set(REDACTED))
names = st.lists(st.one_of(name, st.sampled_from(["jan", "Jan de", "a.b"])), max_size=3)


@settings(max_examples=300, deadline=None)
@given(texts, names)
def test_scan_never_raises_and_hits_are_ordered(text: str, names_: list[str]) -> None:
    hits = scan(text, names=names_, today=TODAY)
    last = 0
    for hit in hits:
        assert last <= hit.start < hit.end <= len(text)
        last = hit.end


@settings(max_examples=300, deadline=None)
@given(texts, names)
def test_redact_removes_every_hit(text: str, names_: list[str]) -> None:
    hits = scan(text, names=names_, today=TODAY)
    cleaned = redact(text, hits)
    # Every hit's span is gone: what is left is exactly the text between the hits.
    kept, last = [], 0
    for hit in hits:
        kept.append(text[last : hit.start])
        last = hit.end
    kept.append(text[last:])
    assert cleaned == REDACTED.join(kept)
    # A rescan never finds anything inside a replacement. It may find what a neighbouring hit
    # hid ("122345678/1000AA": a number glued to a postcode is not a BSN); the TUI rescans
    # after redacting, and that converges.
    marks, pos = [], 0
    for piece in kept[:-1]:
        pos += len(piece)
        marks.append((pos, pos + len(REDACTED)))
        pos += len(REDACTED)
    again = scan(cleaned, names=names_, today=TODAY)
    assert not any(s <= h.start and h.end <= e for h in again for s, e in marks)
    for _ in range(3):
        cleaned = redact(cleaned, again)
        again = scan(cleaned, names=names_, today=TODAY)
    assert again == []
