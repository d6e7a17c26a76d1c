"""UI strings for the trainer area: key -> (Dutch, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # --- Comments in the starter deck (quez deck new) ------------------------------------------
    "starter.head": (
        "Een stapel vragenkaarten voor QueZ. Pas de voorbeelden aan of vervang ze door uw eigen "
        "vragen.",
        "A deck of question cards for QueZ. Change the examples or replace them with your own "
        "questions.",
    ),
    "starter.head.comments": (
        "Regels die met # beginnen zijn uitleg: QueZ slaat ze over. U mag ze laten staan of "
        "weghalen.",
        "Lines starting with # are explanations: QueZ skips them. You may keep or remove them.",
    ),
    "starter.head.quotes": (
        'Zet elke tekst tussen dubbele aanhalingstekens ("..."); dan leest QueZ hem altijd als '
        "tekst. Inspringen doet u met spaties, nooit met tabs: de spaties aan het begin van een "
        "regel bepalen waar iets bij hoort.",
        'Put every text in double quotes ("..."); then QueZ always reads it as text. Indent '
        "with spaces, never tabs: the spaces at the start of a line decide what belongs where.",
    ),
    "starter.head.check": (
        "Handige opdrachten (in een terminal, in de map van dit bestand):\n"
        "  quez deck validate {file}   controleert de opbouw\n"
        "  quez deck lint {file}       controleert de vragen\n"
        "  quez deck preview {file}    toont alle kaarten\n"
        "  quez --deck {file}          opent QueZ met deze stapel\n"
        "  quez deck install {file}    zet de stapel bij uw eigen stapels",
        "Useful commands (in a terminal, in the folder of this file):\n"
        "  quez deck validate {file}   checks the structure\n"
        "  quez deck lint {file}       checks the questions\n"
        "  quez deck preview {file}    shows every card\n"
        "  quez --deck {file}          opens QueZ with this deck\n"
        "  quez deck install {file}    adds the deck to your own decks",
    ),
    "starter.head.schema": (
        "De eerste regel is voor editors met YAML-ondersteuning (zoals VS Code met de "
        "YAML-extensie): die vullen dan velden aan en wijzen fouten aan tijdens het typen. Het "
        "schema staat in {schema} naast dit bestand; maak het opnieuw met:\n"
        "  quez deck schema > {schema}",
        "The first line is for editors with YAML support (such as VS Code with the YAML "
        "extension): they then complete fields and point out mistakes while you type. The schema "
        "is in {schema} next to this file; make it again with:\n"
        "  quez deck schema > {schema}",
    ),
    "starter.format": (
        "De versie van het stapelformaat. Laat dit op 1 staan.",
        "The version of the deck format. Leave this at 1.",
    ),
    "starter.id": (
        "De korte naam van de stapel: kleine letters, cijfers, - en _. Na installeren heet het "
        "bestand {id}.yaml. Kies een id dat nog niet bestaat (quez decks toont de stapels die er "
        "zijn).",
        "The deck's short name: lower-case letters, digits, - and _. Once installed the file is "
        "called {id}.yaml. Choose an id that does not exist yet (quez decks lists the decks "
        "there are).",
    ),
    "starter.title": (
        "De naam van de stapel, zoals QueZ hem in de lijst toont.",
        "The deck's name, as QueZ shows it in the list.",
    ),
    "starter.description": (
        "Eén of twee zinnen: waarvoor is deze stapel?",
        "One or two sentences: what is this deck for?",
    ),
    "starter.kind": (
        "De soort stapel: client (een gesprek met iemand over diens eigen leven) of intervisie "
        "(met collega's kijken naar je eigen werk).",
        "The kind of deck: client (a conversation with someone about their own life) or "
        "intervisie (looking at your own work with colleagues).",
    ),
    "starter.language": (
        "De taal van alle teksten. Voor meer talen schrijft u languages: [nl, en] en geeft u "
        'elke tekst een regel per taal (nl: "..." en en: "..."); zie docs/decks.md.',
        "The language of every text. For more languages write languages: [nl, en] and give "
        'every text one line per language (nl: "..." and en: "..."); see docs/decks.md.',
    ),
    "starter.languages": (
        "De talen van de stapel; de eerste is de hoofdtaal. Elke tekst heeft een regel per taal, "
        "en geen enkele taal mag ontbreken.",
        "The deck's languages; the first is the main one. Every text has one line per language, "
        "and no language may be missing.",
    ),
    "starter.address": (
        "De aanspreekvorm in de hele stapel: u of je. Kies er één; quez deck lint waarschuwt als "
        "ze door elkaar staan. Deze stapel gebruikt '{address}'.",
        "The form of address in Dutch throughout the deck: u or je. Choose one; quez deck lint "
        "warns when they are mixed. This deck uses '{address}'.",
    ),
    "starter.meta": (
        "Niet verplicht: wie de stapel schreef (author), de versie (version, tussen "
        "aanhalingstekens) en de licentie (licence). Haal het # weg om een regel te gebruiken. "
        "De versie staat onder elke geprinte kaart: verhoog hem als u vragen verandert.",
        "Optional: who wrote the deck (author), the version (version, in quotes) and the licence "
        "(licence). Remove the # to use a line. The version is printed under every paper card: "
        "raise it when you change questions.",
    ),
    "starter.themes": (
        "De thema's. Themakaarten liggen open op tafel en de ander kiest er zelf een; daarna "
        "komen de vragen van dat thema.",
        "The themes. Theme cards lie face up on the table and the other person chooses one; then "
        "come the questions of that theme.",
    ),
    "starter.theme.id": (
        "id: de korte naam van het thema; kaarten verwijzen ernaar met theme:",
        "id: the theme's short name; cards refer to it with theme:",
    ),
    "starter.theme.title": (
        "title: een korte titel in gewone woorden, zoals de ander het zou zeggen.",
        "title: a short title in everyday words, as the other person would say it.",
    ),
    "starter.theme.question": (
        "question: de centrale vraag, groot op de themakaart.",
        "question: the central question, in large type on the theme card.",
    ),
    "starter.theme.description": (
        "description: niet verplicht; één zin over waar het thema over gaat.",
        "description: optional; one sentence about what the theme is about.",
    ),
    "starter.cards": (
        "De vragenkaarten. Een goede vraag is open (begint met wat, hoe, wie, welke of wanneer), "
        "geeft geen advies, begint bij wat goed gaat en gebruikt woorden van elke dag. "
        "quez deck lint wijst vragen aan die met ja of nee te beantwoorden zijn.",
        "The question cards. A good question is open (starts with what, how, who, which or "
        "when), gives no advice, starts from what goes well and uses everyday words. "
        "quez deck lint points out questions that can be answered with yes or no.",
    ),
    "starter.card.opening": (
        "Een openingskaart: zonder thema, met het label opening. Voor het begin van het gesprek.",
        "An opening card: no theme, with the tag opening. For the start of the conversation.",
    ),
    "starter.card.closing": (
        "Een slotkaart: zonder thema, met het label closing. Voor het einde van het gesprek.",
        "A closing card: no theme, with the tag closing. For the end of the conversation.",
    ),
    "starter.card.themed": (
        "Kaarten bij een thema. Elke kaart heeft een eigen id, uniek in de stapel.",
        "Cards in a theme. Every card has its own id, unique in the deck.",
    ),
    "starter.card.theme": (
        "theme: het id van het thema waar de kaart bij hoort.",
        "theme: the id of the theme the card belongs to.",
    ),
    "starter.card.tags": (
        "tags: labels; opening, closing en core (kernvraag) hebben een eigen betekenis.",
        "tags: labels; opening, closing and core (core question) have a meaning of their own.",
    ),
    "starter.card.phase": (
        "tags: de stap van de intervisie waarin de vraag past: verkennen (feiten), analyseren, "
        "reflecteren, advies, evalueren (terugkijken op de bespreking) of roddelen.",
        "tags: the step of the peer consultation the question fits: verkennen (facts), "
        "analyseren (analyse), reflecteren (reflect), advies (advice), evalueren (looking back "
        "on the meeting) or roddelen (gossip round).",
    ),
    "starter.card.text": (
        "text: de vraag zelf, zoals u hem hardop voorleest.",
        "text: the question itself, as you read it aloud.",
    ),
    "starter.card.followups": (
        "followups: niet verplicht; één of twee doorvragen.",
        "followups: optional; one or two follow-up questions.",
    ),
    "starter.card.more": (
        "Voeg hier uw eigen kaarten toe: kopieer een kaart hierboven (vanaf '- id:') en geef hem "
        "een nieuw id.",
        "Add your own cards here: copy a card above (from '- id:') and give it a new id.",
    ),
    # --- quez deck preview ----------------------------------------------------------------------
    "preview.opening": ("Opening", "Opening"),
    "preview.closing": ("Afsluiting", "Closing"),
    "preview.general": ("Algemene kaarten", "General cards"),
    "preview.theme_sub": ("thema {id} · {cards} kaarten", "theme {id} · {cards} cards"),
    "preview.theme_sub_one": ("thema {id} · 1 kaart", "theme {id} · 1 card"),
    "preview.no_cards": ("(nog geen kaarten in dit thema)", "(no cards in this theme yet)"),
    "preview.tags": ("labels: {tags}", "tags: {tags}"),
    "preview.fact.id": ("id {id}", "id {id}"),
    "preview.fact.kind": ("soort: {kind}", "kind: {kind}"),
    "preview.fact.languages": ("talen: {languages}", "languages: {languages}"),
    "preview.fact.address": ("aanspreekvorm: {address}", "form of address: {address}"),
    "preview.fact.version": ("versie {version}", "version {version}"),
    "preview.fact.counts": ("{themes} thema's, {cards} kaarten", "{themes} themes, {cards} cards"),
    # --- quez deck print ------------------------------------------------------------------------
    "print.filename": ("{id}-kaarten.html", "{id}-cards.html"),
    "print.title": ("{title}: kaarten om te printen", "{title}: cards to print"),
    "print.help": (
        "Print deze pagina op A4 (staand, schaal 100%, zonder kop- en voetteksten): {pages} "
        "pagina's, {cards} kaarten. Knip elke kaart uit langs de hoekjes en vouw hem dubbel langs "
        "de stippellijn: voorkant links, achterkant rechts. Deze uitleg wordt niet geprint.",
        "Print this page on A4 (portrait, scale 100%, without headers and footers): {pages} "
        "pages, {cards} cards. Cut out each card along the corner marks and fold it along the "
        "dashed line: front on the left, back on the right. This note is not printed.",
    ),
    "print.theme": ("Thema", "Theme"),
    "print.theme_count": ("{cards} kaarten in dit thema", "{cards} cards in this theme"),
    "print.theme_count_one": ("1 kaart in dit thema", "1 card in this theme"),
    "print.in_theme": ("Thema: {title}", "Theme: {title}"),
    "print.followups": ("Doorvragen", "Follow-up questions"),
    "print.version": ("versie {version}", "version {version}"),
    # --- Trainer commands: help texts -----------------------------------------------------------
    "cli.new.help": (
        "Maak een nieuwe stapel met uitleg en voorbeeldkaarten.",
        "Make a new deck with explanations and example cards.",
    ),
    "cli.new.name": (
        'Naam van de stapel, bijvoorbeeld "Mijn stapel" (wordt ook het id: mijn-stapel).',
        'Name of the deck, for example "My deck" (also becomes the id: my-deck).',
    ),
    "cli.new.kind": ("Soort stapel: client of intervisie.", "Kind of deck: client or intervisie."),
    "cli.new.lang": (
        "Taal of talen van de kaarten, bijvoorbeeld nl of nl,en (standaard: de taal van QueZ).",
        "Language(s) of the cards, for example en or nl,en (default: the language of QueZ).",
    ),
    "cli.new.output": (
        "Schrijf naar dit bestand of deze map (standaard: <id>.yaml in de huidige map).",
        "Write to this file or folder (default: <id>.yaml in the current folder).",
    ),
    "cli.arg.deck_file": ("Het stapelbestand (YAML).", "The deck file (YAML)."),
    "cli.preview.help": (
        "Toon alle kaarten van een stapel zoals ze eruitzien.",
        "Show every card of a deck as it will look.",
    ),
    "cli.install.help": (
        "Controleer een stapel en zet hem bij uw eigen stapels.",
        "Check a deck and add it to your own decks.",
    ),
    "cli.install.replace": (
        "Vervang een eerder geïnstalleerde versie van dezelfde stapel.",
        "Replace an earlier installed version of the same deck.",
    ),
    "cli.install.force": (
        "Installeer ook als quez deck lint fouten vindt (de opbouw moet wel kloppen).",
        "Install even when quez deck lint finds errors (the structure must still be valid).",
    ),
    "cli.remove.help": (
        "Haal een eigen stapel weg (meegeleverde stapels blijven).",
        "Remove one of your own decks (shipped decks stay).",
    ),
    "cli.remove.id": ("Id van de stapel (zie quez decks).", "Deck id (see quez decks)."),
    "cli.remove.yes": ("Niet eerst vragen.", "Do not ask first."),
    "cli.print.help": (
        "Maak een HTML-pagina met kaarten om te printen (A4, knippen en vouwen).",
        "Make an HTML page of cards to print (A4, cut and fold).",
    ),
    "cli.print.deck": (
        "Id van de stapel (zie quez decks) of een stapelbestand.",
        "Deck id (see quez decks) or a deck file.",
    ),
    "cli.print.output": (
        "Schrijf naar dit bestand (standaard: <id>-kaarten.html in de huidige map).",
        "Write to this file (default: <id>-cards.html in the current folder).",
    ),
    "cli.print.large": (
        "Grote letters: twee kaarten per pagina in plaats van drie.",
        "Large print: two cards per page instead of three.",
    ),
    "cli.print.force": ("Overschrijf een bestaand bestand.", "Overwrite an existing file."),
    # --- Trainer commands: results and refusals ----------------------------------------------
    "trainer.write_failed": (
        "kan {path} niet schrijven of weghalen ({reason})",
        "cannot write or remove {path} ({reason})",
    ),
    "new.bad_kind": (
        "onbekende soort '{kind}'; kies {options}",
        "unknown kind '{kind}'; choose {options}",
    ),
    "new.bad_lang": (
        "taal '{lang}' kan niet; kies uit {options}, gescheiden door komma's (zoals nl,en)",
        "language '{lang}' is not possible; choose from {options}, separated by commas (like nl,en)",
    ),
    "new.bad_name": (
        'gebruik letters of cijfers in de naam, zoals "mijn-stapel"',
        'use letters or digits in the name, such as "my-deck"',
    ),
    "new.exists": (
        "{path} bestaat al; er is niets veranderd. Kies een andere naam of gebruik -o.",
        "{path} already exists; nothing was changed. Choose another name or use -o.",
    ),
    "new.done": ("Nieuwe stapel '{id}' gemaakt: {path}", "New deck '{id}' made: {path}"),
    "new.schema": (
        "Schema voor uw editor geschreven: {path}",
        "Schema for your editor written: {path}",
    ),
    "new.schema_failed": (
        "Het schema kon niet naast de stapel worden gezet (maak het met: quez deck schema > "
        "deck.schema.json).",
        "The schema could not be written next to the deck (make it with: quez deck schema > "
        "deck.schema.json).",
    ),
    "new.next": (
        "Open het bestand in een teksteditor en lees de uitleg erin. Daarna:\n"
        "  quez deck lint {path}\n"
        "  quez deck preview {path}",
        "Open the file in a text editor and read the explanations in it. Then:\n"
        "  quez deck lint {path}\n"
        "  quez deck preview {path}",
    ),
    "install.lint_blocked": (
        "niet geïnstalleerd: quez deck lint vond {errors} fout(en) (zie hierboven). Verbeter ze, "
        "of installeer toch met --force.",
        "not installed: quez deck lint found {errors} error(s) (see above). Fix them, or install "
        "anyway with --force.",
    ),
    "install.shipped_clash": (
        "niet geïnstalleerd: '{id}' is het id van een stapel die met QueZ wordt meegeleverd. "
        "Geef uw stapel een ander id (het veld id: bovenin het bestand).",
        "not installed: '{id}' is the id of a deck shipped with QueZ. Give your deck another id "
        "(the id: field at the top of the file).",
    ),
    "install.same_file": (
        "{path} staat al in uw map met stapels; er valt niets te installeren.",
        "{path} is already in your deck folder; there is nothing to install.",
    ),
    "install.other_file": (
        "niet geïnstalleerd: uw stapel '{id}' staat al in {path}. Haal die eerst weg "
        "(quez deck remove {id}) of geef deze stapel een ander id.",
        "not installed: your deck '{id}' is already in {path}. Remove it first "
        "(quez deck remove {id}) or give this deck another id.",
    ),
    "install.exists": (
        "niet geïnstalleerd: stapel '{id}' is al geïnstalleerd ({path}). Gebruik --replace om "
        "hem te vervangen door deze versie.",
        "not installed: deck '{id}' is already installed ({path}). Use --replace to replace it "
        "with this version.",
    ),
    "install.done": ("Stapel '{id}' geïnstalleerd: {path}", "Deck '{id}' installed: {path}"),
    "install.replaced": ("Stapel '{id}' vervangen: {path}", "Deck '{id}' replaced: {path}"),
    "install.forced": (
        "Let op: geïnstalleerd ondanks {errors} fout(en) van quez deck lint.",
        "Note: installed despite {errors} error(s) from quez deck lint.",
    ),
    "install.next": (
        "Start QueZ met quez: de stapel '{id}' staat dan in de lijst. Weghalen kan met "
        "quez deck remove {id}.",
        "Start QueZ with quez: deck '{id}' is then in the list. Remove it with "
        "quez deck remove {id}.",
    ),
    "remove.bad_id": (
        "'{id}' is geen stapel-id (kleine letters, cijfers, - en _; zie quez decks)",
        "'{id}' is not a deck id (lower-case letters, digits, - and _; see quez decks)",
    ),
    "remove.shipped": (
        "'{id}' wordt met QueZ meegeleverd en kan niet worden weggehaald; alleen uw eigen "
        "stapels kunnen weg.",
        "'{id}' is shipped with QueZ and cannot be removed; only your own decks can be removed.",
    ),
    "remove.not_found": (
        "u heeft geen eigen stapel '{id}' (quez decks toont alle stapels)",
        "you have no deck of your own called '{id}' (quez decks lists every deck)",
    ),
    "confirm.choices": ("[j/N]", "[y/N]"),
    "confirm.yes": ("j,ja,y,yes", "y,yes"),
    "remove.confirm": ("Stapel '{id}' weghalen ({path})?", "Remove deck '{id}' ({path})?"),
    "remove.kept": ("Niets weggehaald.", "Nothing removed."),
    "remove.done": ("Stapel '{id}' weggehaald: {path}", "Deck '{id}' removed: {path}"),
    "remove.shipped_stays": (
        "De meegeleverde stapel '{id}' blijft gewoon beschikbaar.",
        "The shipped deck '{id}' stays available.",
    ),
    "print.no_deck": (
        "stapel '{deck}' niet gevonden; geef een id (zie quez decks) of een bestand",
        "deck '{deck}' not found; give an id (see quez decks) or a file",
    ),
    "print.exists": (
        "{path} bestaat al; er is niets veranderd. Gebruik -o voor een andere naam of --force "
        "om het te overschrijven.",
        "{path} already exists; nothing was changed. Use -o for another name or --force to "
        "overwrite it.",
    ),
    "print.done": (
        "Kaarten geschreven: {path} ({cards} kaarten, {pages} pagina's A4)",
        "Cards written: {path} ({cards} cards, {pages} A4 pages)",
    ),
    "print.next": (
        "Open het bestand in een webbrowser en print het: A4, staand, schaal 100%, zonder kop- "
        "en voetteksten. Knip langs de hoekjes en vouw langs de stippellijn.",
        "Open the file in a web browser and print it: A4, portrait, scale 100%, without headers "
        "and footers. Cut along the corner marks and fold along the dashed line.",
    ),
}
