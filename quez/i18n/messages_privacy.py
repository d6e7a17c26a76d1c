"""UI strings for the anonymisation guard (quez.privacy): key -> (Dutch, English).

Parameters are only paths, counts, kinds and positions, never the text that was found.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Kinds the name finder adds (the others are in messages_intervisie.py)
    "privacy.kind.person": ("naam van een persoon", "person's name"),
    "privacy.kind.place": ("plaatsnaam of adres", "place or address"),
    "privacy.kind.institution": ("naam van een instelling", "name of an institution"),
    # The name finder while it loads (for a status line)
    "privacy.names.off": (
        "Namen: alleen de niet-noemenlijst wordt gecontroleerd.",
        "Names: only the do-not-name list is checked.",
    ),
    "privacy.names.idle": ("Namencontrole nog niet gestart.", "Name check not started yet."),
    "privacy.names.preparing": ("Namencontrole wordt klaargezet…", "Preparing the name check…"),
    "privacy.names.building": (
        "Namenlijsten worden voor de eerste keer klaargezet (een halve minuut of langer). "
        "Je kunt gewoon doorwerken.",
        "Preparing the name lists for the first time (half a minute or more). "
        "You can keep working.",
    ),
    "privacy.names.loading": ("Namencontrole wordt geladen…", "Loading the name check…"),
    "privacy.names.ready": ("Namencontrole staat aan.", "Name check is on."),
    "privacy.names.failed": (
        "Namencontrole werkt niet; alleen de niet-noemenlijst en nummers worden gecontroleerd.",
        "The name check does not work; only the do-not-name list and numbers are checked.",
    ),
    "privacy.names.unchecked": (
        "Let op: namen, plaatsen en instellingen zijn nog niet gecontroleerd.",
        "Note: names, places and institutions have not been checked yet.",
    ),
    # quez check-privacy
    "privacy.cli.help": (
        "Zoek naar persoonsgegevens (namen, plaatsen, instellingen, BSN, postcode, telefoon, "
        "e-mail, IBAN, geboortedatum) in een sessie of, met --file, in een tekstbestand.",
        "Look for personal details (names, places, institutions, BSN, postcode, phone, e-mail, "
        "IBAN, date of birth) in a session or, with --file, in a text file.",
    ),
    "privacy.cli.opt.file": (
        "Controleer dit tekstbestand (UTF-8) in plaats van een sessie.",
        "Check this text file (UTF-8) instead of a session.",
    ),
    "privacy.cli.one_source": (
        "Geef een sessie of --file BESTAND, niet allebei en niet geen van beide.",
        "Give a session or --file FILE, not both and not neither.",
    ),
    "privacy.cli.missing": ("{path}: bestand niet gevonden", "{path}: file not found"),
    "privacy.cli.not_a_file": ("{path}: dit is geen bestand", "{path}: not a file"),
    "privacy.cli.unreadable": (
        "{path}: kan het bestand niet lezen",
        "{path}: cannot read the file",
    ),
    "privacy.cli.not_utf8": (
        "{path}:{line}:{col}: geen UTF-8-tekst; sla het bestand op als UTF-8",
        "{path}:{line}:{col}: not UTF-8 text; save the file as UTF-8",
    ),
    "privacy.cli.building": (
        "Namenlijsten worden voor de eerste keer klaargezet; dat duurt een halve minuut of langer.",
        "Preparing the name lists for the first time; this takes half a minute or more.",
    ),
    "privacy.cli.names_failed": (
        "Let op: de namencontrole kon niet laden; alleen nummers en vaste patronen zijn gecontroleerd.",
        "Note: the name check could not load; only numbers and fixed patterns were checked.",
    ),
    "privacy.cli.file_summary": (
        "{count} mogelijke persoonsgegevens gevonden",
        "{count} possible personal details found",
    ),
}
