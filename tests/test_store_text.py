"""Any text at all goes into the store, or fails as a StoreError: never a UnicodeEncodeError.

A lone surrogate (half of an emoji from a terminal or clipboard) cannot be encoded as UTF-8.
``clean_text`` mends it before saving (a pair becomes its character, a lone one U+FFFD), so the
rest of what was typed is kept; values that reach SQLite unmended (ids, numbers) give a
StoreError without the value in it.
"""

from __future__ import annotations

import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quez.sanitize import clean_text, is_clean
from quez.store import Store, StoreError
from quez.store.codec import clean_optional
from quez.store.ids import safe_id


def is_id_like(value: object) -> bool:
    return not isinstance(value, str) or safe_id(value) == value or value == "?"


# Surrogates are rare in Hypothesis' default text: mix them in on purpose.
SURROGATE = st.characters(categories=["Cs"])
CHARS = st.one_of(SURROGATE, st.characters(codec="utf-8"), st.sampled_from("\r\n\x1b\u202e😀"))
TEXT = st.text(CHARS, max_size=20)
SETTINGS = settings(max_examples=60, deadline=None)


@contextmanager
def fresh() -> Iterator[Store]:
    with tempfile.TemporaryDirectory() as tmp, Store.open(Path(tmp) / "q.sqlite3") as store:
        yield store


def test_clean_text_mends_surrogates() -> None:
    assert clean_text("a\ud800b") == "a\ufffdb"
    assert clean_text("\ud83d\ude00") == "😀"  # a pair is the character it stands for
    assert clean_text("\ude00\ud83d") == "\ufffd\ufffd"  # the wrong way round is not a pair
    assert not is_clean("a\udc80") and is_clean(clean_text("a\udc80"))
    "".join(clean_text("x\ud800")).encode("utf-8")  # encodable


@SETTINGS
@given(TEXT)
def test_clean_text_output_is_always_utf8(text: str) -> None:
    cleaned = clean_text(text)
    cleaned.encode("utf-8")
    assert clean_text(cleaned) == cleaned and is_clean(cleaned)


@SETTINGS
@given(label=TEXT, deck=TEXT, lang=TEXT, version=TEXT, meta_key=TEXT, meta_value=TEXT)
def test_session_fields(
    label: str, deck: str, lang: str, version: str, meta_key: str, meta_value: str
) -> None:
    with fresh() as store:
        session = store.create_session(
            "client", deck, lang, label=label, deck_version=version, meta={meta_key: meta_value}
        )
        got = store.get_session(session.id)
        assert got is not None
        assert got.label == clean_optional(label)
        assert got.deck_id == (clean_optional(deck) or "")
        assert got.language == (clean_optional(lang) or "")
        assert got.deck_version == clean_optional(version)
        assert got.meta == {clean_text(meta_key): clean_text(meta_value)}
        store.set_label(session.id, label + "!")
        store.set_meta(session.id, {"k": [meta_value]})
        store.set_position(session.id, {meta_key: meta_value})
        store.set_mirror(session.id, {"x": meta_value})
        got = store.get_session(session.id)
        assert got is not None and got.label == clean_optional(label + "!")
        assert got.meta == {"k": [clean_text(meta_value)]}
        assert got.position == {clean_text(meta_key): clean_text(meta_value)}
        assert got.mirror == {"x": clean_text(meta_value)}


@SETTINGS
@given(
    card_id=TEXT, card=TEXT, theme=TEXT, note=TEXT, summary=TEXT, phase=TEXT, who=TEXT, more=TEXT
)
def test_entry_fields_and_worknotes(
    card_id: str, card: str, theme: str, note: str, summary: str, phase: str, who: str, more: str
) -> None:
    with fresh() as store:
        sid = store.create_session("client", "gesprek", "nl").id
        entry = store.add_entry(
            sid,
            card_id,
            card,
            theme_id=theme,
            phase=phase,
            participant=who,
            followups=[more],
            note=note,
            summary=summary,
        )
        got = store.get_entry(entry.id)
        assert got is not None
        assert (got.card_id, got.card_text, got.note, got.summary) == (
            clean_text(card_id),
            clean_text(card),
            clean_text(note),
            clean_text(summary),
        )
        assert (got.theme_id, got.phase, got.participant, got.followups) == (
            clean_optional(theme),
            clean_optional(phase),
            clean_optional(who),
            (clean_text(more),),
        )
        store.save_note(entry.id, more + note)
        store.save_summary(entry.id, summary + more)
        store.update_entry(entry.id, phase=more, participant=more)
        store.save_worknotes(sid, more + "\ud800")
        store.agree([(entry.id, "own_words", more + note)])
        got = store.get_entry(entry.id)
        assert got is not None
        assert (got.note, got.summary, got.phase) == (
            clean_text(more + note),
            clean_text(summary + more),
            clean_optional(more),
        )
        notes = store.get_worknotes(sid)
        assert notes is not None and notes.text == clean_text(more + "\ud800")


@SETTINGS
@given(TEXT)
def test_ids_that_cannot_be_stored_are_store_errors(typed: str) -> None:
    """Whatever is typed as an id: an answer, or a StoreError; never another exception."""
    with fresh() as store:
        for call in (
            lambda: store.get_session(typed),
            lambda: store.entries(typed),
            lambda: store.resolve_session_id(typed),
            lambda: store.get_worknotes(typed),
            lambda: store.save_worknotes(typed, "x"),
            lambda: store.delete_session(typed),
            lambda: store.set_label(typed, "x"),
            lambda: store.add_entry(typed, "c", "t"),
            lambda: store.exports(typed),
        ):
            try:
                call()
            except StoreError as exc:  # printable, and naming at most a safe id
                str(exc).encode("utf-8")
                assert all(is_id_like(value) for value in exc.params.values())


def test_numbers_beyond_sqlite_and_ages_beyond_the_calendar(tmp_path: Path) -> None:
    with Store.open(tmp_path / "q.sqlite3") as store:
        for call in (
            lambda: store.get_entry(2**70),
            lambda: store.save_note(2**70, "x"),
            lambda: store.update_entry(2**70, important=True),
            lambda: store.purge(timedelta.max),
            lambda: store.erase_expired_worknotes(10**12),
        ):
            with pytest.raises(StoreError):
                call()
