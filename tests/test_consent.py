"""Consent that the client gives: per card, the own words and the summary each need a yes.

Nothing goes into the client's copy by default; a changed text is "not asked yet" again; one
call agrees to every text as shown. Checked in the documents themselves (Markdown and HTML),
in the store, and through the conversation controller.
"""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quez.conversation import Conversation
from quez.export import ExportSource
from quez.export.document import copy_counts
from quez.paths import Paths
from quez.store import Store
from quez.workflows.kinds import render as export_session
from tests.export_samples import entry, session
from tests.tui_support import open_store, shipped_decks

ANSWERS = st.sampled_from([None, True, False])
TEXTS = st.sampled_from(["", "woord", "  \n  ", "twee\nregels", "*nadruk*"])


def marker(n: int, field: str) -> str:
    return f"MRK{n}{field[:3].upper()}Q"  # letters and digits: no format escapes them


@settings(max_examples=150, deadline=None)
@given(st.lists(st.tuples(ANSWERS, ANSWERS, TEXTS, TEXTS, st.booleans()), max_size=8))
def test_a_text_never_agreed_to_is_in_neither_document(
    cards: list[tuple[bool | None, bool | None, str, str, bool]],
) -> None:
    entries = []
    for n, (own_yes, sum_yes, own, summ, important) in enumerate(cards, start=1):
        entries.append(
            entry(
                n,
                f"Vraag {n}?",
                f"{marker(n, 'own_words')} {own}" if own or n % 2 else "",
                consent=own_yes,
                summary=f"{marker(n, 'summary')} {summ}" if summ or n % 3 else "",
                summary_consent=sum_yes,
                important=important,
                theme_id="t" if n % 2 else None,
            )
        )
    source = ExportSource(session=session(), entries=entries, theme_titles={"t": "Thema"})
    documents = [export_session(source, "md"), export_session(source, "html")]
    for item in entries:
        for field, answer in (("own_words", item.consent), ("summary", item.summary_consent)):
            text = item.text(field)  # type: ignore[arg-type]
            should = answer is True and bool(text.strip())
            for document in documents:
                assert (marker(item.seq, field) in document) is should
    counts = copy_counts(entries)
    with_text = [
        answer
        for item in entries
        for answer, text in ((item.consent, item.note), (item.summary_consent, item.summary))
        if text.strip()
    ]
    assert counts == (with_text.count(True), with_text.count(False), with_text.count(None))


# --- the store ------------------------------------------------------------------------------


def test_a_changed_text_is_not_asked_yet_again(tmp_path: Any) -> None:
    with Store.open(tmp_path / "q.sqlite3") as store:
        sid = store.create_session("client", "gesprek", "nl").id
        first = store.add_entry(sid, "c", "Vraag?", note="ja dit", summary="samen")
        assert (first.consent, first.summary_consent) == (None, None)  # the start: not asked
        store.update_entry(first.id, consent=True, summary_consent=False)
        assert not store.save_note(first.id, "ja dit")  # unchanged: the answer stays
        got = store.get_entry(first.id)
        assert got is not None and (got.consent, got.summary_consent) == (True, False)
        store.save_note(first.id, "ja dit, maar anders")
        store.save_summary(first.id, "ander")
        got = store.get_entry(first.id)
        assert got is not None and (got.consent, got.summary_consent) == (None, None)


def test_agree_only_to_the_text_that_was_shown(tmp_path: Any) -> None:
    with Store.open(tmp_path / "q.sqlite3") as store:
        sid = store.create_session("client", "gesprek", "nl").id
        a = store.add_entry(sid, "a", "A?", note="zoals getoond", summary="samenvatting")
        b = store.add_entry(sid, "b", "B?", note="al nee")
        store.update_entry(b.id, consent=False)
        changed = store.agree(
            [
                (a.id, "own_words", "zoals getoond"),
                (a.id, "summary", "iets anders dan opgeslagen"),  # not what is stored: no
                (b.id, "own_words", "al nee"),  # an explicit no stays a no
            ]
        )
        assert changed == [(a.id, "own_words")]
        got_a, got_b = store.entries(sid)
        assert (got_a.consent, got_a.summary_consent, got_b.consent) == (True, None, False)


# --- the conversation -----------------------------------------------------------------------


@pytest.fixture
def conv(paths: Paths) -> Any:
    with open_store(paths) as store:
        deck = shipped_decks(paths).get("gesprek")
        assert deck is not None
        yield Conversation.start(store, deck, lang="nl", rng=random.Random(3))


def two_cards(conv: Conversation) -> tuple[int, int]:
    a = conv.choose_theme("kracht")
    b = conv.next_card()
    assert a is not None and b is not None
    return a.id, b.id


def stored(conv: Conversation, entry_id: int) -> Any:
    got = conv.store.get_entry(entry_id)
    assert got is not None
    return got


def test_controller_fields_and_answers(conv: Conversation) -> None:
    a, b = two_cards(conv)
    conv.set_note(a, "mijn woorden")
    conv.set_summary(a, "haar punt")
    conv.set_text(b, "own_words", "nog iets")
    assert conv.not_asked() == 3
    assert [(e.id, f) for e, f in conv.readback_notes()] == [
        (a, "own_words"),
        (a, "summary"),
        (b, "own_words"),
    ]
    conv.set_consent(a, "summary", False)  # the pending texts are written first
    assert stored(conv, a).summary == "haar punt" and stored(conv, a).summary_consent is False
    conv.toggle_consent(b)  # not asked -> yes
    assert stored(conv, b).consent is True and conv.not_asked() == 1


def test_agree_to_all_as_shown(conv: Conversation) -> None:
    a, b = two_cards(conv)
    conv.set_note(a, "ja")
    conv.set_summary(a, "samen")
    conv.set_note(b, "nee")
    conv.set_consent(b, "own_words", False)
    agreed = conv.agree_to_all()
    assert [(e.id, f) for e, f in agreed] == [(a, "own_words"), (a, "summary")]
    assert (stored(conv, a).consent, stored(conv, a).summary_consent) == (True, True)
    assert stored(conv, b).consent is False  # an explicit no is not overruled
    assert conv.agree_to_all() == [] and conv.not_asked() == 0


def test_editing_after_a_yes_withdraws_it_even_when_typed_back(conv: Conversation) -> None:
    a, _ = two_cards(conv)
    conv.set_note(a, "zo is het")
    conv.toggle_consent(a)
    assert stored(conv, a).consent is True
    conv.set_note(a, "zo is het niet")  # the first keystroke after the yes
    entry_a = conv.entry(a)
    assert entry_a is not None and entry_a.consent is None  # on screen at once
    conv.set_note(a, "zo is het")  # typed back before any save ran
    conv.flush()
    assert stored(conv, a).consent is None  # memory and store agree: ask again
    assert stored(conv, a).note == "zo is het"


def test_intervisie_notes_never_count_for_a_client_copy(paths: Paths) -> None:
    notes = [entry(1, "V?", "advies", note_kind="advice", consent=True, summary="x")]
    assert copy_counts(notes) == (0, 0, 0)
    assert not notes[0].goes_in_client_copy
