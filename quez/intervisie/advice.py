"""Does a note read as advice? For the advice lock: before the advice round, advice waits.

In most intervisie methods the group first asks open questions and only gives advice in a later
phase. A note typed earlier that reads as advice ("Advies: je zou de zoon moeten bellen",
"Als ik jou was …") or as a suggestive question ("Heb je al geprobeerd …", "Misschien kun je …")
is not rejected: the front end asks calmly whether to park it for the advice round or rephrase
it as an open question. This module only answers the question, without Textual.

Both languages are checked whatever the UI language, since a team may write either. The
question patterns are the deck lint's disguised-advice rules (:mod:`quez.lint.rules_nl`,
:mod:`quez.lint.rules_en`); the statement patterns below add advice said straight out.
Open questions ("Wat heb je al geprobeerd?", "What would you like to happen?") are not advice.
"""

from __future__ import annotations

import re

from quez.lint import rules_en, rules_nl
from quez.lint.text import clauses, lower_words, sentences

_STATEMENTS = tuple(
    re.compile(p)
    for p in (
        # Dutch
        r"^(?:mijn |een )?(?:advies|adviezen|tip|tips|suggestie)\b",
        r"^(?:je|jij|u|jullie) (?:zou|zoudt|zouden|moet|moeten|moest|kunt|kun|kan|kunnen) ",
        r"^(?:zou|moet|kun|kunt|kan) (?:je|jij|u|jullie) (?:niet )?(?:\w+ ){0,5}?"
        r"(?:moeten|kunnen|proberen|overwegen)\b",
        r"\bals ik (?:jou|u|jullie|hem|haar) (?:was|ben|zou zijn|zijn)\b",
        r"^ik (?:raad|adviseer|stel voor|zou (?!(?:graag |ook )?(?:willen|wel|benieuwd)\b))",
        r"^(?:het )?(?:lijkt|is) (?:me|mij|het) (?:misschien |wel |toch )?"
        r"(?:verstandig|beter|slim|goed|handig|een goed idee) (?:om|als|dat)\b",
        r"^(?:probeer|overweeg|zorg dat|zorg ervoor)\b",
        r"\bwat (?:dacht|denk|zeg) (?:je|jij|u) (?:ervan |er van )?(?:van|om)\b",
        r"^misschien (?:is het|moet|moeten|zou het) ",
        # English
        r"^(?:my |some |a )?(?:advice|tip|tips|suggestion)\b",
        r"^(?:you|u) (?:should|could|might|must|ought to|need to|have to|can)\b",
        r"\bif i (?:were|was) you\b",
        r"^i(?: would|'d) (?!(?:like|love|want) to (?:know|hear|understand|ask)\b|be curious\b)",
        r"^i (?:recommend|suggest|advise)\b",
        r"^(?:it )?(?:might|would|could) be (?:wise|better|good|helpful|a good idea) to\b",
        r"^(?:try|consider)\b",
        r"^(?:maybe|perhaps) (?:you|try)\b",
    )
)


def reads_as_advice(text: str) -> bool:
    """Whether any sentence of ``text`` reads as advice or a suggestive question."""
    return bool(advice_sentences(text))


def advice_sentences(text: str) -> list[str]:
    """The sentences of ``text`` that read as advice (to show which one the prompt means)."""
    return [s for s in sentences(text) if _is_advice(s)]


def _is_advice(sentence: str) -> bool:
    parts = [sentence, *clauses(sentence)]
    for part in parts:
        if rules_nl.disguised_advice(part) or rules_en.disguised_advice(part):
            return True
        joined = " ".join(lower_words(part))
        if any(p.search(joined) for p in _STATEMENTS):
            return True
    return False
