"""Rules that look at one text at a time: question form, length and jargon."""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from quez.lint import rules_en, rules_nl
from quez.lint.jargon import find_jargon
from quez.lint.model import Hit
from quez.lint.text import quote, sentences, words

MAX_WORDS = 20  # per sentence: a client should not have to hold more in mind
MAX_CHARS = 200  # per text: a card is read aloud at the table


class Grammar(NamedTuple):
    """The question rules of one language."""

    closed_question: Callable[[str], str | None]
    why_question: Callable[[str], bool]
    disguised_advice: Callable[[str], bool]


GRAMMARS: dict[str, Grammar] = {
    "nl": Grammar(rules_nl.closed_question, rules_nl.why_question, rules_nl.disguised_advice),
    "en": Grammar(rules_en.closed_question, rules_en.why_question, rules_en.disguised_advice),
}


def question_hits(text: str, lang: str) -> list[Hit]:
    """Question-form and length findings for a card text, follow-up or theme question."""
    hits: list[Hit] = []
    grammar = GRAMMARS.get(lang)
    for sentence in sentences(text):
        count = len(words(sentence))
        if count > MAX_WORDS:
            hits.append(
                Hit("long-sentence", "lint.long_sentence", {"words": count, "max": MAX_WORDS})
            )
        if grammar is None:
            continue
        if grammar.disguised_advice(sentence):
            # Advice is the real problem; do not also call it closed or a why-question.
            hits.append(
                Hit("disguised-advice", "lint.disguised_advice", {"quote": quote(sentence)})
            )
            continue
        if grammar.why_question(sentence):
            hits.append(Hit("why-question", "lint.why_question"))
        opener = grammar.closed_question(sentence)
        if opener is not None:
            hits.append(Hit("closed-question", "lint.closed_question", {"opener": quote(opener)}))
    length = len(text.strip())
    if length > MAX_CHARS:
        hits.append(Hit("long-text", "lint.long_text", {"chars": length, "max": MAX_CHARS}))
    return hits


def jargon_hits(text: str, lang: str) -> list[Hit]:
    """One finding listing the jargon in a client-facing text, if there is any."""
    found = find_jargon(text, lang)
    if not found:
        return []
    return [Hit("jargon", "lint.jargon", {"words": ", ".join(f"“{quote(w)}”" for w in found)})]
