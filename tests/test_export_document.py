"""What goes into the client's document, and the session kinds that name their exporters."""

from __future__ import annotations

import typing
from datetime import datetime, timedelta, timezone

import pytest

from quez.export import (
    FORMATS,
    ExportSource,
    Kind,
    UnknownExporterError,
    build_client_document,
    render,
    render_html,
    render_markdown,
)
from quez.export.text import format_date, line_text, local_date, note_text
from quez.store.model import SessionKind
from quez.workflows.kinds import KINDS, formats_for, kind_for, privacy_scan
from quez.workflows.kinds import render as export_session
from tests.export_samples import dutch_source, empty_source, english_source, entry, session


def all_text(source: ExportSource) -> str:
    return export_session(source, "md") + export_session(source, "html")


def test_only_agreed_non_empty_notes_go_in() -> None:
    doc = build_client_document(dutch_source())
    texts = [n.text for s in doc.sections for n in s.notes]
    assert "Mijn zoon (maar dat is lastig)" not in texts  # consent refused
    assert "Fijn." not in texts  # a summary nobody asked consent for
    assert "Ria vertelt dat haar buurvrouw elke week langskomt." in texts  # summary, consent yes
    questions = [n.question for s in doc.sections for n in s.notes]
    assert "Wat lukt u al zelf?" not in questions  # skipped, no note
    assert "Waar wilt u later over praten?" not in questions  # parked, no note
    for text in ("Mijn zoon", "Fijn.", "Wat lukt u al zelf", "later over praten"):
        assert text not in all_text(dutch_source())


def test_never_ids_mirror_or_intervisie_notes() -> None:
    source = dutch_source()
    extra = entry(20, "Vraag", "een advies", theme_id="kracht", note_kind="advice", consent=True)
    source = ExportSource(
        session=session(label="Ria", mirror={"secret_mirror": "MIRRORTEXT"}),
        entries=[*source.entries, extra],
        theme_titles=source.theme_titles,
    )
    text = all_text(source)
    assert "een advies" not in text
    assert "3f2a9c1e" not in text
    assert "card-" not in text and "MIRRORTEXT" not in text and "secret_mirror" not in text
    assert "kracht" not in text  # the theme id (its title is "Kracht")


def test_sections_follow_the_conversation() -> None:
    doc = build_client_document(dutch_source())
    # Kracht and Eigenaarschap hold only important notes: those stand once, at the top.
    assert [s.title for s in doc.sections] == ["Om te beginnen", "Contacten", "Tot slot"]
    assert [n.question for n in doc.important] == [
        "Wat geeft u energie?",
        "Wat wilt u zelf beslissen?",
    ]


def test_important_notes_appear_once_and_first() -> None:
    entries = [
        entry(1, "Wat geeft u energie?", "De hond.", theme_id="kracht"),
        entry(
            2,
            "Wat lukt al?",
            "Zelf koken.",
            summary="Koken lukt.",
            summary_consent=True,
            theme_id="kracht",
            important=True,
        ),
        entry(3, "Wie helpt?", "Mijn zus.", theme_id="contacten", important=True),
    ]
    doc = build_client_document(ExportSource(session=session(), entries=entries))
    assert [(n.text, n.summary) for n in doc.important] == [
        ("Zelf koken.", False),
        ("Koken lukt.", True),
        ("Mijn zus.", False),
    ]
    assert [s.title for s in doc.sections] == ["Onderwerp 1"]  # contacten: only important
    assert [n.text for n in doc.sections[0].notes] == ["De hond."]
    texts = [n.text for n in doc.notes]
    assert len(texts) == len(set(texts)) == 4  # every note once
    for layout in (render_markdown, render_html):
        page = layout(doc)
        assert page.count("Zelf koken.") == page.count("Mijn zus.") == 1, layout.__name__
        assert page.index("Zelf koken.") < page.index("De hond."), layout.__name__


def test_themes_in_order_of_first_appearance_and_untitled_topics() -> None:
    entries = [
        entry(1, "q1", "a", theme_id="b"),
        entry(2, "q2", "", theme_id="x"),  # no note: does not use up a topic number
        entry(3, "q3", "c", theme_id="a"),
        entry(4, "q4", "d", theme_id="b"),
    ]
    doc = build_client_document(ExportSource(session=session(), entries=entries))
    assert [s.title for s in doc.sections] == ["Onderwerp 1", "Onderwerp 2"]
    assert [n.text for n in doc.sections[0].notes] == ["a", "d"]


def test_only_general_cards_get_one_neutral_section() -> None:
    entries = [entry(1, "Hoe gaat het?", "Goed"), entry(2, "Tot ziens?", "Ja")]
    doc = build_client_document(ExportSource(session=session(), entries=entries))
    assert [s.title for s in doc.sections] == ["Het gesprek"]


def test_titles_and_language() -> None:
    nl = build_client_document(dutch_source())
    assert nl.title == "Ria's map" and nl.dated == "Ons gesprek van 23 november 2026"
    en = build_client_document(english_source())
    assert en.title == en.dated == "Our conversation of 23 November 2026"
    forced = build_client_document(ExportSource(session=session(), entries=[], lang="en"))
    assert forced.lang == "en" and forced.texts.closing_title == "This document is yours"
    odd = build_client_document(ExportSource(session=session(language="fr"), entries=[]))
    assert odd.lang == "nl"


def test_formal_and_informal_address() -> None:
    assert build_client_document(dutch_source()).texts.closing_title == "Dit document is van u"
    assert build_client_document(empty_source()).texts.closing_title == "Dit document is van jou"
    closing = build_client_document(dutch_source()).texts.closing
    assert any("Vraag het aan uw begeleider" in p for p in closing)
    assert not any("quez sessions" in p or "commando" in p for p in closing)  # no commands


def test_empty_document_still_has_its_closing() -> None:
    doc = build_client_document(empty_source())
    assert doc.is_empty and not doc.important
    md = export_session(empty_source(), "md")
    assert "geen notities" in md and "Dit document is van jou" in md


def test_note_and_line_normalisation() -> None:
    assert note_text("\n  \n  a \n\n b\t\n \n") == "  a \n\n b\t"
    assert note_text("x\r\ny\x1b[31mz\u202e") == "x\nyz"
    assert note_text(" \n\t") == ""
    assert line_text("  a\n b\u2028c  ") == "a b c"
    assert line_text(None) == ""


def test_dates_without_locale() -> None:
    day = datetime(2026, 3, 5).date()
    assert format_date(day, "nl") == "5 maart 2026"
    assert format_date(day, "en") == "5 March 2026"
    late = datetime(2026, 11, 23, 23, 30, tzinfo=timezone.utc)
    assert local_date(late, timezone(timedelta(hours=1))).isoformat() == "2026-11-24"
    assert local_date(datetime(2026, 11, 23, 23, 30)).isoformat() == "2026-11-23"


def test_kinds_dispatch_on_kind_and_format() -> None:
    assert set(FORMATS) == {"md", "html"}
    assert formats_for("client") == ("html", "md")
    assert formats_for("intervisie") == ("md",)  # the team summary: its kind names it
    assert formats_for("no-such-kind") == ()
    with pytest.raises(UnknownExporterError):
        export_session(ExportSource(session=session(kind="intervisie"), entries=[]), "html")
    assert kind_for("no-such-kind") is None
    doc = build_client_document(dutch_source())
    assert render("md", doc) == export_session(dutch_source(), "md")


def test_every_stored_kind_is_registered_once_and_follows_the_protocol() -> None:
    assert set(KINDS) == set(typing.get_args(SessionKind))
    for name, kind in KINDS.items():
        typed: Kind = kind  # the protocol, checked by mypy on the kinds' own modules too
        assert typed.name == name and typed.exporters
        with pytest.raises(TypeError):
            typed.exporters["txt"] = lambda source: ""  # type: ignore[index]
    # The app writes the printable page first (read-back): the client kind's own order.
    assert tuple(KINDS["client"].exporters) == ("html", "md")


def test_privacy_findings_scan_what_goes_in() -> None:
    assert privacy_scan(dutch_source()) == ()
    entries = [
        entry(1, "Hoe bereik ik u?", "Bel me op 06 12345678 of mail ria@example.nl"),
        entry(2, "Nog iets?", "Mijn BSN is 111222333", consent=False),  # refused: not scanned
    ]
    source = ExportSource(session=session(), entries=entries)
    assert privacy_scan(source) == ("phone", "email")
