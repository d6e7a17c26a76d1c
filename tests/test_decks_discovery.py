"""Discovery: shipped, user folder and --deck; one broken deck never hides the others."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from quez.decks import discover, load_deck
from quez.decks.cache import cache_key, load_deck_cached
from quez.decks.serial import deck_from_data, deck_to_data
from quez.fsutil import ensure_private_dir
from quez.paths import Paths, shipped_decks_dir
from tests.conftest import SHIPPED
from tests.test_decks_loader import GOOD


def test_shipped_dir_is_the_source_decks_folder_in_a_checkout() -> None:
    assert shipped_decks_dir() == SHIPPED


def test_shipped_user_and_cli_decks(paths: Paths, tmp_path: Path) -> None:
    ensure_private_dir(paths.decks_dir)
    (paths.decks_dir / "mine.yaml").write_text(GOOD.replace("id: proef", "id: mine"))
    (paths.decks_dir / "broken.yaml").write_text("format: 1\nid: [\n")
    extra = tmp_path / "extra.yaml"
    extra.write_text(GOOD)
    found = discover(paths, [extra])
    ids = [d.id for d in found.decks]
    assert ids[0] == "proef"
    assert {"gesprek", "intervisie", "mine", "proef"} <= set(ids)
    assert found.origins["mine"] == "user" and found.origins["gesprek"] == "shipped"
    assert [f.path.name for f in found.failures] == ["broken.yaml"]


def test_user_deck_cannot_replace_a_shipped_deck(paths: Paths) -> None:
    ensure_private_dir(paths.decks_dir)
    shutil.copy(SHIPPED / "gesprek.yaml", paths.decks_dir / "gesprek-copy.yaml")
    found = discover(paths)
    assert found.get("gesprek") is not None
    assert found.origins["gesprek"] == "shipped"
    (failure,) = found.failures
    assert failure.problems[0].key == "deck.id_conflict"


def test_same_file_given_twice_loads_once(paths: Paths) -> None:
    found = discover(paths, [SHIPPED / "gesprek.yaml"])
    assert [d.id for d in found.decks].count("gesprek") == 1
    assert not found.failures


def test_cache_round_trip_equals_fresh_load(tmp_path: Path) -> None:
    path = SHIPPED / "gesprek.yaml"
    fresh = load_deck(path)
    assert deck_from_data(json.loads(json.dumps(deck_to_data(fresh))), path) == fresh
    first = load_deck_cached(path, str(path), tmp_path / "c")
    entry = tmp_path / "c" / f"{cache_key(path.read_bytes())}.json"
    assert entry.exists() and oct(entry.stat().st_mode & 0o777) == "0o600"
    assert load_deck_cached(path, str(path), tmp_path / "c") == first == fresh


def test_cache_is_keyed_on_content(tmp_path: Path) -> None:
    deck_file = tmp_path / "d.yaml"
    deck_file.write_text(GOOD)
    load_deck_cached(deck_file, "d", tmp_path / "c")
    deck_file.write_text(GOOD.replace('"Proef"', '"Anders"'))
    assert load_deck_cached(deck_file, "d", tmp_path / "c").title.get("nl") == "Anders"


def test_corrupt_cache_entry_is_ignored(tmp_path: Path) -> None:
    deck_file = tmp_path / "d.yaml"
    deck_file.write_text(GOOD)
    folder = tmp_path / "c"
    ensure_private_dir(folder)
    (folder / f"{cache_key(deck_file.read_bytes())}.json").write_text("{not json")
    assert load_deck_cached(deck_file, "d", folder).id == "proef"


def test_discovery_creates_nothing_but_the_cache(paths: Paths) -> None:
    discover(paths)
    assert not paths.data_dir.exists()
    assert not paths.config_dir.exists()
