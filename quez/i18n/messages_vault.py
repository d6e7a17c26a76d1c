"""UI strings for the vault area (the encrypted store): key -> (Dutch, English).

Parameters are only paths, counts and error names, never a passphrase or a key.
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Errors (quez.vault.VaultError and the store's vault checks)
    "vault.error.locked": (
        "De sessieopslag {path} is versleuteld; QueZ heeft de wachtwoordzin nodig.",
        "The session store {path} is encrypted; QueZ needs the passphrase.",
    ),
    "vault.error.pending": (
        "Het versleutelen of ontsleutelen van {path} is onderbroken; start QueZ opnieuw om het "
        "af te maken.",
        "Encrypting or decrypting {path} was interrupted; start QueZ again to finish it.",
    ),
    "vault.error.no_driver": (
        "Voor de versleutelde opslag is SQLCipher nodig: installeer quez[vault].",
        "The encrypted store needs SQLCipher: install quez[vault].",
    ),
    "vault.error.cannot_open": (
        "De versleutelde opslag {path} kan niet worden geopend ({code}).",
        "The encrypted store {path} cannot be opened ({code}).",
    ),
    "vault.error.cannot_decrypt": (
        "De sessieopslag {path} kan met deze sleutel niet worden ontsleuteld: de sleutel is "
        "onjuist of het bestand is beschadigd. Het bestand is niet aangeraakt.",
        "The session store {path} cannot be decrypted with this key: the key is wrong or the "
        "file is damaged. The file was left untouched.",
    ),
    "vault.error.not_encrypted": (
        "{path} is niet versleuteld, maar QueZ verwachtte een versleutelde opslag; het bestand "
        "is niet aangeraakt.",
        "{path} is not encrypted, but QueZ expected an encrypted store; the file was left "
        "untouched.",
    ),
    "vault.error.not_plain": (
        "{path} is geen gewone SQLite-opslag (al versleuteld?); er is niets veranderd.",
        "{path} is not a plain SQLite store (already encrypted?); nothing was changed.",
    ),
    "vault.error.wrong_passphrase": (
        "Die wachtwoordzin klopt niet.",
        "That passphrase is not right.",
    ),
    "vault.error.too_short": (
        "Kies een wachtwoordzin van minstens {minimum} tekens, bijvoorbeeld vier losse woorden.",
        "Choose a passphrase of at least {minimum} characters, for example four separate words.",
    ),
    "vault.error.marker_params": (
        "Het kluisbestand noemt sleutelinstellingen buiten de veilige grenzen; er is niets "
        "veranderd.",
        "The vault file names key settings outside the safe limits; nothing was changed.",
    ),
    "vault.error.marker": (
        "Het kluisbestand {path} is beschadigd of onbekend; zonder dit bestand kan de opslag "
        "niet worden geopend. Zet een reservekopie terug.",
        "The vault file {path} is damaged or unknown; the store cannot be opened without it. "
        "Restore a backup.",
    ),
    "vault.error.journal": (
        "Het logboek van een onderbroken omzetting ({path}) is onleesbaar; er is niets verwijderd.",
        "The journal of an interrupted conversion ({path}) is unreadable; nothing was removed.",
    ),
    "vault.error.busy": (
        "Een andere QueZ is de opslag aan het omzetten; probeer het zo opnieuw.",
        "Another QueZ is converting the store; try again in a moment.",
    ),
    "vault.error.in_use": (
        "De sessieopslag {path} is open in een ander programma; sluit QueZ overal en probeer "
        "het opnieuw. Er is niets veranderd.",
        "The session store {path} is open in another program; close QueZ everywhere and try "
        "again. Nothing was changed.",
    ),
    "vault.error.damaged": (
        "De sessieopslag {path} is beschadigd; er is niets omgezet of veranderd.",
        "The session store {path} is damaged; nothing was converted or changed.",
    ),
    "vault.error.verify_failed": (
        "De nieuwe kopie ({path}) klopte niet bij de controle; de oude opslag is ongewijzigd.",
        "The new copy ({path}) failed its check; the old store is unchanged.",
    ),
    "vault.error.io": (
        "Schrijven in {path} mislukte (vol of geen rechten?); er gaat niets verloren: start "
        "QueZ opnieuw om af te maken of terug te gaan.",
        "Writing in {path} failed (full or no permission?); nothing is lost: start QueZ again "
        "to finish or go back.",
    ),
    "vault.error.not_a_file": (
        "{path} is geen gewoon bestand; QueZ zet het niet om.",
        "{path} is not a regular file; QueZ will not convert it.",
    ),
    "vault.error.not_on": (
        "De sessieopslag is niet versleuteld.",
        "The session store is not encrypted.",
    ),
    "vault.error.already_on": (
        "De sessieopslag is al versleuteld.",
        "The session store is already encrypted.",
    ),
    # CLI: quez vault …
    "vault.cli.help": (
        "Versleutel de sessieopslag met een wachtwoordzin (een kwijtgeraakte laptop is dan geen "
        "datalek).",
        "Encrypt the session store with a passphrase (so a lost laptop is not a data breach).",
    ),
    "vault.cli.enable.help": (
        "Versleutel de sessieopslag en de reservekopieën.",
        "Encrypt the session store and its backups.",
    ),
    "vault.cli.disable.help": (
        "Zet de versleuteling uit (de opslag wordt weer gewoon leesbaar).",
        "Turn encryption off (the store becomes plainly readable again).",
    ),
    "vault.cli.change.help": (
        "Kies een nieuwe wachtwoordzin.",
        "Choose a new passphrase.",
    ),
    "vault.cli.status.help": (
        "Laat zien of de opslag versleuteld is.",
        "Show whether the store is encrypted.",
    ),
    "vault.cli.opt.remember": (
        "onthoud de sleutel in de sleutelbos van het systeem (geen vraag bij het starten)",
        "remember the key in the system keyring (no question at start)",
    ),
    "vault.cli.opt.yes": ("niet om bevestiging vragen", "do not ask for confirmation"),
    "vault.cli.prompt.passphrase": ("Wachtwoordzin", "Passphrase"),
    "vault.cli.prompt.new": ("Nieuwe wachtwoordzin", "New passphrase"),
    "vault.cli.prompt.repeat": ("Herhaal de wachtwoordzin", "Repeat the passphrase"),
    "vault.cli.mismatch": (
        "De twee wachtwoordzinnen verschillen; er is niets veranderd.",
        "The two passphrases differ; nothing was changed.",
    ),
    "vault.cli.no_passphrase": (
        "Geen wachtwoordzin gekregen; typ hem in of zet QUEZ_PASSPHRASE voor scripts.",
        "No passphrase given; type it in or set QUEZ_PASSPHRASE for scripts.",
    ),
    "vault.cli.wrong.retry": (
        "Die wachtwoordzin klopt niet; nog {left} keer proberen.",
        "That passphrase is not right; tries left: {left}.",
    ),
    "vault.cli.wrong.final": (
        "De wachtwoordzin klopte niet; er is niets geopend of veranderd.",
        "The passphrase was not right; nothing was opened or changed.",
    ),
    "vault.cli.enable.intro": (
        "Kies een wachtwoordzin. Die kan niemand terughalen: kwijt is kwijt, ook voor de "
        "makers van QueZ. Schrijf hem op en bewaar dat op een veilige plek.",
        "Choose a passphrase. Nobody can recover it: lost is lost, also for the makers of "
        "QueZ. Write it down and keep that in a safe place.",
    ),
    "vault.cli.working": (
        "Bezig met omzetten; sluit QueZ niet af …",
        "Converting; do not close QueZ …",
    ),
    "vault.cli.enabled": (
        "De sessieopslag is versleuteld ({files} bestand(en)); de onversleutelde versie is "
        "overschreven en verwijderd.",
        "The session store is encrypted ({files} file(s)); the unencrypted version was "
        "overwritten and removed.",
    ),
    "vault.cli.remembered": (
        "De sleutel staat in de sleutelbos van het systeem; QueZ vraagt niet om de wachtwoordzin.",
        "The key is in the system keyring; QueZ will not ask for the passphrase.",
    ),
    "vault.cli.not_remembered": (
        "Er is geen sleutelbos beschikbaar; QueZ vraagt bij elke start om de wachtwoordzin.",
        "No keyring is available; QueZ will ask for the passphrase at every start.",
    ),
    "vault.cli.disable.confirm": (
        "De opslag wordt weer onversleuteld: wie de laptop heeft, kan de aantekeningen dan "
        "lezen. Doorgaan?",
        "The store becomes unencrypted again: whoever has the laptop can then read the notes. "
        "Continue?",
    ),
    "vault.cli.disabled": (
        "De versleuteling staat uit ({files} bestand(en) omgezet).",
        "Encryption is off ({files} file(s) converted).",
    ),
    "vault.cli.changed": (
        "De nieuwe wachtwoordzin geldt nu ({files} bestand(en) opnieuw versleuteld).",
        "The new passphrase is in effect ({files} file(s) re-encrypted).",
    ),
    "vault.cli.cancelled": ("Geannuleerd; er is niets veranderd.", "Cancelled; nothing changed."),
    "vault.cli.already_off": (
        "De sessieopslag is niet versleuteld; er is niets veranderd.",
        "The session store is not encrypted; nothing changed.",
    ),
    "vault.cli.status.on": ("Versleuteling: aan", "Encryption: on"),
    "vault.cli.status.off": ("Versleuteling: uit", "Encryption: off"),
    "vault.cli.status.cipher": ("Versleuteling met: {cipher}", "Encrypted with: {cipher}"),
    "vault.cli.status.kdf": (
        "Sleutelafleiding: scrypt (N={n}, r={r}, p={p})",
        "Key derivation: scrypt (N={n}, r={r}, p={p})",
    ),
    "vault.cli.status.remembered": (
        "Sleutel onthouden in de sleutelbos: {answer}",
        "Key remembered in the keyring: {answer}",
    ),
    "vault.cli.status.files": ("Bestanden: {files}", "Files: {files}"),
    "vault.cli.yes": ("ja", "yes"),
    "vault.cli.no": ("nee", "no"),
}
