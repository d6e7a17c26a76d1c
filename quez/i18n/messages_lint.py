"""UI strings for the lint area: key -> (Dutch, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Question form
    "lint.closed_question": (
        "gesloten vraag: „{opener} …” vraagt om ja of nee; open met wat, hoe, wie of "
        "„Vertel eens …”",
        "closed question: “{opener} …” invites a yes or a no; open with what, how, who or "
        "“Tell me about …”",
    ),
    "lint.why_question": (
        "„waarom” klinkt al gauw als een verwijt en vraagt om verantwoording; probeer "
        "„Wat maakte dat …?” of „Hoe kwam het dat …?”",
        "“why” can sound like blame and asks for a justification; try “What made …?” or "
        "“How did it come about that …?”",
    ),
    "lint.disguised_advice": (
        "verkapt advies: „{quote}” stuurt naar een oplossing van de vrager; vraag wat de ander "
        "zelf al bedacht of geprobeerd heeft",
        "disguised advice: “{quote}” steers towards the asker's own solution; ask what the other "
        "person has already thought of or tried",
    ),
    "lint.double_question": (
        "twee vragen in één: „{quote}” is een tweede vraag; maak er een doorvraag of een eigen "
        "kaart van, zodat de ander één vraag tegelijk krijgt",
        "two questions in one: “{quote}” is a second question; make it a follow-up or a card of "
        "its own, so the other person gets one question at a time",
    ),
    "lint.jargon": (
        "vaktaal of een moeilijk woord: {words}; zeg het in gewone woorden, zoals de ander het "
        "zelf zou zeggen",
        "jargon or a hard word: {words}; say it in everyday words, the way the other person "
        "would say it",
    ),
    "lint.long_sentence": (
        "lange zin ({words} woorden, hooguit {max}); knip hem op of laat iets weg",
        "long sentence ({words} words, at most {max}); split it or leave something out",
    ),
    "lint.long_text": (
        "lange tekst ({chars} tekens, hooguit {max}); een kaart wordt hardop gelezen",
        "long text ({chars} characters, at most {max}); a card is read aloud",
    ),
    # Form of address (Dutch)
    "lint.mixed_address": (
        "aanspreekvorm: deze tekst zegt „{used}”, de meeste teksten „{majority}” ({je} met je, "
        "{u} met u); kies één vorm en zet die als address: in het deck",
        "form of address: this text says “{used}”, most texts “{majority}” ({je} with je, {u} "
        "with u); pick one and declare it as address: in the deck",
    ),
    "lint.mixed_address_tie": (
        "aanspreekvorm: de teksten wisselen je en u af ({je} met je, {u} met u); kies één vorm "
        "en zet die als address: in het deck",
        "form of address: the texts alternate between je and u ({je} with je, {u} with u); pick "
        "one and declare it as address: in the deck",
    ),
    "lint.wrong_address": (
        "aanspreekvorm: het deck kiest „{declared}” (address: {declared}), maar deze tekst "
        "zegt „{used}”",
        "form of address: the deck declares “{declared}” (address: {declared}), but this text "
        "says “{used}”",
    ),
    # Duplicates
    "lint.duplicate": (
        "dubbele vraag: dezelfde tekst als {other} (regel {line})",
        "duplicate question: the same text as {other} (line {line})",
    ),
    "lint.near_duplicate": (
        "bijna dezelfde vraag als {other} (regel {line}); maak het verschil duidelijk of laat "
        "er één weg",
        "nearly the same question as {other} (line {line}); make the difference clear or drop one",
    ),
    # Themes and translations
    "lint.thin_theme": (
        "dun thema: {count} kaart(en), waar een thema er meestal {median} heeft; wie dit thema "
        "kiest, heeft weinig keus",
        "thin theme: {count} card(s), where a theme usually has {median}; whoever picks this "
        "theme has little to choose from",
    ),
    "lint.empty_theme": (
        "leeg thema: er zijn geen kaarten voor dit thema",
        "empty theme: there are no cards for this theme",
    ),
    "lint.missing_translation": (
        "de tekst in „{lang}” ontbreekt",
        "the “{lang}” text is missing",
    ),
    "lint.empty_text": (
        "de tekst in „{lang}” is leeg",
        "the “{lang}” text is empty",
    ),
    # The command
    "lint.help": (
        "Controleer decks op open, niet-oordelende vragen in gewone taal.",
        "Check decks for open, non-judging questions in everyday language.",
    ),
    "lint.help_paths": (
        "Deckbestanden (.yaml) of mappen met decks.",
        "Deck files (.yaml) or folders of decks.",
    ),
    "lint.help_format": ("Uitvoer: text of json.", "Output: text or json."),
    "lint.help_strict": (
        "Ook waarschuwingen laten falen (exitcode 1).",
        "Fail on warnings too (exit code 1).",
    ),
    "lint.bad_format": (
        "onbekend formaat „{value}”; kies text of json",
        "unknown format “{value}”; choose text or json",
    ),
    "lint.no_decks": ("geen decks gevonden", "no decks found"),
    "lint.summary": (
        "{decks} deck(s) gecontroleerd: {errors} fout(en), {warnings} waarschuwing(en)",
        "{decks} deck(s) checked: {errors} error(s), {warnings} warning(s)",
    ),
    "lint.summary_clean": (
        "{decks} deck(s) gecontroleerd: alles in orde",
        "{decks} deck(s) checked: all good",
    ),
}
