"""UI strings for the intervisie screens' trust work (issue 16) and method fields (issue 15):
key -> (Dutch, English). Parameters are titles, counts and keys, never a note's text.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Note kinds: the inbrenger's answers in a question round
    "iv.tui.kind.answer": ("Antwoord", "Answer"),
    "iv.tui.placeholder.answer": (
        "Schrijf het antwoord van de inbrenger op… (Ctrl+N: volgende)",
        "Write down the case presenter's answer… (Ctrl+N: next)",
    ),
    "iv.sum.kind.answer": ("Antwoorden van de inbrenger", "The case presenter's answers"),
    # Counting steps: what always runs, and the steps a group may add
    "iv.ui.home.method": (
        "{title}  ({minutes} min, {steps} stappen)",
        "{title}  ({minutes} min, {steps} steps)",
    ),
    "iv.ui.home.method_optional": (
        "{title}  ({minutes} min, {steps} stappen + {optional} optioneel)",
        "{title}  ({minutes} min, {steps} steps + {optional} optional)",
    ),
    "iv.ui.home.optional_step": ("{title} (optioneel)", "{title} (optional)"),
    "iv.ui.cli.method_line": (
        "{id}: {title} ({steps} stappen, {minutes} min, {origin})",
        "{id}: {title} ({steps} steps, {minutes} min, {origin})",
    ),
    "iv.ui.cli.method_line_optional": (
        "{id}: {title} ({steps} stappen + {optional} optioneel, {minutes} min, {origin})",
        "{id}: {title} ({steps} steps + {optional} optional, {minutes} min, {origin})",
    ),
    "iv.ui.cli.summary_redacted": (
        "{count} mogelijke persoonsgegevens ({kinds}) zijn in het verslag vervangen door […]. "
        "Kies in het intervisiescherm als je iets bewust wilt houden.",
        "{count} possible personal details ({kinds}) were replaced by […] in the summary. "
        "Use the intervisie screen to keep something on purpose.",
    ),
    # Setup: optional steps, wrapping fields
    "iv.ui.setup.optional": (
        "Stappen die jullie erbij kunnen kiezen (staan uit)",
        "Steps you can add (off unless you choose them)",
    ),
    "iv.ui.setup.optional_step": ("{title} (+{minutes} min)", "{title} (+{minutes} min)"),
    "iv.ui.setup.if_chosen": (" (als gekozen)", " (if chosen)"),
    "iv.ui.setup.later": (
        "Namen in de titel en de vraag worden nog gecontroleerd voordat het verslag er is.",
        "Names in the title and the question will still be checked before the summary is made.",
    ),
    # Closing
    "iv.ui.closing.wait": (
        "De namencontrole wordt nog klaargezet. Maak het verslag zo meteen; er gaat niets verloren.",
        "The name check is still being prepared. Make the summary in a moment; nothing is lost.",
    ),
    # A phase: quiet steps, the steps that run
    "iv.ui.card.quiet": (
        "In deze stap stelt niemand vragen: luisteren of opschrijven. Daarom geen kaart.",
        "Nobody asks questions in this step: listen or write down. So no card.",
    ),
    "iv.ui.help.skipped": ("niet gekozen", "not chosen"),
    "iv.ui.help.quiet": ("niemand vraagt", "nobody asks"),
    # The advice lock reads the text
    "iv.ui.advice.title": ("Dit klinkt als een advies", "This sounds like advice"),
    "iv.ui.advice.intro": (
        "Adviezen komen pas in de adviesronde; nu gaat het om begrijpen. "
        "Wat willen jullie met deze notitie?",
        "Advice comes in the advice round; for now the point is to understand. "
        "What would you like to do with this note?",
    ),
    "iv.ui.advice.park": (
        "Bewaren voor de adviesronde (daar komt het terug)",
        "Keep it for the advice round (it comes back there)",
    ),
    "iv.ui.advice.rephrase": (
        "Herschrijven als open vraag",
        "Rephrase it as an open question",
    ),
    "iv.ui.advice.safe": (
        "Er gaat niets verloren: de tekst blijft bewaard zoals hij is.",
        "Nothing is lost: the text stays saved as it is.",
    ),
    "iv.ui.key.park": ("Bewaren", "Keep for later"),
    "iv.ui.key.rephrase": ("Open vraag", "Open question"),
    "iv.ui.parked.done": (
        "Bewaard voor de adviesronde. Daar komt het terug.",
        "Kept for the advice round. It comes back there.",
    ),
    "iv.ui.parked.kind": ("Advies (bewaard)", "Advice (kept)"),
    "iv.ui.parked.title": ("Bewaard voor deze ronde", "Kept for this round"),
    "iv.ui.parked.back": (
        "Bewaarde adviezen uit eerdere stappen: {count}. Ze staan bij de notities.",
        "Advice kept from earlier steps: {count}. It is listed with the notes.",
    ),
    # Pseudonyms
    "iv.ui.pseudonym.default": ("Casus A", "Case A"),
    "iv.ui.privacy.hint": (
        "c: vervang door '{pseudonym}' · s: zelf een schuilnaam · x: weglaten […] · "
        "h: bewust houden · Enter: klaar",
        "c: replace with '{pseudonym}' · s: your own pseudonym · x: leave out […] · "
        "h: keep on purpose · Enter: done",
    ),
    "iv.ui.key.own_pseudonym": ("Eigen schuilnaam", "Own pseudonym"),
    "iv.ui.pseudonym.title": ("Een eigen schuilnaam", "A pseudonym of your own"),
    "iv.ui.pseudonym.intro": (
        "Verzin een naam voor de casus, zonder echte namen erin. QueZ controleert hem.",
        "Make up a name for the case, with no real names in it. QueZ checks it.",
    ),
    "iv.ui.pseudonym.placeholder": ("bijvoorbeeld: Casus B", "for example: Case B"),
    "iv.ui.pseudonym.unsafe": (
        "Deze schuilnaam bevat een naam of ander gegeven. Kies een andere.",
        "This pseudonym holds a name or other detail. Choose another one.",
    ),
}
