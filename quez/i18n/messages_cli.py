"""UI strings for the command line's own machinery: usage errors, help layout, completion,
the terminal check and language choice. key -> (Dutch, English).

Usage errors are one line: ``{cmd}`` is the command as typed (``quez deck validate``); values
the user typed arrive cleaned and shortened (:mod:`quez.cli.usage`).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Usage errors (quez.cli.usage): one line each, naming what was typed.
    "cli.err.missing_argument": (
        "{cmd}: {name} ontbreekt (zie {cmd} --help)",
        "{cmd}: {name} is missing (see {cmd} --help)",
    ),
    "cli.err.missing_option": (
        "{cmd}: de optie {name} ontbreekt (zie {cmd} --help)",
        "{cmd}: the option {name} is missing (see {cmd} --help)",
    ),
    "cli.err.no_such_option": (
        "{cmd}: de optie {name} bestaat niet (zie {cmd} --help)",
        "{cmd}: there is no option {name} (see {cmd} --help)",
    ),
    "cli.err.no_such_option_hint": (
        "{cmd}: de optie {name} bestaat niet; bedoelt u {hint}?",
        "{cmd}: there is no option {name}; did you mean {hint}?",
    ),
    "cli.err.needs_value": (
        "{cmd}: de optie {name} heeft een waarde nodig (zie {cmd} --help)",
        "{cmd}: the option {name} needs a value (see {cmd} --help)",
    ),
    "cli.err.takes_no_value": (
        "{cmd}: de optie {name} krijgt geen waarde (zie {cmd} --help)",
        "{cmd}: the option {name} takes no value (see {cmd} --help)",
    ),
    "cli.err.no_such_command": (
        "{cmd}: de opdracht '{name}' bestaat niet (zie {cmd} --help)",
        "{cmd}: there is no command '{name}' (see {cmd} --help)",
    ),
    "cli.err.no_such_command_hint": (
        "{cmd}: de opdracht '{name}' bestaat niet; bedoelt u '{hint}'?",
        "{cmd}: there is no command '{name}'; did you mean '{hint}'?",
    ),
    "cli.err.missing_command": (
        "{cmd}: kies een opdracht (zie {cmd} --help)",
        "{cmd}: choose a command (see {cmd} --help)",
    ),
    "cli.err.extra": (
        "{cmd}: te veel argumenten: {extra} (zie {cmd} --help)",
        "{cmd}: too many arguments: {extra} (see {cmd} --help)",
    ),
    "cli.err.bad_value": ("{cmd}: {name}: {reason}", "{cmd}: {name}: {reason}"),
    "cli.err.other": (
        "{cmd}: deze opdracht begrijpt QueZ niet (zie {cmd} --help)",
        "{cmd}: QueZ does not understand this command line (see {cmd} --help)",
    ),
    "cli.err.aborted": ("Afgebroken.", "Cancelled."),
    # Why a typed value is refused (the {reason} of cli.err.bad_value).
    "cli.why.int": ("'{value}' is geen geheel getal", "'{value}' is not a whole number"),
    "cli.why.float": ("'{value}' is geen getal", "'{value}' is not a number"),
    "cli.why.choice": (
        "'{value}' kan niet; kies uit {choices}",
        "'{value}' is not possible; choose from {choices}",
    ),
    "cli.why.is_dir": (
        "'{value}' is een map; geef een bestand",
        "'{value}' is a folder; give a file",
    ),
    "cli.why.is_file": (
        "'{value}' is een bestand; geef een map",
        "'{value}' is a file; give a folder",
    ),
    "cli.why.not_found": ("'{value}' bestaat niet", "'{value}' does not exist"),
    "cli.why.unreadable": ("'{value}' kan niet worden gelezen", "'{value}' cannot be read"),
    "cli.why.other": ("'{value}' kan hier niet", "'{value}' is not valid here"),
    "cli.why.unknown": ("deze waarde kan hier niet", "this value is not valid here"),
    # Help of every command below ``quez`` (quez.cli.helptext).
    "cli.help.usage": ("Gebruik:", "Usage:"),
    "cli.help.options_slot": ("[OPTIES]", "[OPTIONS]"),
    "cli.help.command_slot": ("OPDRACHT [ARGUMENTEN]...", "COMMAND [ARGS]..."),
    "cli.help.arguments": ("Argumenten", "Arguments"),
    "cli.help.required": ("[verplicht]", "[required]"),
    "cli.help.default": ("[standaard: {value}]", "[default: {value}]"),
    "cli.help.more": (
        "Meer over één opdracht: {cmd} OPDRACHT --help",
        "More about one command: {cmd} COMMAND --help",
    ),
    "cli.metavar.text": ("<tekst>", "<text>"),
    "cli.metavar.number": ("<getal>", "<number>"),
    "cli.metavar.file": ("<bestand>", "<file>"),
    "cli.metavar.folder": ("<map>", "<folder>"),
    "cli.metavar.path": ("<pad>", "<path>"),
    "cli.metavar.shell": ("<shell>", "<shell>"),
    "cli.metavar.lang": ("<nl|en>", "<nl|en>"),
    "cli.arg.paths": ("BESTANDEN", "FILES"),
    "cli.arg.path": ("BESTAND", "FILE"),
    "cli.arg.name": ("NAAM", "NAME"),
    "cli.arg.session": ("SESSIE", "SESSION"),
    "cli.arg.deck": ("STAPEL", "DECK"),
    # Shell completion (quez.cli.completion).
    "cli.opt.show_completion": (
        "Druk het aanvulscript voor bash, zsh of fish af (standaard: uw shell).",
        "Print the completion script for bash, zsh or fish (default: your shell).",
    ),
    "cli.opt.install_completion": (
        "Zet aanvullen met Tab aan voor bash, zsh of fish (standaard: uw shell).",
        "Turn on Tab completion for bash, zsh or fish (default: your shell).",
    ),
    "cli.complete.installed": (
        "Aanvullen met Tab staat aan voor {shell}: {path}. Open een nieuwe terminal om het te "
        "gebruiken.",
        "Tab completion is on for {shell}: {path}. Open a new terminal to use it.",
    ),
    "cli.complete.bad_shell": (
        "aanvullen werkt met bash, zsh en fish, niet met '{shell}'",
        "completion works with bash, zsh and fish, not with '{shell}'",
    ),
    "cli.complete.no_shell": (
        "welke shell u gebruikt, is niet te zien; noem hem: quez {option} bash (of zsh, fish)",
        "cannot tell which shell you use; name it: quez {option} bash (or zsh, fish)",
    ),
    "cli.complete.failed": (
        "aanvullen aanzetten lukte niet: {reason}",
        "turning on completion failed: {reason}",
    ),
    # The front door of the app.
    "cli.no_terminal": (
        "QueZ heeft een terminal nodig om de app te openen. In scripts werken onder meer "
        "quez sessions en quez export (zie quez --help).",
        "QueZ needs a terminal to open the app. In scripts you can use quez sessions and "
        "quez export, among others (see quez --help).",
    ),
    "cli.bad_env_lang": (
        "QUEZ_LANG={lang}: onbekende taal; kies nl of en (of maak QUEZ_LANG leeg)",
        "QUEZ_LANG={lang}: unknown language; choose nl or en (or leave QUEZ_LANG empty)",
    ),
    "cli.not_an_id": (
        "Dat is geen sessie-id: een id heeft 8 tekens (cijfers en letters). Zie quez sessions.",
        "That is not a session id: an id has 8 characters (digits and letters). See quez sessions.",
    ),
    # The app's answer to Ctrl+C (Textual's own is English).
    "app.quit_hint": ("Stoppen? Druk op Ctrl+Q.", "Quit? Press Ctrl+Q."),
}
