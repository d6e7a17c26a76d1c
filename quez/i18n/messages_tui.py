"""UI strings for the kitchen-table TUI and the conversation core: key -> (Dutch, English).

Dutch B1, and "u" throughout (the same form as the decks).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Autosave and settings
    "tui.save.saving": ("opslaan…", "saving…"),
    "tui.save.saved": ("✓ opgeslagen", "✓ saved"),
    "tui.save.error": ("✗ niet opgeslagen", "✗ not saved"),
    "tui.save.failed": (
        "Opslaan lukt nu niet: {reason} QueZ probeert het zo opnieuw.",
        "Saving does not work right now: {reason} QueZ will try again shortly.",
    ),
    "tui.quit.unsaved": (
        "Opslaan lukt niet. Druk nog een keer op Ctrl+Q om toch te stoppen.",
        "Saving does not work. Press Ctrl+Q again to quit anyway.",
    ),
    "tui.large.mark": ("A+ grote letters", "A+ large text"),
    "tui.settings.not_saved": (
        "De instelling geldt nu, maar kon niet worden bewaard.",
        "The setting applies now, but could not be stored.",
    ),
    # Key labels (short: they sit in the key bar)
    "tui.key.quit": ("Stoppen", "Quit"),
    "tui.key.help": ("Hulp", "Help"),
    "tui.key.back": ("Terug", "Back"),
    "tui.key.ok": ("Oké", "OK"),
    "tui.key.bigger": ("Grotere letters", "Larger text"),
    "tui.key.smaller": ("Kleinere letters", "Smaller text"),
    "tui.key.contrast": ("Hoog contrast", "High contrast"),
    "tui.key.choose_theme": ("Kies een thema", "Choose a theme"),
    "tui.key.draw": ("Trek een kaart", "Draw a card"),
    "tui.key.opening": ("Openingsvraag", "Opening question"),
    "tui.key.closing": ("Slotvraag", "Closing question"),
    "tui.key.history": ("Eerdere kaarten", "Earlier cards"),
    "tui.key.readback": ("Klopt dit zo?", "Read back"),
    "tui.key.next": ("Volgende vraag", "Next question"),
    "tui.key.table": ("Thema's", "Themes"),
    "tui.key.skip": ("Overslaan", "Skip"),
    "tui.key.later": ("Later", "Later"),
    "tui.key.followups": ("Vervolgvragen", "Follow-ups"),
    "tui.key.important": ("Belangrijk", "Important"),
    "tui.key.worknotes": ("Werkaantekeningen", "Work notes"),
    "tui.key.type": ("Typen", "Type"),
    "tui.key.stop_typing": ("Klaar met typen", "Done typing"),
    "tui.key.kind": ("Eigen woorden/samenvatting", "Own words/summary"),
    "tui.key.edit": ("Aanpassen", "Correct"),
    "tui.key.consent": ("Wel/niet in kopie", "In/out of copy"),
    "tui.key.export": ("Exporteren", "Export"),
    "tui.key.keep_open": ("Open laten", "Keep open"),
    "tui.key.close": ("Gesprek afsluiten", "Close conversation"),
    "tui.key.done": ("Naar het begin", "To the start"),
    "tui.key.unlock": ("Openen", "Unlock"),
    "tui.key.choose_deck": ("Kiezen, dan de naam", "Choose, then the name"),
    "tui.key.continue": ("Verder met dit gesprek", "Continue this one"),
    "tui.key.go_to_card": ("Naar deze kaart", "To this card"),
    # Unlock (an encrypted store; the passphrase is asked once per start)
    "tui.unlock.title": ("QueZ is op slot", "QueZ is locked"),
    "tui.unlock.intro": (
        "De gesprekken op deze computer zijn versleuteld. Typ uw wachtwoordzin om ze te openen.",
        "The conversations on this computer are encrypted. Type your passphrase to open them.",
    ),
    "tui.unlock.lost": (
        "Niemand kan de wachtwoordzin terughalen, ook de makers van QueZ niet.",
        "Nobody can recover the passphrase, not even the makers of QueZ.",
    ),
    "tui.unlock.label": ("Wachtwoordzin:", "Passphrase:"),
    "tui.unlock.placeholder": ("typ en druk op Enter", "type it and press Enter"),
    "tui.unlock.empty": ("Typ eerst uw wachtwoordzin.", "Please type your passphrase first."),
    "tui.unlock.working": ("Ontgrendelen…", "Unlocking…"),
    "tui.unlock.wrong": (
        "Die wachtwoordzin klopt niet. Probeer het nog eens (nog {left} keer).",
        "That passphrase is not right. Please try again (tries left: {left}).",
    ),
    "tui.unlock.final": (
        "De wachtwoordzin klopte {tries} keer niet. QueZ stopt; er is niets geopend of veranderd.",
        "The passphrase was not right {tries} times. QueZ stops; nothing was opened or changed.",
    ),
    # Start
    "tui.start.title": ("QueZ", "QueZ"),
    "tui.start.subtitle": (
        "Vragen voor een gesprek aan de keukentafel",
        "Questions for a conversation at the kitchen table",
    ),
    "tui.start.new": ("Nieuw gesprek", "New conversation"),
    "tui.start.resume": (
        "Verder met een gesprek ({count} open)",
        "Continue a conversation ({count} open)",
    ),
    "tui.start.resume_none": (
        "Verder met een gesprek (er zijn geen open gesprekken)",
        "Continue a conversation (there are no open conversations)",
    ),
    "tui.start.intervisie": ("Intervisie", "Intervisie (peer consultation)"),
    "tui.start.large": ("Grote letters aan of uit", "Large text on or off"),
    "tui.start.contrast": ("Hoog contrast aan of uit", "High contrast on or off"),
    "tui.start.help": ("Hulp en toetsen", "Help and keys"),
    "tui.start.quit": ("Stoppen", "Quit"),
    "tui.start.hint": (
        "Kies met de pijltjes en Enter, of klik met de muis.",
        "Choose with the arrow keys and Enter, or click with the mouse.",
    ),
    "tui.start.no_decks": (
        "Er zijn geen kaarten voor gesprekken gevonden.",
        "No conversation cards were found.",
    ),
    "tui.start.deck_problems": (
        "Niet alle kaarten konden worden geladen ({count}). Meer weten: quez decks",
        "Not all card decks could be loaded ({count}). To find out more: quez decks",
    ),
    # New conversation
    "tui.new.title": ("Nieuw gesprek", "New conversation"),
    "tui.new.deck": ("Kies de kaarten:", "Choose the cards:"),
    "tui.new.label": (
        "Naam of bijnaam voor dit gesprek (mag leeg blijven; de cliënt kiest zelf):",
        "Name or nickname for this conversation (may stay empty; the client chooses):",
    ),
    "tui.new.label_placeholder": ("mag leeg blijven", "may stay empty"),
    "tui.new.start": ("Beginnen", "Begin"),
    # Resume
    "tui.resume.title": ("Verder met een gesprek", "Continue a conversation"),
    "tui.resume.empty": ("Er zijn geen open gesprekken.", "There are no open conversations."),
    "tui.resume.unnamed": ("Gesprek zonder naam", "Conversation without a name"),
    "tui.resume.row": (
        "{name} · {date} · {deck} · kaarten: {cards}",
        "{name} · {date} · {deck} · cards: {cards}",
    ),
    # Theme cards
    "tui.table.title": ("Kies een thema", "Choose a theme"),
    "tui.table.theme_done": (
        "Alle vragen van dit thema zijn geweest. Kies een ander thema.",
        "All questions of this theme have come up. Choose another theme.",
    ),
    "tui.table.none_left": ("Er zijn geen kaarten meer over.", "There are no cards left."),
    "tui.table.no_opening": (
        "Er zijn geen openingsvragen meer.",
        "There are no opening questions left.",
    ),
    "tui.table.no_closing": (
        "Er zijn geen slotvragen meer.",
        "There are no closing questions left.",
    ),
    # The card
    "tui.card.meta": ("{where} · kaart {n} · {who}", "{where} · card {n} · {who}"),
    "tui.card.opening": ("Opening", "Opening"),
    "tui.card.closing": ("Afsluiting", "Closing"),
    "tui.card.general": ("Algemene vraag", "General question"),
    "tui.card.chosen.client": ("gekozen door de cliënt", "chosen by the client"),
    "tui.card.chosen.professional": ("gekozen door de professional", "chosen by the professional"),
    "tui.card.kind.own_words": ("✎ Uw eigen woorden", "✎ Your own words"),
    "tui.card.kind.summary": (
        "✎ Samenvatting door de professional",
        "✎ Summary by the professional",
    ),
    "tui.card.placeholder.own_words": (
        "Schrijf hier de woorden van de cliënt, zo letterlijk mogelijk…",
        "Write the client's words here, as literally as you can…",
    ),
    "tui.card.placeholder.summary": ("Schrijf hier uw samenvatting…", "Write your summary here…"),
    "tui.card.important": ("★ Belangrijk", "★ Important"),
    "tui.card.followups": ("Vervolgvragen:", "Follow-up questions:"),
    "tui.card.no_followups": (
        "Bij deze kaart horen geen vervolgvragen.",
        "This card has no follow-up questions.",
    ),
    "tui.card.none_left": (
        "Dit was de laatste vraag hier. Kies een thema of trek een kaart.",
        "That was the last question here. Choose a theme or draw a card.",
    ),
    "tui.card.state.skipped": ("overgeslagen", "skipped"),
    "tui.card.state.parked": ("voor later", "for later"),
    "tui.worknotes.title": (
        "Werkaantekeningen: alleen voor u, nooit in de kopie",
        "Work notes: only for you, never in the copy",
    ),
    "tui.worknotes.hint": (
        "Worden gewist als het gesprek wordt afgesloten. Esc, dan w: verbergen.",
        "Erased when the conversation is closed. Esc, then w: hide.",
    ),
    # History
    "tui.history.title": ("Eerdere kaarten", "Earlier cards"),
    "tui.history.empty": ("Er zijn nog geen kaarten geweest.", "No cards have come up yet."),
    "tui.history.hint": (
        "Kies een kaart met de pijltjes en Enter. Esc: terug.",
        "Choose a card with the arrow keys and Enter. Esc: back.",
    ),
    "tui.history.has_note": ("met aantekening", "with a note"),
    "tui.history.gone": ("Deze kaart is er niet meer.", "This card is no longer there."),
    # Read back
    "tui.readback.title": ("Klopt dit zo?", "Is this right?"),
    "tui.readback.intro": (
        "Dit zijn de aantekeningen. Klopt het zo? U kunt elke aantekening aanpassen, en kiezen "
        "of die in uw kopie komt.",
        "These are the notes. Is this right? You can correct every note, and choose whether it "
        "goes into your copy.",
    ),
    "tui.readback.empty": ("Er zijn nog geen aantekeningen.", "There are no notes yet."),
    "tui.readback.in_copy": ("✓ Komt in uw kopie", "✓ Goes into your copy"),
    "tui.readback.not_in_copy": ("✗ Komt niet in uw kopie", "✗ Stays out of your copy"),
    "tui.readback.ask": (
        "? Mag deze samenvatting in uw kopie? (Nog niet gevraagd: nu niet.)",
        "? May this summary go into your copy? (Not asked yet: not for now.)",
    ),
    "tui.readback.export_failed": (
        "Exporteren lukte niet ({reason}). Het gesprek is wel opgeslagen.",
        "Exporting did not work ({reason}). The conversation is saved.",
    ),
    # End
    "tui.end.title": ("Terugblik voor de professional", "Looking back, for the professional"),
    "tui.end.intro": (
        "Dit is geen score. Het is een spiegel: wie had vandaag de regie?",
        "This is not a score. It is a mirror: who was steering today?",
    ),
    "tui.end.exported": (
        "Het document voor de cliënt staat hier:",
        "The client's document is here:",
    ),
    "tui.end.open": (
        "Het gesprek blijft open. U kunt later verder. Enter: naar het begin.",
        "The conversation stays open. You can continue later. Enter: to the start.",
    ),
    "tui.end.closed": (
        "Het gesprek is afgesloten. De werkaantekeningen zijn gewist.",
        "The conversation is closed. The work notes have been erased.",
    ),
    # Regie mirror (quez.conversation.mirror)
    "mirror.chosen": (
        "De cliënt koos {client} van de {total} kaarten; u koos er {professional}.",
        "The client chose {client} of the {total} cards; you chose {professional}.",
    ),
    "mirror.themes": ("Besproken thema's: {themes}", "Themes discussed: {themes}"),
    "mirror.themes_none": ("Er is geen thema besproken.", "No theme was discussed."),
    "mirror.themes_other": ("Niet aan bod gekomen: {themes}", "Not discussed: {themes}"),
    "mirror.notes": (
        "{own} van de {total} aantekeningen staan in de eigen woorden van de cliënt.",
        "{own} of the {total} notes are in the client's own words.",
    ),
    "mirror.notes_none": ("Er zijn geen aantekeningen gemaakt.", "No notes were written."),
    "mirror.skipped": (
        "Overgeslagen: {skipped}. Bewaard voor later: {parked}.",
        "Skipped: {skipped}. Kept for later: {parked}.",
    ),
    "mirror.q.professional": (
        "U koos vaker dan de cliënt. Wat maakte dat?",
        "You chose more often than the client. What made that happen?",
    ),
    "mirror.q.summaries": (
        "De meeste aantekeningen zijn samenvattingen. Hoe krijgen de eigen woorden van de "
        "cliënt meer ruimte?",
        "Most notes are summaries. How could the client's own words get more room?",
    ),
    "mirror.q.client": (
        "Wat heeft de cliënt vandaag zelf in handen gehad?",
        "What did the client hold in their own hands today?",
    ),
    # Conversation errors (quez.conversation.ConversationError)
    "conversation.error.no_session": (
        "Dit gesprek bestaat niet meer.",
        "This conversation no longer exists.",
    ),
    "conversation.error.no_deck": (
        "De kaarten van dit gesprek ({deck}) zijn niet gevonden. Start QueZ met --deck en het "
        "bestand, of zet de kaarten terug.",
        "The cards of this conversation ({deck}) were not found. Start QueZ with --deck and the "
        "file, or put the cards back.",
    ),
    # Help
    "tui.help.title": ("Hulp: alle toetsen", "Help: every key"),
    "tui.help.intro": (
        "U hoeft niets te onthouden: onderaan staat altijd welke toetsen nu werken. Alles wordt "
        "vanzelf opgeslagen. Esc gaat altijd een stap terug.",
        "You do not need to remember anything: the bottom line always shows which keys work "
        "now. Everything is saved automatically. Esc always goes one step back.",
    ),
    "tui.help.key.space": ("Spatie", "Space"),
    "tui.help.s.always": ("Overal", "Everywhere"),
    "tui.help.s.table": ("Thema's op tafel", "Themes on the table"),
    "tui.help.s.card": ("De kaart", "The card"),
    "tui.help.s.readback": ("Klopt dit zo?", "Is this right?"),
    "tui.help.s.end": ("Terugblik", "Looking back"),
    "tui.help.k.quit": ("Stoppen (alles is dan opgeslagen)", "Quit (everything is saved)"),
    "tui.help.k.help": (
        "Deze hulp (? werkt niet tijdens het typen)",
        "This help (? does not work while typing)",
    ),
    "tui.help.k.back": ("Terug, of klaar met typen", "Back, or done typing"),
    "tui.help.k.size": ("Grotere of kleinere letters", "Larger or smaller text"),
    "tui.help.k.contrast": ("Hoog contrast aan of uit", "High contrast on or off"),
    "tui.help.k.choose": ("De cliënt kiest een thema", "The client chooses a theme"),
    "tui.help.k.arrows": (
        "Thema kiezen met pijltjes en Enter (of klikken)",
        "Choose a theme with the arrows and Enter (or click)",
    ),
    "tui.help.k.draw": ("U trekt een kaart (willekeurig)", "You draw a card (at random)"),
    "tui.help.k.opening": ("Een openingsvraag", "An opening question"),
    "tui.help.k.closing": ("Een slotvraag", "A closing question"),
    "tui.help.k.history": (
        "Terug naar een eerdere kaart en de aantekening",
        "Back to an earlier card and its note",
    ),
    "tui.help.k.readback": ("Klopt dit zo? Alle aantekeningen teruglezen", "Read back all notes"),
    "tui.help.k.to_start": (
        "Naar het begin (het gesprek blijft bewaard)",
        "To the start (the conversation stays saved)",
    ),
    "tui.help.k.type": ("Typen in de aantekening", "Type in the note"),
    "tui.help.k.stop_typing": (
        "Klaar met typen (dan werken de lettertoetsen)",
        "Done typing (then the letter keys work)",
    ),
    "tui.help.k.kind": (
        "Eigen woorden van de cliënt of uw samenvatting (ook tijdens het typen)",
        "The client's own words or your summary (also while typing)",
    ),
    "tui.help.k.next": ("Volgende vraag in dit thema", "Next question in this theme"),
    "tui.help.k.skip": ("Overslaan (geen probleem)", "Skip (no problem)"),
    "tui.help.k.later": (
        "Voor later bewaren: de kaart komt terug",
        "Keep for later: the card comes back",
    ),
    "tui.help.k.important": ("★ Belangrijk aan of uit", "★ Important on or off"),
    "tui.help.k.followups": (
        "Vervolgvragen tonen of verbergen",
        "Show or hide follow-up questions",
    ),
    "tui.help.k.worknotes": (
        "Werkaantekeningen (alleen voor u) tonen of verbergen",
        "Show or hide work notes (only for you)",
    ),
    "tui.help.k.table": ("Terug naar de thema's", "Back to the themes"),
    "tui.help.k.move_note": ("Naar een andere aantekening", "To another note"),
    "tui.help.k.edit": ("Aantekening aanpassen", "Correct the note"),
    "tui.help.k.stop_edit": ("Klaar met aanpassen", "Done correcting"),
    "tui.help.k.consent": (
        "Wel of niet in de kopie van de cliënt",
        "In or out of the client's copy",
    ),
    "tui.help.k.export": (
        "Exporteren: het document voor de cliënt maken",
        "Export: make the client's document",
    ),
    "tui.help.k.keep_open": ("Open laten en later verder", "Keep open and continue later"),
    "tui.help.k.done": ("Naar het begin", "To the start"),
    "tui.help.k.close": (
        "Gesprek afsluiten (werkaantekeningen worden gewist)",
        "Close the conversation (work notes are erased)",
    ),
}
