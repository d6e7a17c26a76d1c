"""UI strings for afspraken, the follow-up and "Mijn plan": key -> (Dutch, English).

``plan.doc.*`` is the fixed wording inside the plan and the agreement parts of the client's
document (B1 Dutch); keys ending in ``_u`` are the formal variant for decks that say "u".
Errors carry only ids and counts, never an agreement's text.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # quez.store errors
    "store.error.no_agreement": (
        "Afspraak {agreement} bestaat niet (meer).",
        "Agreement {agreement} does not exist (any more).",
    ),
    "store.error.no_lookback": (
        "Terugblik {lookback} bestaat niet (meer).",
        "Look-back item {lookback} does not exist (any more).",
    ),
    "store.error.link_refused": (
        "Gesprek {session} kan niet zo worden voortgezet: het heeft al een vervolg, of de "
        "koppeling zou rondgaan.",
        "Conversation {session} cannot be continued like this: it already has a follow-up, or "
        "the link would go round in a circle.",
    ),
}
