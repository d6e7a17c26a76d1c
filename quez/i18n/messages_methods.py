"""UI strings for method files' newer fields (questions, optional): key -> (Dutch, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "method.cards_without_questions": (
        "'questions: false' betekent: niemand vraagt in deze stap, dus ook geen kaarten; "
        "laat 'tags' weg",
        "'questions: false' means nobody asks in this step, so no cards either; leave out 'tags'",
    ),
    "method.question_notes_without_questions": (
        "'notes: question' past niet bij 'questions: false'; gebruik 'notes: note'",
        "'notes: question' does not go with 'questions: false'; use 'notes: note'",
    ),
    "method.optional_advice": (
        "een stap met 'advice: true' kan niet 'optional' zijn: het adviesslot zou ervan afhangen",
        "a step with 'advice: true' cannot be 'optional': the advice lock would depend on it",
    ),
    "method.only_optional": (
        "alle stappen zijn 'optional'; een methode heeft minstens één vaste stap",
        "every step is 'optional'; a method needs at least one fixed step",
    ),
}
