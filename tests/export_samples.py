"""Sessions for the export tests, built directly from the store's dataclasses."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from quez.export import ExportSource
from quez.store.model import Entry, Session

START = datetime(2026, 11, 23, 14, 0)


def session(**kw: Any) -> Session:
    values: dict[str, Any] = {
        "id": "3f2a9c1e-session-id",
        "kind": "client",
        "deck_id": "gesprek",
        "language": "nl",
        "created_at": START,
        "updated_at": START + timedelta(hours=1),
        "mirror": {"client_chose": 3, "professional_chose": 1},
    }
    values.update(kw)
    return Session(**values)


def entry(seq: int, card_text: str, note: str = "", **kw: Any) -> Entry:
    """A card with the client's own words, which the client said yes to unless ``consent``
    (or, for a summary, ``summary_consent``) says otherwise."""
    values: dict[str, Any] = {
        "consent": True,
        "id": 100 + seq,
        "session_id": "3f2a9c1e-session-id",
        "seq": seq,
        "card_id": f"card-{seq}",
        "card_text": card_text,
        "created_at": START + timedelta(minutes=seq),
        "updated_at": START + timedelta(minutes=seq),
        "note": note,
    }
    values.update(kw)
    return Entry(**values)


def dutch_source() -> ExportSource:
    """Important notes, a summary, a skipped card, an excluded note, tricky characters."""
    entries = [
        entry(1, "Hoe wilt u dat ik u aanspreek?", "Zeg maar Ria."),
        entry(
            2,
            "Wat geeft u energie?",
            "Mijn kleinkinderen, en 's ochtends\nmijn rondje met de hond.",
            theme_id="kracht",
            important=True,
        ),
        entry(3, "Wat lukt u al zelf?", "", theme_id="kracht", state="skipped"),
        entry(
            4,
            "Wie zijn belangrijk voor u?",
            summary="Ria vertelt dat haar buurvrouw elke week langskomt.",
            theme_id="contacten",
            summary_consent=True,
        ),
        entry(
            5,
            "Wie zijn belangrijk voor u?",
            "Mijn zoon (maar dat is lastig)",
            theme_id="contacten",
            consent=False,
        ),
        entry(
            6,
            "Wat wilt u zelf beslissen?",
            "# Geen kop\n1. geen lijst\n    geen code\n\n<b>geen html</b> & *geen* [link](x) \\",
            theme_id="eigenaarschap",
            important=True,
        ),
        entry(
            7, "Waar wilt u later nog eens over praten?", "", theme_id="motivatie", state="parked"
        ),
        entry(8, "Wat neemt u mee uit dit gesprek?", "Dat ik zelf mag kiezen!"),
        entry(9, "Hoe vond u dit gesprek?", summary="Fijn."),  # no consent asked
    ]
    return ExportSource(
        session=session(label="Ria's map"),
        entries=entries,
        deck_title="In gesprek",
        theme_titles={
            "kracht": "Kracht",
            "contacten": "Contacten",
            "eigenaarschap": "Eigenaarschap",
        },
        address="u",
    )


def english_source() -> ExportSource:
    """The same shape in English, without a label (neutral title), informal address."""
    entries = [
        entry(1, "What would you like to talk about today?", "My garden."),
        entry(
            2,
            "What gives you energy?",
            "Working in the garden\n\n  and my neighbour's cat.",
            theme_id="strength",
            important=True,
        ),
        entry(3, "What do you already manage yourself?", "", theme_id="strength", state="skipped"),
        entry(
            4,
            "Who matters to you?",
            summary="Tom says his sister calls every Sunday.",
            theme_id="contacts",
            summary_consent=True,
            important=True,
        ),
        entry(5, "Who matters to you?", "Not my brother.", theme_id="contacts", consent=False),
        entry(6, "What do you take away?", "--- nothing | to * hide ---"),
    ]
    return ExportSource(
        session=session(language="en", label=None),
        entries=entries,
        deck_title="In conversation",
        theme_titles={"strength": "Strength", "contacts": "Contacts"},
        address="je",
    )


def empty_source() -> ExportSource:
    """Nothing goes in: a skipped card, an empty note, a refused note."""
    entries = [
        entry(1, "Hoe gaat het?", "", state="skipped"),
        entry(2, "Wat geeft je energie?", "   \n  ", theme_id="kracht"),
        entry(3, "Wie helpt je?", "Niet delen.", theme_id="kracht", consent=False),
    ]
    return ExportSource(session=session(label=None), entries=entries, deck_title="In gesprek")


MULTILINE = (
    "Om 12:30 belt Joke (mijn zus). Ik betaal € 12,50 per week: dat is 50% van mijn leefgeld!\n"
    "Mail haar op joke.de-vries@voorbeeld.nl :-) of ;-)\n"
    "Soms... ben ik moe - echt moe. Vraag: kan dat anders? Ja/nee?\n"
    "\n"
    'Na een witregel: "thuis" is 100% mijn plek & dat blijft zo #1.'
)


def letter_source() -> ExportSource:
    """A realistic Dutch conversation, as a client would take it home: the Van wie block, an
    important note, a multi-line note full of ordinary punctuation, a summary."""
    from quez.export.document import FromWhom

    entries = [
        entry(1, "Hoe gaat het vandaag met u?", "Goed, dank u. Wel een beetje zenuwachtig :-)"),
        entry(
            2,
            "Wat wilt u zelf bepalen in uw leven?",
            "Dat ik zelf mijn boodschappen doe, ook als het regent.",
            theme_id="eigenaarschap",
            important=True,
        ),
        entry(3, "Wie staan er om u heen?", MULTILINE, theme_id="contacten"),
        entry(
            4,
            "Wie staan er om u heen?",
            summary="Mevrouw belt haar zus elke dag om 12:30; de buurvrouw (72) helpt op "
            "dinsdag en vrijdag.",
            theme_id="contacten",
            summary_consent=True,
        ),
        entry(5, "Wat kunt u allemaal?", "Koken - 3x per week - en de was.", theme_id="kracht"),
        entry(6, "Wat neemt u mee uit dit gesprek?", "Dat het goed is om hulp te vragen."),
    ]
    return ExportSource(
        session=session(label="Ria van Dijk"),
        entries=entries,
        deck_title="In gesprek",
        theme_titles={
            "eigenaarschap": "Wat wil ik?",
            "contacten": "Wie hoort bij mij?",
            "kracht": "Wat kan ik?",
        },
        address="u",
        from_whom=FromWhom(
            name="Anna de Boer",
            organisation="Wijkteam Noord (gemeente Utrecht)",
            phone="030 - 123 45 67",
            appointment="dinsdag 2 december om 10:00, bij u thuis",
        ),
    )
