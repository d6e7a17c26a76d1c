"""UI strings for files, decks and the basic CLI: key -> (Dutch, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # The one line shown instead of a traceback (quez.workflows.crash)
    "crash.line": (
        "QueZ liep vast door een fout. Uw gesprek is opgeslagen. Details (zonder uw tekst): {path}",
        "QueZ stopped because of an error. Your conversation is saved. Details (without your text): {path}",
    ),
    "crash.line_no_file": (
        "QueZ liep vast door een fout. Uw gesprek is opgeslagen.",
        "QueZ stopped because of an error. Your conversation is saved.",
    ),
    # Reading files
    "file.not_found": ("bestand niet gevonden", "file not found"),
    "file.is_dir": ("dit is een map, geen bestand", "this is a folder, not a file"),
    "file.unreadable": ("kan het bestand niet lezen ({reason})", "cannot read the file ({reason})"),
    "file.too_large": (
        "bestand is te groot ({size} bytes; de grens is {limit} bytes)",
        "file is too large ({size} bytes; the limit is {limit} bytes)",
    ),
    "file.not_utf8": (
        "dit is geen UTF-8-tekst; sla het bestand op als UTF-8",
        "this is not UTF-8 text; save the file as UTF-8",
    ),
    "file.not_utf8_bom": (
        "dit bestand is UTF-16; sla het op als UTF-8",
        "this file is UTF-16; save it as UTF-8",
    ),
    # YAML
    "yaml.syntax": ("YAML-fout: {detail}", "YAML error: {detail}"),
    "yaml.empty": ("het bestand is leeg", "the file is empty"),
    "yaml.alias": (
        "ankers en verwijzingen (& en *) zijn niet toegestaan; schrijf de tekst voluit",
        "anchors and aliases (& and *) are not allowed; write the text out in full",
    ),
    "yaml.tag": (
        "YAML-tags (zoals !!python) zijn niet toegestaan",
        "YAML tags (such as !!python) are not allowed",
    ),
    "yaml.duplicate_key": (
        "'{key}' staat hier voor de tweede keer (eerst op regel {first})",
        "'{key}' appears a second time (first on line {first})",
    ),
    # Deck structure
    "deck.expected_mapping": (
        "hier hoort een {what} met velden (sleutel: waarde)",
        "a {what} with fields (key: value) belongs here",
    ),
    "deck.bad_key": (
        "een veldnaam in {what} moet tekst zijn",
        "a field name in {what} must be text",
    ),
    "deck.unknown_field": (
        "onbekend veld '{field}' (toegestaan: {allowed})",
        "unknown field '{field}' (allowed: {allowed})",
    ),
    "deck.unknown_field_hint": (
        "onbekend veld '{field}'; bedoelt u '{hint}'?",
        "unknown field '{field}'; did you mean '{hint}'?",
    ),
    "deck.missing_field": (
        "veld '{field}' ontbreekt in {what}",
        "field '{field}' is missing in {what}",
    ),
    "deck.expected_text": (
        "'{field}' moet tekst zijn (of per taal: {{nl: ..., en: ...}})",
        "'{field}' must be text (or per language: {{nl: ..., en: ...}})",
    ),
    "deck.empty_text": ("'{field}' is leeg", "'{field}' is empty"),
    "deck.bad_id": (
        "'{field}' mag alleen kleine letters, cijfers, - en _ bevatten",
        "'{field}' may only contain lower-case letters, digits, - and _",
    ),
    "deck.expected_int": (
        "'{field}' moet een heel getal zijn, zonder aanhalingstekens",
        "'{field}' must be a whole number, without quotes",
    ),
    "deck.expected_bool": ("'{field}' moet true of false zijn", "'{field}' must be true or false"),
    "deck.expected_list": (
        "'{field}' moet een lijst zijn (regels die met - beginnen)",
        "'{field}' must be a list (lines starting with -)",
    ),
    "deck.missing_translation": (
        "'{field}' mist de vertaling voor taal '{lang}'",
        "'{field}' lacks the translation for language '{lang}'",
    ),
    "deck.undeclared_language": (
        "'{field}' heeft taal '{lang}', maar die staat niet bij languages",
        "'{field}' has language '{lang}', which is not listed in languages",
    ),
    "deck.bad_format": (
        "format {found} wordt niet ondersteund (deze versie kent format {supported})",
        "format {found} is not supported (this version knows format {supported})",
    ),
    "deck.bad_choice": (
        "'{field}' moet een van deze zijn: {options}",
        "'{field}' must be one of: {options}",
    ),
    "deck.both_languages": (
        "gebruik 'language' of 'languages', niet allebei",
        "use 'language' or 'languages', not both",
    ),
    "deck.bad_language": (
        "'{lang}' is geen taalcode (zoals nl of en)",
        "'{lang}' is not a language code (such as nl or en)",
    ),
    "deck.duplicate_language": (
        "taal '{lang}' staat er twee keer",
        "language '{lang}' is listed twice",
    ),
    "deck.no_languages": ("geef minstens één taal op", "give at least one language"),
    "deck.no_themes": (
        "een stapel heeft minstens één thema nodig",
        "a deck needs at least one theme",
    ),
    "deck.no_cards": (
        "een stapel heeft minstens één kaart nodig",
        "a deck needs at least one card",
    ),
    "deck.duplicate_theme": (
        "thema-id '{id}' bestaat al (regel {first})",
        "theme id '{id}' already exists (line {first})",
    ),
    "deck.duplicate_card": (
        "kaart-id '{id}' bestaat al (regel {first})",
        "card id '{id}' already exists (line {first})",
    ),
    "deck.unknown_theme": (
        "thema '{theme}' bestaat niet in deze stapel",
        "theme '{theme}' does not exist in this deck",
    ),
    "deck.bad_tag": (
        "een label (tag) mag alleen kleine letters, cijfers, - en _ bevatten",
        "a tag may only contain lower-case letters, digits, - and _",
    ),
    "deck.id_conflict": (
        "stapel-id '{id}' wordt al gebruikt door {other}; deze stapel is niet geladen. Geef hem een ander id.",
        "deck id '{id}' is already used by {other}; this deck was not loaded. Give it another id.",
    ),
    # Deck origins
    "origin.shipped": ("meegeleverd", "shipped"),
    "origin.user": ("eigen map", "user folder"),
    "origin.cli": ("--deck", "--deck"),
    # CLI
    "cli.help": (
        "QueZ: vragenkaarten voor gesprekken vanuit eigen regie.",
        "QueZ: question cards for conversations from the client's own direction.",
    ),
    "cli.opt.version": ("Toon de versie en stop.", "Show the version and exit."),
    "cli.opt.lang": ("Taal van de schermen: nl of en.", "Language of the screens: nl or en."),
    "cli.opt.deck": ("Laad ook deze stapel (YAML-bestand).", "Also load this deck (YAML file)."),
    "cli.opt.help": ("Toon deze hulp en stop.", "Show this help and exit."),
    "cli.usage": (
        "Gebruik: quez [OPTIES] OPDRACHT [ARGUMENTEN]...",
        "Usage: quez [OPTIONS] COMMAND [ARGS]...",
    ),
    "cli.options": ("Opties", "Options"),
    "cli.commands": ("Opdrachten", "Commands"),
    "cli.more_help": (
        "Zonder opdracht opent QueZ de app. Meer over één opdracht: quez OPDRACHT --help",
        "Without a command QueZ opens the app. More about one command: quez COMMAND --help",
    ),
    "cli.opt.draw_deck": (
        "Id van de stapel (standaard: de eerste gespreksstapel).",
        "Deck id (default: the first conversation deck).",
    ),
    "cli.opt.theme": ("Alleen kaarten uit dit thema.", "Only cards from this theme."),
    "cli.opt.seed": (
        "Vast startgetal, voor dezelfde kaart.",
        "Fixed seed, for the same card again.",
    ),
    "cli.bad_lang": (
        "onbekende taal '{lang}'; kies nl of en",
        "unknown language '{lang}'; choose nl or en",
    ),
    "cli.decks.help": (
        "Toon alle stapels en stapels die niet laden.",
        "List all decks and decks that failed.",
    ),
    "cli.deck.help": ("Stapels controleren, maken en delen.", "Check, make and share decks."),
    "cli.validate.help": ("Controleer de opbouw van stapels.", "Check the structure of decks."),
    "cli.schema.help": (
        "Druk het JSON-schema voor stapels af.",
        "Print the JSON Schema for decks.",
    ),
    "cli.draw.help": ("Trek één kaart en toon die.", "Draw one card and show it."),
    "cli.locate.help": (
        "Toon waar QueZ zijn bestanden bewaart.",
        "Show where QueZ keeps its files.",
    ),
    "col.id": ("id", "id"),
    "col.title": ("titel", "title"),
    "col.kind": ("soort", "kind"),
    "col.themes": ("thema's", "themes"),
    "col.cards": ("kaarten", "cards"),
    "col.source": ("bron", "source"),
    "decks.title": ("Stapels", "Decks"),
    "decks.failed": ("Niet geladen", "Not loaded"),
    "decks.none": ("Geen stapels gevonden.", "No decks found."),
    "validate.ok": ("{path}: in orde ({cards} kaarten)", "{path}: valid ({cards} cards)"),
    "validate.summary_bad": (
        "{bad} van {total} bestanden hebben problemen.",
        "{bad} of {total} files have problems.",
    ),
    "draw.no_deck": ("stapel '{deck}' niet gevonden", "deck '{deck}' not found"),
    "draw.no_theme": (
        "thema '{theme}' niet gevonden in deze stapel",
        "theme '{theme}' not found in this deck",
    ),
    "draw.no_cards": ("geen kaarten om te trekken", "no cards to draw"),
    "draw.followups": ("Doorvragen", "Follow-up questions"),
    "locate.data": ("gegevens", "data"),
    "locate.db": ("gesprekken (database)", "conversations (database)"),
    "locate.decks": ("eigen stapels", "your decks"),
    "locate.shipped": ("meegeleverde stapels", "shipped decks"),
    "locate.exports": ("exports", "exports"),
    "locate.config": ("instellingen", "settings"),
    "locate.cache": ("cache", "cache"),
    "locate.state": ("status en crashmeldingen", "state and crash reports"),
    "kind.client": ("gesprek", "conversation"),
    "kind.intervisie": ("intervisie", "peer consultation"),
}
