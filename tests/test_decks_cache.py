"""The deck cache's compact layout: a cached deck is indistinguishable from a fresh one."""

from __future__ import annotations

import copy
import dataclasses
import json
from pathlib import Path

import pytest

from quez.decks import Card, Deck, LText, load_deck
from quez.decks.cache import cache_key, load_deck_cached
from quez.decks.serial import deck_from_data, deck_to_data
from quez.fsutil import ensure_private_dir
from tests.conftest import SHIPPED
from tests.test_decks_loader import GOOD


def _cached(path: Path, folder: Path) -> Deck:
    load_deck_cached(path, str(path), folder)  # fill
    return load_deck_cached(path, str(path), folder)


def _texts(deck: Deck) -> list[LText]:
    out = [deck.title, deck.description]
    for t in deck.themes:
        out += [t.title, t.question] + ([t.description] if t.description else [])
    for c in deck.cards:
        out += [c.text, *c.followups]
    return out


@pytest.mark.parametrize("name", ["gesprek.yaml", "intervisie.yaml"])
def test_cached_deck_equals_fresh_in_every_field_and_position(name: str, tmp_path: Path) -> None:
    path = SHIPPED / name
    fresh, cached = load_deck(path), _cached(path, tmp_path)
    assert cached == fresh and repr(cached) == repr(fresh)
    for a, b in zip(_texts(cached), _texts(fresh), strict=True):
        assert list(a.values.items()) == list(b.values.items())
        assert dict(a.positions) == dict(b.positions)
        assert a.pos("en") == b.pos("en")
    for a, b in zip(cached.cards, fresh.cards, strict=True):
        assert (a.followups, a.tags, a.pos, a.phases) == (b.followups, b.tags, b.pos, b.phases)
        assert {f.name for f in dataclasses.fields(Card)} <= set(vars(a))  # all filled in now


def test_followups_read_first_are_not_the_class_default(tmp_path: Path) -> None:
    path = SHIPPED / "gesprek.yaml"
    cached, fresh = _cached(path, tmp_path), load_deck(path)
    with_followups = [c for c in fresh.cards if c.followups]
    assert with_followups
    for card in with_followups:
        assert cached.card(card.id).followups == card.followups  # type: ignore[union-attr]
    assert Card("x", LText({"nl": "Waarom?"})).followups == ()


def test_cached_objects_copy_replace_and_stay_frozen(tmp_path: Path) -> None:
    path = SHIPPED / "intervisie.yaml"
    cached, fresh = _cached(path, tmp_path), load_deck(path)
    card = cached.cards[0]
    assert copy.deepcopy(card) == fresh.cards[0]
    assert dataclasses.replace(card, id="other").text == fresh.cards[0].text
    assert dataclasses.asdict(cached) == dataclasses.asdict(fresh)
    with pytest.raises(dataclasses.FrozenInstanceError):
        card.id = "x"  # type: ignore[misc]
    with pytest.raises(AttributeError):
        _ = card.nonexistent  # type: ignore[attr-defined]


def test_texts_without_positions_round_trip() -> None:
    deck = load_deck(SHIPPED / "gesprek.yaml")
    bare = Card("bare", LText({"en": "Why?"}))
    deck = dataclasses.replace(deck, cards=(*deck.cards, bare))
    back = deck_from_data(json.loads(json.dumps(deck_to_data(deck))), deck.path)
    assert back == deck
    assert back.cards[-1].text.positions == {} and back.cards[-1].text.pos("nl") == (1, 1)


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d.update(layout=1),
        lambda d: d.update(pos=d["pos"] + " 7"),
        lambda d: d.update(count=d["count"] - 1),
        lambda d: d["cards"][0].__setitem__(4, 99),
        lambda d: d["cards"].append([]),
        lambda d: d.update(pos=5),
    ],
)
def test_damaged_entry_is_rebuilt_from_the_yaml(damage: object, tmp_path: Path) -> None:
    deck_file = tmp_path / "d.yaml"
    deck_file.write_text(GOOD)
    folder = tmp_path / "c"
    ensure_private_dir(folder)
    data = deck_to_data(load_deck(deck_file))
    damage(data)  # type: ignore[operator]
    (folder / f"{cache_key(deck_file.read_bytes())}.json").write_text(json.dumps(data))
    assert load_deck_cached(deck_file, "d", folder) == load_deck(deck_file)


def test_damaged_position_numbers_only_lose_positions(tmp_path: Path) -> None:
    data = deck_to_data(load_deck(SHIPPED / "gesprek.yaml"))
    data["pos"] = data["pos"].replace("1", "x")
    deck = deck_from_data(data, None)
    assert deck.cards[0].text.positions == {} and deck.cards[0].text.pos("nl") == (1, 1)


def test_unreadable_deck_still_reports_like_load_deck(tmp_path: Path) -> None:
    from quez.decks import DeckError

    with pytest.raises(DeckError) as missing:
        load_deck_cached(tmp_path / "nope.yaml", "nope.yaml", tmp_path / "c")
    assert missing.value.problems[0].key == "file.not_found"
    with pytest.raises(DeckError) as folder:
        load_deck_cached(tmp_path, "dir", tmp_path / "c")
    assert folder.value.problems[0].key == "file.is_dir"
