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
    # Agreements inside a document (quez.export.agreements_doc): first person, like the notes
    "plan.doc.lookback": ("Hoe ging het met de afspraken?", "How did the agreements go?"),
    "plan.doc.agreements": ("Wat we hebben afgesproken", "What we agreed"),
    "plan.doc.number": ("Afspraak {n}", "Agreement {n}"),
    "plan.doc.made_title": ("Afspraak van {date}", "Agreement of {date}"),
    "plan.doc.made": ("Afgesproken op {date}", "Agreed on {date}"),
    "plan.doc.who": ("Wie doet het: {who}", "Who does it: {who}"),
    "plan.doc.who.client": ("ik zelf", "me"),
    "plan.doc.who.professional": ("de begeleider", "the professional"),
    "plan.doc.who.someone": ("iemand anders", "someone else"),
    "plan.doc.when": (
        "Wanneer kijken we er weer naar: {when}",
        "When we look at it again: {when}",
    ),
    "plan.doc.state": ("Hoe ging het: {state}", "How it went: {state}"),
    "plan.doc.state_on": ("Hoe ging het (op {date}): {state}", "How it went (on {date}): {state}"),
    "plan.doc.outcome.done": ("gelukt", "done"),
    "plan.doc.outcome.partly": ("deels gelukt", "partly done"),
    "plan.doc.outcome.not": ("niet gelukt", "not done"),
    "plan.doc.outcome.not_needed": ("niet meer nodig", "no longer needed"),
    # "Mijn plan" (quez.export.plan)
    "plan.doc.title": ("Mijn plan", "My plan"),
    "plan.doc.from_one": ("Uit ons gesprek van {date}", "From our conversation of {date}"),
    "plan.doc.from_many": ("Uit onze gesprekken van {dates}", "From our conversations of {dates}"),
    "plan.doc.and": ("en", "and"),
    "plan.doc.want": ("Wat wil ik?", "What do I want?"),
    "plan.doc.can": ("Wat kan ik?", "What can I do?"),
    "plan.doc.matters": ("Wat vind ik belangrijk?", "What matters to me?"),
    "plan.doc.people": ("Wie hoort bij mij?", "Who are my people?"),
    "plan.doc.own": ("Wat ga ik zelf doen?", "What will I do myself?"),
    "plan.doc.asks": ("Wat vraag ik?", "What do I ask?"),
    "plan.doc.asks_intro": (
        "Wat ik vraag aan de begeleider, de gemeente of iemand anders.",
        "What I ask of the professional, the municipality or someone else.",
    ),
    "plan.doc.empty": ("In dit plan staat (nog) niets.", "There is nothing in this plan (yet)."),
    "plan.doc.yours": ("Dit plan is van jou", "This plan is yours"),
    "plan.doc.yours_u": ("Dit plan is van u", "This plan is yours"),
    "plan.doc.closing1": (
        "Dit plan staat in jouw eigen woorden. Er staat alleen in wat jij goed vond. "
        "Jij bepaalt wie het leest.",
        "This plan is in your own words. It only holds what you said yes to. "
        "You decide who reads it.",
    ),
    "plan.doc.closing1_u": (
        "Dit plan staat in uw eigen woorden. Er staat alleen in wat u goed vond. "
        "U bepaalt wie het leest.",
        "This plan is in your own words. It only holds what you said yes to. "
        "You decide who reads it.",
    ),
    # Wmo 2015: after a melding, the client may hand in a persoonlijk plan within seven days;
    # the gemeente takes it into account in its onderzoek. Plain words, no promises beyond that.
    "plan.doc.closing2": (
        "Heb je de gemeente gevraagd om hulp of ondersteuning (een melding voor de Wmo)? "
        "Dan mag je binnen zeven dagen na die melding een eigen plan aan de gemeente geven. "
        "De gemeente neemt het mee als zij met jou onderzoekt wat je nodig hebt. "
        "Dit plan kun je daarvoor gebruiken.",
        "Did you ask the municipality for help or support (a Wmo request, a 'melding')? Then "
        "you may give the municipality a plan of your own within seven days of that request. "
        "The municipality takes it into account when it looks into what you need, with you. "
        "You can use this plan for that.",
    ),
    "plan.doc.closing2_u": (
        "Heeft u de gemeente gevraagd om hulp of ondersteuning (een melding voor de Wmo)? "
        "Dan mag u binnen zeven dagen na die melding een eigen plan aan de gemeente geven. "
        "De gemeente neemt het mee als zij met u onderzoekt wat u nodig heeft. "
        "Dit plan kunt u daarvoor gebruiken.",
        "Did you ask the municipality for help or support (a Wmo request, a 'melding')? Then "
        "you may give the municipality a plan of your own within seven days of that request. "
        "The municipality takes it into account when it looks into what you need, with you. "
        "You can use this plan for that.",
    ),
    "plan.doc.closing3": (
        "Wil je dat alles van deze gesprekken weg is? Vraag het aan je begeleider. Dan worden "
        "de gesprekken gewist, met de kopieën die QueZ op de computer van je begeleider heeft "
        "gemaakt, ook van dit plan. Een kopie die al geprint, gemaild of ergens anders bewaard "
        "is, blijft bestaan.",
        "Would you like everything from these conversations to be gone? Ask the professional "
        "you spoke with. The conversations are then deleted, with the copies QueZ made on "
        "their computer, this plan included. A copy that was already printed, e-mailed or kept "
        "somewhere else stays.",
    ),
    "plan.doc.closing3_u": (
        "Wilt u dat alles van deze gesprekken weg is? Vraag het aan uw begeleider. Dan worden "
        "de gesprekken gewist, met de kopieën die QueZ op de computer van uw begeleider heeft "
        "gemaakt, ook van dit plan. Een kopie die al geprint, gemaild of ergens anders bewaard "
        "is, blijft bestaan.",
        "Would you like everything from these conversations to be gone? Ask the professional "
        "you spoke with. The conversations are then deleted, with the copies QueZ made on "
        "their computer, this plan included. A copy that was already printed, e-mailed or kept "
        "somewhere else stays.",
    ),
    # quez export --document (quez.workflows.export)
    "plan.export.bad_document": (
        "Onbekend document '{document}'. Kies uit: {choices}.",
        "Unknown document '{document}'. Choose from: {choices}.",
    ),
    "plan.cli.opt.document": (
        "Welk document: conversation (het verslag van het gesprek, standaard) of plan "
        "(Mijn plan, in de woorden van de cliënt).",
        "Which document: conversation (the record of the conversation, the default) or plan "
        "(My plan, in the client's words).",
    ),
    # quez sessions show / delete (quez.cli.sessions_plan)
    "plan.cli.agreements": ("Afspraken", "Agreements"),
    "plan.cli.not_asked": ("nog niet gevraagd", "not asked yet"),
    "plan.cli.who": ("wie: {who}", "who: {who}"),
    "plan.cli.who.client": ("de cliënt", "the client"),
    "plan.cli.who.professional": ("de begeleider", "the professional"),
    "plan.cli.who.other": ("iemand anders", "someone else"),
    "plan.cli.when": ("wanneer kijken we weer: {when}", "when we look again: {when}"),
    "plan.cli.lookback": ("Terugblik op eerdere afspraken", "Look-back at earlier agreements"),
    "plan.cli.lookback_item": (
        "{n}. afspraak {seq} van gesprek {session}: {outcome}",
        "{n}. agreement {seq} of conversation {session}: {outcome}",
    ),
    "plan.cli.no_outcome": ("nog niet gezegd", "not said yet"),
    "plan.cli.chosen_by_professional": ("gekozen door de begeleider", "chosen by the professional"),
    "plan.cli.chain": ("Gekoppelde gesprekken", "Linked conversations"),
    "plan.cli.chain_item": ("{n}. {id} · {time} · {status}", "{n}. {id} · {time} · {status}"),
    "plan.cli.this_one": ("(dit gesprek)", "(this conversation)"),
    "plan.cli.confirm_linked": (
        "Dit gesprek is gekoppeld aan {count} ander(e) gesprek(ken). Die ook definitief "
        "verwijderen?",
        "This conversation is linked to {count} other conversation(s). Delete those for good too?",
    ),
    "plan.cli.opt.with_linked": (
        "verwijder ook de gekoppelde gesprekken, zonder te vragen",
        "also delete the linked conversations, without asking",
    ),
    "plan.cli.deleted_agreements": (
        "Met sessie {id} zijn {count} afspraak/afspraken gewist.",
        "{count} agreement(s) were erased with session {id}.",
    ),
    "plan.cli.deleted_lookbacks": (
        "In sessie {id} zijn {count} terugblik(ken) gewist: ze gingen over afspraken van een "
        "verwijderd gesprek.",
        "In session {id}, {count} look-back item(s) were erased: they were about agreements of "
        "a deleted conversation.",
    ),
}
