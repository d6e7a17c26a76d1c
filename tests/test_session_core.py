"""The conversation core without any UI: picking, position, mirror, ordered autosave."""

from __future__ import annotations

import random
import threading
import time
from typing import Any

import pytest

from quez.conversation import (
    Conversation,
    ConversationError,
    Position,
    mirror_text,
    next_in_theme,
    random_pick,
    regie_mirror,
)
from quez.i18n import Translator
from quez.paths import Paths
from quez.store import Store, StoreError
from quez.store.saver import Saver
from tests.tui_support import open_store, shipped_decks


@pytest.fixture
def store(paths: Paths) -> Any:
    with open_store(paths) as s:
        yield s


def start(paths: Paths, store: Store, seed: int = 1) -> Conversation:
    deck = shipped_decks(paths).get("gesprek")
    assert deck is not None
    return Conversation.start(store, deck, lang="nl", rng=random.Random(seed), label="Tuin")


def test_position_round_trip_and_garbage() -> None:
    pos = Position("card", 5, "kracht", worknotes=True)
    assert Position.from_dict(pos.to_dict()) == pos
    assert Position.from_dict({"screen": "evil", "entry": True, "theme": 3}) == Position()
    assert Position.from_dict(None) == Position()


def test_cards_come_in_deck_order_and_parked_ones_come_back(paths: Paths, store: Store) -> None:
    conv = start(paths, store)
    first = conv.choose_theme("kracht")
    assert first is not None and first.card_id == "kra-01" and first.chosen_by == "client"
    parked = conv.skip(park=True)
    assert parked is not None and parked.card_id == "kra-02"
    skipped = conv.skip()
    assert skipped is not None and skipped.card_id == "kra-03"
    assert [e.state for e in conv.entries] == ["parked", "skipped", "active"]
    # Use up the theme: the parked card comes back last, the skipped one does not.
    seen = []
    while (entry := conv.next_card()) is not None:
        seen.append(entry.card_id)
    assert seen[-1] == "kra-01"
    assert "kra-02" not in seen
    assert conv.entry(first.id) is not None and conv.entry(first.id).state == "active"


def test_draw_is_professional_and_next_keeps_the_chooser(paths: Paths, store: Store) -> None:
    conv = start(paths, store, seed=3)
    drawn = conv.draw()
    assert drawn is not None and drawn.chosen_by == "professional" and drawn.theme_id
    nxt = conv.next_card()
    assert nxt is not None and nxt.chosen_by == "professional"
    assert nxt.theme_id == drawn.theme_id


def test_random_pick_is_deterministic_and_never_repeats(paths: Paths, store: Store) -> None:
    deck = shipped_decks(paths).get("gesprek")
    assert deck is not None
    a = random_pick(deck, [], random.Random(9))
    b = random_pick(deck, [], random.Random(9))
    assert a == b and a is not None
    assert next_in_theme(deck, "nope", []) is None


def test_opening_and_closing_cards(paths: Paths, store: Store) -> None:
    conv = start(paths, store)
    opening = conv.opening()
    assert opening is not None and opening.card_id == "open-01" and opening.theme_id is None
    nxt = conv.next_card()
    assert nxt is not None and nxt.card_id == "open-13"  # the core openers come first
    closing = conv.closing()
    assert closing is not None and conv.is_tagged(closing, "closing")


def test_notes_flags_and_resume(paths: Paths, store: Store) -> None:
    conv = start(paths, store)
    entry = conv.choose_theme("contacten")
    assert entry is not None
    assert conv.set_note(entry.id, "Mijn zus belt elke dag.")
    assert not conv.set_note(entry.id, "Mijn zus belt elke dag.")
    conv.toggle_important(entry.id)
    assert conv.set_summary(entry.id, "Haar zus belt dagelijks.")
    conv.set_worknotes("privé")
    conv.set_panes(worknotes=True)
    conv.flush()
    again = Conversation.resume(
        store, conv.session.id, shipped_decks(paths), lang="nl", rng=random.Random(1)
    )
    stored = again.entry(entry.id)
    assert stored is not None and stored.note == "Mijn zus belt elke dag."
    assert stored.important and stored.summary == "Haar zus belt dagelijks."
    assert again.worknotes == "privé"
    assert again.position == Position("card", entry.id, "contacten", worknotes=True)


def test_resume_without_deck_is_a_clear_error(paths: Paths, store: Store) -> None:
    session = store.create_session("client", "weg", "nl")
    with pytest.raises(ConversationError) as err:
        Conversation.resume(store, session.id, shipped_decks(paths), lang="nl", rng=random.Random())
    assert err.value.key == "conversation.error.no_deck"
    assert Translator("nl").has(err.value.key)


def test_consent_defaults_and_close_erases_worknotes(paths: Paths, store: Store) -> None:
    conv = start(paths, store)
    a = conv.choose_theme("kracht")
    assert a is not None
    conv.set_note(a.id, "eigen woorden")
    b = conv.next_card()
    assert b is not None
    conv.set_summary(b.id, "samenvatting")
    # Nothing goes along before the client is asked: own words and summaries alike.
    assert not a.goes_in_client_copy and not b.goes_in_client_copy
    assert conv.not_asked() == 2
    conv.toggle_consent(a.id)
    conv.toggle_consent(b.id, "summary")
    assert a.consent is True and b.summary_consent is True and b.consent is None
    conv.toggle_consent(a.id)
    assert a.consent is False and conv.not_asked() == 0
    conv.set_worknotes("weg ermee")
    conv.close()
    assert store.get_worknotes(conv.session.id) is None
    assert store.get_session(conv.session.id).status == "closed"  # type: ignore[union-attr]


def test_regie_mirror_counts_and_words(paths: Paths, store: Store) -> None:
    conv = start(paths, store, seed=2)
    a = conv.choose_theme("kracht")
    assert a is not None
    conv.set_note(a.id, "zelf")
    b = conv.draw("motivatie")
    assert b is not None
    conv.set_summary(b.id, "samengevat")
    conv.skip()
    numbers = conv.mirror()
    assert numbers == regie_mirror(conv.entries, conv.deck)
    assert numbers["chosen_by_client"] == 1 and numbers["chosen_by_professional"] == 2
    assert numbers["themes_touched"] == ["kracht", "motivatie"]
    assert numbers["notes"] == 2 and numbers["notes_own_words"] == 1
    assert numbers["skipped"] == 1
    assert store.get_session(conv.session.id).mirror == numbers  # type: ignore[union-attr]
    text = mirror_text(numbers, Translator("en"), conv.theme_title)
    assert "The client chose 1 of the 3 cards" in text.lines[0]
    assert "score" not in " ".join(text.lines).lower()


class SlowStore:
    """Records writes; the first save is slow so a later flush could try to overtake it."""

    def __init__(self) -> None:
        self.writes: list[tuple[str, str]] = []
        self.fail = False
        self._first = True

    def save_note(self, entry_id: int, note: str) -> bool:
        if self.fail:
            raise StoreError("store.error.disk_full", path="x")
        if self._first:
            self._first = False
            time.sleep(0.05)
        self.writes.append((str(entry_id), note))
        return True

    def save_worknotes(self, session_id: str, text: str) -> bool:
        self.writes.append((session_id, text))
        return True

    def set_position(self, session_id: str, position: dict[str, Any]) -> None:
        self.writes.append((session_id, repr(position)))


def test_saver_never_lets_an_older_save_win() -> None:
    target = SlowStore()
    saver = Saver(target)
    saver.note(1, "old")
    worker = threading.Thread(target=saver.flush)
    worker.start()
    time.sleep(0.01)
    saver.note(1, "new")
    saver.flush()
    worker.join()
    assert target.writes == [("1", "old"), ("1", "new")]
    assert not saver.pending


def test_saver_keeps_failed_writes_unless_newer() -> None:
    target = SlowStore()
    saver = Saver(target)
    target._first = False
    target.fail = True
    saver.note(1, "keep me")
    with pytest.raises(StoreError):
        saver.flush()
    assert saver.pending
    target.fail = False
    saver.flush()
    assert target.writes == [("1", "keep me")]
