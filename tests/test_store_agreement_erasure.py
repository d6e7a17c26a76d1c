"""Really forgetting agreements and look-backs: after deleting, purging or retention, their
text is gone from every byte of the database, its -wal and its -shm (as in
``test_store_erasure.py``), and a look-back never keeps a deleted conversation's text."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

from quez.settings import Settings
from quez.store import Store
from tests.test_store_erasure import T0, Clock, fill, occurrences


def with_agreements(store: Store, canary: str, *, count: int = 6) -> str:
    """A filled session whose agreements carry ``canary`` in every text, many times edited."""
    session_id = fill(store, canary, entries=3)
    for n in range(count):
        a = store.add_agreement(session_id, what=f"{canary} begin", who="other")
        for k in range(1, 6):
            store.save_agreement_text(a.id, "what", f"{canary} afspraak {n} " + "w " * (k * 20))
        store.save_agreement_text(a.id, "who_name", f"{canary}-naam")
        store.save_agreement_text(a.id, "look_again", f"{canary} over twee weken")
        store.set_agreement_consent(a.id, True)
    return session_id


def follow_up(store: Store, earlier: str, canary: str) -> str:
    """A follow-up of ``earlier`` whose look-back notes carry ``canary``."""
    later = fill(store, canary, entries=2)
    store.link_sessions(later, earlier)
    items = store.add_lookbacks(later, [a.id for a in store.agreements(earlier)])
    for item in items:
        store.set_outcome(item.id, "partly")
        for k in range(1, 5):
            store.save_lookback_note(item.id, f"{canary} terugblik " + "t " * (k * 20))
    return later


def test_deleting_the_earlier_conversation_erases_its_agreements_and_lookbacks(
    tmp_path: Path,
) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path, clock=Clock()) as store:
        first = with_agreements(store, "CANARY-ONE")
        second = follow_up(store, first, "CANARY-TWO")
        assert occurrences(path, "CANARY-ONE afspraak") > 0
        assert occurrences(path, "CANARY-TWO terugblik") > 0
        assert store.lookbacks_pointing_at(first) == {second: 6}
        store.delete_session(first)
        for needle in ("CANARY-ONE", "CANARY-TWO terugblik"):
            assert occurrences(path, needle) == 0, needle
        # The follow-up itself stays, unlinked, without a look-back at deleted text.
        assert store.get_session(second) is not None
        assert store.lookbacks(second) == [] and store.chain(second)[0].session_id == second
        assert occurrences(path, "CANARY-TWO note") > 0
    assert occurrences(path, "CANARY-ONE") == 0


def test_deleting_the_follow_up_keeps_the_earlier_agreements(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path, clock=Clock()) as store:
        first = with_agreements(store, "CANARY-ONE")
        second = follow_up(store, first, "CANARY-TWO")
        store.delete_session(second)
        assert occurrences(path, "CANARY-TWO") == 0
        assert len(store.agreements(first)) == 6
        assert occurrences(path, "CANARY-ONE afspraak") > 0


def test_deleting_both_leaves_no_text_of_either(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path, clock=Clock()) as store:
        first = with_agreements(store, "CANARY-ONE")
        second = follow_up(store, first, "CANARY-TWO")
        keep = with_agreements(store, "CANARY-KEEP", count=1)
        store.delete_session(second)
        store.delete_session(first)
        assert occurrences(path, "CANARY-ONE") == 0 and occurrences(path, "CANARY-TWO") == 0
        assert len(store.agreements(keep)) == 1
    assert occurrences(path, "CANARY-ONE") == 0 and occurrences(path, "CANARY-TWO") == 0
    assert occurrences(path, "CANARY-KEEP") > 0


def test_retention_is_per_conversation(tmp_path: Path) -> None:
    """The follow-up keeps its own clock: the old conversation goes, the follow-up stays, and
    its look-back at the old agreements goes with them."""
    path = tmp_path / "q.sqlite3"
    clock = Clock()
    with Store.open(path, clock=clock) as store:
        first = with_agreements(store, "RET-ONE")
        store.close_session(first)
        clock.now = T0 + timedelta(days=40)
        second = follow_up(store, first, "RET-TWO")
        store.close_session(second)
        clock.now = T0 + timedelta(days=65)
        report = store.apply_retention(Settings(retention_days=60))
        assert report.sessions_purged == 1
        assert store.get_session(first) is None and store.get_session(second) is not None
        assert occurrences(path, "RET-ONE") == 0
        assert occurrences(path, "RET-TWO terugblik") == 0
        assert store.lookbacks(second) == []


def test_removing_one_agreement_zeroes_its_row(tmp_path: Path) -> None:
    path = tmp_path / "q.sqlite3"
    with Store.open(path, clock=Clock()) as store:
        session = store.create_session("client", "gesprek", "nl")
        gone = store.add_agreement(session.id, what="CANARY-GONE " * 10)
        store.add_agreement(session.id, what="CANARY-STAYS")
        store.remove_agreement(gone.id)
        store._compact()  # as deleting a conversation does
        assert occurrences(path, "CANARY-GONE") == 0
        assert occurrences(path, "CANARY-STAYS") > 0
