"""UI strings for saving honestly: key -> (Dutch, English).

Autosave failures and recovery, saving a copy elsewhere, quitting and signals with unsaved text,
the crash line when the last save failed, closing a conversation, and erasure receipts that
name the export files. Dutch B1, "u". Never a client's text as a parameter: only paths, counts
and store error lines. A line about text that may be missing never contains the word
"opgeslagen" ("saved"): only a save that worked may say that.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # quez.tui.autosave: one calm line when saving fails, one when it works again
    "save.failed": (
        "{reason} Uw tekst staat nog op het scherm en QueZ blijft het proberen. "
        "Ctrl+S: ergens anders opslaan.",
        "{reason} Your text is still on the screen and QueZ keeps trying. "
        "Ctrl+S: save somewhere else.",
    ),
    "save.recovered": (
        "Opslaan lukt weer. Alles is opgeslagen.",
        "Saving works again. Everything is saved.",
    ),
    "save.key.elsewhere": ("Ergens anders opslaan", "Save somewhere else"),
    "save.help.k.elsewhere": (
        "Een kopie ergens anders opslaan (alleen als opslaan niet lukt)",
        "Save a copy somewhere else (only while saving does not work)",
    ),
    # Quitting while the last text is not saved
    "save.quit.unsaved": (
        "Uw laatste tekst staat nog niet in de opslag. Ctrl+S: ergens anders opslaan. "
        "Nog een keer Ctrl+Q: stoppen zonder die tekst.",
        "Your latest text is not in the store yet. Ctrl+S: save somewhere else. "
        "Ctrl+Q again: quit without that text.",
    ),
    "save.quit.lost": (
        "QueZ is gestopt. Het laatste stuk tekst ontbreekt in de opslag.",
        "QueZ has stopped. The last part of the text is missing from the store.",
    ),
    # SIGTERM (the computer shuts down): said after the terminal is restored
    "save.signal.saved": (
        "QueZ is gestopt omdat de computer dat vroeg. Uw tekst is opgeslagen.",
        "QueZ stopped because the computer asked it to. Your text is saved.",
    ),
    "save.signal.unsaved": (
        "QueZ is gestopt omdat de computer dat vroeg. Het laatste stuk tekst ontbreekt "
        "misschien in de opslag.",
        "QueZ stopped because the computer asked it to. The last part of the text may be "
        "missing from the store.",
    ),
    # quez.workflows.crash: the calm line when the save before the crash did not work
    "crash.line_unsaved": (
        "QueZ liep vast door een fout. Het laatste stuk tekst ontbreekt misschien in de "
        "opslag. Details (zonder uw tekst): {path}",
        "QueZ stopped because of an error. The last part of the text may be missing from the "
        "store. Details (without your text): {path}",
    ),
    "crash.line_unsaved_no_file": (
        "QueZ liep vast door een fout. Het laatste stuk tekst ontbreekt misschien in de opslag.",
        "QueZ stopped because of an error. The last part of the text may be missing from the "
        "store.",
    ),
    # quez.workflows.rescue and its dialog: a copy of the open session in a new folder
    "save.elsewhere.title": ("Ergens anders opslaan", "Save somewhere else"),
    "save.elsewhere.intro": (
        "QueZ maakt een nieuwe, afgeschermde map met een kopie van dit gesprek, zoals het nu "
        "op het scherm staat. Kies een map die nog niet bestaat of leeg is, bijvoorbeeld op "
        "een USB-stick.",
        "QueZ makes a new, private folder with a copy of this conversation as it is on the "
        "screen now. Choose a folder that does not exist yet or is empty, for example on a "
        "USB stick.",
    ),
    "save.elsewhere.folder": ("Map:", "Folder:"),
    "save.elsewhere.done": (
        "Kopie opgeslagen in {path}. Openen met: QUEZ_HOME={path} quez",
        "Copy saved in {path}. Open it with: QUEZ_HOME={path} quez",
    ),
    "save.elsewhere.nothing": (
        "Er staat geen gesprek open; er is niets om te kopiëren.",
        "No conversation is open; there is nothing to copy.",
    ),
    "save.elsewhere.not_empty": (
        "De map {path} is niet leeg. Kies een nieuwe of lege map.",
        "The folder {path} is not empty. Choose a new or empty folder.",
    ),
    "save.elsewhere.failed": (
        "De map {path} kan niet worden gemaakt of beschreven. Kies een andere map.",
        "The folder {path} cannot be created or written to. Choose another folder.",
    ),
    "save.elsewhere.no_key": (
        "Deze opslag is versleuteld en de sleutel is niet bij de hand; QueZ maakt geen "
        "onversleutelde kopie.",
        "This store is encrypted and its key is not at hand; QueZ makes no unencrypted copy.",
    ),
    # Closing a conversation (the end screen's `a`)
    "save.close.title": ("Gesprek afsluiten?", "Close the conversation?"),
    "save.close.intro": (
        "Bij afsluiten worden de werkaantekeningen gewist. Hieronder staan ze nog één keer: "
        "neem zelf over wat in het dossier hoort. Ze gaan niet in de kopie van de cliënt.",
        "Closing erases the work notes. Here they are one last time: copy by hand what "
        "belongs in the file. They do not go into the client's copy.",
    ),
    "save.close.none": (
        "Er zijn geen werkaantekeningen. Afsluiten wist niets anders.",
        "There are no work notes. Closing erases nothing else.",
    ),
    "save.close.yes": ("Afsluiten en wissen", "Close and erase"),
    "save.close.no": ("Nog niet", "Not yet"),
    # Erasure receipts: the export files (quez sessions delete/purge, erase-all, retention)
    "erase.export.removed": ("Exportbestand gewist: {path}", "Export file erased: {path}"),
    "erase.export.not_overwritten": (
        "Exportbestand verwijderd (niet overschreven: QueZ mocht er niet in schrijven): {path}",
        "Export file removed (not overwritten: QueZ was not allowed to write to it): {path}",
    ),
    "erase.export.gone": (
        "Exportbestand niet gevonden (verplaatst, op een andere schijf of al weg): {path}",
        "Export file not found (moved, on another disk or already gone): {path}",
    ),
    "erase.export.replaced": (
        "Exportbestand niet gewist: er staat nu een ander bestand op die plek: {path}",
        "Export file not erased: another file is at that place now: {path}",
    ),
    "erase.export.linked": (
        "Deze naam is gewist, maar het bestand heeft nog een andere naam: {path}",
        "This name is erased, but the file has another name too: {path}",
    ),
    "erase.export.failed": (
        "Exportbestand niet gewist: het systeem weigerde: {path}",
        "Export file not erased: the system refused: {path}",
    ),
    "erase.export.unlisted": (
        "De exportbestanden konden niet worden opgezocht (de opslag ging niet open); "
        "bestanden buiten de QueZ-mappen zijn misschien blijven staan.",
        "The export files could not be listed (the store did not open); files outside the "
        "QueZ folders may remain.",
    ),
    "erase.export.summary": (
        "{removed} exportbestand(en) gewist, {missed} niet bereikt.",
        "{removed} export file(s) erased, {missed} not reached.",
    ),
}
