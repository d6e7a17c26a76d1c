"""UI strings for the store area: key -> (Dutch, English).

Store errors (``store.error.*``) carry only ids, counts, paths and SQLite error names as
parameters, never note text or labels.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Errors (quez.store.errors.StoreError keys)
    "store.error.corrupt": (
        "De sessieopslag {path} is beschadigd of onvolledig; QueZ heeft het bestand niet "
        "aangeraakt. Zet een reservekopie terug of verplaats het bestand.",
        "The session store {path} is damaged or incomplete; QueZ left the file untouched. "
        "Restore a backup or move the file away.",
    ),
    "store.error.foreign": (
        "{path} is geen sessieopslag van QueZ; QueZ heeft het bestand niet aangeraakt.",
        "{path} is not a QueZ session store; QueZ left the file untouched.",
    ),
    "store.error.newer": (
        "De sessieopslag {path} komt van een nieuwere QueZ (schema {version}, deze versie kent "
        "t/m {supported}); werk QueZ bij. Het bestand is niet aangeraakt.",
        "The session store {path} was written by a newer QueZ (schema {version}, this version "
        "knows up to {supported}); please update QueZ. The file was left untouched.",
    ),
    "store.error.locked": (
        "De sessieopslag {path} is in gebruik door een ander programma; probeer het zo opnieuw.",
        "The session store {path} is in use by another program; try again in a moment.",
    ),
    "store.error.unreadable": (
        "De sessieopslag {path} kan niet worden geopend (rechten of map).",
        "The session store {path} cannot be opened (permissions or folder).",
    ),
    "store.error.not_a_file": (
        "{path} is geen gewoon bestand; QueZ gebruikt het niet als sessieopslag.",
        "{path} is not a regular file; QueZ will not use it as its session store.",
    ),
    "store.error.disk_full": (
        "De schijf is vol: de laatste wijziging in {path} is niet opgeslagen.",
        "The disk is full: the last change to {path} was not saved.",
    ),
    "store.error.io": (
        "De sessieopslag {path} gaf een fout ({code}); er is niets half opgeslagen.",
        "The session store {path} reported an error ({code}); nothing was saved halfway.",
    ),
    "store.error.closed": (
        "De sessieopslag is al gesloten.",
        "The session store is already closed.",
    ),
    "store.error.no_session": (
        "Er is geen sessie met id {session}.",
        "There is no session with id {session}.",
    ),
    "store.error.no_entry": (
        "Er is geen kaart met nummer {entry} in de opslag.",
        "There is no card with number {entry} in the store.",
    ),
    "store.error.session_closed": (
        "Sessie {session} is afgesloten; werkaantekeningen kunnen niet meer worden bewaard.",
        "Session {session} is closed; work notes can no longer be saved.",
    ),
    "store.error.bad_value": (
        "Ongeldige waarde voor het veld {field}.",
        "Invalid value for the field {field}.",
    ),
    "store.error.erase_refused": (
        "{path} is geen map die QueZ veilig kan wissen; er is niets verwijderd.",
        "{path} is not a folder QueZ can safely erase; nothing was removed.",
    ),
    "store.error.erase_failed": (
        "Niet alles in {path} kon worden verwijderd; kijk of QueZ nog ergens open staat.",
        "Not everything in {path} could be removed; check whether QueZ is still open somewhere.",
    ),
    # CLI: quez sessions …, quez erase-all
    "store.cli.sessions.help": (
        "Bewaarde gesprekken en intervisies: bekijken, verwijderen, opschonen.",
        "Saved conversations and intervisie meetings: list, show, delete, purge.",
    ),
    "store.cli.list.help": ("Toon de bewaarde sessies.", "List the saved sessions."),
    "store.cli.show.help": (
        "Toon één sessie met haar kaarten en aantekeningen.",
        "Show one session with its cards and notes.",
    ),
    "store.cli.delete.help": (
        "Verwijder één sessie definitief (ook uit de restanten van het bestand).",
        "Delete one session for good (also from the file's leftovers).",
    ),
    "store.cli.purge.help": (
        "Verwijder alle sessies die langer dan een periode niet zijn gewijzigd.",
        "Delete every session not changed for longer than a period.",
    ),
    "store.cli.erase_all.help": (
        "Wis alles wat QueZ van u bewaart: sessies, reservekopieën, exports, instellingen.",
        "Erase everything QueZ keeps for you: sessions, backups, exports, settings.",
    ),
    "store.cli.opt.status": (
        "alleen sessies met deze status (open, closed)",
        "only sessions with this status (open, closed)",
    ),
    "store.cli.opt.kind": (
        "alleen dit soort sessies (client, intervisie)",
        "only sessions of this kind (client, intervisie)",
    ),
    "store.cli.opt.yes": ("niet om bevestiging vragen", "do not ask for confirmation"),
    "store.cli.opt.older_than": ("bijvoorbeeld 90d, 12w of 48h", "for example 90d, 12w or 48h"),
    "store.cli.opt.dry_run": (
        "alleen tonen wat zou worden verwijderd",
        "only show what would be deleted",
    ),
    "store.cli.arg.id": (
        "het id van de sessie (zie: quez sessions)",
        "the session's id (see: quez sessions)",
    ),
    "store.cli.bad_choice": (
        "ongeldige waarde voor {option}: kies uit {choices}",
        "invalid value for {option}: choose from {choices}",
    ),
    "store.cli.bad_duration": (
        "ongeldige periode '{value}': gebruik bijvoorbeeld 90d (dagen), 12w (weken) of 48h (uren)",
        "invalid period '{value}': use for example 90d (days), 12w (weeks) or 48h (hours)",
    ),
    "store.cli.none": ("Er zijn geen bewaarde sessies.", "There are no saved sessions."),
    "store.cli.col.id": ("id", "id"),
    "store.cli.col.kind": ("soort", "kind"),
    "store.cli.col.status": ("status", "status"),
    "store.cli.col.label": ("naam", "label"),
    "store.cli.col.cards": ("kaarten", "cards"),
    "store.cli.col.updated": ("gewijzigd", "updated"),
    "store.cli.kind.client": ("gesprek", "conversation"),
    "store.cli.kind.intervisie": ("intervisie", "intervisie"),
    "store.cli.status.open": ("open", "open"),
    "store.cli.status.closed": ("afgesloten", "closed"),
    "store.cli.show.session": ("Sessie {id}", "Session {id}"),
    "store.cli.show.deck": ("Kaartset: {deck}", "Deck: {deck}"),
    "store.cli.show.language": ("Taal: {language}", "Language: {language}"),
    "store.cli.show.created": ("Begonnen: {time}", "Started: {time}"),
    "store.cli.show.updated": ("Gewijzigd: {time}", "Updated: {time}"),
    "store.cli.show.label": ("Naam: ", "Label: "),
    "store.cli.show.worknotes": (
        "Er zijn werkaantekeningen (niet getoond; ze worden gewist bij afsluiten).",
        "There are work notes (not shown; they are erased when the session closes).",
    ),
    "store.cli.show.no_entries": ("Nog geen kaarten.", "No cards yet."),
    "store.cli.show.important": ("belangrijk", "important"),
    "store.cli.show.consent_yes": ("mag mee in de kopie", "goes into the client's copy"),
    "store.cli.show.consent_no": ("niet in de kopie", "not in the client's copy"),
    "store.cli.show.skipped": ("overgeslagen", "skipped"),
    "store.cli.show.parked": ("geparkeerd", "parked"),
    "store.cli.confirm.delete": (
        "Sessie {id} met {count} kaart(en) definitief verwijderen?",
        "Delete session {id} with {count} card(s) for good?",
    ),
    "store.cli.confirm.purge": (
        "Deze {count} sessie(s) definitief verwijderen?",
        "Delete these {count} session(s) for good?",
    ),
    "store.cli.confirm.prompt": ("Typ j om door te gaan", "Type y to continue"),
    "store.cli.confirm.answers": ("j,ja,y,yes", "y,yes"),
    "store.cli.cancelled": ("Niets verwijderd.", "Nothing deleted."),
    "store.cli.deleted": (
        "Sessie {id} is verwijderd ({count} kaart(en)), {time}.",
        "Session {id} was deleted ({count} card(s)), {time}.",
    ),
    "store.cli.not_fully_erased": (
        "Let op: een andere QueZ heeft de opslag open; oude kopieën verdwijnen pas als die sluit.",
        "Note: another QueZ has the store open; old copies disappear only once it closes.",
    ),
    "store.cli.purge.none": (
        "Geen sessies ouder dan {period}.",
        "No sessions older than {period}.",
    ),
    "store.cli.purge.would": (
        "Zou {count} sessie(s) verwijderen (proefdraai, niets verwijderd):",
        "Would delete {count} session(s) (dry run, nothing deleted):",
    ),
    "store.cli.purge.done": ("{count} sessie(s) verwijderd.", "{count} session(s) deleted."),
    "store.cli.erase.nothing": (
        "QueZ bewaart hier niets; er is niets te wissen.",
        "QueZ keeps nothing here; there is nothing to erase.",
    ),
    "store.cli.erase.intro": (
        "Dit wist ALLES wat QueZ van u bewaart, ook alle gesprekken. Dit kan niet ongedaan "
        "worden gemaakt. Sluit eerst elk ander QueZ-venster. Deze mappen worden verwijderd:",
        "This erases EVERYTHING QueZ keeps for you, including every conversation. It cannot "
        "be undone. Close every other QueZ window first. These folders will be removed:",
    ),
    "store.cli.erase.word": ("wissen", "erase"),
    "store.cli.erase.prompt": (
        "Typ '{word}' om alles te wissen",
        "Type '{word}' to erase everything",
    ),
    "store.cli.erase.cancelled": ("Niets gewist.", "Nothing erased."),
    "store.cli.erase.done": ("Gewist: {path}", "Erased: {path}"),
}
