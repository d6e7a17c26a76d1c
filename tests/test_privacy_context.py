"""QueZ's two context rules on top of deduce (pure functions, no deduce needed)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quez.privacy import Hit
from quez.privacy.context import context_hits


def added(text: str, found: list[Hit] | None = None) -> list[str]:
    return [text[h.start : h.end] for h in context_hits(text, found or [])]


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Zijn tante Genet zorgt voor hem.", ["Genet"]),
        ("De oudste, Senait, tolkt.", ["Senait"]),
        ("Hij ziet zijn zoon Kacper te weinig.", ["Kacper"]),
        ("Zijn schoonzoon Olek regelt de financiën.", ["Olek"]),
        ("Haar zoon Peter de Vries belt vaak.", ["Peter de Vries"]),
        ("Ik belde huisarts Janssen.", ["Janssen"]),
        ("Her aunt Genet looks after him.", ["Genet"]),
        ("Dit is mijn collega Anna van Dam.", ["Anna van Dam"]),
    ],
)
def test_a_capitalised_word_after_a_family_word_is_a_name(text: str, names: list[str]) -> None:
    assert added(text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Haar zoon belt vaak.",
        "Ze heeft een zoon. Hij woont in het buitenland.",
        "Ze heeft een zoon\nHij woont ver weg.",
        "Her son Monday was tired.",
        "Zijn vrouw, ik bedoel zijn ex, belde.",
        "De moeder UWV-brieven laten lezen.",  # all capitals: not a name
        "De buurvrouw belde: ze had de hele dag niemand gezien.",
        "Her son I think is fine.",
    ],
)
def test_no_name_after_a_family_word(text: str) -> None:
    assert added(text) == []


def test_a_capitalised_word_before_a_found_name_joins_it() -> None:
    text = "De dochter, Mei Ling Chen, doet de gesprekken."
    start = text.index("Ling")
    assert added(text, [Hit("person", start, start + len("Ling Chen"))]) == ["Mei Ling Chen"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Volgens Peter gaat het goed.", "Peter"),  # "Volgens" starts the sentence
        ("Het ging goed. Gisteren Peter gesproken.", "Peter"),
        ("Ik sprak Peter.", "Peter"),
    ],
)
def test_a_sentence_start_never_joins_a_name(text: str, name: str) -> None:
    start = text.index(name)
    assert added(text, [Hit("person", start, start + len(name))]) == []


def test_places_are_not_extended() -> None:
    text = "Ik was in Amsterdam Zuidoost vandaag."
    start = text.index("Zuidoost")
    assert added(text, [Hit("place", start, start + 8)]) == []


@given(st.text(max_size=200))
def test_spans_stay_inside_the_text(text: str) -> None:
    for hit in context_hits(text, [Hit("person", 0, min(4, len(text)))] if text else []):
        assert 0 <= hit.start < hit.end <= len(text)
