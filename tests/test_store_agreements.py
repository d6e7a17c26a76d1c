"""Schema 4: agreements, links and look-backs in the store, and upgrading to it."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from quez.store import CURRENT_VERSION, Store, StoreError
from quez.store.agreement_model import (
    Agreement,
    LookBack,
    latest_lookbacks,
    open_agreements,
)
from quez.store.errors import NotFoundError
from quez.store.schema import migrate, user_version
from tests.test_store_migrations import build_at

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store.open(tmp_path / "q.sqlite3", clock=Clock())
    yield s  # type: ignore[misc]
    s.close()


def test_schema_4_is_current() -> None:
    assert CURRENT_VERSION == 4


@pytest.mark.parametrize("version", range(CURRENT_VERSION))
def test_every_earlier_version_upgrades_to_agreements(tmp_path: Path, version: int) -> None:
    path = tmp_path / "q.sqlite3"
    build_at(path, version)
    with Store.open(path) as store:
        old = store.get_session("abcd2345") if version else None
        if version:
            assert old is not None and store.agreements(old.id) == []
            assert store.chain(old.id)[0].session_id == old.id
        first = store.create_session("client", "gesprek", "nl")
        agreement = store.add_agreement(first.id, what="Ik bel de huisarts")
        store.set_agreement_consent(agreement.id, True)
        second = store.create_session("client", "gesprek", "nl")
        store.link_sessions(second.id, first.id)
        (item,) = store.add_lookbacks(second.id, [agreement.id])
        assert store.set_outcome(item.id, "partly")
    conn = sqlite3.connect(path)
    try:
        assert user_version(conn) == CURRENT_VERSION
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert {"agreements", "links", "lookbacks"} <= tables
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"agreements_by_entry", "lookbacks_by_agreement"} <= indexes
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        conn.close()


def test_version_3_rows_are_untouched_by_the_upgrade(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    build_at(path, 3)
    conn = sqlite3.connect(path)
    before = conn.execute("SELECT * FROM entries").fetchall()
    conn.close()
    Store.open(path).close()
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("SELECT * FROM entries").fetchall() == before
    finally:
        conn.close()


def test_constraints_hold_in_sql(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "q.sqlite3", isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    migrate(conn)
    stamp = T0.isoformat()
    conn.execute(
        "INSERT INTO sessions (id, kind, deck_id, language, created_at, updated_at)"
        " VALUES ('a', 'client', 'd', 'nl', ?, ?)",
        (stamp, stamp),
    )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute(
            "INSERT INTO agreements (session_id, seq, who, created_at, updated_at)"
            " VALUES ('a', 1, 'gemeente', ?, ?)",
            (stamp, stamp),
        )
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO links VALUES ('a', 'a', ?)", (stamp,))
    with pytest.raises(sqlite3.IntegrityError):
        conn.execute("INSERT INTO links VALUES ('a', 'nope', ?)", (stamp,))
    conn.close()


def test_agreement_texts_who_and_consent(store: Store) -> None:
    session = store.create_session("client", "gesprek", "nl")
    entry = store.add_entry(session.id, "slot-12", "Wat spreken we af?")
    a = store.add_agreement(
        session.id, what="Boodschappen", who="professional", who_name="X", entry_id=entry.id
    )
    assert (a.seq, a.who, a.who_name, a.entry_id, a.consent) == (
        1,
        "professional",
        "",
        entry.id,
        None,
    )
    b = store.add_agreement(session.id, what="Bellen", who="other", who_name="Mijn zus")
    assert b.seq == 2 and b.who_name == "Mijn zus"
    store.set_agreement_consent(b.id, True)
    assert store.save_agreement_text(b.id, "look_again", "na de vakantie")
    got = store.get_agreement(b.id)
    assert got is not None and got.consent is None and got.look_again == "na de vakantie"
    assert not store.save_agreement_text(b.id, "look_again", "na de vakantie")
    store.set_agreement_consent(b.id, False)
    assert not store.set_agreement_who(b.id, "other", "Mijn zus")  # unchanged: stays a no
    assert store.get_agreement(b.id).consent is False  # type: ignore[union-attr]
    assert store.set_agreement_who(b.id, "client", "ignored")
    got = store.get_agreement(b.id)
    assert got is not None and (got.who, got.who_name, got.consent) == ("client", "", None)
    assert not store.save_agreement_text(b.id, "who_name", "Jan")  # no name for the client
    assert store.get_agreement(b.id).who_name == ""  # type: ignore[union-attr]
    with pytest.raises(StoreError):
        store.add_agreement(session.id, who="gemeente")  # type: ignore[arg-type]
    other = store.create_session("client", "gesprek", "nl")
    with pytest.raises(NotFoundError):
        store.add_agreement(other.id, entry_id=entry.id)  # a card of another conversation
    with pytest.raises(NotFoundError):
        store.set_agreement_consent(999, True)


def test_agree_only_to_what_was_shown(store: Store) -> None:
    session = store.create_session("client", "gesprek", "nl")
    a = store.add_agreement(session.id, what="Zelf koken")
    b = store.add_agreement(session.id, what="Wandelen")
    c = store.add_agreement(session.id, what="Fietsen")
    store.set_agreement_consent(c.id, False)
    shown = store.agreements(session.id)
    store.save_agreement_text(b.id, "what", "Wandelen met de hond")  # changed after showing
    assert store.agree_agreements(shown) == [a.id]
    consents = {x.id: x.consent for x in store.agreements(session.id)}
    assert consents == {a.id: True, b.id: None, c.id: False}


def test_text_is_cleaned_on_the_way_in(store: Store) -> None:
    session = store.create_session("client", "gesprek", "nl")
    a = store.add_agreement(session.id, what="a\x1b[31mrood\r\nb\u202e")
    assert a.what == "arood\nb"
    store.save_agreement_text(a.id, "what", "x\x07y")
    assert store.get_agreement(a.id).what == "xy"  # type: ignore[union-attr]


def two_linked(store: Store) -> tuple[str, str, Agreement]:
    first = store.create_session("client", "gesprek", "nl")
    agreement = store.add_agreement(first.id, what="Ik ga wandelen")
    store.set_agreement_consent(agreement.id, True)
    store.close_session(first.id)
    second = store.create_session("client", "gesprek", "nl")
    store.link_sessions(second.id, first.id)
    return first.id, second.id, agreement


def test_links_make_a_line(store: Store) -> None:
    first, second, _ = two_linked(store)
    third = store.create_session("client", "gesprek", "nl").id
    store.link_sessions(third, second)
    assert [link.session_id for link in store.chain(first)] == [first, second, third]
    assert [link.session_id for link in store.chain(third)] == [first, second, third]
    assert store.continues(third) == second and store.continued_by(first) == second
    assert store.linked_sessions(second) == [first, third]
    assert store.chain("zzzzzzzz") == []
    loose = store.create_session("client", "gesprek", "nl").id
    for follow, earlier in ((loose, first), (loose, loose), (first, third), (third, loose)):
        with pytest.raises(StoreError) as caught:
            store.link_sessions(follow, earlier)
        assert caught.value.key == "store.error.link_refused"
    with pytest.raises(NotFoundError):
        store.link_sessions(loose, "zzzzzzzz")


def test_linking_keeps_the_earlier_conversations_clock(store: Store) -> None:
    first = store.create_session("client", "gesprek", "nl")
    agreement = store.add_agreement(first.id, what="x")
    store.set_agreement_consent(agreement.id, True)
    before = store.get_session(first.id).updated_at  # type: ignore[union-attr]
    second = store.create_session("client", "gesprek", "nl")
    store.link_sessions(second.id, first.id)
    (item,) = store.add_lookbacks(second.id, [agreement.id])
    store.set_outcome(item.id, "done")
    store.save_lookback_note(item.id, "Het is gelukt")
    store.set_lookback_consent(item.id, True)
    assert store.get_session(first.id).updated_at == before  # type: ignore[union-attr]


def test_lookback_outcome_note_and_consent(store: Store) -> None:
    _, second, agreement = two_linked(store)
    (item,) = store.add_lookbacks(second, [agreement.id])
    assert store.add_lookbacks(second, [agreement.id])[0].id == item.id  # never twice
    assert (item.outcome, item.note, item.consent, item.agreement.what) == (
        None,
        "",
        None,
        "Ik ga wandelen",
    )
    assert store.set_outcome(item.id, "partly", "client")
    store.set_lookback_consent(item.id, True)
    assert store.save_lookback_note(item.id, "Twee keer gelukt")
    got = store.get_lookback(item.id)
    assert got is not None and got.consent is None and got.chosen_by == "client"
    shown = store.lookbacks(second)
    store.set_outcome(item.id, "partly", "professional")  # who chose changed: asked again
    assert store.agree_lookbacks(shown) == []
    assert store.agree_lookbacks(store.lookbacks(second)) == [item.id]
    assert store.get_lookback(item.id).consent is True  # type: ignore[union-attr]
    assert not store.set_outcome(item.id, "partly", "professional")
    assert store.set_outcome(item.id, None)
    got = store.get_lookback(item.id)
    assert got is not None and (got.outcome, got.chosen_by) == (None, None)
    with pytest.raises(StoreError):
        store.set_outcome(item.id, "gelukt")  # type: ignore[arg-type]
    with pytest.raises(NotFoundError):
        store.add_lookbacks(second, [12345])


def test_removing_an_agreement_removes_its_lookbacks(store: Store) -> None:
    first, second, agreement = two_linked(store)
    store.add_lookbacks(second, [agreement.id])
    assert store.lookbacks_pointing_at(first) == {second: 1}
    assert store.remove_agreement(agreement.id) == 1
    assert store.lookbacks(second) == [] and store.agreements(first) == []


# Pure chain logic ------------------------------------------------------------------------------


def agreement(aid: int, session: str, *, consent: bool | None = True, what: str = "x") -> Agreement:
    return Agreement(aid, session, aid, T0, T0, what=what, consent=consent)


def lookback(lid: int, session: str, a: Agreement, outcome: str | None, **kw: object) -> LookBack:
    return LookBack(lid, session, lid, a, T0, T0, outcome=outcome, **kw)  # type: ignore[arg-type]


def test_open_agreements_follow_the_latest_outcome() -> None:
    a1, a2, a3 = agreement(1, "s1"), agreement(2, "s1"), agreement(3, "s2")
    refused, unasked = agreement(4, "s1", consent=False), agreement(5, "s2", consent=None)
    empty = agreement(6, "s2", what="  ")
    looks = [
        lookback(1, "s2", a1, "done"),
        lookback(2, "s2", a2, "not"),
        lookback(3, "s3", a1, "partly"),  # done, then partly again later: open
        lookback(4, "s3", a2, "not_needed"),
    ]
    everything = [a1, a2, a3, refused, unasked, empty]
    assert [a.id for a in open_agreements(everything, looks, ["s1", "s2", "s3"])] == [1, 3]
    assert [a.id for a in open_agreements(everything, looks[:2], ["s1", "s2"])] == [2, 3]
    assert [a.id for a in open_agreements(everything, [], ["s2"])] == [3]


def test_latest_consented_lookback() -> None:
    a1 = agreement(1, "s1")
    looks = [
        lookback(1, "s2", a1, "partly", consent=True),
        lookback(2, "s3", a1, "done", consent=None),
        lookback(3, "s3", agreement(2, "s1"), None, note=""),
    ]
    assert latest_lookbacks(looks, ["s1", "s2", "s3"])[1].id == 2
    assert latest_lookbacks(looks, ["s1", "s2", "s3"], consented=True)[1].id == 1
    assert 2 not in latest_lookbacks(looks, ["s1", "s2", "s3"])  # no answer yet


@settings(max_examples=200)
@given(
    st.lists(
        st.tuples(
            st.integers(0, 3),
            st.integers(0, 4),
            st.sampled_from([None, "done", "partly", "not", "not_needed"]),
        ),
        max_size=12,
    )
)
def test_latest_is_the_last_answer_in_chain_order(rows: list[tuple[int, int, str | None]]) -> None:
    order = ["s0", "s1", "s2", "s3"]
    agreements = {n: agreement(n, "s0") for n in range(5)}
    looks = [
        lookback(i, order[s], agreements[a], outcome) for i, (s, a, outcome) in enumerate(rows)
    ]
    latest = latest_lookbacks(looks, order)
    for aid, item in latest.items():
        later = [
            x
            for x in looks
            if x.agreement.id == aid
            and x.outcome is not None
            and (order.index(x.session_id), x.seq) > (order.index(item.session_id), item.seq)
        ]
        assert item.outcome is not None and not later
    answered = {x.agreement.id for x in looks if x.outcome is not None}
    assert set(latest) == answered
    still_open = {a.id for a in open_agreements(agreements.values(), looks, order)}
    assert still_open == {
        aid for aid in agreements if aid not in latest or latest[aid].outcome in ("partly", "not")
    }
