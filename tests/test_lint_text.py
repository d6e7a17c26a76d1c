"""Text rules: jargon (client decks only), long-sentence, long-text."""

from __future__ import annotations

import pytest

from quez.i18n import Translator
from quez.lint import lint_deck
from quez.lint.jargon import find_jargon
from tests.lint_factory import make_deck

T = Translator("en")


def findings(text: str, lang: str = "nl", kind: str = "client") -> list[tuple[str, str]]:
    deck = make_deck([text], languages=(lang,), kind=kind)  # type: ignore[arg-type]
    return [(f.rule, f.message) for f in lint_deck(deck, translator=T)]


@pytest.mark.parametrize(
    ("text", "lang", "words"),
    [
        ("Wat betekent zelfredzaamheid voor u?", "nl", ["zelfredzaamheid"]),
        ("Welke zorgaanbieders kent u?", "nl", ["zorgaanbieders"]),
        ("Hoe gaat het met de cliënten?", "nl", ["cliënten"]),
        ("Wat is uw hulpvraag?", "nl", ["hulpvraag"]),
        ("Hoe kijkt u naar uw eigen  kracht?", "nl", ["eigen kracht"]),
        ("Wie heeft de regie, en wat vindt de Wmo?", "nl", ["regie", "wmo"]),
        ("Hoe verliep het keukentafelgesprek?", "nl", ["keukentafelgesprek"]),
        ("How do you feel about self-reliance?", "en", ["self-reliance"]),
        ("Which care providers do you know?", "en", ["care providers"]),
        ("What does your case manager say?", "en", ["case manager"]),
        ("Who is working on your case?", "en", ["case"]),
        ("What would help the clients?", "en", ["clients"]),
        # Low-literacy words and images (B1, mild intellectual disability)
        ("Met welk thema wilt u beginnen?", "nl", ["thema"]),
        ("Welke thema's kiest u?", "nl", ["thema's"]),
        ("Welke vaardigheid heeft u?", "nl", ["vaardigheid"]),
        ("Wat doet uw mantelzorger?", "nl", ["mantelzorger"]),
        ("Wie hoort bij uw netwerk?", "nl", ["netwerk"]),
        ("Welke ondersteuning wilt u?", "nl", ["ondersteuning"]),
        ("Waar heeft u het stuur in handen?", "nl", ["stuur in handen"]),
        ("Waar kunt u helemaal in opgaan?", "nl", ["in opgaan"]),
        ("Wat is uw motivatie?", "nl", ["motivatie"]),
        ("Which theme would you like to start with?", "en", ["theme"]),
        ("Who is in your support network?", "en", ["support network"]),
        ("Where are you at the wheel?", "en", ["at the wheel"]),
        ("What can you lose yourself in?", "en", ["lose yourself in"]),
        ("What are your priorities?", "en", ["priorities"]),
    ],
)
def test_jargon_bad(text: str, lang: str, words: list[str]) -> None:
    assert find_jargon(text, lang) == words
    assert [r for r, _ in findings(text, lang)].count("jargon") == 1


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("Wat kunt u zelf, en waar wilt u hulp bij?", "nl"),
        ("Wie besluit er over uw leven?", "nl"),
        ("Wat geeft u kracht?", "nl"),
        ("Wie staat er om u heen?", "nl"),
        ("In that case, what would you do?", "en"),
        ("What is different in your case?", "en"),
        ("What would you pack, just in case?", "en"),
        ("What do you do for other people?", "en"),
        ("What gives you strength?", "en"),
        ("Waar wilt u het vandaag over hebben?", "nl"),
        ("Wat kunt u goed?", "nl"),
        ("Wie zorgt er voor u, en voor wie zorgt u?", "nl"),
        ("Welke hulp wilt u, en van wie?", "nl"),
        ("Wat doet u graag, waar u de tijd bij vergeet?", "nl"),
        ("Wat wilt u zelf beslissen?", "nl"),
        ("What would you like to talk about today?", "en"),
        ("Who looks after you, and whom do you look after?", "en"),
        ("What do you do that makes you forget the time?", "en"),
        ("Who else could help, in the family or nearby?", "en"),
    ],
)
def test_jargon_good(text: str, lang: str) -> None:
    assert find_jargon(text, lang) == []
    assert "jargon" not in [r for r, _ in findings(text, lang)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_jargon_is_fine_among_professionals(lang: str) -> None:
    text = {"nl": "Wat wil de cliënt in deze casus?", "en": "What does the client want here?"}[lang]
    assert "jargon" in [r for r, _ in findings(text, lang, "client")]
    assert "jargon" not in [r for r, _ in findings(text, lang, "intervisie")]


LONG_NL = (
    "Wat zou u in de komende weken het allerliefst samen met de mensen om u heen willen "
    "doen als alles zou kunnen wat u maar wilt?"
)
LONG_EN = (
    "What would you most like to do in the coming weeks together with the people around you "
    "if everything you could wish for were possible?"
)


@pytest.mark.parametrize(
    ("text", "lang", "bad"),
    [
        (LONG_NL, "nl", True),
        (LONG_EN, "en", True),
        ("Wat wilt u graag doen in de komende weken?", "nl", False),
        ("What would you like to do in the coming weeks?", "en", False),
        # Two short sentences are fine, even together.
        ("Wat ging goed deze week? En wat wilt u de volgende week anders doen?", "nl", False),
    ],
)
def test_long_sentence(text: str, lang: str, bad: bool) -> None:
    assert ("long-sentence" in [r for r, _ in findings(text, lang)]) is bad


@pytest.mark.parametrize(
    ("text", "lang", "bad"),
    [
        ("Wat helpt u? " * 17, "nl", True),
        ("What helps you? " * 14, "en", True),
        ("Wat helpt u? " * 5, "nl", False),
        ("What helps you? " * 5, "en", False),
    ],
)
def test_long_text(text: str, lang: str, bad: bool) -> None:
    assert ("long-text" in [r for r, _ in findings(text.strip(), lang)]) is bad


def test_messages_follow_the_ui_language() -> None:
    deck = make_deck(["Waarom?"])
    nl = lint_deck(deck, translator=Translator("nl"))[0].message
    en = lint_deck(deck, translator=Translator("en"))[0].message
    assert "waarom" in nl and "why" in en and nl != en
