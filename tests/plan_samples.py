"""A chain of two conversations with agreements and a look-back, for the plan and export tests."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Any

from quez.export import ExportSource
from quez.store.agreement_model import Agreement, LookBack
from tests.export_samples import entry, session

FIRST = datetime(2026, 11, 23, 14, 0)
SECOND = datetime(2026, 12, 7, 10, 0)


def agreement(aid: int, session_id: str, what: str, **kw: Any) -> Agreement:
    values: dict[str, Any] = {
        "id": aid,
        "session_id": session_id,
        "seq": aid,
        "created_at": FIRST if session_id == "first" else SECOND,
        "updated_at": FIRST,
        "what": what,
        "consent": True,
    }
    values.update(kw)
    return Agreement(**values)


def lookback(lid: int, a: Agreement, outcome: str | None, note: str = "", **kw: Any) -> LookBack:
    values: dict[str, Any] = {
        "id": lid,
        "session_id": "second",
        "seq": lid,
        "agreement": a,
        "created_at": SECOND,
        "updated_at": SECOND,
        "outcome": outcome,
        "chosen_by": "client",
        "note": note,
        "consent": True,
    }
    values.update(kw)
    return LookBack(**values)


def _first_nl() -> ExportSource:
    def e(seq: int, text: str, note: str = "", **kw: Any) -> Any:
        return entry(seq, text, note, session_id="first", **kw)

    entries = [
        e(1, "Hoe gaat het vandaag met u?", "Goed, een beetje moe."),
        e(2, "Wat wilt u zelf bepalen?", "Wanneer ik boodschappen doe.", theme_id="eigenaarschap"),
        e(3, "Wat kunt u goed?", "Koken, en *echt* goed luisteren.", theme_id="kracht"),
        e(
            4,
            "Wie staan er om u heen?",
            summary="Mevrouw noemt haar dochter en de buurvrouw.",
            summary_consent=True,
            theme_id="contacten",
        ),
        e(5, "Wie helpt u?", "Mijn dochter, op zaterdag.", theme_id="contacten"),
        e(6, "Wat vindt u belangrijk?", "Rust in huis.", theme_id="motivatie", consent=False),
        e(7, "Wat maakt een dag goed?", "Een wandeling\nen een kop koffie.", theme_id="motivatie"),
    ]
    agreements = [
        agreement(1, "first", "Ik loop elke ochtend een rondje.", look_again="over twee weken"),
        agreement(2, "first", "Ik bel zelf de huisarts.", consent=False),
        agreement(3, "first", "Boodschappen op zaterdag", who="other", who_name="mijn dochter"),
        agreement(4, "first", "Uitzoeken wat een traplift kost", who="professional"),
        agreement(5, "first", "Nog niet gevraagd", consent=None),
    ]
    return ExportSource(
        session=session(id="first", label="Ria's map", created_at=FIRST),
        entries=entries,
        deck_title="In gesprek",
        theme_titles={
            "eigenaarschap": "Wat wil ik?",
            "kracht": "Wat kan ik?",
            "motivatie": "Wat vind ik belangrijk?",
            "contacten": "Wie hoort bij mij?",
        },
        address="u",
        agreements=agreements,
    )


def dutch_chain() -> ExportSource:
    """Conversation 2 (continuing 1): a look-back, a new agreement, one new note."""
    first = _first_nl()
    a1, _, a3, a4, _ = first.agreements
    entries = [
        entry(
            1,
            "Wat wilt u nog meer zelf doen?",
            "Zelf de was doen.",
            session_id="second",
            theme_id="eigenaarschap",
        )
    ]
    lookbacks = [
        lookback(1, a1, "partly", "Vier keer gelukt.\nBij regen niet."),
        lookback(2, a3, "done"),
        lookback(3, a4, "not", "Nog geen tijd gehad", consent=None),  # not asked: stays out
    ]
    agreements = [
        agreement(6, "second", "Vragen naar de regiotaxi", who="other", look_again="na de vakantie")
    ]
    return ExportSource(
        session=session(id="second", label=None, created_at=SECOND),
        entries=entries,
        deck_title="In gesprek",
        theme_titles=first.theme_titles,
        address="u",
        agreements=agreements,
        lookbacks=lookbacks,
        earlier=(first,),
    )


def english_chain() -> ExportSource:
    """A short English chain with a user deck whose themes are not the four (informal)."""
    first_entries = [
        entry(1, "What do you enjoy?", "Gardening.", session_id="first", theme_id="hobby"),
        entry(2, "Who do you call?", "My sister.", session_id="first", theme_id="people"),
    ]
    a1 = agreement(1, "first", "I will plant the tulips.", look_again="in two weeks")
    first = ExportSource(
        session=session(id="first", language="en", label="Tom", created_at=FIRST),
        entries=first_entries,
        deck_title="My deck",
        theme_titles={"hobby": "Hobbies", "people": ""},
        agreements=[a1],
    )
    return ExportSource(
        session=session(id="second", language="en", label="Tom", created_at=SECOND),
        entries=[],
        deck_title="My deck",
        theme_titles=first.theme_titles,
        agreements=[agreement(2, "second", "Ask the library about a course", who="professional")],
        lookbacks=[lookback(1, a1, "not_needed", "My neighbour did it.")],
        earlier=(first,),
    )


def single(source: ExportSource) -> ExportSource:
    """The newest conversation alone, as its own conversation document sees it."""
    return replace(source, earlier=())
