"""UI strings for "Klopt dit zo?" (v2) and the card's two note fields: key -> (Dutch, English).

The client reads these: B1 Dutch, always a sign *and* words (NO_COLOR shows no colour).
"""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # What a text is (the read-back's rows and the card's two fields)
    "readback.part.own_words": ("✎ Uw eigen woorden", "✎ Your own words"),
    "readback.part.summary": (
        "✎ Samenvatting door de begeleider",
        "✎ Summary by the professional",
    ),
    # The client's answer for one text
    "readback.answer.yes": ("✓ Komt in uw kopie", "✓ Goes into your copy"),
    "readback.answer.no": ("✗ Niet in uw kopie", "✗ Not in your copy"),
    "readback.answer.ask": (
        "? Nog niet gevraagd: (nog) niet in uw kopie",
        "? Not asked yet: not in your copy (yet)",
    ),
    # Where the client is in a long read-back
    "readback.where": ("{first}–{last} van {total}", "{first}–{last} of {total}"),
    "readback.more": (
        "↓ Verder met {first}–{last} van {total}: pijltje omlaag of PgDn",
        "↓ On to {first}–{last} of {total}: arrow down or PgDn",
    ),
    "readback.earlier": (
        "↑ Terug naar {first}–{last}: pijltje omhoog of PgUp",
        "↑ Back to {first}–{last}: arrow up or PgUp",
    ),
    # Keys
    "readback.key.yes_no": ("Ja/nee voor de kopie", "Yes/no for the copy"),
    "readback.key.no": ("Nee", "No"),
    "readback.key.agree_all": ("Alles in kopie", "All in copy"),
    # Agreeing to everything at once, only after every text was on screen
    "readback.agree.not_yet": (
        "Eerst alles lezen: nog {count} aantekening(en) niet op het scherm geweest.",
        "Read everything first: {count} note(s) have not been on screen yet.",
    ),
    "readback.agree.nothing": (
        "Elke aantekening heeft al een antwoord.",
        "Every note already has an answer.",
    ),
    "readback.agree.question": (
        "Alle {count} aantekening(en) zoals ze hier staan in uw kopie?",
        "All {count} note(s), as they stand here, in your copy?",
    ),
    "readback.agree.question_one": (
        "Deze aantekening zoals die hier staat in uw kopie?",
        "This note, as it stands here, in your copy?",
    ),
    "readback.agree.detail": (
        "Het gaat om de aantekeningen waar nog niet naar gevraagd is. Wat u met nee hebt "
        "beantwoord, blijft uit uw kopie.",
        "This is about the notes nobody asked about yet. What you said no to stays out of "
        "your copy.",
    ),
    "readback.agree.yes": ("Ja, alles in mijn kopie", "Yes, all in my copy"),
    "readback.agree.back": ("Nee, terug", "No, back"),
    # Help
    "readback.help.page": (
        "Naar de volgende of vorige aantekeningen",
        "To the next or previous notes",
    ),
    "readback.help.consent": (
        "Ja of nee: komt deze tekst in de kopie van de cliënt?",
        "Yes or no: does this text go into the client's copy?",
    ),
    "readback.help.no": ("Nee: deze tekst niet in de kopie", "No: this text stays out of the copy"),
    "readback.help.agree_all": (
        "Alles wat nog niet gevraagd is in de kopie (als alles op het scherm is geweest)",
        "Everything not asked yet into the copy (once everything has been on screen)",
    ),
    # The card's two fields and the work notes
    "card.key.hide_worknotes": ("Werkaantekeningen weg", "Hide work notes"),
    "card.worknotes.hint": (
        "Worden gewist als het gesprek wordt afgesloten. F2: meteen verbergen.",
        "Erased when the conversation is closed. F2: hide at once.",
    ),
    "card.worknotes.hidden": (
        "Werkaantekeningen verborgen. w: weer tonen.",
        "Work notes hidden. w: show again.",
    ),
    "card.help.switch": (
        "Naar het andere veld: eigen woorden of samenvatting (ook tijdens het typen)",
        "To the other field: own words or summary (also while typing)",
    ),
    "card.help.hide_worknotes": (
        "Werkaantekeningen meteen verbergen (ook tijdens het typen)",
        "Hide the work notes at once (also while typing)",
    ),
}
