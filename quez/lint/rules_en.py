"""English question rules: closed (yes/no) questions, why-questions and disguised advice."""

from __future__ import annotations

import re

from quez.lint.text import clauses, is_question, lower_words, words
from quez.lint.wordlists import (
    EN_AUXILIARIES,
    EN_INVITE_OPENERS,
    EN_LEADING,
    EN_QUESTION_WORDS,
    word_set,
)

_WH_WORDS = "what|how|who|where|when|which|why"
_WH = f"(?:{_WH_WORDS})"
# "Could you tell me about …" invites; "Could you tell me if …" still asks yes/no.
_INVITE = re.compile(
    r"\b(?:tell (?:me|us|more|about|a (?:bit|little)|something|anything|" + _WH + r")"
    r"|describe|explain|elaborate|expand on|recount|sketch|paint a picture|put \w+ into words"
    r"|say (?:more|a (?:bit|little)|something|anything)|walk (?:me|us) through"
    r"|take (?:me|us) through|talk (?:me|us) through|talk about|show (?:me|us)"
    r"|give (?:me |us )?(?:an |a few |some |one )?examples?|name|list"
    r"|share (?:with (?:me|us)|more|something|anything|a (?:bit|little)|an? example|some|"
    + _WH
    + r"))"
    r"\b(?! (?:me |us )?(?:if|whether)\b)"
)
_ADVICE = tuple(
    re.compile(p)
    for p in (
        r"^(?:have|has|did) (?:you|they|he|she) (?:ever |already |not |never |just )?"
        r"(?:tried|try|considered|consider)\b(?! (?:" + _WH_WORDS + r"|whether|if)\b)",
        r"^(?:have|has|did) (?:you|they|he|she) (?:ever |already |not |never )?"
        r"(?:thought|think) (?:about|of) \w+ing\b",
        r"\bwouldn't (?:it|you) be\b",
        r"\bwould (?:it|you) not be\b",
        r"\bisn't it (?:better|time|wiser|easier|a good idea)\b",
        r"^(?:shouldn't (?:you|we|they)|should (?:you|we|they) not)\b",
        r"\bwhy (?:don't|do not|wouldn't|won't|not) (?:you|we)\b",
        r"\bwhy not \w+",
        r"\bwhat if you (?:just|simply|tried)\b",
        r"\bhow about (?:you|\w+ing)\b",
        r"^(?:can't|couldn't) you (?:just|simply)\b",
        r"\bought(?:n't)? you\b",
        r"^(?:maybe|perhaps) (?:you|we) (?:could|should|can|might|ought)\b"
        r"(?!.*\b(?:tell|describe|explain|say|share|show|walk|talk)\b)",
        r"^how would you feel about \w+ing\b",
        r"^don't you think\b",
        r"^isn't it true\b",
    )
)
_WHEN_SUBJECTS = word_set("you i we they he she it people someone the things that this there your")
_NOT_WHY_BEFORE = word_set("is that's here's it's")


def closed_question(sentence: str) -> str | None:
    """The opening words ("Do you") when ``sentence`` is a yes/no question, else ``None``."""
    if not is_question(sentence):
        return None
    for clause in clauses(sentence):
        shown = words(clause)
        low = [w.casefold() for w in shown]
        i = 0
        while i < len(low) and low[i] in EN_LEADING:
            i += 1
        head = low[i:]
        if not head:
            continue
        if head[0] in EN_AUXILIARIES and len(head) > 1:
            rest = " ".join(lower_words(sentence[sentence.find(clause) :]))
            if head[0] in EN_INVITE_OPENERS and head[1] == "you" and _INVITE.search(rest):
                return None
            return " ".join(shown[i : i + 2])
        if head[0] == "when" and len(head) > 1 and head[1] in _WHEN_SUBJECTS:
            continue  # "When you look back, …": a subordinate clause, look further
        if any(w in EN_QUESTION_WORDS for w in head[:3]):
            return None
    return None


def why_question(sentence: str) -> bool:
    """True when the sentence asks "why" (not "that's why")."""
    low = lower_words(sentence)
    return any(
        w == "why" and (i == 0 or low[i - 1] not in _NOT_WHY_BEFORE) for i, w in enumerate(low)
    )


def disguised_advice(sentence: str) -> bool:
    """True for advice dressed up as a question ("Have you tried …", "Why don't you …")."""
    joined = " ".join(lower_words(sentence))
    return any(p.search(joined) for p in _ADVICE)
