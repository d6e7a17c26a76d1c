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
    "cli.iv.summary.help": (
        "Schrijf het teamverslag van een intervisie (Markdown).",
        "Write the team summary of a peer consultation (Markdown).",
    ),
    "cli.iv.opt.output": ("Bestand of map voor het verslag.", "File or folder for the summary."),
    "cli.iv.not_intervisie": ("dit is geen intervisie", "this is not a peer consultation"),
    "cli.iv.summary_written": ("Verslag geschreven: {path}", "Summary written: {path}"),
    "cli.iv.summary_redacted": (
        "{count} mogelijke persoonsgegevens zijn in het verslag vervangen door […]. "
        "Kies in het intervisiescherm als je iets bewust wilt houden.",
        "{count} possible personal details were replaced by […] in the summary. "
        "Use the intervisie screen to keep something on purpose.",
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
    # TUI: home
    "iv.tui.home.title": ("Intervisie", "Peer consultation"),
    "iv.tui.home.intro": (
        "Kies een methode om te beginnen, of ga verder met een intervisie die nog open staat.",
        "Choose a method to begin, or continue a meeting that is still open.",
    ),
    "iv.tui.home.method": (
        "{title}  ({minutes} min, {phases} stappen)",
        "{title}  ({minutes} min, {phases} steps)",
    ),
    "iv.tui.home.resume": (
        "Verder: {case}  ({method}, {date})",
        "Continue: {case}  ({method}, {date})",
    ),
    "iv.tui.home.resume_hint": (
        "Ga verder waar je was. De klok staat stil tot je op p drukt.",
        "Continue where you were. The clock waits until you press p.",
    ),
    "iv.tui.home.broken": (
        "{count} methodebestand(en) konden niet geladen worden: zie 'quez intervisie methods'.",
        "{count} method file(s) could not be loaded: see 'quez intervisie methods'.",
    ),
    # TUI: setup
    "iv.tui.setup.top": ("{method}: voorbereiden", "{method}: getting ready"),
    "iv.tui.setup.people": (
        "Wie doen er mee? Initialen of voornamen, met komma's ertussen.",
        "Who is taking part? Initials or first names, separated by commas.",
    ),
    "iv.tui.setup.people_ph": (
        "bijvoorbeeld: AB, Fatima, Jeroen, Mo",
        "for example: AB, Fatima, Jeroen, Mo",
    ),
    "iv.tui.setup.roles": ("Wie heeft welke rol?", "Who has which role?"),
    "iv.tui.optional": (" (mag leeg)", " (optional)"),
    "iv.tui.setup.case": ("Titel van de casus", "Case title"),
    "iv.tui.setup.case_ph": ("bijvoorbeeld: Casus Noor", "for example: Case Noor"),
    "iv.tui.setup.case_hint": (
        "Gebruik een schuilnaam. Namen van cliënten horen hier nooit.",
        "Use a made-up name. Clients' names never belong here.",
    ),
    "iv.tui.setup.question": (
        "De vraag van de inbrenger (mag ook later, met i)",
        "The case presenter's question (can also be added later, with i)",
    ),
    "iv.tui.setup.question_ph": (
        "bijvoorbeeld: Hoe blijf ik rustig als iemand boos wordt?",
        "for example: How do I stay calm when someone gets angry?",
    ),
    "iv.tui.setup.names": ("Niet noemen", "Do not name"),
    "iv.tui.setup.names_ph": (
        "namen die niet in de aantekeningen mogen, met komma's",
        "names that must not appear in the notes, separated by commas",
    ),
    "iv.tui.setup.names_hint": (
        "QueZ zoekt deze namen in alles wat jullie schrijven, en vraagt wat ermee moet.",
        "QueZ looks for these names in everything you write, and asks what to do with them.",
    ),
    "iv.tui.setup.minutes": (
        "Minuten per stap (pas aan als jullie willen)",
        "Minutes per step (change them if you like)",
    ),
    "iv.tui.setup.total": ("Samen {minutes} minuten.", "{minutes} minutes in all."),
    "iv.tui.setup.bad_minutes": (
        "Vul bij elke stap 1 tot 120 minuten in.",
        "Fill in 1 to 120 minutes for every step.",
    ),
    "iv.tui.setup.auto": (
        "Vanzelf naar de volgende stap als de tijd om is",
        "Move on to the next step by itself when time is up",
    ),
    "iv.tui.setup.start": ("Start de intervisie", "Start the meeting"),
    # TUI: a phase
    "iv.tui.phase.top": (
        "{method} · stap {n} van {total} · {case}",
        "{method} · step {n} of {total} · {case}",
    ),
    "iv.tui.phase.speaker": ("Aan het woord: {who}", "Speaking: {who}"),
    "iv.tui.phase.question": (
        "Vraag van de inbrenger: {question}",
        "Case presenter's question: {question}",
    ),
    "iv.tui.phase.no_question": (
        "Nog geen vraag van de inbrenger (druk op i).",
        "No question from the case presenter yet (press i).",
    ),
    "iv.tui.phase.no_notes": (
        "Nog niets opgeschreven in deze stap.",
        "Nothing written in this step yet.",
    ),
    "iv.tui.phase.group": ("de groep", "the group"),
    "iv.tui.phase.note_bar": ("Soort: {kind} · Van: {who}", "Kind: {kind} · From: {who}"),
    "iv.tui.phase.advice_later": (
        "(adviezen pas in de adviesronde)",
        "(advice only in the advice round)",
    ),
    "iv.tui.phase.warning": (
        "Let op: dit lijkt op een {kinds}. Schrijf geen gegevens van cliënten op.",
        "Careful: this looks like a {kinds}. Do not write down clients' details.",
    ),
    "iv.tui.kind.question": ("Vraag", "Question"),
    "iv.tui.kind.note": ("Aantekening", "Note"),
    "iv.tui.kind.advice": ("Advies", "Advice"),
    "iv.tui.kind.takeaway": ("Neemt mee", "Takes along"),
    "iv.tui.kind.next_step": ("Volgende stap", "Next step"),
    "iv.tui.kind.evaluation": ("Evaluatie", "Evaluation"),
    "iv.tui.placeholder.question": (
        "Schrijf een open vraag op… (Ctrl+N: volgende vraag)",
        "Write down an open question… (Ctrl+N: next question)",
    ),
    "iv.tui.placeholder.note": (
        "Schrijf op wat belangrijk is… (Ctrl+N: nieuwe aantekening)",
        "Write down what matters… (Ctrl+N: new note)",
    ),
    "iv.tui.placeholder.advice": (
        "Schrijf het advies op… (Ctrl+N: volgend advies)",
        "Write down the advice… (Ctrl+N: next advice)",
    ),
    "iv.tui.clock.running": ("loopt", "running"),
    "iv.tui.clock.paused": ("gepauzeerd (p)", "paused (p)"),
    "iv.tui.clock.expired": ("de tijd is om", "time is up"),
    "iv.tui.clock.expired_note": (
        "De tijd voor deze stap is om. Rond rustig af (n) of neem 2 minuten extra (t).",
        "Time for this step is up. Round off calmly (n) or take 2 more minutes (t).",
    ),
    "iv.tui.card.title": ("Reflectiekaart", "Reflection card"),
    "iv.tui.card.hint": ("k: een andere kaart", "k: another card"),
    "iv.tui.card.none": ("Geen kaart voor deze stap.", "No card for this step."),
    "iv.tui.key.to_keys": ("Klaar met typen: klok en stappen", "Done typing: clock and steps"),
    "iv.tui.key.new_note": ("Nieuwe notitie", "New note"),
    "iv.tui.key.kind": ("Soort", "Kind"),
    "iv.tui.key.person": ("Van wie", "From whom"),
    "iv.tui.key.pause": ("Pauze/verder", "Pause/resume"),
    "iv.tui.key.more_time": ("+2 min", "+2 min"),
    "iv.tui.key.next_phase": ("Volgende stap", "Next step"),
    "iv.tui.key.previous_phase": ("Vorige stap", "Previous step"),
    "iv.tui.key.card": ("Andere kaart", "Another card"),
    "iv.tui.key.question": ("Vraag inbrenger", "Presenter's question"),
    "iv.tui.key.leave": ("Later verder", "Continue later"),
    "iv.tui.key.start": ("Starten", "Start"),
    "iv.tui.key.summary": ("Verslag maken", "Make the summary"),
    "iv.tui.key.back_to_phase": ("Terug naar de laatste stap", "Back to the last step"),
    "iv.tui.key.done": ("Klaar", "Done"),
    "iv.tui.key.use_pseudonym": ("Schuilnaam", "Pseudonym"),
    "iv.tui.key.redact": ("Weglaten […]", "Leave out […]"),
    "iv.tui.key.keep": ("Houden", "Keep"),
    "iv.tui.key.redact_all": ("Alles weglaten", "Leave all out"),
    # TUI: help
    "iv.tui.help.title": ("Hulp bij de intervisie", "Help with the meeting"),
    "iv.tui.help.intro": (
        "De stappen van de methode staan hieronder; ▶ is waar jullie nu zijn. De klok geeft een "
        "seintje bij nul, maar gaat alleen vanzelf verder als jullie dat bij het begin kozen. "
        "Adviezen kunnen pas vanaf de adviesronde: eerst begrijpen, dan pas helpen.",
        "The method's steps are below; ▶ is where you are now. The clock gives a sign at zero, "
        "but only moves on by itself if you chose that at the start. Advice is only possible "
        "from the advice round: first understand, then help.",
    ),
    "iv.tui.help.advice_from": ("← vanaf hier adviezen", "← advice from here"),
    # TUI: the inbrenger's question
    "iv.tui.question.title": ("De vraag van de inbrenger", "The case presenter's question"),
    "iv.tui.question.intro": (
        "Schrijf de vraag zo kort en precies mogelijk. De inbrenger kiest de woorden.",
        "Write the question as short and precise as you can. The case presenter chooses the words.",
    ),
    # TUI: closing
    "iv.tui.closing.top": ("{method} · afronding", "{method} · closing"),
    "iv.tui.closing.title": ("Afronding: wat neem je mee?", "Closing: what do you take along?"),
    "iv.tui.closing.intro": (
        "Ieder schrijft in één zin wat hij of zij meeneemt. De inbrenger kiest een volgende stap.",
        "Everyone writes in one sentence what they take along. The case presenter chooses a next step.",
    ),
    "iv.tui.closing.take_ph": ("Wat neem ik mee?", "What do I take along?"),
    "iv.tui.closing.next": (
        "De volgende stap van de inbrenger ({who})",
        "The case presenter's next step ({who})",
    ),
    "iv.tui.closing.next_ph": ("Wat ga ik doen, en wanneer?", "What will I do, and when?"),
    "iv.tui.closing.eval": ("Korte evaluatie: hoe ging het?", "Short evaluation: how did it go?"),
    "iv.tui.closing.eval_ph": ("Wat werkte, wat kan beter?", "What worked, what could be better?"),
    "iv.tui.closing.make": ("Verslag maken en afsluiten", "Make the summary and close"),
    "iv.tui.closing.short": ("afronding", "closing"),
    "iv.tui.closing.written": (
        "Het verslag staat in:\n{path}\n\nDe intervisie is afgesloten.",
        "The summary is in:\n{path}\n\nThe meeting is closed.",
    ),
    "iv.tui.closing.not_written": (
        "Het verslag kon niet worden opgeslagen. Er is niets verloren.",
        "The summary could not be saved. Nothing is lost.",
    ),
    # TUI: privacy
    "iv.tui.privacy.title": (
        "Mogelijke persoonsgegevens ({count})",
        "Possible personal details ({count})",
    ),
    "iv.tui.privacy.intro": (
        "Een intervisie gaat over je eigen werk, niet over een herkenbare cliënt. Kies per vondst.",
        "Peer consultation is about your own work, not a recognisable client. Choose for each finding.",
    ),
    "iv.tui.privacy.hint": (
        "c: vervang door '{pseudonym}' · x: weglaten […] · h: bewust houden · Enter: klaar",
        "c: replace with '{pseudonym}' · x: leave out […] · h: keep on purpose · Enter: done",
    ),
    "iv.tui.privacy.in_note": ("notitie", "note"),
    "iv.tui.privacy.in_question": ("vraag van de inbrenger", "case presenter's question"),
    "iv.tui.privacy.where": ("notitie {n} ({phase})", "note {n} ({phase})"),
    "iv.tui.privacy.kept": ("houden", "keep"),
    "iv.tui.privacy.replaced": ("vervangen door {by}", "replace with {by}"),
}
