"""UI strings for the export area: key -> (Dutch, English).

``export.doc.*`` is the fixed wording inside the client's document (B1 Dutch); keys ending in
``_u`` are the formal variant for decks that address the client with "u".
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Inside the client's document
    "export.doc.title": ("Ons gesprek van {date}", "Our conversation of {date}"),
    "export.doc.deck": ("Kaarten: {deck}", "Cards: {deck}"),
    "export.doc.important": ("Wat voor mij belangrijk is", "What matters to me"),
    "export.doc.context": ("Bij de vraag", "About the question"),
    "export.doc.summary": ("Samenvatting door de begeleider", "Summary by the professional"),
    "export.doc.opening": ("Om te beginnen", "To begin with"),
    "export.doc.closing_cards": ("Tot slot", "To finish"),
    "export.doc.general": ("Het gesprek", "The conversation"),
    "export.doc.topic": ("Onderwerp {n}", "Topic {n}"),
    "export.doc.empty": (
        "In dit document staan (nog) geen notities.",
        "There are no notes in this document (yet).",
    ),
    "export.doc.yours": ("Dit document is van jou", "This document is yours"),
    "export.doc.yours_u": ("Dit document is van u", "This document is yours"),
    "export.doc.closing1": (
        "Je mag het houden, laten lezen aan wie je wilt, of weggooien. "
        "Jij bepaalt wat ermee gebeurt.",
        "You may keep it, show it to anyone you like, or throw it away. "
        "You decide what happens to it.",
    ),
    "export.doc.closing1_u": (
        "U mag het houden, laten lezen aan wie u wilt, of weggooien. U bepaalt wat ermee gebeurt.",
        "You may keep it, show it to anyone you like, or throw it away. "
        "You decide what happens to it.",
    ),
    "export.doc.closing2": (
        "Klopt er iets niet, of mis je iets? Je mag het zelf verbeteren. "
        "Je kunt het ook zeggen tegen je begeleider; dan passen jullie het samen aan.",
        "Is something not right, or missing? You may correct it yourself. "
        "You can also tell the professional you spoke with, and change it together.",
    ),
    "export.doc.closing2_u": (
        "Klopt er iets niet, of mist u iets? U mag het zelf verbeteren. "
        "U kunt het ook zeggen tegen uw begeleider; dan past u het samen aan.",
        "Is something not right, or missing? You may correct it yourself. "
        "You can also tell the professional you spoke with, and change it together.",
    ),
    # What deleting really does (quez.store.export_files): the files QueZ wrote go too, copies
    # that left the professional's computer do not.
    "export.doc.closing3": (
        "Wil je dat alles van dit gesprek weg is? Vraag het aan je begeleider. Dan wordt het "
        "gesprek gewist, met de kopieën die QueZ op de computer van je begeleider heeft gemaakt. "
        "Een kopie die al geprint, gemaild of ergens anders bewaard is, blijft bestaan.",
        "Would you like everything from this conversation to be gone? Ask the professional you "
        "spoke with. The conversation is then deleted, with the copies QueZ made on their "
        "computer. A copy that was already printed, e-mailed or kept somewhere else stays.",
    ),
    "export.doc.closing3_u": (
        "Wilt u dat alles van dit gesprek weg is? Vraag het aan uw begeleider. Dan wordt het "
        "gesprek gewist, met de kopieën die QueZ op de computer van uw begeleider heeft gemaakt. "
        "Een kopie die al geprint, gemaild of ergens anders bewaard is, blijft bestaan.",
        "Would you like everything from this conversation to be gone? Ask the professional you "
        "spoke with. The conversation is then deleted, with the copies QueZ made on their "
        "computer. A copy that was already printed, e-mailed or kept somewhere else stays.",
    ),
    # The `quez export` command
    "cli.export.help": (
        "Maak het document voor de cliënt (Markdown of een afdrukbare HTML-pagina).",
        "Make the client's document (Markdown or a printable HTML page).",
    ),
    "cli.export.opt.output": (
        "Schrijf naar dit bestand (of in deze map).",
        "Write to this file (or into this folder).",
    ),
    "cli.export.opt.format": ("Formaat: md of html.", "Format: md or html."),
    "cli.export.opt.lang": (
        "Taal van het document: nl of en (standaard: de taal van het gesprek).",
        "Language of the document: nl or en (default: the conversation's language).",
    ),
    "cli.export.opt.force": (
        "Overschrijf een bestaand bestand.",
        "Overwrite an existing file.",
    ),
    "export.written": ("Document opgeslagen: {path}", "Document saved: {path}"),
    "export.not_found": ("Dit gesprek bestaat niet.", "This conversation does not exist."),
    "export.bad_format": (
        "Onbekend formaat '{fmt}'. Kies uit: {choices}.",
        "Unknown format '{fmt}'. Choose from: {choices}.",
    ),
    "export.bad_lang": (
        "Onbekende taal '{lang}'. Kies nl of en.",
        "Unknown language '{lang}'. Choose nl or en.",
    ),
    "export.no_exporter": (
        "Voor dit soort sessie ({kind}) kan QueZ nog geen {fmt}-document maken.",
        "QueZ cannot make a {fmt} document for this kind of session ({kind}) yet.",
    ),
    "export.exists": (
        "Dit bestand bestaat al: {path}. Gebruik --force om het te vervangen.",
        "This file already exists: {path}. Use --force to replace it.",
    ),
    "export.no_folder": (
        "De map bestaat niet: {path}",
        "The folder does not exist: {path}",
    ),
    "export.write_failed": (
        "Kon het document niet opslaan ({reason}).",
        "Could not save the document ({reason}).",
    ),
    "export.privacy_warning": (
        "Let op: dit document bevat mogelijk persoonsgegevens ({kinds}). "
        "Lees het na voordat het gedeeld wordt.",
        "Note: this document may contain personal details ({kinds}). "
        "Read it through before it is shared.",
    ),
}
