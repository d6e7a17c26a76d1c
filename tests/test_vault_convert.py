"""Converting the store (and its backups) between plain SQLite and a vault: no plaintext left
anywhere, the old file overwritten, and a failure at any step leaves a usable store."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

from quez import vault
from quez.paths import Paths
from quez.store import Store, StoreError
from quez.vault import Key, VaultError, WrongPassphrase
from quez.vault.files import conversion_lock
from tests.conftest import REPO
from tests.test_store_erasure import fill
from tests.vault_support import FAST, OTHER, PASSPHRASE, memory_keyring, plaintext_hits

__all__ = ["memory_keyring"]  # the fixture, used through pytestmark

pytestmark = pytest.mark.usefixtures("memory_keyring")

CANARY = "VAULT-CANARY"


def make_store(paths: Paths, *, backups: int = 1) -> str:
    """A plain store full of canaries, with ``backups`` copies in the backup folder."""
    with Store.open(paths.db_path) as store:
        session_id = fill(store, CANARY, entries=3)
    paths.backups_dir.mkdir(parents=True, exist_ok=True)
    for n in range(backups):
        shutil.copyfile(paths.db_path, paths.backups_dir / f"quez-{n}.sqlite3")
    return session_id


def labels(path: Path, key: Key | None) -> list[str | None]:
    with Store.open(path, key=key) as store:
        return [item.session.label for item in store.list_sessions()]


def leftovers(paths: Paths) -> list[str]:
    names = [*os.listdir(paths.data_dir), *os.listdir(paths.backups_dir)]
    return sorted(n for n in names if "vault-" in n and n != "vault.json")


def test_enable_leaves_no_plaintext_anywhere(paths: Paths, quez_home: Path) -> None:
    session_id = make_store(paths, backups=2)
    assert plaintext_hits(quez_home, CANARY)
    # Hold the old file open: after enable its bytes must have been overwritten, not just
    # unlinked (an unlinked file's blocks keep the text until something reuses them).
    with open(paths.db_path, "rb") as old:
        result = vault.enable(paths, PASSPHRASE, params=FAST)
        old_bytes = old.read()
    assert result.files == 3 and not result.remembered
    assert old_bytes and old_bytes.count(b"\x00") == len(old_bytes)
    assert plaintext_hits(quez_home, CANARY) == {}
    assert leftovers(paths) == []
    key = vault.unlock(paths, PASSPHRASE)
    for path in (paths.db_path, *sorted(paths.backups_dir.iterdir())):
        assert labels(path, key) == [f"{CANARY}-label"]
    # The store works as before, and what it writes stays encrypted (db, -wal, -shm).
    with Store.open(paths.db_path, key=key) as store:
        other = store.create_session("client", "gesprek", "nl", label="NEW-CANARY")
        entry = store.add_entry(other.id, "c", "kaart", note="NEW-CANARY note")
        for n in range(30):
            store.save_note(entry.id, "NEW-CANARY " * n)
        assert plaintext_hits(quez_home, "NEW-CANARY") == {}
        store.delete_session(session_id)
        assert plaintext_hits(quez_home, "NEW-CANARY") == {}
    assert plaintext_hits(quez_home, CANARY) == {}
    assert (paths.db_path.stat().st_mode & 0o777) == 0o600
    assert (paths.data_dir / "vault.json").stat().st_mode & 0o777 == 0o600


def test_marker_holds_no_key(paths: Paths) -> None:
    make_store(paths, backups=0)
    vault.enable(paths, PASSPHRASE, params=FAST)
    key = vault.unlock(paths, PASSPHRASE)
    marker = (paths.data_dir / "vault.json").read_text()
    assert key.raw.hex() not in marker and PASSPHRASE not in marker
    assert '"n": 1024' in marker and '"salt"' in marker


def test_change_passphrase_and_disable(paths: Paths, quez_home: Path) -> None:
    make_store(paths)
    vault.enable(paths, PASSPHRASE, params=FAST)
    old_key = vault.unlock(paths, PASSPHRASE)
    vault.change_passphrase(paths, old_key, OTHER, params=FAST)
    with pytest.raises(WrongPassphrase):
        vault.unlock(paths, PASSPHRASE)
    new_key = vault.unlock(paths, OTHER)
    assert new_key != old_key  # a fresh salt, so a fresh key
    with pytest.raises(StoreError):
        Store.open(paths.db_path, key=old_key)
    assert plaintext_hits(quez_home, CANARY) == {}
    with pytest.raises(WrongPassphrase):
        vault.disable(paths, old_key)
    assert vault.disable(paths, new_key).files == 2
    assert not vault.is_enabled(paths)
    assert labels(paths.db_path, None) == [f"{CANARY}-label"]
    assert labels(paths.backups_dir / "quez-0.sqlite3", None) == [f"{CANARY}-label"]
    assert leftovers(paths) == []


def test_enable_without_a_store_yet(paths: Paths) -> None:
    assert vault.enable(paths, PASSPHRASE, params=FAST).files == 0
    key = vault.unlock(paths, PASSPHRASE)
    with Store.open(paths.db_path, key=key) as store:
        store.create_session("client", "gesprek", "nl", label="FRESH-CANARY")
    assert b"FRESH-CANARY" not in paths.db_path.read_bytes()
    with pytest.raises(StoreError) as caught:
        Store.open(paths.db_path)
    assert caught.value.key == "vault.error.locked"


def test_refusals_change_nothing(paths: Paths) -> None:
    make_store(paths, backups=0)
    with pytest.raises(VaultError) as caught:
        vault.enable(paths, "short", params=FAST)
    assert caught.value.key == "vault.error.too_short"
    with pytest.raises(VaultError) as caught:
        vault.unlock(paths, PASSPHRASE)
    assert caught.value.key == "vault.error.not_on"
    vault.enable(paths, PASSPHRASE, params=FAST)
    with pytest.raises(VaultError) as caught:
        vault.enable(paths, PASSPHRASE, params=FAST)
    assert caught.value.key == "vault.error.already_on"


HOLDER = textwrap.dedent(
    """
    import sys, time
    sys.path.insert(0, sys.argv[1])
    from pathlib import Path
    from quez.store import Store
    store = Store.open(Path(sys.argv[2]))
    store.list_sessions()
    print("open", flush=True)
    sys.stdin.readline()
    """
)


def test_a_store_open_elsewhere_is_not_converted(paths: Paths, quez_home: Path) -> None:
    make_store(paths, backups=0)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(REPO), str(paths.db_path)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "open"
    try:
        with pytest.raises(VaultError) as caught:
            vault.enable(paths, PASSPHRASE, params=FAST)
        assert caught.value.key == "vault.error.in_use"
    finally:
        holder.communicate("\n", timeout=30)
    assert not vault.is_enabled(paths) and leftovers(paths) == []
    assert labels(paths.db_path, None) == [f"{CANARY}-label"]


def test_a_second_conversion_waits_for_the_first(paths: Paths) -> None:
    make_store(paths, backups=0)
    (paths.data_dir / ".quez.sqlite3.abc.vault-tmp").write_bytes(b"x")  # debris to recover
    with conversion_lock(paths.data_dir):
        with pytest.raises(VaultError) as caught:
            vault.is_enabled(paths)
        assert caught.value.key == "vault.error.busy"
    assert not vault.is_enabled(paths) and leftovers(paths) == []


def test_damaged_marker_is_one_clear_error(paths: Paths) -> None:
    make_store(paths, backups=0)
    vault.enable(paths, PASSPHRASE, params=FAST)
    marker = paths.data_dir / "vault.json"
    text = marker.read_text()
    for broken in (
        "{",
        "[]",
        text.replace('"n": 1024', '"n": 1000'),
        text.replace("scrypt", "md5"),
    ):
        marker.write_text(broken)
        with pytest.raises(VaultError) as caught:
            vault.unlock(paths, PASSPHRASE)
        assert caught.value.key == "vault.error.marker"
    marker.write_text(text.replace('"n": 1024', f'"n": {2**30}'))
    with pytest.raises(VaultError):
        vault.unlock(paths, PASSPHRASE)


# ---- a failure at every step ---------------------------------------------------------------

STEPS = [
    "quez.vault.convert.open_exclusive",
    "quez.vault.convert.export_copy",
    "quez.vault.convert.verify_copy",
    "quez.vault.convert.fsync_dir",
    "quez.vault.convert.write_pending",
    "quez.vault.convert.switch_files",
    "quez.vault.journal.fsync_dir",
    "quez.vault.convert.finish",
    "quez.vault.journal.write_marker",
    "quez.vault.journal.shred_with_sides",
    "os.replace",
]


def _fail_on(monkeypatch: pytest.MonkeyPatch, target: str, after: int = 0) -> None:
    """Make ``target`` raise OSError on its ``after + 1``-th call (calls before it work)."""
    module_name, name = target.rsplit(".", 1)
    module = sys.modules[module_name]
    real: Callable[..., object] = getattr(module, name)
    calls = {"n": 0}

    def broken(*args: object, **kwargs: object) -> object:
        calls["n"] += 1
        if calls["n"] > after:
            raise OSError("injected")
        return real(*args, **kwargs)

    monkeypatch.setattr(module, name, broken)


def _state(paths: Paths) -> Key | None:
    """After recovery: the store opens either plain or with one of the two passphrases."""
    if not vault.is_enabled(paths):
        return None
    for phrase in (PASSPHRASE, OTHER):
        try:
            return vault.unlock(paths, phrase)
        except WrongPassphrase:
            continue
    raise AssertionError("no passphrase opens the vault")


ONCE = {"write_pending", "switch_files", "finish", "write_marker"}
COMMITTED = ("switch_files", "journal.fsync_dir", "finish", "write_marker", "shred_with_sides")
# (step, how many calls succeed first): every call of os.replace (journal, two files moved
# aside and in, marker), the first and second call of the rest.
CASES = [
    (step, after)
    for step in STEPS
    for after in range(6 if step == "os.replace" else 1 if step.rsplit(".")[-1] in ONCE else 2)
]


@pytest.mark.parametrize(("step", "after"), CASES)
@pytest.mark.parametrize("action", ["enable", "change", "disable"])
def test_a_failure_at_any_step_leaves_a_usable_store(
    paths: Paths,
    quez_home: Path,
    monkeypatch: pytest.MonkeyPatch,
    step: str,
    action: str,
    after: int,
) -> None:
    make_store(paths, backups=1)
    if action != "enable":
        vault.enable(paths, PASSPHRASE, params=FAST)
    key = vault.unlock(paths, PASSPHRASE) if action != "enable" else None
    with monkeypatch.context() as patch:
        _fail_on(patch, step, after)
        try:
            if action == "enable":
                vault.enable(paths, PASSPHRASE, params=FAST)
            elif action == "change":
                assert key is not None
                vault.change_passphrase(paths, key, OTHER, params=FAST)
            else:
                assert key is not None
                vault.disable(paths, key)
        except (OSError, VaultError):
            pass
    state = _state(paths)  # recovery runs here, with nothing patched
    # Before the journal is written the old state stays; after it, recovery rolls forward.
    committed = step.endswith(COMMITTED) or (step == "os.replace" and after > 0)
    expected = {"enable": PASSPHRASE, "change": OTHER, "disable": None}[action]
    if not committed:
        expected = None if action == "enable" else PASSPHRASE
    assert state == (None if expected is None else vault.unlock(paths, expected))
    assert leftovers(paths) == []
    assert not (paths.data_dir / "vault-pending.json").exists()
    for path in (paths.db_path, paths.backups_dir / "quez-0.sqlite3"):
        assert labels(path, state) == [f"{CANARY}-label"]
    if state is not None:
        assert plaintext_hits(quez_home, CANARY) == {}


def test_a_killed_atomic_write_of_the_vault_files_counts_as_debris() -> None:
    from quez.vault.files import is_debris

    assert is_debris(".vault-pending.json.ac977166085b.tmp")
    assert is_debris(".vault.json.0123456789ab.tmp")
    assert not is_debris("vault.json") and not is_debris("quez.sqlite3")
