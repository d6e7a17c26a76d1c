"""The intervisie guard with a name finder: unlisted names, colleagues, safe pseudonyms."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quez.i18n import Translator
from quez.intervisie.guard import (
    apply_decisions,
    resolve,
    safe_pseudonym,
    session_findings,
    text_findings,
)
from quez.intervisie.summary import render_team_summary
from quez.privacy import REDACTED, Hit, NameFinder, scan
from quez.store import Store
from tests.intervisie_helpers import FakeClock, open_store, sample_meeting

KNOWN = ("Johanna Bakker", "Wilma van Dijk", "Wilma", "Peter", "Fatima")


def detect(text: str) -> list[Hit]:
    """A stand-in for deduce: whole words from KNOWN (longest first), as persons."""
    pattern = "|".join(re.escape(n) for n in sorted(KNOWN, key=len, reverse=True))
    return [Hit("person", *m.span()) for m in re.finditer(rf"\b(?:{pattern})\b", text)]


FINDER = NameFinder.ready_with(detect)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    with open_store(tmp_path) as opened:
        yield opened


def test_an_unlisted_name_is_found_and_replaced_in_the_summary(store: Store) -> None:
    meeting = sample_meeting(store, FakeClock())
    meeting.add_note("note", "Mevrouw Johanna Bakker belde over haar zoon Peter.")
    meeting.flush()
    session = store.get_session(meeting.session.id)
    assert session is not None
    entries = store.entries(session.id)
    without = {f.value for f in session_findings(session, entries)}
    assert "Johanna Bakker" not in without  # the lists alone do not know her
    found = {f.value for f in session_findings(session, entries, finder=FINDER)}
    assert {"Johanna Bakker", "Peter", "Jan Jansen", "06-12345678"} <= found
    text = render_team_summary(session, entries, Translator("nl"), finder=FINDER)
    assert "Johanna" not in text and "Bakker" not in text and "Peter" not in text


def test_participants_are_colleagues_not_clients(store: Store) -> None:
    meeting = sample_meeting(store, FakeClock())  # Fatima takes part
    meeting.add_note("note", "Fatima vroeg door op de boosheid.")
    meeting.flush()
    session = store.get_session(meeting.session.id)
    assert session is not None
    values = [f.value for f in session_findings(session, store.entries(session.id), finder=FINDER)]
    assert "Fatima" not in values


def test_a_listed_name_is_found_even_when_it_is_a_participant() -> None:
    findings = text_findings("Fatima belde.", names=["Fatima"], participants=["Fatima"])
    assert [f.hit.kind for f in findings] == ["name"]


# -- pseudonyms ------------------------------------------------------------------------------
def test_the_case_title_is_not_offered_when_it_holds_a_name() -> None:
    # The issue: title "Casus Wilma", Wilma on the list → the dialog offered "Casus Wilma".
    assert safe_pseudonym("Casus Wilma", avoid=["Wilma"], default="Casus A") == "Casus A"
    assert safe_pseudonym("Casus Noor", avoid=["Wilma"], default="Casus A") == "Casus Noor"
    assert safe_pseudonym("  Situatie   B ", avoid=[], default="Casus A") == "Situatie B"
    # A detected name in the title is as bad as a listed one.
    assert safe_pseudonym("Casus Peter", avoid=[], default="Casus A", finder=FINDER) == "Casus A"
    # A first name alone brings the full name back.
    assert safe_pseudonym("Casus Wilma", avoid=["Wilma van Dijk"], default="Casus A") == "Casus A"
    # Tussenvoegsels are not names.
    assert safe_pseudonym("Casus van de week", avoid=["Wilma van Dijk"], default="X") == (
        "Casus van de week"
    )
    assert safe_pseudonym("", avoid=[], default="") == REDACTED
    assert safe_pseudonym("Wilma", avoid=["Wilma"], default="Wilma 2") == REDACTED


def test_casus_wilma_becomes_casus_a_not_casus_casus_wilma() -> None:
    findings = text_findings("Casus Wilma", names=["Wilma"])
    assert [f.value for f in findings] == ["Wilma"]
    unsafe = apply_decisions("Casus Wilma", [(findings[0], "Casus Wilma")])
    assert unsafe == "Casus […]"  # a replacement holding the name is refused
    offered = safe_pseudonym("Casus Wilma", avoid=["Wilma"], default="Casus A")
    assert apply_decisions("Casus Wilma", [(findings[0], offered)]) == "Casus A"


def test_resolve_never_writes_the_name_back(store: Store) -> None:
    session = store.create_session(
        "intervisie", "incidentmethode", "nl", label="Casus Wilma", meta={"niet_noemen": ["Wilma"]}
    )
    entry = store.add_entry(session.id, "note", "", phase="p1", note="Wilma belde weer.")
    findings = session_findings(session, store.entries(session.id))
    after = resolve(store, session, [(f, "Casus Wilma") for f in findings])
    assert "Wilma" not in (after.label or "")
    assert "Wilma" not in (store.get_entry(entry.id).note or "")  # type: ignore[union-attr]
    assert session_findings(after, store.entries(session.id)) == []


names = st.lists(
    st.sampled_from(["Wilma", "Wilma van Dijk", "Peter", "Johanna Bakker", "Noor", "Casus"]),
    max_size=3,
)
words = st.sampled_from(
    ["Casus", "Wilma", "van", "Dijk", "Peter", "belde", "zoon", "A", "Noor", "06-12345678", "."]
)
texts = st.lists(words, max_size=12).map(" ".join)


@given(texts, names, st.sampled_from(["Casus Wilma", "Casus Noor", "Situatie A", "Casus A"]))
def test_replacing_with_the_offered_pseudonym_is_idempotent(
    text: str, listed: list[str], title: str
) -> None:
    def once(value: str) -> str:
        findings = text_findings(value, names=listed, finder=FINDER)
        avoid = [*listed, *(f.value for f in findings)]
        offered = safe_pseudonym(title, avoid=avoid, default="Situatie B", finder=FINDER)
        assert not scan(offered, names=avoid) and not detect(offered)
        return apply_decisions(value, [(f, offered) for f in findings])

    first = once(text)
    assert once(first) == first
    assert not text_findings(first, names=listed, finder=FINDER)
