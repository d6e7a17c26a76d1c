"""The workflows around chains: export records a file with every conversation whose text it
shows; deleting or retention erases it with any of them; a chain deletion reports each file once."""

from __future__ import annotations

import random
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quez.conversation import Conversation
from quez.decks import DeckSet
from quez.paths import Paths
from quez.settings import Settings
from quez.store import Store
from quez.workflows.errors import WorkflowError
from quez.workflows.export import export_session
from quez.workflows.linked import delete_with_linked, linked_to
from quez.workflows.retention import apply_retention
from tests.tui_support import shipped_decks

T0 = datetime(2026, 1, 5, 9, 0, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=1)
        return self.now


def chain(store: Store, decks: DeckSet, clock: Clock) -> tuple[str, str]:
    deck = decks.get("gesprek")
    assert deck is not None
    one = Conversation.start(store, deck, lang="nl", rng=random.Random(1))
    agreement = one.add_agreement("WF-EEN wandelen")
    one.set_agreement_consent(agreement.id, True)
    one.close()
    clock.now += timedelta(days=40)
    two = Conversation.follow_up(
        store, deck, continues=one.session.id, lang="nl", rng=random.Random(1)
    )
    (item,) = two.lookbacks
    two.set_outcome(item.id, "done")
    two.set_lookback_note(item.id, "WF-TWEE gelukt")
    two.agree_to_everything()
    two.close()
    return one.session.id, two.session.id


@pytest.fixture
def setup(paths: Paths) -> tuple[Store, DeckSet, Clock]:
    clock = Clock()
    store = Store.open(paths.db_path, clock=clock)
    yield store, shipped_decks(paths), clock  # type: ignore[misc]
    store.close()


def export(store: Store, decks: DeckSet, paths: Paths, sid: str, **kw: object) -> Path:
    outcome = export_session(
        store,
        sid,
        folder=paths.exports_dir,
        decks=decks.get,
        formats=("md",),
        **kw,  # type: ignore[arg-type]
    )
    (path,) = outcome.written
    return path


def test_files_are_recorded_with_every_conversation_they_show(
    setup: tuple[Store, DeckSet, Clock], paths: Paths
) -> None:
    store, decks, clock = setup
    one, two = chain(store, decks, clock)
    plan = export(store, decks, paths, two, document="plan")
    record = export(store, decks, paths, two)  # its look-back shows conversation 1's text
    alone = export(store, decks, paths, one)
    assert plan.name.endswith("-plan.md") and "WF-EEN" in plan.read_text(encoding="utf-8")
    assert "WF-EEN" in record.read_text(encoding="utf-8")
    assert {r.path for r in store.exports(one)} == {plan, record, alone}
    assert {r.path for r in store.exports(two)} == {plan, record}
    # The plan of conversation 1 never shows what came later.
    early = export(store, decks, paths, one, document="plan")
    assert "WF-TWEE" not in early.read_text(encoding="utf-8")


def test_deleting_the_chain_reports_each_file_once(
    setup: tuple[Store, DeckSet, Clock], paths: Paths
) -> None:
    store, decks, clock = setup
    one, two = chain(store, decks, clock)
    plan = export(store, decks, paths, two, document="plan")
    assert [link.session_id for link in linked_to(store, two)] == [one]
    deletion = delete_with_linked(store, two, with_linked=True)
    assert [r.session_id for r in deletion.receipts] == [two, one]
    assert deletion.receipts[0].exports.removed == (plan,)
    assert all(not r.exports.not_reached for r in deletion.receipts)
    assert deletion.agreements == {two: 0, one: 1} and deletion.lookbacks == {}
    assert store.list_sessions() == [] and not plan.exists()


def test_retention_erases_a_plan_that_shows_a_purged_conversation(
    setup: tuple[Store, DeckSet, Clock], paths: Paths
) -> None:
    store, decks, clock = setup
    one, two = chain(store, decks, clock)
    plan = export(store, decks, paths, two, document="plan")
    clock.now += timedelta(days=30)  # conversation 1: 70 days old; the follow-up: 30
    report = apply_retention(store, Settings(retention_days=60))
    assert report.sessions_purged == 1 and plan in report.exports.removed
    assert store.get_session(one) is None and store.get_session(two) is not None
    again = export(store, decks, paths, two, document="plan")
    assert "WF-EEN" not in again.read_text(encoding="utf-8")
    assert "WF-TWEE" not in again.read_text(encoding="utf-8")  # its look-back went too


def test_an_unknown_document_names_the_choices(
    setup: tuple[Store, DeckSet, Clock], paths: Paths
) -> None:
    store, decks, _ = setup
    meeting = store.create_session("intervisie", "intervisie", "nl")
    with pytest.raises(WorkflowError) as caught:
        export(store, decks, paths, meeting.id, document="plan")
    assert caught.value.usage and caught.value.params["choices"] == "summary"
