"""Saving elsewhere: a copy of the open session in a new, private QueZ store (also in a vault)."""

from __future__ import annotations

import stat
from datetime import datetime, timezone
from pathlib import Path

import pytest

from quez import vault
from quez.paths import Paths
from quez.store import Store, StoreError
from quez.store.cipher import marker_path
from quez.workflows.errors import WorkflowError
from quez.workflows.rescue import OpenSession, save_elsewhere, suggest_folder
from tests.tui_support import StepClock
from tests.vault_support import FAST, PASSPHRASE, plaintext_hits

CANARY = "Reddings-kanarie-41"


def in_memory(paths: Paths) -> OpenSession:
    """A conversation as the app holds it: newer in memory than in its store."""
    with Store.open(paths.db_path, clock=StepClock()) as store:
        session = store.create_session(
            "client", "gesprek", "nl", label="Anna", deck_version="2", meta={"x": 1}
        )
        one = store.add_entry(session.id, "c1", "Wat gaat goed?", theme_id="t", note="koken")
        two = store.add_entry(session.id, "c2", "En verder?", chosen_by="professional")
        store.set_consent(one.id, "own_words", True)
        store.update_entry(two.id, state="parked", important=True)
        store.set_position(session.id, {"screen": "card", "entry": two.id, "theme": "t"})
        session = store.get_session(session.id)
        entries = store.entries(session.id)  # type: ignore[union-attr]
    assert session is not None
    entries[1].summary = f"{CANARY} alleen in het geheugen"  # typed, never saved
    return OpenSession(session, tuple(entries), worknotes="bel dinsdag")


def test_the_copy_holds_what_is_in_memory_and_opens_with_quez_home(
    paths: Paths, tmp_path: Path
) -> None:
    source = in_memory(paths)
    outcome = save_elsewhere(source, tmp_path / "kopie", clock=StepClock())
    assert outcome.home == tmp_path / "kopie" and not outcome.encrypted
    copy = Paths.from_environment({"QUEZ_HOME": str(outcome.home)})
    assert outcome.db_path == copy.db_path
    for folder in (outcome.home, copy.data_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(copy.db_path.stat().st_mode) == 0o600
    with Store.open(copy.db_path) as store:
        session = store.get_session(outcome.session_id)
        assert session is not None and session.id != source.session.id
        assert (session.kind, session.deck_id, session.label, session.meta) == (
            "client", "gesprek", "Anna", {"x": 1},
        )  # fmt: skip
        one, two = store.entries(session.id)
        assert (one.card_text, one.note, one.consent, one.theme_id) == (
            "Wat gaat goed?", "koken", True, "t",
        )  # fmt: skip
        assert two.summary == f"{CANARY} alleen in het geheugen" and two.summary_consent is None
        assert (two.state, two.important, two.chosen_by) == ("parked", True, "professional")
        assert session.position["entry"] == two.id  # the card on screen, with its new id
        notes = store.get_worknotes(session.id)
        assert notes is not None and notes.text == "bel dinsdag"


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_folder_that_is_not_empty_is_refused(paths: Paths, tmp_path: Path, what: str) -> None:
    target = tmp_path / "bezet"
    if what == "file":
        target.write_text("iets anders")
    else:
        target.mkdir()
        (target / "iets").write_text("anders")
    with pytest.raises(WorkflowError) as caught:
        save_elsewhere(in_memory(paths), target)
    assert caught.value.key == "save.elsewhere.not_empty"
    assert CANARY not in str(caught.value.params)


def test_a_folder_that_cannot_be_made_is_one_line(paths: Paths, tmp_path: Path) -> None:
    blocker = tmp_path / "bestand"
    blocker.write_text("x")
    with pytest.raises(WorkflowError) as caught:
        save_elsewhere(in_memory(paths), blocker / "onder")
    assert caught.value.key == "save.elsewhere.failed"


def test_a_failed_copy_leaves_nothing_behind(
    paths: Paths, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = in_memory(paths)

    def refuse(self: Store, *args: object, **kwargs: object) -> None:
        raise StoreError("store.error.disk_full", path="x")

    monkeypatch.setattr(Store, "set_position", refuse)
    with pytest.raises(StoreError):
        save_elsewhere(source, tmp_path / "half")
    assert not (tmp_path / "half").exists()


def test_suggestion_is_a_new_folder_name() -> None:
    when = datetime(2026, 11, 23, 10, 5, 7, tzinfo=timezone.utc)
    assert suggest_folder(Path("/home/p"), when) == Path("/home/p/quez-kopie-20261123-100507")


def test_a_vault_copy_is_encrypted_and_opens_with_the_same_passphrase(
    paths: Paths, tmp_path: Path
) -> None:
    source = in_memory(paths)
    vault.enable(paths, PASSPHRASE, params=FAST)
    key = vault.unlock(paths, PASSPHRASE)
    marker = marker_path(paths.db_path).read_bytes()
    outcome = save_elsewhere(source, tmp_path / "kluis", key=key, marker=marker)
    assert outcome.encrypted
    assert plaintext_hits(outcome.home, CANARY) == {}  # nothing readable on disk
    copy = Paths.from_environment({"QUEZ_HOME": str(outcome.home)})
    assert vault.is_enabled(copy)
    again = vault.unlock(copy, PASSPHRASE)
    with Store.open(copy.db_path, key=again) as store:
        summaries = [e.summary for e in store.entries(outcome.session_id)]
        assert summaries[1].startswith(CANARY)
    with pytest.raises(StoreError):
        Store.open(copy.db_path)  # not without the key


def test_an_encrypted_copy_needs_both_key_and_marker(paths: Paths, tmp_path: Path) -> None:
    vault.enable(paths, PASSPHRASE, params=FAST)
    key = vault.unlock(paths, PASSPHRASE)
    with pytest.raises(ValueError):
        save_elsewhere(in_memory_plain(), tmp_path / "x", key=key)


def in_memory_plain() -> OpenSession:
    from quez.store import Session

    now = datetime(2026, 1, 1, tzinfo=timezone.utc)
    return OpenSession(Session("s", "client", "d", "nl", now, now), ())
