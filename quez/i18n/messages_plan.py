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
    # Regie mirror (quez.conversation.mirror): agreements and the look-back
    "mirror.agreements": (
        "Afspraken: {total}. De cliënt doet er {client} zelf, u doet er {professional}, "
        "iemand anders {other}.",
        "Agreements: {total}. The client does {client} themselves, you do {professional}, "
        "someone else {other}.",
    ),
    "mirror.lookback": (
        "Terugblik op {total} afspraken: de cliënt zei bij {client} zelf hoe het ging, u bij "
        "{professional}; nog open: {open}.",
        "Look-back at {total} agreements: the client said how it went for {client}, you for "
        "{professional}; still open: {open}.",
    ),
    "mirror.q.lookback": (
        "U zei vaker dan de cliënt hoe het ging met de afspraken. Wat maakte dat?",
        "You said more often than the client how the agreements went. What made that happen?",
    ),
    # Starting a follow-up (quez.conversation.followup; ConversationError keys)
    "plan.error.not_a_conversation": (
        "Sessie {session} is geen gesprek met een cliënt; die kan niet worden voortgezet.",
        "Session {session} is not a conversation with a client; it cannot be continued.",
    ),
    "plan.error.still_open": (
        "Gesprek {session} is nog niet afgesloten. Sluit het eerst af; dan kunt u verder met "
        "een nieuw gesprek.",
        "Conversation {session} is not closed yet. Close it first; then you can go on with a "
        "new conversation.",
    ),
}
