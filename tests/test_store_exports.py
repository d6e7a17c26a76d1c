"""Erasure that keeps its promise: the export files QueZ wrote go when the session goes.

Files are overwritten in place before they are removed (checked byte for byte through a file
handle that outlives the name), only when they are still the file QueZ wrote; everything else
is reported, never touched.
"""

from __future__ import annotations

import os
import random
from collections.abc import Iterator
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest

from quez.conversation import Conversation
from quez.paths import Paths
from quez.store import NotFoundError, Store, StoreError, erase_exports
from quez.store import export_files as export_files_module
from quez.workflows.export import export_session
from tests.tui_support import shipped_decks

CANARY = "Kanarie-7f3a-woorden"
T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)


class Clock:
    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def store(tmp_path: Path, clock: Clock) -> Iterator[Store]:
    with Store.open(tmp_path / "data" / "quez.sqlite3", clock=clock) as opened:
        yield opened


def write(path: Path, text: str = CANARY * 50) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def exported(store: Store, folder: Path, name: str, fmt: str = "md") -> tuple[str, Path]:
    sid = store.create_session("client", "gesprek", "nl", label=CANARY).id
    path = write(folder / f"{name}.{fmt}")
    store.record_export(sid, path, fmt)
    return sid, path


def test_record_and_list(store: Store, tmp_path: Path, clock: Clock) -> None:
    sid, path = exported(store, tmp_path / "out", "a")
    clock.now += timedelta(minutes=1)
    second = write(tmp_path / "out" / "a.html")
    store.record_export(sid, second, "html")
    records = store.exports(sid)
    assert [(r.path, r.format, r.session_id) for r in records] == [
        (path, "md", sid),
        (second, "html", sid),
    ]
    assert records[0].created_at == T0 and records[1].created_at == T0 + timedelta(minutes=1)
    assert store.all_exports() == records
    with pytest.raises(StoreError) as missing:
        store.record_export(sid, tmp_path / "nope.md", "md")
    assert missing.value.key == "store.error.export_missing"
    with pytest.raises(NotFoundError):
        store.record_export("zzzzzzzz", path, "md")


def test_delete_overwrites_then_removes_the_files(store: Store, tmp_path: Path) -> None:
    sid, path = exported(store, tmp_path / "out", "doc")
    # An open handle keeps the file's bytes reachable after its name is gone.
    with open(path, "rb") as handle:
        receipt = store.delete_session(sid)
        assert not path.exists()
        data = handle.read()
    assert data and set(data) == {0}  # overwritten with zeros before it was removed
    assert receipt.exports.removed == (path,) and receipt.exports.not_reached == ()
    assert store.exports(sid) == [] and store.all_exports() == []  # records went with the rows


def test_a_file_exported_again_at_the_same_path_is_one_file(store: Store, tmp_path: Path) -> None:
    sid, path = exported(store, tmp_path / "out", "doc")
    replacement = write(tmp_path / "out" / ".tmp", "opnieuw " + CANARY)
    os.replace(replacement, path)  # what --force does: a new file at the same name
    store.record_export(sid, path, "md")
    receipt = store.delete_session(sid)
    assert receipt.exports.removed == (path,) and receipt.exports.not_reached == ()
    assert not path.exists()


def test_what_is_not_ours_any_more_is_reported_and_left_alone(store: Store, tmp_path: Path) -> None:
    out = tmp_path / "out"
    sid = store.create_session("client", "gesprek", "nl").id
    moved, replaced, linked, symlinked = (write(out / f"{n}.md") for n in "abcd")
    for path in (moved, replaced, linked, symlinked):
        store.record_export(sid, path, "md")
    elsewhere = tmp_path / "usb-stick.md"
    os.replace(moved, elsewhere)  # the client took it along
    os.replace(write(out / "other.md", "iets anders"), replaced)
    other_name = tmp_path / "tweede-naam.md"
    os.link(linked, other_name)
    target = write(tmp_path / "target.md", "niet van QueZ")
    symlinked.unlink()
    symlinked.symlink_to(target)

    receipt = store.delete_session(sid)
    reasons = {item.path: item.reason for item in receipt.exports.not_reached}
    assert reasons == {moved: "gone", replaced: "replaced", linked: "linked", symlinked: "replaced"}
    assert receipt.exports.removed == ()
    assert CANARY in elsewhere.read_text(encoding="utf-8")  # untouched where it went
    assert replaced.read_text(encoding="utf-8") == "iets anders"
    assert target.read_text(encoding="utf-8") == "niet van QueZ" and symlinked.is_symlink()
    # A hard link is the same file under two names: this name goes, the content is not zeroed.
    assert not linked.exists() and CANARY in other_name.read_text(encoding="utf-8")


def test_a_file_quez_may_only_remove_is_removed_and_said_so(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    sid, path = exported(store, tmp_path / "out", "doc")

    def no_write(*_args: object, **_kw: object) -> int:
        raise PermissionError(13, "Permission denied")  # as for a read-only file (not root)

    with monkeypatch.context() as patched:  # os.open is shared: only while deleting
        patched.setattr(export_files_module.os, "open", no_write)
        receipt = store.delete_session(sid)
    assert receipt.exports.removed == (path,) and receipt.exports.not_overwritten == (path,)
    assert not path.exists()


def test_purge_and_retention_erase_exports(store: Store, tmp_path: Path, clock: Clock) -> None:
    old, old_path = exported(store, tmp_path / "out", "oud")
    clock.now += timedelta(days=100)
    new, new_path = exported(store, tmp_path / "out", "nieuw")
    receipt = store.purge_sessions(timedelta(days=30))
    assert [s.session.id for s in receipt.sessions] == [old]
    assert receipt.exports.removed == (old_path,)
    assert not old_path.exists() and new_path.exists()
    assert store.exports(new) != [] and store.exports(old) == []
    from quez.settings import Settings

    store.close_session(new)
    clock.now += timedelta(days=100)
    report = store.apply_retention(Settings(retention_days=30))
    assert report.sessions_purged == 1 and report.exports.removed == (new_path,)


def test_erase_exports_for_erase_all(store: Store, tmp_path: Path) -> None:
    """``quez erase-all`` erases the recorded files first (also those outside QueZ's folders)."""
    _, one = exported(store, tmp_path / "anywhere", "een")
    _, two = exported(store, tmp_path / "else", "twee")
    result = erase_exports(store.all_exports())
    assert set(result.removed) == {one, two} and not one.exists() and not two.exists()
    assert erase_exports(store.all_exports()).not_reached[0].reason == "gone"  # idempotent


def occurrences(db: Path, needle: str) -> int:
    total = 0
    for file in (db, Path(f"{db}-wal"), Path(f"{db}-shm")):
        if file.exists():
            total += file.read_bytes().count(needle.encode("utf-8"))
    return total


def test_the_record_itself_leaves_no_trace_in_the_database(store: Store, tmp_path: Path) -> None:
    sid, _ = exported(store, tmp_path / "out", f"2025-01-01-{CANARY.lower()}")
    assert occurrences(store.path, CANARY.lower()) > 0
    assert store.delete_session(sid).fully_erased
    assert occurrences(store.path, CANARY.lower()) == 0


def test_the_readback_export_records_its_files(paths: Paths) -> None:
    with Store.open(paths.db_path) as store:
        deck = shipped_decks(paths).get("gesprek")
        assert deck is not None
        conv = Conversation.start(store, deck, lang="nl", rng=random.Random(1))
        written = list(export_session(store, conv.session.id, folder=paths.exports_dir).written)
        assert [r.path for r in store.exports(conv.session.id)] == written
        receipt = store.delete_session(conv.session.id)
    assert set(receipt.exports.removed) == set(written)
    assert not any(path.exists() for path in written)
