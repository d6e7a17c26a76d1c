"""Skip and later in the core: parked cards come back, themes show how far they are."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path

import pytest

from quez.conversation import Conversation
from quez.conversation.feedback import chosen_notice, skip_notice
from quez.conversation.picking import ThemeProgress
from quez.i18n import Translator
from quez.paths import Paths
from tests.tui_support import open_store, shipped_decks, write_deck


@pytest.fixture
def conv(paths: Paths, tmp_path: Path) -> Iterator[Conversation]:
    """A conversation over a small deck: theme "een" has two cards, theme "twee" one."""
    deck_file = write_deck(tmp_path, "Vraag?", deck_id="klein")
    deck = shipped_decks(paths, [deck_file]).get("klein")
    assert deck is not None
    with open_store(paths) as store:
        yield Conversation.start(store, deck, lang="nl", rng=random.Random(1))


def states(conv: Conversation) -> list[tuple[str, str]]:
    return [(e.card_id, e.state) for e in conv.entries]


def test_a_parked_card_comes_back_when_its_theme_runs_out(conv: Conversation) -> None:
    first = conv.choose_theme("een")
    assert first is not None and first.card_id == "een-1" and not conv.came_back
    second = conv.skip(park=True)
    assert second is not None and second.card_id == "een-2" and not conv.came_back
    # The theme has no new card left: the parked one is offered before "no more cards".
    back = conv.next_card()
    assert back is not None and back.id == first.id and conv.came_back
    assert states(conv) == [("een-1", "active"), ("een-2", "active")]
    assert conv.next_card() is None  # now it really is used up


def test_skipping_the_last_card_brings_back_a_parked_one(conv: Conversation) -> None:
    first = conv.choose_theme("een")
    assert first is not None
    conv.skip(park=True)
    back = conv.skip()
    assert back is not None and back.id == first.id and conv.came_back
    assert states(conv) == [("een-1", "active"), ("een-2", "skipped")]


def test_parking_the_last_card_waits_until_the_theme_is_chosen_again(
    conv: Conversation,
) -> None:
    conv.choose_theme("twee")
    assert conv.skip(park=True) is None  # not straight back: the client said "later"
    assert conv.position.screen == "table"
    assert conv.progress("twee") == ThemeProgress(discussed=0, parked=1, left=0)
    back = conv.choose_theme("twee")
    assert back is not None and back.card_id == "twee-1" and conv.came_back
    assert conv.progress("twee") == ThemeProgress(discussed=1, parked=0, left=0)
    assert conv.progress("twee").used_up and conv.choose_theme("twee") is None


def test_the_client_can_ask_for_a_parked_card_at_any_time(conv: Conversation) -> None:
    conv.choose_theme("een")
    conv.skip(park=True)  # een-1 for later, een-2 on screen
    conv.choose_theme("twee")
    conv.skip(park=True)  # twee-1 for later
    assert [e.card_id for e in conv.parked()] == ["een-1", "twee-1"]
    wanted = conv.parked()[1]
    shown = conv.go_to(wanted.id)
    assert shown is wanted and shown.state == "active" and not conv.came_back
    assert conv.position.entry_id == wanted.id and conv.position.screen == "card"
    assert [e.card_id for e in conv.parked()] == ["een-1"]


def test_a_random_draw_offers_parked_cards_when_nothing_new_is_left(conv: Conversation) -> None:
    conv.choose_theme("een")
    conv.skip(park=True)
    conv.next_card()  # een-1 back
    conv.choose_theme("twee")
    conv.skip(park=True)
    drawn = conv.draw()
    assert drawn is not None and drawn.card_id == "twee-1" and conv.came_back
    assert conv.draw() is None


def test_theme_progress_counts_discussed_parked_and_left(conv: Conversation) -> None:
    assert conv.progress("een") == ThemeProgress(discussed=0, parked=0, left=2)
    conv.choose_theme("een")
    assert conv.progress("een") == ThemeProgress(discussed=1, parked=0, left=1)
    conv.skip()
    assert conv.progress("een") == ThemeProgress(discussed=1, parked=0, left=0)
    assert conv.progress("twee") == ThemeProgress(discussed=0, parked=0, left=1)


def test_progress_survives_a_resume(paths: Paths, tmp_path: Path) -> None:
    deck_file = write_deck(tmp_path, "Vraag?", deck_id="klein")
    decks = shipped_decks(paths, [deck_file])
    deck = decks.get("klein")
    assert deck is not None
    with open_store(paths) as store:
        conv = Conversation.start(store, deck, lang="nl", rng=random.Random(1))
        conv.choose_theme("een")
        conv.skip(park=True)
        again = Conversation.resume(store, conv.session.id, decks, lang="nl", rng=random.Random(1))
        assert again.progress("een") == ThemeProgress(discussed=1, parked=1, left=0)
        assert [e.card_id for e in again.parked()] == ["een-1"]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_skip_and_later_are_confirmed_in_one_short_line(lang: str, conv: Conversation) -> None:
    t = Translator(lang)
    entry = conv.choose_theme("een")
    lines = {
        skip_notice(t, park=False, shown=entry, came_back=False),
        skip_notice(t, park=True, shown=entry, came_back=False),
        skip_notice(t, park=False, shown=None, came_back=False),
        skip_notice(t, park=True, shown=None, came_back=False),
        skip_notice(t, park=True, shown=entry, came_back=True),
    }
    assert len(lines) == 5  # each case says something different
    for line in lines:
        assert "\n" not in line and len(line) <= 140 and "table." not in line
    back = skip_notice(t, park=False, shown=entry, came_back=True)
    assert back.endswith(t("table.notice.came_back"))
    assert chosen_notice(t, came_back=False) is None
    assert chosen_notice(t, came_back=True) == t("table.notice.came_back")
