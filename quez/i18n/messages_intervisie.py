"""UI strings for the intervisie area: key -> (Dutch, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Method files
    "method.no_inbrenger": (
        "een methode heeft een rol met id 'inbrenger' nodig",
        "a method needs a role with id 'inbrenger'",
    ),
    "method.duplicate_role": (
        "rol '{id}' staat er al (regel {first})",
        "role '{id}' is already defined (line {first})",
    ),
    "method.unknown_role": (
        "onbekende rol '{role}' in not_with",
        "unknown role '{role}' in not_with",
    ),
    "method.role_not_with_self": (
        "een rol kan niet in zijn eigen not_with staan",
        "a role cannot be in its own not_with",
    ),
    "method.no_phases": ("een methode heeft minstens één fase", "a method has at least one phase"),
    "method.duplicate_phase": (
        "fase '{id}' staat er al (regel {first})",
        "phase '{id}' is already defined (line {first})",
    ),
    "method.bad_minutes": (
        "'minutes' moet tussen 1 en {limit} liggen",
        "'minutes' must be between 1 and {limit}",
    ),
    "method.bad_tag": (
        "onbekende kaart-tag; gebruik een fase-tag zoals '{hint}'",
        "unknown card tag; use a phase tag such as '{hint}'",
    ),
    "method.no_advice_phase": (
        "geen fase met 'advice: true': adviezen zouden nooit mogen",
        "no phase with 'advice: true': advice would never be allowed",
    ),
    "method.advice_locked_here": (
        "'notes: advice' kan pas vanaf de eerste fase met 'advice: true'",
        "'notes: advice' is only possible from the first phase with 'advice: true'",
    ),
    "method.rules_too_long": (
        "de regels passen op het scherm in hooguit {lines} regels",
        "the rules must fit on screen in at most {lines} lines",
    ),
    "method.id_conflict": (
        "methode '{id}' bestaat al ({other}); deze wordt niet geladen",
        "method '{id}' already exists ({other}); this one is not loaded",
    ),
    # Roles and participants
    "iv.roles.name_too_long": (
        "een naam is te lang (hooguit {limit} tekens); gebruik initialen of een voornaam",
        "a name is too long (at most {limit} characters); use initials or a first name",
    ),
    "iv.roles.duplicate_name": ("'{name}' staat er twee keer", "'{name}' is listed twice"),
    "iv.roles.too_few": (
        "intervisie doe je met minstens twee mensen",
        "peer consultation needs at least two people",
    ),
    "iv.roles.too_many": ("hooguit {limit} deelnemers", "at most {limit} participants"),
    "iv.roles.unknown_role": ("onbekende rol '{role}'", "unknown role '{role}'"),
    "iv.roles.not_participant": (
        "de rol '{role}' hoort bij iemand die niet meedoet",
        "role '{role}' is given to someone who is not taking part",
    ),
    "iv.roles.missing": ("wie is de {role}?", "who is the {role}?"),
    "iv.roles.conflict": (
        "de {role} kan niet ook de {other} zijn",
        "the {role} cannot also be the {other}",
    ),
    # The meeting
    "iv.advice_locked": (
        "Adviezen komen later, in de adviesronde. Nu alleen vragen.",
        "Advice comes later, in the advice round. Only questions for now.",
    ),
    "iv.error.no_session": ("deze intervisie bestaat niet meer", "this meeting no longer exists"),
    "iv.error.no_method": (
        "de methode '{method}' is niet gevonden",
        "method '{method}' was not found",
    ),
    # Team summary
    "iv.sum.untitled": ("Intervisie", "Peer consultation"),
    "iv.sum.title": ("Intervisie: {case}", "Peer consultation: {case}"),
    "iv.sum.meta": ("{method}, {date}", "{method}, {date}"),
    "iv.sum.participants": ("Deelnemers: {people}", "Participants: {people}"),
    "iv.sum.question": ("De vraag van de inbrenger", "The case presenter's question"),
    "iv.sum.phases": ("Vragen en aantekeningen per fase", "Questions and notes per phase"),
    "iv.sum.kind.question": ("Vragen", "Questions"),
    "iv.sum.kind.note": ("Aantekeningen", "Notes"),
    "iv.sum.advice": ("Adviezen", "Advice"),
    "iv.sum.takeaways": ("Wat neemt ieder mee", "What everyone takes along"),
    "iv.sum.next_step": ("De volgende stap", "The next step"),
    "iv.sum.evaluation": ("Evaluatie", "Evaluation"),
    "iv.sum.empty": ("Er is niets opgeschreven.", "Nothing was written down."),
    "iv.sum.footer": (
        "Dit verslag is voor het team. Er horen geen namen of gegevens van cliënten in.",
        "This summary is for the team. It holds no names or details of clients.",
    ),
    # CLI
    "cli.iv.help": (
        "Intervisie: bespreek een situatie uit je werk volgens een methode (start het scherm).",
        "Peer consultation: discuss a situation from your work with a method (opens the screen).",
    ),
    "cli.iv.methods.help": ("Toon de intervisiemethoden.", "List the peer consultation methods."),
    "cli.method.help": (
        "Intervisiemethoden (YAML-bestanden).",
        "Peer consultation methods (YAML files).",
    ),
    "cli.method.validate.help": (
        "Controleer methodebestanden; elke fout als bestand:regel:kolom.",
        "Check method files; every problem as file:line:column.",
    ),
    "cli.privacy.help": (
        "Zoek naar persoonsgegevens (BSN, postcode, telefoon, e-mail, IBAN, geboortedatum, namen) in een sessie.",
        "Look for personal details (BSN, postcode, phone, e-mail, IBAN, date of birth, names) in a session.",
    ),
    "cli.iv.origin.shipped": ("meegeleverd", "shipped"),
    "cli.iv.origin.user": ("eigen", "your own"),
    "cli.iv.method_line": (
        "{id}: {title} ({phases} fasen, {minutes} min, {origin})",
        "{id}: {title} ({phases} phases, {minutes} min, {origin})",
    ),
    "cli.iv.valid": ("{path}: in orde ({phases} fasen)", "{path}: valid ({phases} phases)"),
    "cli.iv.invalid_summary": (
        "{bad} van {total} bestanden hebben fouten",
        "{bad} of {total} files have problems",
    ),
    "cli.privacy.in_label": ("casustitel", "case title"),
    "cli.privacy.in_entry": ("notitie {seq}", "note {seq}"),
    "cli.privacy.summary": (
        "{count} mogelijke persoonsgegevens gevonden; vervang ze of kies bewust om ze te houden",
        "{count} possible personal details found; replace them or choose to keep them",
    ),
    "cli.privacy.clean": ("Geen persoonsgegevens gevonden.", "No personal details found."),
    "privacy.kind.bsn": ("BSN", "BSN"),
    "privacy.kind.postcode": ("postcode", "postcode"),
    "privacy.kind.phone": ("telefoonnummer", "phone number"),
    "privacy.kind.email": ("e-mailadres", "e-mail address"),
    "privacy.kind.iban": ("IBAN", "IBAN"),
    "privacy.kind.birthdate": ("geboortedatum?", "date of birth?"),
    "privacy.kind.name": ("naam van de niet-noemenlijst", "name from the do-not-name list"),
}
