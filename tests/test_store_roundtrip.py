"""Store round trips: every field in and out, autosave semantics, ids, errors, threads."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from dataclasses import fields
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quez.store import UNSET, Entry, NotFoundError, Session, Store, StoreError
from quez.store.ids import ALPHABET, is_session_id, normalise_id

T0 = datetime(2025, 3, 1, 9, 30, tzinfo=timezone.utc)


class Clock:
    """A settable clock for the store."""

    def __init__(self, start: datetime = T0) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> None:
        self.now += timedelta(**delta)


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    with Store.open(tmp_path / "q.sqlite3", clock=clock) as opened:
        yield opened


def test_session_round_trip_every_field(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path, clock=clock) as store:
        made = store.create_session(
            "intervisie",
            "intervisie",
            "en",
            label="Team Noord",
            deck_version="1.2",
            meta={"method": "incident", "roles": {"chair": "AB"}, "n": [1, 2.5, None, True]},
        )
        clock.advance(minutes=5)
        store.set_position(made.id, {"screen": "card", "entry": 3, "theme": "kracht"})
        store.set_mirror(made.id, {"client_chose": 4, "professional_chose": 1})
        store.set_meta(made.id, {"method": "balint", "participants": ["AB", "CD"]})
        store.close_session(made.id)
    with Store.open(path, clock=clock) as store:
        got = store.get_session(made.id)
    assert got == Session(
        id=made.id,
        kind="intervisie",
        deck_id="intervisie",
        language="en",
        created_at=T0,
        updated_at=T0 + timedelta(minutes=5),
        label="Team Noord",
        deck_version="1.2",
        status="closed",
        position={"screen": "card", "entry": 3, "theme": "kracht"},
        mirror={"client_chose": 4, "professional_chose": 1},
        meta={"method": "balint", "participants": ["AB", "CD"]},
    )
    assert {f.name for f in fields(Session)} == set(vars(got))


def test_entry_round_trip_every_field(tmp_path: Path, clock: Clock) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path, clock=clock) as store:
        session = store.create_session("client", "gesprek", "nl")
        first = store.add_entry(session.id, "open-1", "Hoe gaat het?")
        clock.advance(seconds=30)
        second = store.add_entry(
            session.id,
            "kracht-3",
            "Waar ben je trots op?",
            theme_id="kracht",
            chosen_by="professional",
            note_kind="question",
            phase="vragen",
            participant="AB",
            followups=("En toen?", "Wie hielp?"),
            note="Op mijn tuin.\nEn mijn kleinzoon.",
            summary="Zij is trots\top haar tuin.",
        )
        clock.advance(seconds=30)
        store.update_entry(
            second.id, important=True, consent=True, summary_consent=False, state="parked"
        )
    with Store.open(path, clock=clock) as store:
        got = store.entries(session.id)
    assert [entry.seq for entry in got] == [1, 2]
    assert got[0] == first
    assert got[1] == Entry(
        id=second.id,
        session_id=session.id,
        seq=2,
        card_id="kracht-3",
        card_text="Waar ben je trots op?",
        created_at=T0 + timedelta(seconds=30),
        updated_at=T0 + timedelta(seconds=60),
        theme_id="kracht",
        chosen_by="professional",
        note="Op mijn tuin.\nEn mijn kleinzoon.",
        note_kind="question",
        important=True,
        consent=True,
        state="parked",
        phase="vragen",
        participant="AB",
        followups=("En toen?", "Wie hielp?"),
        summary="Zij is trots\top haar tuin.",
        summary_consent=False,
    )


def test_update_entry_leaves_unset_fields(store: Store) -> None:
    session = store.create_session("client", "gesprek", "nl")
    entry = store.add_entry(session.id, "c", "t", phase="p", participant="x")
    store.update_entry(entry.id, consent=False)
    store.update_entry(entry.id, important=True)
    got = store.get_entry(entry.id)
    assert got is not None
    assert (got.consent, got.important, got.phase, got.participant) == (False, True, "p", "x")
    store.update_entry(entry.id, consent=None, phase=None, participant=UNSET, note_kind="takeaway")
    got = store.get_entry(entry.id)
    assert got is not None
    assert (got.consent, got.phase, got.participant, got.note_kind) == (None, None, "x", "takeaway")


def test_save_note_writes_only_changes(store: Store, clock: Clock) -> None:
    session = store.create_session("client", "gesprek", "nl")
    entry = store.add_entry(session.id, "c", "t")
    assert store.save_note(entry.id, "Ik") is True
    assert store.save_note(entry.id, "Ik") is False
    clock.advance(seconds=1)
    assert store.save_note(entry.id, "Ik wil") is True
    got = store.get_entry(entry.id)
    assert got is not None and got.note == "Ik wil"
    assert got.updated_at == T0 + timedelta(seconds=1)
    session_now = store.get_session(session.id)
    assert session_now is not None and session_now.updated_at == T0 + timedelta(seconds=1)


def test_save_note_sees_changes_from_another_connection(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path) as one, Store.open(path) as two:
        session = one.create_session("client", "gesprek", "nl")
        entry = one.add_entry(session.id, "c", "t")
        assert one.save_note(entry.id, "A") is True
        assert two.save_note(entry.id, "B") is True
        # one's cache says "A" but the database says "B": it must write again.
        assert one.save_note(entry.id, "A") is True
        got = two.get_entry(entry.id)
        assert got is not None and got.note == "A"


def test_untrusted_text_is_cleaned(store: Store) -> None:
    session = store.create_session("client", "gesprek", "nl", label="  \x1b]0;pwned\x07Anna\u202e ")
    entry = store.add_entry(session.id, "c", "kaart\x1b[2J", note="a\r\nb\x00c")
    store.save_worknotes(session.id, "x\x1b[31my")
    store.set_meta(session.id, {"na\x1bme": ["\u202ex"]})
    assert session.label == "Anna"
    assert (entry.card_text, entry.note) == ("kaart", "a\nbc")
    worknotes = store.get_worknotes(session.id)
    assert worknotes is not None and worknotes.text == "xy"
    got = store.get_session(session.id)
    assert got is not None and got.meta == {"name": ["x"]}
    store.set_label(session.id, "   ")
    got = store.get_session(session.id)
    assert got is not None and got.label is None


def test_session_ids_are_short_random_and_resolvable(store: Store) -> None:
    ids = {store.create_session("client", "gesprek", "nl").id for _ in range(50)}
    assert len(ids) == 50
    assert all(is_session_id(i) and set(i) <= set(ALPHABET) for i in ids)
    some = sorted(ids)[0]
    assert store.resolve_session_id(some.upper()) == some
    assert store.resolve_session_id(" " + some + " ") == some
    assert store.resolve_session_id("") is None
    assert normalise_id("O1L") == "011"


def test_list_sessions_filters_and_order(store: Store, clock: Clock) -> None:
    a = store.create_session("client", "gesprek", "nl")
    clock.advance(minutes=1)
    b = store.create_session("intervisie", "intervisie", "nl")
    clock.advance(minutes=1)
    store.add_entry(a.id, "c1", "t")
    store.add_entry(a.id, "c2", "t")
    store.save_worknotes(a.id, "w")
    listed = store.list_sessions()
    assert [(s.session.id, s.entry_count, s.has_worknotes) for s in listed] == [
        (a.id, 2, True),
        (b.id, 0, False),
    ]
    assert [s.session.id for s in store.list_sessions(kind="intervisie")] == [b.id]
    store.close_session(b.id)
    assert [s.session.id for s in store.list_sessions(status="open")] == [a.id]


def test_worknotes_autosave_and_closed_session(store: Store) -> None:
    session = store.create_session("client", "gesprek", "nl")
    assert store.get_worknotes(session.id) is None
    assert store.save_worknotes(session.id, "eerste") is True
    assert store.save_worknotes(session.id, "eerste") is False
    assert store.save_worknotes(session.id, "") is True
    assert store.get_worknotes(session.id) is None
    store.save_worknotes(session.id, "tweede")
    store.close_session(session.id)
    assert store.get_worknotes(session.id) is None
    with pytest.raises(StoreError) as caught:
        store.save_worknotes(session.id, "na afsluiten")
    assert caught.value.key == "store.error.session_closed"
    store.reopen_session(session.id)
    got = store.get_session(session.id)
    assert got is not None and got.status == "open"
    assert store.save_worknotes(session.id, "weer open") is True


def test_unknown_ids_and_bad_values(store: Store) -> None:
    with pytest.raises(NotFoundError):
        store.set_label("nope1234", "x")
    with pytest.raises(NotFoundError):
        store.add_entry("nope1234", "c", "t")
    with pytest.raises(NotFoundError):
        store.save_note(999, "geheime tekst")
    with pytest.raises(NotFoundError):
        store.update_entry(999, important=True)
    with pytest.raises(NotFoundError):
        store.delete_session("nope1234")
    assert store.get_session("nope1234") is None and store.get_entry(999) is None
    session = store.create_session("client", "gesprek", "nl")
    with pytest.raises(StoreError) as caught:
        store.add_entry(session.id, "c", "t", note_kind="poem")  # type: ignore[arg-type]
    assert caught.value.params == {"field": "note_kind"}
    with pytest.raises(StoreError):
        store.set_position(session.id, {"x": object()})
    with pytest.raises(StoreError):
        store.create_session("party", "d", "nl")  # type: ignore[arg-type]


def test_errors_never_carry_text(store: Store) -> None:
    secret = "mijn-geheime-notitie"
    with pytest.raises(StoreError) as caught:
        store.save_note(12345, secret)
    assert secret not in str(caught.value) and secret not in repr(caught.value.params)
    with pytest.raises(StoreError) as caught:
        store.set_label(secret, secret)
    assert secret not in str(caught.value) and "?" in str(caught.value)


def test_closed_store_refuses(tmp_path: Path) -> None:
    store = Store.open(tmp_path / "q.sqlite3")
    store.close()
    store.close()
    assert store.closed
    with pytest.raises(StoreError) as caught:
        store.list_sessions()
    assert caught.value.key == "store.error.closed"


def test_threads_autosave_concurrently(store: Store) -> None:
    session = store.create_session("client", "gesprek", "nl")
    entries = [store.add_entry(session.id, f"c{i}", "t") for i in range(4)]
    errors: list[BaseException] = []

    def worker(entry_id: int) -> None:
        try:
            for n in range(1, 60):
                store.save_note(entry_id, "x" * n)
                store.list_sessions()
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(e.id,)) for e in entries]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    assert [e.note for e in store.entries(session.id)] == ["x" * 59] * 4
