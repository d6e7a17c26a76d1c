"""The advice lock's reading: advice and suggestive questions, not open questions (nl + en)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from quez.intervisie.advice import advice_sentences, reads_as_advice

ADVICE = [
    # Dutch: said straight out
    "Advies: je zou de zoon moeten bellen.",
    "advies - bel de zoon",
    "Mijn tip: maak eerst een overzicht van de schulden.",
    "Je zou de huisarts kunnen vragen om mee te denken.",
    "Je moet haar echt even laten uitpraten.",
    "Jij kunt ook de wijkagent inschakelen.",
    "Als ik jou was, zou ik de zoon erbij halen.",
    "Ik zou eerst met de moeder alleen praten.",
    "Ik raad je aan om het gesprek op te nemen in het plan.",
    "Het lijkt me verstandig om de school te bellen.",
    "Probeer eens een ander moment te kiezen.",
    "Wat dacht je van een gesprek met de hele familie?",
    "Misschien is het tijd voor een andere aanpak.",
    # Dutch: suggestive questions (the lint's disguised advice)
    "Heb je al geprobeerd om de zoon te bellen?",
    "Heb je er al aan gedacht om de huisarts te bellen?",
    "Misschien kun je haar vragen wat zij wil?",
    "Zou je niet eerst de moeder bellen?",
    "Is het geen goed idee om de school te bellen?",
    "Waarom bel je de zoon niet gewoon?",
    "Vraag: heb je al overwogen om hulp te vragen?",
    # English
    "Advice: call the son first.",
    "You should call the son.",
    "You could ask the GP to join.",
    "If I were you, I would talk to the mother alone.",
    "I'd call the school tomorrow.",
    "I suggest you write it down together.",
    "Have you tried calling the son?",
    "Why don't you ask her what she wants?",
    "Maybe you could ask the neighbour?",
    "Try asking her when she is rested.",
    "It might be wise to involve the school.",
]

NOT_ADVICE = [
    # Open questions, reflections, observations
    "Wat heb je al geprobeerd?",
    "Wat zou je willen bereiken met dit gesprek?",
    "Hoe zou jij het aanpakken als je alle tijd had?",
    "Wat maakt dat je twijfelt?",
    "Welke stappen heb je al gezet?",
    "Wat gebeurde er toen ze dat zei?",
    "Ik merk dat ik snel in de oplossing schiet.",
    "Ik zou graag willen weten hoe jij dat ervaart.",
    "Ik zou benieuwd zijn wat de zoon ervan vindt.",
    "De inbrenger vertelt dat de moeder boos werd.",
    "Kun je vertellen wat er toen gebeurde?",
    "Misschien kun je vertellen wat je toen voelde?",
    "Hoe voelde je je na het huisbezoek?",
    "Waar loop je vast?",
    "What have you tried so far?",
    "What would you like to happen?",
    "How did you feel when she said that?",
    "I would like to understand what happened.",
    "I'd like to know what the son thinks.",
    "Can you tell me what happened next?",
    "She said the school called twice.",
    "",
]


@pytest.mark.parametrize("text", ADVICE)
def test_advice_is_recognised(text: str) -> None:
    assert reads_as_advice(text), text


@pytest.mark.parametrize("text", NOT_ADVICE)
def test_open_questions_and_notes_are_not_advice(text: str) -> None:
    assert not reads_as_advice(text), advice_sentences(text)


def test_the_advice_sentence_is_named_among_others() -> None:
    text = "De moeder is moe. Heb je al geprobeerd de zoon te bellen? Ze slaapt slecht."
    assert advice_sentences(text) == ["Heb je al geprobeerd de zoon te bellen?"]


@given(st.text(max_size=300))
def test_any_text_gets_an_answer(text: str) -> None:
    assert isinstance(reads_as_advice(text), bool)
