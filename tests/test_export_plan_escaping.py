"""The client's text can never change the structure of "Mijn plan" or of the agreement parts of
the conversation document (Markdown and HTML): the same method as ``test_export_escaping.py``.

Every untrusted slot (label, theme title, question, own words, an agreement's *what*, the name
the client chose, *when*, the look-back note) holds generated text; the same documents with
plain markers in those slots must parse to the same structure, and every slot must read back
as the generated text after the documented normalisation.
"""

from __future__ import annotations

import re

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from quez.conversation.plan_kind import PLAN
from quez.export import ExportSource, render_html, render_markdown
from quez.export.document import build_client_document
from quez.export.text import line_text, note_text
from tests.export_samples import entry, session
from tests.plan_samples import agreement, lookback
from tests.test_export_escaping import (
    MD,
    RESOURCE_ATTRS,
    TEXTY,
    client_text,
    letter_body,
    md_inline_types,
    md_shape,
    md_texts,
    read_html,
)

LINE_SLOTS = ("label", "theme", "question", "name", "when")
NOTE_SLOTS = ("own", "what", "note")
MARKERS = {slot: f"{slot.upper()}MARK" for slot in LINE_SLOTS + NOTE_SLOTS}
Slots = dict[str, str]


def source(v: Slots) -> ExportSource:
    """A follow-up continuing one conversation: every slot appears in the plan; the
    conversation document of the follow-up shows the look-back and the new agreement."""
    a1 = agreement(1, "first", v["what"], who="other", who_name=v["name"], look_again=v["when"])
    first = ExportSource(
        session=session(id="first", label=v["label"]),
        entries=[
            entry(1, v["question"], v["own"], session_id="first", theme_id="kracht"),
            entry(2, v["question"], v["own"], session_id="first", theme_id="own-theme"),
        ],
        theme_titles={"own-theme": v["theme"]},
        agreements=[a1],
    )
    return ExportSource(
        session=session(id="second", label=v["label"]),
        entries=[entry(1, v["question"], v["own"], session_id="second", theme_id="t")],
        deck_title="Deck",
        theme_titles={"t": v["theme"], "own-theme": v["theme"]},
        agreements=[agreement(2, "second", v["what"], look_again=v["when"])],
        lookbacks=[lookback(1, a1, "partly", v["note"])],
        earlier=(first,),
    )


def markers(v: Slots) -> Slots:
    """Markers where the generated text reads back non-empty (else the same empty text)."""
    out: Slots = {}
    for slot in LINE_SLOTS:
        out[slot] = MARKERS[slot] if line_text(v[slot]) else ""
    for slot in NOTE_SLOTS:
        out[slot] = MARKERS[slot] if note_text(v[slot]) else ""
    return out


def expected(ref: list[str], v: Slots) -> list[str]:
    values = {MARKERS[s]: line_text(v[s]) for s in LINE_SLOTS}
    values.update({MARKERS[s]: note_text(v[s]) for s in NOTE_SLOTS})
    pattern = re.compile("|".join(values))
    return [pattern.sub(lambda m: values[m.group(0)], text) for text in ref]


def check_markdown(page: str, ref_page: str, v: Slots) -> list[str]:
    body, ref_body = letter_body(page), letter_body(ref_page)
    tokens, ref_tokens = MD.parse(body), MD.parse(ref_body)
    assert md_shape(tokens) == md_shape(ref_tokens)
    assert md_inline_types(tokens) <= TEXTY | {"em_open", "em_close", "strong_open", "strong_close"}
    texts = md_texts(tokens)
    assert texts == expected(md_texts(ref_tokens), v)
    return texts


def check_html(page: str, ref_page: str, v: Slots) -> None:
    got, ref = read_html(page), read_html(ref_page)
    assert got.shape == ref.shape
    assert got.texts == expected(ref.texts, v)
    assert not [name for name, _ in got.attrs if name in RESOURCE_ATTRS]
    assert not [value for name, value in got.attrs if name == "style"]


SLOTS = st.fixed_dictionaries({slot: client_text for slot in LINE_SLOTS + NOTE_SLOTS})
SETTINGS = settings(max_examples=200, suppress_health_check=[HealthCheck.too_slow], deadline=None)


@SETTINGS
@given(SLOTS)
def test_plan_markdown_structure_and_readback(v: Slots) -> None:
    assume(note_text(v["own"]) and note_text(v["what"]))
    texts = check_markdown(
        PLAN.exporters["md"](source(v)), PLAN.exporters["md"](source(markers(v))), v
    )
    assert texts[0] == "Mijn plan"  # the title comes first


@SETTINGS
@given(SLOTS)
def test_plan_html_structure_and_readback(v: Slots) -> None:
    assume(note_text(v["own"]) and note_text(v["what"]))
    check_html(PLAN.exporters["html"](source(v)), PLAN.exporters["html"](source(markers(v))), v)


@SETTINGS
@given(SLOTS)
def test_follow_up_document_structure_and_readback(v: Slots) -> None:
    assume(note_text(v["own"]) and note_text(v["what"]))
    doc, ref = build_client_document(source(v)), build_client_document(source(markers(v)))
    assert len(doc.agreements.lookback) == len(doc.agreements.agreements) == 1
    check_markdown(render_markdown(doc), render_markdown(ref), v)
    check_html(render_html(doc), render_html(ref), v)
