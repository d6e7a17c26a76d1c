"""The client's plan ("Mijn plan") and the agreement parts of the client's document: what
goes in, and goldens.

Regenerate the goldens with ``QUEZ_REGEN_GOLDEN=1 pytest tests/test_export_plan.py``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import pytest

from quez.conversation.plan_kind import PLAN
from quez.export import ExportSource
from quez.export.document import build_client_document
from quez.export.plan import build_plan_document, plan_not_asked, plan_texts
from quez.workflows.kinds import documents_for
from quez.workflows.kinds import render as export_session
from tests.export_samples import dutch_source, entry, session
from tests.plan_samples import dutch_chain, english_chain, single

GOLDEN = Path(__file__).parent / "golden" / "plan"
SOURCES: dict[str, Callable[[], ExportSource]] = {
    "plan-nl": dutch_chain,
    "plan-en": english_chain,
    "plan-single-nl": dutch_source,
}
FOLLOW_UPS: dict[str, Callable[[], ExportSource]] = {
    "followup-nl": lambda: single(dutch_chain()),
    "followup-en": lambda: single(english_chain()),
}


def check_golden(name: str, text: str) -> None:
    path = GOLDEN / name
    if os.environ.get("QUEZ_REGEN_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("name", sorted(SOURCES))
def test_plan_golden(name: str, fmt: str) -> None:
    check_golden(f"{name}.{fmt}", PLAN.exporters[fmt](SOURCES[name]()))


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("name", sorted(FOLLOW_UPS))
def test_follow_up_document_golden(name: str, fmt: str) -> None:
    check_golden(f"{name}.{fmt}", export_session(FOLLOW_UPS[name](), fmt))


def test_the_client_kind_offers_the_plan() -> None:
    documents = documents_for("client")
    assert list(documents) == ["conversation", "plan"]
    assert list(documents["plan"].exporters) == ["html", "md"]
    assert list(documents_for("intervisie")) == ["summary"] and documents_for("nope") == {}


def test_plan_sections_follow_the_four_questions() -> None:
    doc = build_plan_document(dutch_chain())
    assert [s.title for s in doc.sections] == [
        "Wat wil ik?",
        "Wat kan ik?",
        "Wat vind ik belangrijk?",
        "Wie hoort bij mij?",
    ]
    want = [n.text for n in doc.sections[0].notes]
    assert want == ["Wanneer ik boodschappen doe.", "Zelf de was doen."]  # oldest first
    texts = plan_texts(doc)
    # Never a summary, a refused or unasked note, an unthemed card, a refused agreement.
    for absent in ("dochter en de buurvrouw", "Rust in huis", "een beetje moe", "huisarts"):
        assert not any(absent in text for text in texts), absent
    assert doc.label == "Ria's map"  # the chain's newest label (the follow-up has none)


def test_plan_agreements_show_their_latest_agreed_state() -> None:
    doc = build_plan_document(dutch_chain())
    assert [a.what for a in doc.own] == ["Ik loop elke ochtend een rondje."]
    assert [a.what for a in doc.asks] == [
        "Boodschappen op zaterdag",
        "Uitzoeken wat een traplift kost",
        "Vragen naar de regiotaxi",
    ]
    assert [a.title for a in doc.own + doc.asks] == [f"Afspraak {n}" for n in range(1, 5)]
    own = doc.own[0]
    assert own.who == "" and own.state == "Hoe ging het (op 7 december 2026): deels gelukt"
    assert own.state_note == "Vier keer gelukt.\nBij regen niet."
    lift = doc.asks[1]
    assert lift.state == "" and lift.state_note == ""  # its look-back was not agreed to
    assert doc.asks[0].who == "Wie doet het: mijn dochter"
    assert doc.asks[2].who == "Wie doet het: iemand anders"  # no name given: none invented


def test_a_later_conversation_wins_and_a_changed_agreement_drops_out() -> None:
    chain = dutch_chain()
    a1 = chain.earlier[0].agreements[0]
    third = replace(
        chain,
        session=session(id="third", created_at=chain.session.created_at.replace(day=21)),
        entries=[],
        agreements=[],
        lookbacks=[
            replace(chain.lookbacks[0], id=9, session_id="third", outcome="done", note="Klaar!")
        ],
        earlier=(*chain.earlier, replace(chain, earlier=())),
    )
    doc = build_plan_document(third)
    assert doc.own[0].state.endswith("gelukt") and "21 december" in doc.own[0].state
    assert doc.own[0].state_note == "Klaar!"
    # The client's yes to the agreement was withdrawn: neither it nor its look-back shows.
    changed = replace(chain.earlier[0], agreements=[replace(a1, consent=None)])
    doc = build_plan_document(replace(chain, earlier=(changed,)))
    assert "Ik loop elke ochtend een rondje." not in [a.what for a in doc.own + doc.asks]


def test_plan_counts_what_nobody_asked() -> None:
    # Conversation 1: one unasked agreement; 2: one unasked look-back answer. Own words on
    # themed cards count too; summaries and unthemed cards never go into a plan.
    assert plan_not_asked(dutch_chain()) == 2
    extra = replace(
        dutch_chain(),
        entries=[entry(1, "q", "nog niet gevraagd", consent=None, theme_id="kracht")],
    )
    assert plan_not_asked(extra) == 3


def test_an_empty_plan_says_so() -> None:
    empty = ExportSource(session=session(label=None), entries=[])
    doc = build_plan_document(empty)
    assert doc.is_empty
    assert "In dit plan staat (nog) niets." in PLAN.exporters["md"](empty)


def test_conversation_document_only_holds_agreed_agreements() -> None:
    source = single(dutch_chain())
    part = build_client_document(source).agreements
    assert [a.what for a in part.lookback] == [
        "Ik loop elke ochtend een rondje.",
        "Boodschappen op zaterdag",
    ]
    assert [a.what for a in part.agreements] == ["Vragen naar de regiotaxi"]
    first = build_client_document(dutch_chain().earlier[0]).agreements
    assert [a.what for a in first.agreements] == [
        "Ik loop elke ochtend een rondje.",
        "Boodschappen op zaterdag",
        "Uitzoeken wat een traplift kost",
    ]
    assert [a.title for a in first.agreements] == ["Afspraak 1", "Afspraak 2", "Afspraak 3"]


def test_a_document_with_only_agreements_is_not_empty() -> None:
    source = replace(single(english_chain()), lookbacks=[])
    doc = build_client_document(source)
    assert not doc.sections and not doc.is_empty


def test_privacy_scan_reads_agreements() -> None:
    chain = dutch_chain()
    leaky = replace(
        chain, agreements=[replace(chain.agreements[0], what="Bel 06-12345678 voor de taxi")]
    )
    assert "phone" in PLAN.privacy_scan(leaky)
    assert "phone" in documents_for("client")["conversation"].privacy_scan(leaky)
    assert "phone" not in PLAN.privacy_scan(chain)


def test_the_dates_line_counts_conversations_not_days() -> None:
    chain = dutch_chain()
    same_day = replace(
        chain, session=replace(chain.session, created_at=chain.earlier[0].session.created_at)
    )
    assert build_plan_document(same_day).dated == "Uit onze gesprekken van 23 november 2026"
    assert build_plan_document(chain.earlier[0]).dated == "Uit ons gesprek van 23 november 2026"
