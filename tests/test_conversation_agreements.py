"""Agreements, the follow-up and its look-back in the conversation core (no UI)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from quez.conversation import Conversation, ConversationError, mirror_text, regie_mirror
from quez.decks import DeckSet
from quez.i18n import Translator
from quez.paths import Paths
from quez.store import Store
from tests.tui_support import StepClock, shipped_decks


@pytest.fixture
def decks(paths: Paths) -> DeckSet:
    return shipped_decks(paths)


@pytest.fixture
def store(paths: Paths) -> Iterator[Store]:
    with Store.open(paths.db_path, clock=StepClock()) as s:
        yield s


def start(store: Store, decks: DeckSet, label: str | None = "Tuin") -> Conversation:
    deck = decks.get("gesprek")
    assert deck is not None
    return Conversation.start(store, deck, lang="nl", rng=random.Random(1), label=label)


def reopen(conv: Conversation, decks: DeckSet) -> Conversation:
    conv.flush()
    return Conversation.resume(conv.store, conv.session.id, decks, lang="nl", rng=random.Random(1))


def follow(store: Store, decks: DeckSet, continues: str, **kw: Any) -> Conversation:
    deck = decks.get("gesprek")
    assert deck is not None
    return Conversation.follow_up(
        store, deck, continues=continues, lang="nl", rng=random.Random(2), **kw
    )


def test_agreements_are_stored_and_resumed(store: Store, decks: DeckSet) -> None:
    conv = start(store, decks)
    card = conv.closing()
    assert card is not None
    a = conv.add_agreement("Ik bel de huisarts", look_again="over twee weken", entry_id=card.id)
    b = conv.add_agreement(who="other", who_name="mijn zus")
    conv.set_agreement_text(b.id, "what", "Boodschappen doen")
    conv.set_agreement_text(b.id, "who_name", "Els")
    assert not conv.set_agreement_text(a.id, "who_name", "niemand")  # no name for the client
    again = reopen(conv, decks)
    assert [(x.what, x.who, x.who_name, x.look_again, x.entry_id) for x in again.agreements] == [
        ("Ik bel de huisarts", "client", "", "over twee weken", card.id),
        ("Boodschappen doen", "other", "Els", "", None),
    ]
    assert again.set_agreement_who(b.id, "professional")
    assert again.agreement(b.id).who_name == ""  # type: ignore[union-attr]
    assert again.remove_agreement(a.id) and not again.remove_agreement(a.id)
    assert [x.id for x in reopen(again, decks).agreements] == [b.id]


def test_a_changed_agreement_is_asked_again_even_when_typed_back(
    store: Store, decks: DeckSet
) -> None:
    conv = start(store, decks)
    a = conv.add_agreement("Wandelen")
    conv.toggle_agreement_consent(a.id)
    assert store.get_agreement(a.id).consent is True  # type: ignore[union-attr]
    conv.set_agreement_text(a.id, "what", "Wandelen!")
    conv.set_agreement_text(a.id, "what", "Wandelen")  # back to what was agreed
    conv.flush()
    assert a.consent is None and store.get_agreement(a.id).consent is None  # type: ignore[union-attr]
    conv.set_agreement_consent(a.id, False)
    conv.set_agreement_who(a.id, "other", "buurman")
    assert store.get_agreement(a.id).consent is None  # type: ignore[union-attr]


def test_agree_to_all_takes_agreements_along(store: Store, decks: DeckSet) -> None:
    conv = start(store, decks)
    entry = conv.choose_theme("kracht")
    assert entry is not None
    conv.set_note(entry.id, "Ik kan goed koken")
    yes = conv.add_agreement("Zelf koken op zondag")
    no = conv.add_agreement("Naar de club")
    conv.add_agreement("   ")  # nothing to read back: not asked, not counted
    conv.set_agreement_consent(no.id, False)
    assert conv.not_asked() == 2
    notes, plan = conv.agree_to_everything()
    assert len(notes) == 1 and [a.id for a in plan.agreements] == [yes.id]
    assert store.get_agreement(no.id).consent is False  # type: ignore[union-attr]
    assert conv.not_asked() == 0 and conv.agree_to_all() == []


def closed_with_two_agreements(store: Store, decks: DeckSet) -> tuple[Conversation, int, int]:
    """Done-when of issue 19: one agreement agreed in the read-back, one not."""
    conv = start(store, decks)
    agreed = conv.add_agreement("Ik ga elke dag wandelen", look_again="over twee weken")
    other = conv.add_agreement("De begeleider belt de woningbouw", who="professional")
    conv.set_agreement_consent(agreed.id, True)
    conv.close()
    return conv, agreed.id, other.id


def test_a_follow_up_looks_back_at_the_agreed_agreements_only(store: Store, decks: DeckSet) -> None:
    first, agreed, _ = closed_with_two_agreements(store, decks)
    before = store.get_session(first.session.id)
    nxt = follow(store, decks, first.session.id, label="Vervolg")
    assert nxt.continues == first.session.id and nxt.session.label == "Vervolg"
    assert [item.agreement.id for item in nxt.lookbacks] == [agreed]
    assert nxt.entries == [] and nxt.agreements == []  # nothing else is copied
    (item,) = nxt.lookbacks
    assert nxt.unanswered_lookbacks() == [item]
    nxt.to_screen("lookback")
    assert reopen(nxt, decks).position.screen == "lookback"
    nxt.set_outcome(item.id, "partly")
    assert nxt.unanswered_lookbacks() == []
    nxt.set_lookback_note(item.id, "Drie keer gelukt, daarna regen")
    assert nxt.not_asked() == 1
    _, plan = nxt.agree_to_everything()
    assert [i.id for i in plan.lookbacks] == [item.id]
    stored = store.get_lookback(item.id)
    assert stored is not None
    assert (stored.outcome, stored.chosen_by, stored.note, stored.consent) == (
        "partly",
        "client",
        "Drie keer gelukt, daarna regen",
        True,
    )
    # The earlier conversation's clock did not move (retention is per conversation).
    assert store.get_session(first.session.id) == before
    assert [link.session_id for link in store.chain(nxt.session.id)] == [
        first.session.id,
        nxt.session.id,
    ]


def test_changing_the_lookback_asks_again(store: Store, decks: DeckSet) -> None:
    first, _, _ = closed_with_two_agreements(store, decks)
    nxt = follow(store, decks, first.session.id)
    (item,) = nxt.lookbacks
    nxt.set_outcome(item.id, "done")
    nxt.toggle_lookback_consent(item.id)
    assert item.consent is True
    nxt.set_lookback_note(item.id, "x")
    nxt.set_lookback_note(item.id, "")
    nxt.flush()
    assert store.get_lookback(item.id).consent is None  # type: ignore[union-attr]
    nxt.set_lookback_consent(item.id, True)
    nxt.set_outcome(item.id, "done", "professional")  # someone else chose: asked again
    assert store.get_lookback(item.id).consent is None  # type: ignore[union-attr]


def test_a_chain_continues_from_its_newest_and_drops_what_is_done(
    store: Store, decks: DeckSet
) -> None:
    first, agreed, _ = closed_with_two_agreements(store, decks)
    second = follow(store, decks, first.session.id)
    new = second.add_agreement("Mijn dochter helpt met de post", who="other", who_name="Anouk")
    second.set_agreement_consent(new.id, True)
    (item,) = second.lookbacks
    second.set_outcome(item.id, "done")
    with pytest.raises(ConversationError) as caught:
        follow(store, decks, first.session.id)  # the chain's newest is still open
    assert caught.value.key == "plan.error.still_open"
    second.close()
    third = follow(store, decks, first.session.id)  # picked the oldest: continues the newest
    assert third.continues == second.session.id
    assert [i.agreement.id for i in third.lookbacks] == [new.id]  # "gelukt" is not asked again
    (again,) = third.lookbacks
    third.set_outcome(again.id, "not")
    third.close()
    fourth = follow(store, decks, third.session.id)
    assert [i.agreement.id for i in fourth.lookbacks] == [new.id]
    assert agreed not in [i.agreement.id for i in fourth.lookbacks]


def test_follow_up_refusals(store: Store, decks: DeckSet) -> None:
    with pytest.raises(ConversationError) as caught:
        follow(store, decks, "zzzzzzzz")
    assert caught.value.key == "conversation.error.no_session"
    meeting = store.create_session("intervisie", "intervisie", "nl")
    store.close_session(meeting.id)
    with pytest.raises(ConversationError) as caught:
        follow(store, decks, meeting.id)
    assert caught.value.key == "plan.error.not_a_conversation"
    assert len(store.list_sessions()) == 1  # nothing was created


def test_mirror_counts_who_does_and_who_chose(store: Store, decks: DeckSet) -> None:
    first = start(store, decks)
    for who in ("client", "client", "professional"):
        a = first.add_agreement(f"afspraak {who}", who=who)  # type: ignore[arg-type]
        first.set_agreement_consent(a.id, True)
    first.add_agreement("x", who="other")
    numbers = first.mirror()
    assert (numbers["agreements"], numbers["agreements_client"]) == (4, 2)
    assert (numbers["agreements_professional"], numbers["agreements_other"]) == (1, 1)
    first.close()
    nxt = follow(store, decks, first.session.id)
    one, two, three = nxt.lookbacks
    nxt.set_outcome(one.id, "done", "client")
    nxt.set_outcome(two.id, "not", "professional")
    nxt.set_outcome(three.id, "partly", "professional")
    numbers = nxt.mirror()
    assert numbers == regie_mirror(nxt.entries, nxt.deck, nxt.agreements, nxt.lookbacks)
    assert numbers["lookback"] == 3 and numbers["lookback_open"] == 0
    assert numbers["lookback_chosen_by_client"] == 1
    assert numbers["lookback_chosen_by_professional"] == 2
    text = mirror_text(numbers, Translator("nl"), nxt.theme_title)
    assert any("bij 1 zelf hoe het ging" in line for line in text.lines)
    assert "hoe het ging met de afspraken" in text.question
    quiet = mirror_text(regie_mirror([], nxt.deck), Translator("en"), nxt.theme_title)
    assert not any("greement" in line for line in quiet.lines)


# A state machine: whatever happens, what is stored is what memory says, and a yes only ever
# stands for the exact agreement the client saw.

TEXTS = st.sampled_from(["", "wandelen", "bellen", "Wandelen", " x ", "na de vakantie"])


class AgreementMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        import tempfile
        from pathlib import Path

        self.tmp = tempfile.TemporaryDirectory()
        home = Path(self.tmp.name)
        self.store = Store.open(home / "q.sqlite3", clock=StepClock())
        self.decks = shipped_decks(Paths.from_environment({"QUEZ_HOME": str(home)}))
        self.conv = start(self.store, self.decks)
        # What the client last agreed to per agreement: (what, who, who_name, look_again).
        self.seen: dict[int, tuple[str, str, str, str]] = {}

    def teardown(self) -> None:
        self.store.close()
        self.tmp.cleanup()

    def _ids(self) -> list[int]:
        return [a.id for a in self.conv.agreements]

    @staticmethod
    def _shape(a: Any) -> tuple[str, str, str, str]:
        return (a.what, a.who, a.who_name, a.look_again)

    @rule(what=TEXTS)
    def add(self, what: str) -> None:
        self.conv.add_agreement(what)

    @precondition(lambda self: self.conv.agreements)
    @rule(
        n=st.integers(0, 9), field=st.sampled_from(["what", "who_name", "look_again"]), text=TEXTS
    )
    def type_text(self, n: int, field: str, text: str) -> None:
        ids = self._ids()
        self.conv.set_agreement_text(ids[n % len(ids)], field, text)  # type: ignore[arg-type]

    @precondition(lambda self: self.conv.agreements)
    @rule(n=st.integers(0, 9), who=st.sampled_from(["client", "professional", "other"]), name=TEXTS)
    def choose_who(self, n: int, who: str, name: str) -> None:
        ids = self._ids()
        self.conv.set_agreement_who(ids[n % len(ids)], who, name)  # type: ignore[arg-type]

    @precondition(lambda self: self.conv.agreements)
    @rule(n=st.integers(0, 9))
    def toggle(self, n: int) -> None:
        ids = self._ids()
        a = self.conv.toggle_agreement_consent(ids[n % len(ids)])
        assert a is not None
        if a.consent:
            self.seen[a.id] = self._shape(a)

    @rule()
    def agree_all(self) -> None:
        _, plan = self.conv.agree_to_everything()
        for a in plan.agreements:
            self.seen[a.id] = self._shape(a)

    @precondition(lambda self: self.conv.agreements)
    @rule(n=st.integers(0, 9))
    def remove(self, n: int) -> None:
        ids = self._ids()
        self.conv.remove_agreement(ids[n % len(ids)])

    @rule()
    def flush(self) -> None:
        self.conv.flush()

    @invariant()
    def stored_is_memory_after_a_flush(self) -> None:
        self.conv.flush()
        stored = self.store.agreements(self.conv.session.id)
        assert [(self._shape(a), a.consent) for a in stored] == [
            (self._shape(a), a.consent) for a in self.conv.agreements
        ]
        for a in stored:
            if a.consent is True:
                assert self.seen.get(a.id) == self._shape(a)
            if a.who != "other":
                assert a.who_name == ""


TestAgreementMachine = AgreementMachine.TestCase
TestAgreementMachine.settings = settings(
    max_examples=40, stateful_step_count=25, deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)  # fmt: skip
