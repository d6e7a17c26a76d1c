"""The ``double-question`` rule: two questions on one card ("Wat ging goed, en wat kan beter?").

A card is read aloud and answered at once; two questions make the listener choose which one to
answer, and the other one gets lost. The rule fires when a question text

* holds more than one sentence ending in ``?`` ("Wat deed je? En hoe ging dat?"), or
* goes on, after a question word, with *en / of / maar* (*and / or / but*), an optional
  preposition and a second question word: "Wie helpt u, en bij wie …", "Hoe weet je dat, en
  wanneer …", "Who matters to you, and to whom …", or
* starts a new clause after a comma with a question word and a verb: "Wat ging goed, wat kan
  beter?", "What went well, what could be better?".

Lists of question words ("Wie of wat helpt u?", "Waar, wanneer en hoe …", "How much or how
little …") are one question: at least two words must stand between the earlier question word and
the conjunction. "wanneer / when" followed by a subject is a condition, not a question
("… en wanneer niemand helpt?").
"""

from __future__ import annotations

from quez.lint.model import Hit
from quez.lint.rules_nl import is_question_word as nl_question_word
from quez.lint.text import clauses, is_question, quote, sentences, words
from quez.lint.wordlists import (
    EN_AUXILIARIES,
    EN_LEADING,
    EN_QUESTION_WORDS,
    NL_FINITE,
    NL_LEADING,
    NL_STEM_SUBJECTS,
    NL_STEMS,
    NL_SUBJECTS,
    word_set,
)

CONJUNCTIONS = {"nl": word_set("en én of maar"), "en": word_set("and or but")}
# Words that may stand between the conjunction and the second question word.
PREPOSITIONS = {
    "nl": word_set(
        "aan achter bij binnen buiten door in met na naar om onder op over per sinds tegen tot "
        "tussen uit van vanaf voor zonder dan ook"
    ),
    "en": word_set(
        "about after at before by for from in into of on over since to towards under with "
        "without then also"
    ),
}
WHEN = {"nl": "wanneer", "en": "when"}
WHEN_SUBJECTS = {
    "nl": NL_SUBJECTS - {"die", "deze"},
    "en": word_set("you i we they he she it people someone the your there nobody no"),
}
MIN_BETWEEN = 2  # words between an earlier question word and the conjunction


def _is_qword(word: str, lang: str) -> bool:
    return nl_question_word(word) if lang == "nl" else word in EN_QUESTION_WORDS


def _verb_follows(head: list[str], lang: str) -> bool:
    """After a question word: does a finite verb follow ("wat kan", "what could")?"""
    if len(head) < 2:
        return False
    if lang == "en":
        return head[1] in EN_AUXILIARIES
    if head[1] in NL_FINITE:
        return True
    return head[1] in NL_STEMS and len(head) > 2 and head[2] in NL_STEM_SUBJECTS


def _conditional(low: list[str], at: int, lang: str) -> bool:
    """ "wanneer u …" / "when you …": a condition, not a second question."""
    return low[at] == WHEN[lang] and at + 1 < len(low) and low[at + 1] in WHEN_SUBJECTS[lang]


def _coordinated(sentence: str, lang: str) -> str | None:
    """The second question's opening words after *en / of / maar*, if there is one."""
    shown = words(sentence)
    low = [w.casefold() for w in shown]
    last_qword: int | None = None
    for i, word in enumerate(low):
        if word in CONJUNCTIONS[lang] and last_qword is not None:
            j = i + 1
            while j < len(low) and j - i <= 2 and low[j] in PREPOSITIONS[lang]:
                j += 1
            if (
                j < len(low)
                and _is_qword(low[j], lang)
                and i - last_qword - 1 >= MIN_BETWEEN
                and not _conditional(low, j, lang)
            ):
                return " ".join(shown[i : j + 3])
        if _is_qword(word, lang) and not _conditional(low, i, lang):
            last_qword = i
    return None


def _asyndetic(sentence: str, lang: str) -> str | None:
    """A later clause that opens a new question by itself: "…, wat kan beter?"."""
    leading = NL_LEADING if lang == "nl" else EN_LEADING
    asked = False
    for clause in clauses(sentence):
        shown = words(clause)
        low = [w.casefold() for w in shown]
        i = 0
        while i < len(low) and low[i] in leading:
            i += 1
        head = low[i:]
        if not head:
            continue
        opens = _is_qword(head[0], lang) and not _conditional(head, 0, lang)
        if asked and opens and _verb_follows(head, lang):
            return " ".join(shown[i : i + 3])
        asked = asked or any(
            _is_qword(w, lang) and not _conditional(low, k, lang) for k, w in enumerate(low)
        )
    return None


def double_question_hits(text: str, lang: str) -> list[Hit]:
    """At most one ``double-question`` finding for a question text (Dutch and English)."""
    if lang not in CONJUNCTIONS:
        return []
    asked = [s for s in sentences(text) if is_question(s)]
    if len(asked) > 1:
        return [Hit("double-question", "lint.double_question", {"quote": quote(asked[1], 40)})]
    for sentence in asked:
        second = _coordinated(sentence, lang) or _asyndetic(sentence, lang)
        if second is not None:
            return [Hit("double-question", "lint.double_question", {"quote": quote(second, 40)})]
    return []


def is_double(text: str, lang: str) -> bool:
    """True when :func:`double_question_hits` finds two questions in ``text``."""
    return bool(double_question_hits(text, lang))
