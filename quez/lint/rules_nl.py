"""Dutch question rules: closed (yes/no) questions, why-questions and disguised advice."""

from __future__ import annotations

import re

from quez.lint.text import clauses, is_question, lower_words, words
from quez.lint.wordlists import (
    NL_FINITE,
    NL_INVITE_OPENERS,
    NL_INVITE_SUBJECTS,
    NL_LEADING,
    NL_NEEDS_SUBJECT,
    NL_NOT_VERBS_T,
    NL_QUESTION_WORDS,
    NL_STEM_SUBJECTS,
    NL_STEMS,
    NL_SUBJECTS,
    NL_T_SUBJECTS,
)

_WAAR = re.compile(
    r"waar(?:door|mee|aan|over|van|bij|in|op|naar|toe|voor|uit|achter|na|tegen|zonder|langs"
    r"|heen|om|vandaan)?"
)
# "Kunt u vertellen …" invites; "Kunt u vertellen of …" (whether) still asks yes/no.
_INVITE = re.compile(
    r"\b(?:vertel\w*|beschrijv\w*|beschreven|omschrijv\w*|uit(?: te)? ?leggen|toe(?: te)? ?lichten"
    r"|schetsen|voorbeeld\w*|(?:op(?: te)? ?)?noemen|verwoorden|zeggen|mee(?: te)? ?nemen"
    r"|laten (?:zien|horen)|aanwijzen|in woorden brengen)\b(?! of\b)"
)
_ASK = re.compile(r"^mag ik (?:u |je |jou |jullie )?(?:\w+ )?vragen\b(?! of\b)")
# "Denk je eens in …", "Stel je voor …": reflexive imperatives, not questions.
_REFLEXIVE = re.compile(r"^\w+ je (?:(?:eens|even|nu|dan|nog) )*(?:in|voor)\b")
_ADVICE = tuple(
    re.compile(p)
    for p in (
        r"^(?:heb|hebt|heeft|hebben) (?:je|jij|u|jullie)\b.*\b(?:geprobeerd|overwogen"
        r"|gedacht aan|aan gedacht|nagedacht om)\b",
        r"\bzou het niet (?:\w+ ){1,3}zijn\b",
        r"^(?:moet|moeten) (?:je|jij|u|jullie) (?:\w+ )?niet\b",
        r"\bwaarom (?!(?:wil|wilt|kun|kunt|kan|mag|durf|durft|ben|bent|is|heb|hebt|heeft|zijn)\b)"
        r"\w+ (?:je|jij|u|jullie) (?:\w+ ){0,2}?niet\b",
        r"\bis het (?:geen|niet een) (?:goed )?idee\b",
        r"\bis het niet (?:\w+ )?(?:beter|verstandig|verstandiger|handig|handiger|slim|tijd) om\b",
        r"\bwat als (?:je|jij|u|jullie) (?:\w+ )?(?:gewoon|eens|simpelweg)\b",
        r"^(?:zou|zoudt) (?:je|jij|u) niet\b",
        r"^(?:kun|kunt|kan) (?:je|jij|u) niet (?:gewoon|eens|even|beter)\b",
        r"^(?:had|hadden) (?:je|jij|u|jullie) niet\b.*\b(?:moeten|kunnen)\b",
        r"\bis het (?:misschien )?(?:niet )?een (?:goed )?idee om\b",
        r"^misschien (?:kun|kunt|kan|zou|zoudt|moet|wil|wilt) (?:je|jij|u|jullie)\b"
        r"(?!.*\b(?:vertellen|beschrijven|uitleggen|toelichten|noemen|zeggen|laten zien)\b)",
        r"^wat (?:vind|vindt) (?:je|jij|u|jullie) (?:ervan|er van) om\b",
        r"^(?:vind|vindt|denk|denkt) (?:je|jij|u|jullie) (?:\w+ ){0,2}niet dat\b",
    )
)
_WHEN_SUBJECTS = frozenset(NL_SUBJECTS - {"die", "deze"})


def is_question_word(word: str) -> bool:
    """True for Dutch question words, including "waar" + preposition (waardoor, waarmee …)."""
    return word in NL_QUESTION_WORDS or _WAAR.fullmatch(word) is not None


def closed_question(sentence: str) -> str | None:
    """The opening words ("Heeft u") when ``sentence`` is a yes/no question, else ``None``.

    Each clause is tried in turn, so "Als u terugkijkt, bent u dan tevreden?" is caught too; the
    first clause opened by a question word makes the question open.
    """
    if not is_question(sentence):
        return None
    for clause in clauses(sentence):
        shown = words(clause)
        low = [w.casefold() for w in shown]
        i = 0
        while i < len(low) and low[i] in NL_LEADING:
            i += 1
        head = low[i:]
        if not head:
            continue
        if _finite_start(head):
            rest = " ".join(lower_words(sentence[sentence.find(clause) :]))
            if _invitation(head, rest):
                return None
            return " ".join(shown[i : i + 2])
        if head[0] == "wanneer" and len(head) > 1 and head[1] in _WHEN_SUBJECTS:
            continue  # "Wanneer u terugkijkt, …": a subordinate clause, look further
        if any(is_question_word(w) for w in head[:3]):
            return None
    return None


def _finite_start(head: list[str]) -> bool:
    if len(head) < 2:
        return False
    verb, nxt = head[0], head[1]
    if verb in NL_FINITE:
        return True
    if verb in NL_NEEDS_SUBJECT and nxt in NL_SUBJECTS:
        return True
    if verb in NL_STEMS and nxt in NL_STEM_SUBJECTS:
        return _REFLEXIVE.match(" ".join(head)) is None
    return (
        len(verb) > 2
        and verb.endswith("t")
        and nxt in NL_T_SUBJECTS
        and verb not in NL_NOT_VERBS_T
        and not is_question_word(verb)
    )


def _invitation(head: list[str], rest: str) -> bool:
    if head[0] not in NL_INVITE_OPENERS or head[1] not in NL_INVITE_SUBJECTS:
        return False
    if head[0] == "mag" and _ASK.match(rest):
        return True
    return _INVITE.search(rest) is not None


def why_question(sentence: str) -> bool:
    """True when the sentence asks "waarom"."""
    return "waarom" in lower_words(sentence)


def disguised_advice(sentence: str) -> bool:
    """True for advice dressed up as a question ("Heeft u al eens geprobeerd …")."""
    joined = " ".join(lower_words(sentence))
    return any(p.search(joined) for p in _ADVICE)
