"""UI strings for the theme table, skip and later, the "Van wie" details and opening the
exports folder: key -> (Dutch, English). Dutch B1, "u" throughout (as the decks)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Skip and later (a short confirmation after s and l on the card)
    "table.notice.skipped": ("Overgeslagen.", "Skipped."),
    "table.notice.parked": (
        "Voor later bewaard. De kaart komt terug na de andere kaarten van dit thema.",
        "Kept for later. The card comes back after the other cards of this theme.",
    ),
    "table.notice.skipped_last": (
        "Overgeslagen. Dit thema heeft geen kaarten meer.",
        "Skipped. This theme has no cards left.",
    ),
    "table.notice.parked_last": (
        "Voor later bewaard. De andere kaarten van dit thema zijn geweest: kies het thema "
        "opnieuw, of druk op l voor de bewaarde kaarten.",
        "Kept for later. The other cards of this theme have come up: choose the theme again, "
        "or press l for the cards kept for later.",
    ),
    "table.notice.came_back": (
        "Deze kaart was voor later bewaard.",
        "This card was kept for later.",
    ),
    # The theme table: which themes were discussed (words and a symbol, not colour alone)
    "table.status.discussed": ("✓ besproken", "✓ discussed"),
    "table.status.parked": ("{count} voor later", "{count} for later"),
    "table.status.done": ("alles geweest", "all cards done"),
    "table.key.parked": ("Voor later", "For later"),
    "table.parked.title": ("Kaarten voor later", "Cards kept for later"),
    "table.parked.empty": (
        "Er zijn geen kaarten voor later bewaard.",
        "No cards were kept for later.",
    ),
    "table.parked.hint": (
        "Kies een kaart met de pijltjes en Enter. Esc gaat terug.",
        "Choose a card with the arrow keys and Enter. Esc goes back.",
    ),
    "table.help.k.parked": (
        "Kaarten die voor later zijn bewaard",
        "Cards kept for later",
    ),
    # The "Van wie" block in the client's document (B1; every line optional)
    "letter.from_whom.title": ("Van wie", "From"),
    "letter.from_whom.name": ("Begeleider", "Professional"),
    "letter.from_whom.organisation": ("Organisatie", "Organisation"),
    "letter.from_whom.phone": ("Telefoon", "Phone"),
    "letter.from_whom.appointment": ("Volgende afspraak", "Next appointment"),
    # Export file names without a label: this word and the time the conversation began
    "letter.file.unnamed.client": ("gesprek", "conversation"),
    "letter.file.unnamed.intervisie": ("intervisie", "intervisie"),
    # The "Van wie" dialog (start screen menu, v on the theme table)
    "letter.dialog.title": ("Van wie: uw gegevens", "From: your details"),
    "letter.dialog.intro": (
        "Dit komt bovenaan het document van de cliënt. Alles mag leeg blijven.",
        "This goes at the top of the client's document. Everything may stay empty.",
    ),
    "letter.dialog.name": ("Uw naam", "Your name"),
    "letter.dialog.organisation": ("Organisatie", "Organisation"),
    "letter.dialog.phone": ("Telefoon", "Phone"),
    "letter.dialog.appointment": ("Volgende afspraak", "Next appointment"),
    "letter.dialog.appointment_placeholder": (
        "bijv. dinsdag 2 december, 10.00 uur",
        "e.g. Tuesday 2 December, 10 am",
    ),
    "letter.dialog.empty": ("mag leeg blijven", "may stay empty"),
    "letter.dialog.save": ("Bewaren", "Save"),
    "letter.dialog.next": ("Volgend veld", "Next field"),
    "letter.dialog.saved": (
        "Bewaard. Het komt bovenaan het document van de cliënt.",
        "Saved. It goes at the top of the client's document.",
    ),
    "letter.start.menu": (
        "Uw naam en telefoon voor het document",
        "Your name and phone for the document",
    ),
    "letter.key.from_whom": ("Van wie", "From"),
    "letter.help.k.from_whom": (
        "Van wie: uw naam, organisatie, telefoon en de volgende afspraak",
        "From: your name, organisation, phone and the next appointment",
    ),
    # Opening the exports folder (m on the end screen)
    "folder.key.open": ("Map openen", "Open folder"),
    "folder.where": (
        "De bestanden staan in de map {path}",
        "The files are in the folder {path}",
    ),
    "folder.opening": ("De map wordt geopend.", "Opening the folder."),
    "folder.cannot_open": (
        "Deze computer kan de map niet zelf openen. De bestanden staan in: {path}",
        "This computer cannot open the folder by itself. The files are in: {path}",
    ),
    "folder.missing": (
        "De map is er niet (meer): {path}",
        "The folder is not there (any more): {path}",
    ),
    "folder.help.k.open": (
        "De map met het document openen (bestandsbeheer)",
        "Open the folder with the document (file manager)",
    ),
}
