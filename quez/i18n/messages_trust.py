"""UI strings for keeping the store's promises: key -> (Dutch, English).

The store's own checks before a save (its file is still there, still the one it opened, still
writable), consent per note field, and erasing the export files QueZ wrote. Store errors carry
only ids, counts and paths as parameters, never note text or labels.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # quez.store.errors.StoreError keys raised by the file check before every save
    "store.error.folder_gone": (
        "Opslaan lukt niet: de map {path} is er niet meer. Er is niets opgeslagen.",
        "Cannot save: the folder {path} is no longer there. Nothing was saved.",
    ),
    "store.error.file_replaced": (
        "Opslaan lukt niet: de sessieopslag {path} is verplaatst, verwijderd of vervangen "
        "sinds QueZ hem opende. Er is niets opgeslagen.",
        "Cannot save: the session store {path} was moved, removed or replaced since QueZ "
        "opened it. Nothing was saved.",
    ),
    "store.error.not_writable": (
        "Opslaan lukt niet: QueZ mag niet meer schrijven in {path}. Er is niets opgeslagen.",
        "Cannot save: QueZ may no longer write to {path}. Nothing was saved.",
    ),
    "store.error.unstorable": (
        "Deze waarde kan niet in de sessieopslag worden gebruikt (ongeldige tekens of een te "
        "groot getal); er is niets opgeslagen.",
        "This value cannot be used in the session store (invalid characters or a number too "
        "large); nothing was saved.",
    ),
    "store.error.export_missing": (
        "Het geëxporteerde bestand {path} is niet gevonden; QueZ kan het niet onthouden.",
        "The exported file {path} was not found; QueZ cannot keep track of it.",
    ),
    # Consent per note field (the read-back and `quez export`)
    "trust.field.own_words": ("eigen woorden", "own words"),
    "trust.field.summary": ("samenvatting", "summary"),
    "trust.readback.ask": (
        "? Nog niet gevraagd: komt (nog) niet in uw kopie",
        "? Not asked yet: stays out of your copy (for now)",
    ),
    "trust.readback.agreed": (
        "{count} aantekening(en) komen nu in uw kopie.",
        "{count} note(s) now go into your copy.",
    ),
    "trust.cli.summary": ("Samenvatting door de begeleider:", "Summary by the professional:"),
    "trust.export.not_asked": (
        "{count} aantekening(en) staan niet in het document: er is nog niet gevraagd of ze "
        "erin mogen.",
        "{count} note(s) are not in the document: nobody has asked yet whether they may go in.",
    ),
}
