"""The client's document as a letter: Van wie, important notes once, names a professional can
tell apart, and a realistic Dutch conversation verbatim in both formats."""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import datetime, time, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from quez.export import ExportSource, render_html, render_markdown
from quez.export.document import FromWhom, build_client_document, from_whom_of
from quez.export.filenames import default_filename, unnamed_part
from quez.export.text import line_text
from quez.settings import Settings
from quez.store import Store
from quez.workflows.export import export_session, unnamed_name
from tests.export_samples import MULTILINE, entry, letter_source, session
from tests.test_export_escaping import (
    MD,
    TEXTY,
    client_text,
    letter_body,
    md_inline_types,
    md_shape,
    md_texts,
    read_html,
)

# --- Van wie: optional, escaped like every other text -----------------------------------------


def from_whom_source(from_whom: FromWhom) -> ExportSource:
    return ExportSource(
        session=session(label="Ria"),
        entries=[entry(1, "Vraag?", "Antwoord.", theme_id="t")],
        theme_titles={"t": "Thema"},
        from_whom=from_whom,
    )


def markers(values: FromWhom) -> FromWhom:
    """The same block shape with plain markers where a value reads back non-empty."""
    return FromWhom(
        **{
            name: f"{name.upper()}X" if line_text(getattr(values, name)) else ""
            for name in ("name", "organisation", "phone", "appointment")
        }
    )


def read_back(ref: list[str], values: FromWhom) -> list[str]:
    table = {
        f"{name.upper()}X": line_text(getattr(values, name))
        for name in ("name", "organisation", "phone", "appointment")
    }
    pattern = re.compile("|".join(table))
    return [pattern.sub(lambda m: table[m.group(0)], text) for text in ref]


from_whom_values = st.builds(
    FromWhom, name=client_text, organisation=client_text, phone=client_text, appointment=client_text
)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(from_whom_values)
def test_van_wie_in_markdown_keeps_its_structure_and_reads_back(values: FromWhom) -> None:
    body = letter_body(render_markdown(build_client_document(from_whom_source(values))))
    ref = letter_body(render_markdown(build_client_document(from_whom_source(markers(values)))))
    tokens, ref_tokens = MD.parse(body), MD.parse(ref)
    assert md_shape(tokens) == md_shape(ref_tokens)
    assert md_inline_types(tokens) <= TEXTY | {"em_open", "em_close", "strong_open", "strong_close"}
    assert md_texts(tokens) == read_back(md_texts(ref_tokens), values)


@settings(max_examples=300, suppress_health_check=[HealthCheck.too_slow])
@given(from_whom_values)
def test_van_wie_in_html_keeps_its_structure_and_reads_back(values: FromWhom) -> None:
    got = read_html(render_html(build_client_document(from_whom_source(values))))
    ref = read_html(render_html(build_client_document(from_whom_source(markers(values)))))
    assert got.shape == ref.shape
    assert got.texts == read_back(ref.texts, values)


def test_van_wie_is_never_required_and_shows_only_what_is_filled_in() -> None:
    for layout in (render_markdown, render_html):
        empty = layout(build_client_document(from_whom_source(FromWhom(phone="  \n "))))
        assert "Van wie" not in empty and "Telefoon" not in empty
        only = layout(build_client_document(from_whom_source(FromWhom(appointment="Di 10:00"))))
        assert "Van wie" in only and "Volgende afspraak" in only and "Begeleider" not in only
    english = ExportSource(
        session=session(language="en"),
        entries=[entry(1, "Q?", "A.")],
        from_whom=FromWhom(name="Anna"),
    )
    assert "## From\n\nProfessional: Anna\n" in render_markdown(build_client_document(english))


def test_van_wie_is_read_from_the_session_and_odd_data_is_left_out() -> None:
    stored = session(meta={"from_whom": {"name": "Anna", "phone": 3, "evil": "x"}})
    assert from_whom_of(stored) == FromWhom(name="Anna")
    assert from_whom_of(session(meta={"from_whom": "Anna"})) == FromWhom()
    assert from_whom_of(session()) == FromWhom()
    assert FromWhom(name="Anna", phone="").to_meta() == {"name": "Anna"}


# --- a realistic conversation, as the client reads it -----------------------------------------


def test_the_realistic_letter_reads_verbatim_in_a_text_editor() -> None:
    md = render_markdown(build_client_document(letter_source()))
    body = letter_body(md)
    for line in MULTILINE.split("\n"):
        if line:
            assert line in body, line  # each line of the note as typed
    assert "\\" not in body and "&#" not in body  # no backslashes, no character references
    assert body.count("Dat ik zelf mijn boodschappen doe") == 1  # important: once
    assert body.index("## Van wie") < body.index("## Wat voor mij belangrijk is")
    assert body.index("## Wat voor mij belangrijk is") < body.index("## Om te beginnen")
    assert "Telefoon: 030 - 123 45 67  \n" in body
    assert "quez " not in body and "`" not in body  # no commands (the program is "QueZ")


def test_the_realistic_letter_in_html() -> None:
    page = render_html(build_client_document(letter_source()))
    texts = read_html(page).texts
    assert MULTILINE in texts
    assert "Telefoon: 030 - 123 45 67" in texts
    assert page.count("Dat ik zelf mijn boodschappen doe") == 1
    assert "quez " not in page and "<code" not in page


# --- file names a professional can tell apart --------------------------------------------------

DAY = datetime(2026, 11, 23, 14, 30)


def test_names_carry_the_date_and_the_conversations_name_or_its_time() -> None:
    assert default_filename(DAY.date(), "Merel", "md") == "2026-11-23-merel.md"
    unnamed = unnamed_part("gesprek", DAY)
    assert unnamed == "gesprek-1430"
    assert default_filename(DAY.date(), None, "md", unnamed=unnamed) == "2026-11-23-gesprek-1430.md"
    assert default_filename(DAY.date(), "  ", "html", 2, unnamed=unnamed) == (
        "2026-11-23-gesprek-1430-2.html"
    )
    assert default_filename(DAY.date(), "Merel", "md", unnamed=unnamed) == "2026-11-23-merel.md"
    # An aware start time is shown where the conversation happened.
    amsterdam = timezone(timedelta(hours=1))
    aware = datetime(2026, 11, 23, 13, 30, tzinfo=timezone.utc)
    assert unnamed_part("gesprek", aware, amsterdam) == "gesprek-1430"


@pytest.mark.parametrize(
    ("kind", "lang", "word"),
    [
        ("client", "nl", "gesprek"),
        ("client", "en", "conversation"),
        ("intervisie", "nl", "intervisie"),
    ],
)
def test_the_word_follows_the_kind_and_the_documents_language(
    kind: str, lang: str, word: str
) -> None:
    made = session(kind=kind, created_at=DAY, label=None)
    assert unnamed_name(made, lang) == f"{word}-1430"
    assert unnamed_name(session(kind="future", created_at=DAY), None) == "quez-1430"


@settings(max_examples=200)
@given(st.text(), st.text(), st.times())
def test_names_stay_safe_whatever_the_label_or_word(label: str, word: str, at: time) -> None:
    name = default_filename(
        DAY.date(), label, "md", unnamed=unnamed_part(word, datetime.combine(DAY.date(), at))
    )
    stem = name.removesuffix(".md")
    assert set(stem) <= set("abcdefghijklmnopqrstuvwxyz0123456789-") and len(name) <= 90


def test_two_unnamed_conversations_of_one_day_get_two_names(
    paths_store: Store, tmp_path: Path
) -> None:
    store = paths_store
    written = []
    for _ in range(2):
        made = store.create_session("client", "gesprek", "nl")
        first = store.add_entry(made.id, "c1", "Vraag?")
        store.save_note(first.id, "Ja.")
        store.update_entry(first.id, consent=True)
        outcome = export_session(store, made.id, folder=tmp_path, formats=("md",))
        written += [p.name for p in outcome.written]
    assert written[0] != written[1]
    assert all(re.fullmatch(r"\d{4}-\d\d-\d\d-gesprek-\d{4}\.md", name) for name in written)


@pytest.fixture
def paths_store(tmp_path: Path) -> Iterator[Store]:
    """A store whose clock moves an hour per call: every session starts at its own time."""
    moments = iter(datetime(2026, 11, 23, 9, 0) + timedelta(hours=n) for n in range(1000))
    with Store.open(tmp_path / "q.sqlite3", clock=lambda: next(moments)) as store:
        yield store


# --- the settings hold the professional's details ---------------------------------------------


def test_professional_details_are_kept_and_odd_values_ignored(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    Settings(professional_name="Anna", professional_phone="06-12345678").save(path)
    loaded = Settings.load(path)
    assert (loaded.professional_name, loaded.professional_phone) == ("Anna", "06-12345678")
    path.write_text('{"professional_name": 5, "professional_org": "' + "x" * 500 + '"}')
    assert Settings.load(path) == Settings()
