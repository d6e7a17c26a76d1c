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
}
