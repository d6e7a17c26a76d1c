"""The double-question rule: one question per card, in Dutch and English."""

from __future__ import annotations

import pytest

from quez.i18n import Translator
from quez.lint import RULES, lint_deck
from quez.lint.rules_double import double_question_hits, is_double
from tests.lint_factory import make_deck

T = Translator("en")

DOUBLE_NL = [
    "Wat ging goed? En wat kan beter?",
    "Wat ging goed, en wat kan beter?",
    "Wat ging goed, wat kan beter?",
    "Wie helpt u, en bij wie kunt u terecht?",
    "Wie zijn belangrijk voor u, en voor wie bent u belangrijk?",
    "Hoe weet je dat, en wanneer heb je het gevraagd?",
    "Wat doe jij en wat laat je aan de ander?",
    "Wat lukt wel, maar wat kost u moeite?",
    "Kunt u vertellen hoe het ging, en wat u toen deed?",
    "Wie schreef de afspraken op, en in wiens woorden?",
    "Welke regel staat in de weg, en welk doel zit erachter?",
    "Wat deed je toen, en waarom?",
    "Hoe gaat het, hoe voelt u zich?",
    "Wat doet u graag in uw vrije tijd en met wie?",
]
SINGLE_NL = [
    "Wie of wat helpt u dan?",
    "Waar, wanneer en hoe wilt u praten?",
    "Wat maakt het makkelijk of moeilijk om hulp te vragen?",
    "Wat wilt u graag leren, of weer oefenen?",
    "Wat doet u als het tegenzit en wanneer niemand helpt?",
    "Welke stap, hoe klein ook, wilt u zetten?",
    "Wie heeft het probleem als eerste benoemd: de cliënt, jij of iemand anders?",
    "Wanneer u terugkijkt, wat ziet u dan?",
    "Stel dat alles kon. Wat zou u dan doen?",
    "Welke weg doet recht aan de keuze én aan de zorgen?",
    "Hoeveel tijd en aandacht wilt u eraan geven?",
]
DOUBLE_EN = [
    "What went well? And what could be better?",
    "What went well, and what could be better?",
    "What went well, what could be better?",
    "Who matters to you, and to whom do you matter?",
    "How do you know, and when did you last ask?",
    "What do you do and what do you leave to the other person?",
    "What works for you, but what takes effort?",
    "Could you tell me how it went, and what you did then?",
    "Who wrote it down, and in whose words?",
    "What did you do then, and why?",
    "What do you like doing in your free time, and with whom?",
]
SINGLE_EN = [
    "Who or what helped with that?",
    "Where, when and how would you like to talk?",
    "How much or how little would you like to share?",
    "What would you like to learn, or practise again?",
    "What do you do when things go wrong and when nobody helps?",
    "When you look back, what do you see?",
    "Which step, however small, would you like to take?",
    "Imagine anything were possible. What would you do?",
]


@pytest.mark.parametrize("text", DOUBLE_NL)
def test_double_nl(text: str) -> None:
    assert is_double(text, "nl")


@pytest.mark.parametrize("text", SINGLE_NL)
def test_single_nl(text: str) -> None:
    assert not is_double(text, "nl")


@pytest.mark.parametrize("text", DOUBLE_EN)
def test_double_en(text: str) -> None:
    assert is_double(text, "en")


@pytest.mark.parametrize("text", SINGLE_EN)
def test_single_en(text: str) -> None:
    assert not is_double(text, "en")


def test_one_finding_per_text_with_the_second_question_quoted() -> None:
    hits = double_question_hits("Wat ging goed? Wat kan beter? Wat nu?", "nl")
    assert len(hits) == 1 and hits[0].params["quote"] == "Wat kan beter?"
    hits = double_question_hits("Wat ging goed, en wat kan beter?", "nl")
    assert hits[0].params["quote"] == "en wat kan beter"


def test_other_languages_are_left_alone() -> None:
    assert double_question_hits("Was ging gut, und was kann besser werden?", "de") == []


@pytest.mark.parametrize("kind", ["client", "intervisie"])
def test_lint_reports_it_as_a_warning_for_cards_followups_and_theme_questions(
    kind: str,
) -> None:
    deck = make_deck(
        [("t", "Wat ging goed, en wat kan beter?", ["Wie hielp, en hoe deed die dat?"])],
        themes={"t": "Wat wil je, en wat kun je?"},
        kind=kind,  # type: ignore[arg-type]
    )
    found = [f for f in lint_deck(deck, translator=Translator("nl")) if f.rule == "double-question"]
    assert RULES["double-question"] == "warning"
    assert [f.card for f in found] == [None, "c1", "c1"]
    assert {f.level for f in found} == {"warning"}
    assert "twee vragen in één" in found[0].message
    english = lint_deck(deck, translator=T)
    assert any("two questions in one" in f.message for f in english)
