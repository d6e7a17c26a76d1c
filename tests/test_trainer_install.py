"""``quez deck install|remove`` in an isolated QUEZ_HOME."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from quez.decks import DeckError, discover
from quez.i18n import Translator
from quez.paths import Paths
from quez.trainer.install import (
    InstallError,
    find_user_deck,
    install_deck,
    read_deck,
    remove_deck,
)
from quez.trainer.starter import SCHEMA_FILE, starter_deck
from tests.conftest import SHIPPED
from tests.trainer_helpers import CLOSED_QUESTION, ENGLISH_ONLY, run


def _starter(folder: Path, name: str = "Mijn stapel") -> Path:
    path = folder / "mijn-stapel.yaml"
    path.write_text(starter_deck(name, Translator("nl"), languages=("nl", "en")))
    return path


def _mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


def test_round_trip(tmp_path: Path, paths: Paths) -> None:
    source = _starter(tmp_path)
    result = run(["deck", "install", str(source)])
    assert result.exit_code == 0, result.output
    target = paths.decks_dir / "mijn-stapel.yaml"
    assert target.read_bytes() == source.read_bytes()  # comments and all
    assert _mode(target) == 0o600 and _mode(paths.decks_dir) == 0o700
    assert (paths.decks_dir / SCHEMA_FILE).is_file()
    found = discover(paths)
    assert found.origins["mijn-stapel"] == "user" and not found.failures
    listed = run(["decks"])
    assert "mijn-stapel" in listed.output

    removed = run(["deck", "remove", "mijn-stapel", "--yes"])
    assert removed.exit_code == 0, removed.output
    assert not target.exists()
    assert discover(paths).get("mijn-stapel") is None
    assert source.exists()  # the trainer's own file is never touched


def test_install_refuses_shipped_id(tmp_path: Path, paths: Paths) -> None:
    source = tmp_path / "kopie.yaml"
    source.write_bytes((SHIPPED / "gesprek.yaml").read_bytes())
    result = run(["deck", "install", str(source)])
    assert result.exit_code == 1
    assert "meegeleverd" in result.output and "ander id" in result.output
    assert not (paths.decks_dir / "gesprek.yaml").exists()


def test_install_again_needs_replace(tmp_path: Path, paths: Paths) -> None:
    source = _starter(tmp_path)
    assert run(["deck", "install", str(source)]).exit_code == 0
    source.write_text(source.read_text().replace('version: "0.1"', 'version: "0.2"'))
    again = run(["deck", "install", str(source)])
    assert again.exit_code == 1 and "--replace" in again.output
    target = paths.decks_dir / "mijn-stapel.yaml"
    assert 'version: "0.1"' in target.read_text()
    replaced = run(["deck", "install", "--replace", str(source)])
    assert replaced.exit_code == 0, replaced.output
    assert 'version: "0.2"' in target.read_text()
    assert _mode(target) == 0o600


def test_install_refuses_same_id_in_other_file(tmp_path: Path, paths: Paths) -> None:
    paths.decks_dir.mkdir(parents=True)
    (paths.decks_dir / "handmatig.yaml").write_text(ENGLISH_ONLY)
    source = tmp_path / "english.yaml"
    source.write_text(ENGLISH_ONLY)
    deck, data = read_deck(source)
    with pytest.raises(InstallError) as info:
        install_deck(deck, data, source, paths, replace=True)
    assert info.value.key == "install.other_file"


def test_install_from_the_deck_folder_itself(tmp_path: Path, paths: Paths) -> None:
    source = _starter(tmp_path)
    assert run(["deck", "install", str(source)]).exit_code == 0
    inside = paths.decks_dir / "mijn-stapel.yaml"
    result = run(["deck", "install", "--replace", str(inside)])
    assert result.exit_code == 1
    assert inside.is_file()


def test_invalid_deck_is_not_installed(tmp_path: Path, paths: Paths) -> None:
    source = tmp_path / "kapot.yaml"
    source.write_text("format: 1\nid: kapot\nkind: client\n")
    result = run(["deck", "install", str(source)])
    validate = run(["deck", "validate", str(source)])
    assert result.exit_code == 1
    problems = [line for line in validate.output.splitlines() if line.startswith(str(source))]
    assert problems and all(line in result.output for line in problems)
    assert not paths.decks_dir.exists()


def test_lint_warnings_show_but_do_not_block(tmp_path: Path, paths: Paths) -> None:
    source = tmp_path / "gesloten.yaml"
    source.write_text(CLOSED_QUESTION)
    result = run(["deck", "install", str(source)])
    assert result.exit_code == 0, result.output
    assert "closed-question" in result.output
    assert (paths.decks_dir / "gesloten.yaml").is_file()


def test_lint_errors_block_unless_forced(tmp_path: Path, paths: Paths) -> None:
    source = tmp_path / "advies.yaml"
    text = CLOSED_QUESTION.replace("id: gesloten", "id: advies").replace(
        "Heeft u een fijne dag gehad?", "Heeft u al eens geprobeerd om vroeger op te staan?"
    )
    source.write_text(text)
    blocked = run(["deck", "install", str(source)])
    assert blocked.exit_code == 1
    assert "disguised-advice" in blocked.output and "--force" in blocked.output
    assert not (paths.decks_dir / "advies.yaml").exists()
    forced = run(["deck", "install", "--force", str(source)])
    assert forced.exit_code == 0, forced.output
    assert (paths.decks_dir / "advies.yaml").is_file()


def test_remove_refuses_shipped_deck(paths: Paths) -> None:
    result = run(["deck", "remove", "gesprek", "--yes"])
    assert result.exit_code == 1
    assert "meegeleverd" in result.output
    assert (SHIPPED / "gesprek.yaml").is_file()
    with pytest.raises(InstallError) as info:
        remove_deck("intervisie", paths)
    assert info.value.key == "remove.shipped"


def test_remove_user_copy_of_a_shipped_id(paths: Paths) -> None:
    """A hand-copied deck that clashes with a shipped id can be removed; the shipped one stays."""
    paths.decks_dir.mkdir(parents=True)
    copy = paths.decks_dir / "gesprek.yaml"
    copy.write_bytes((SHIPPED / "gesprek.yaml").read_bytes())
    assert any(f.path == copy for f in discover(paths).failures)
    result = run(["deck", "remove", "gesprek", "--yes"])
    assert result.exit_code == 0, result.output
    assert not copy.exists() and (SHIPPED / "gesprek.yaml").is_file()
    assert "blijft" in result.output


def test_remove_broken_deck_by_file_name(paths: Paths) -> None:
    paths.decks_dir.mkdir(parents=True)
    broken = paths.decks_dir / "kapot.yaml"
    broken.write_text("format: [\n")
    with pytest.raises(DeckError):
        read_deck(broken)
    assert find_user_deck("kapot", paths) == broken
    assert remove_deck("kapot", paths) == broken
    assert not broken.exists()


@pytest.mark.parametrize(("deck_id", "key"), [("bestaat-niet", "not_found"), ("../x", "bad_id")])
def test_remove_unknown(paths: Paths, deck_id: str, key: str) -> None:
    result = run(["deck", "remove", deck_id, "--yes"])
    assert result.exit_code == 1
    with pytest.raises(InstallError) as info:
        remove_deck(deck_id, paths)
    assert info.value.key == f"remove.{key}"


def test_remove_asks_first(tmp_path: Path, paths: Paths) -> None:
    assert run(["deck", "install", str(_starter(tmp_path))]).exit_code == 0
    target = paths.decks_dir / "mijn-stapel.yaml"
    kept = run(["deck", "remove", "mijn-stapel"], input="n\n")
    assert kept.exit_code == 1 and target.exists()
    gone = run(["deck", "remove", "mijn-stapel"], input="j\n")
    assert gone.exit_code == 0 and not target.exists()
    assert run(["deck", "install", str(tmp_path / "mijn-stapel.yaml")]).exit_code == 0
    english = run(["deck", "remove", "mijn-stapel"], lang="en", input="yes\n")
    assert english.exit_code == 0 and not target.exists()


def test_refusals_never_carry_deck_text(tmp_path: Path, paths: Paths) -> None:
    source = _starter(tmp_path)
    deck, data = read_deck(source)
    install_deck(deck, data, source, paths)
    with pytest.raises(InstallError) as info:
        install_deck(deck, data, source, paths)
    assert all(not isinstance(v, str) or "Waar wilt u" not in v for v in info.value.params.values())
    assert str(info.value) == "install.exists"
