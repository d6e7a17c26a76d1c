"""``quez vault …`` and unlocking on the command line (CliRunner), plus the real ``quez``
in a subprocess for what the terminal shows on a wrong passphrase."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
import typer
from typer.testing import CliRunner

from quez import vault
from quez.cli import sessions_cmd, vault_cmd
from quez.i18n import Translator
from quez.paths import Paths
from quez.store import Store
from quez.vault import kdf
from tests.conftest import REPO
from tests.vault_support import (
    FAST,
    OTHER,
    PASSPHRASE,
    MemoryKeyring,
    memory_keyring,
    no_keyring,
    plaintext_hits,
)

__all__ = ["memory_keyring", "no_keyring"]  # fixtures


@pytest.fixture(autouse=True)
def fast_kdf(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(kdf, "PRODUCTION", FAST)
    monkeypatch.setenv("QUEZ_LANG", "en")
    monkeypatch.setenv("COLUMNS", "300")  # one message, one line


@pytest.fixture
def app() -> typer.Typer:
    app = typer.Typer()

    @app.callback()
    def root() -> None:
        """Test root."""

    t = Translator("en")
    vault_cmd.register(app, t)
    sessions_cmd.register(app, t)
    return app


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def store_with_anna(paths: Paths) -> None:
    with Store.open(paths.db_path) as store:
        session = store.create_session("client", "gesprek", "nl", label="ANNA-CANARY")
        store.add_entry(session.id, "c", "Wat wil je?", note="ANNA-CANARY wil fietsen")


def marker(paths: Paths) -> dict[str, object]:
    data = json.loads((paths.data_dir / "vault.json").read_text())
    assert isinstance(data, dict)
    return data


def lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.strip()]


@pytest.mark.usefixtures("store_with_anna", "memory_keyring")
def test_enable_status_change_disable_from_a_script(
    app: typer.Typer, runner: CliRunner, paths: Paths, quez_home: object
) -> None:
    env = {"QUEZ_PASSPHRASE": PASSPHRASE}
    result = runner.invoke(app, ["vault", "enable"], env=env)
    assert result.exit_code == 0, result.output
    assert "lost is lost" in result.output and "is encrypted (1 file(s))" in result.output
    assert plaintext_hits(paths.data_dir, "ANNA-CANARY") == {}
    status = runner.invoke(app, ["vault", "status"])
    assert status.exit_code == 0
    assert "Encryption: on" in status.output and "N=1024, r=8, p=1" in status.output
    assert "SQLCipher 4." in status.output and "keyring: no" in status.output
    listed = runner.invoke(app, ["sessions"], env=env)
    assert listed.exit_code == 0 and "ANNA-CANARY" in listed.output
    again = runner.invoke(app, ["vault", "enable"], env=env)
    assert again.exit_code == 0 and "already encrypted" in again.output
    changed = runner.invoke(
        app, ["vault", "change-passphrase"], env={**env, "QUEZ_NEW_PASSPHRASE": OTHER}
    )
    assert changed.exit_code == 0, changed.output
    old = runner.invoke(app, ["sessions"], env=env)
    assert old.exit_code == 2 and "ANNA-CANARY" not in old.output
    off = runner.invoke(app, ["vault", "disable", "--yes"], env={"QUEZ_PASSPHRASE": OTHER})
    assert off.exit_code == 0 and "Encryption is off" in off.output
    assert "Encryption: off" in runner.invoke(app, ["vault", "status"]).output
    assert "ANNA-CANARY" in runner.invoke(app, ["sessions"]).output


@pytest.mark.usefixtures("store_with_anna")
def test_passphrase_from_stdin_once(app: typer.Typer, runner: CliRunner, paths: Paths) -> None:
    assert runner.invoke(app, ["vault", "enable"], input=PASSPHRASE + "\n").exit_code == 0
    ok = runner.invoke(app, ["sessions"], input=PASSPHRASE + "\n")
    assert ok.exit_code == 0 and "ANNA-CANARY" in ok.output
    wrong = runner.invoke(app, ["sessions"], input="not it at all\n" + PASSPHRASE + "\n")
    assert wrong.exit_code == 2  # a script gets one try
    assert "ANNA-CANARY" not in wrong.output
    empty = runner.invoke(app, ["sessions"], input="")
    assert empty.exit_code == 2 and "QUEZ_PASSPHRASE" in empty.output


@pytest.mark.usefixtures("store_with_anna")
def test_three_tries_at_a_terminal(
    app: typer.Typer, runner: CliRunner, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    vault.enable(paths, PASSPHRASE, params=FAST)
    monkeypatch.setattr("quez.cli.vault_unlock.interactive", lambda: True)
    before = paths.db_path.read_bytes()
    failed = runner.invoke(app, ["sessions"], input="een\ntwee\ndrie\n")
    assert failed.exit_code == 2
    assert failed.output.count("tries left") == 2
    assert "nothing was opened or changed" in failed.output
    assert PASSPHRASE not in failed.output and "een" not in failed.output  # hidden input
    assert paths.db_path.read_bytes() == before
    third_time = runner.invoke(app, ["sessions"], input=f"een\ntwee\n{PASSPHRASE}\n")
    assert third_time.exit_code == 0 and "ANNA-CANARY" in third_time.output


def test_new_passphrase_typed_twice(
    app: typer.Typer, runner: CliRunner, paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("quez.cli.vault_unlock.interactive", lambda: True)
    differ = runner.invoke(app, ["vault", "enable"], input=f"{PASSPHRASE}\n{OTHER}\n")
    assert differ.exit_code == 1 and "differ" in differ.output
    short = runner.invoke(app, ["vault", "enable"], input="kort\nkort\n")
    assert short.exit_code == 1 and "at least 10 characters" in short.output
    assert not vault.is_enabled(paths)
    same = runner.invoke(app, ["vault", "enable"], input=f"{PASSPHRASE}\n{PASSPHRASE}\n")
    assert same.exit_code == 0 and vault.is_enabled(paths)


@pytest.mark.usefixtures("store_with_anna")
def test_remember_in_the_keyring_and_erase_all_forgets(
    app: typer.Typer, runner: CliRunner, paths: Paths, memory_keyring: MemoryKeyring
) -> None:
    result = runner.invoke(
        app, ["vault", "enable", "--remember"], env={"QUEZ_PASSPHRASE": PASSPHRASE}
    )
    assert result.exit_code == 0 and "is in the system keyring" in result.output
    assert marker(paths)["remember"] is True and len(memory_keyring.items) == 1
    stored = next(iter(memory_keyring.items.values()))
    assert PASSPHRASE not in stored  # the derived key, never the passphrase
    listed = runner.invoke(app, ["sessions"], input="")  # no passphrase needed
    assert listed.exit_code == 0 and "ANNA-CANARY" in listed.output
    # A new passphrase updates the remembered key; the old one is gone from the keyring.
    env = {"QUEZ_NEW_PASSPHRASE": OTHER}
    assert runner.invoke(app, ["vault", "change-passphrase"], env=env).exit_code == 0
    assert len(memory_keyring.items) == 1 and next(iter(memory_keyring.items.values())) != stored
    assert runner.invoke(app, ["sessions"], input="").exit_code == 0
    erased = runner.invoke(app, ["erase-all"], input="erase\n")
    assert erased.exit_code == 0, erased.output
    assert memory_keyring.items == {} and not paths.data_dir.exists()


@pytest.mark.usefixtures("store_with_anna", "no_keyring")
def test_no_keyring_falls_back_to_the_prompt(
    app: typer.Typer, runner: CliRunner, paths: Paths
) -> None:
    env = {"QUEZ_PASSPHRASE": PASSPHRASE}
    result = runner.invoke(app, ["vault", "enable", "--remember"], env=env)
    assert result.exit_code == 0 and "No keyring is available" in result.output
    assert marker(paths)["remember"] is False
    assert runner.invoke(app, ["sessions"], input="").exit_code == 2
    assert runner.invoke(app, ["sessions"], input=PASSPHRASE + "\n").exit_code == 0
    # A store remembered elsewhere, opened where there is no keyring: ask instead.
    data = marker(paths)
    data["remember"] = True
    (paths.data_dir / "vault.json").write_text(json.dumps(data))
    assert runner.invoke(app, ["sessions"], input=PASSPHRASE + "\n").exit_code == 0
    assert runner.invoke(app, ["erase-all"], input="erase\n").exit_code == 0


def test_disable_asks_first(app: typer.Typer, runner: CliRunner, paths: Paths) -> None:
    vault.enable(paths, PASSPHRASE, params=FAST)
    env = {"QUEZ_PASSPHRASE": PASSPHRASE}
    kept = runner.invoke(app, ["vault", "disable"], env=env, input="no\n")
    assert kept.exit_code == 1 and vault.is_enabled(paths)
    done = runner.invoke(app, ["vault", "disable"], env=env, input="yes\n")
    assert done.exit_code == 0 and not vault.is_enabled(paths)
    assert "not encrypted" in runner.invoke(app, ["vault", "disable"]).output
    assert runner.invoke(app, ["vault", "change-passphrase"]).exit_code == 1


def run_quez(
    args: list[str], env: dict[str, str], stdin: str = ""
) -> subprocess.CompletedProcess[str]:
    full = {**os.environ, **env, "PYTHONPATH": str(REPO)}
    full["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    return subprocess.run(
        [sys.executable, "-m", "quez", *args],
        input=stdin,
        capture_output=True,
        text=True,
        env=full,
        cwd=REPO,
        timeout=60,
        start_new_session=True,  # no controlling terminal: nothing can read /dev/tty
    )


@pytest.mark.usefixtures("store_with_anna")
def test_wrong_passphrase_is_one_quiet_line(paths: Paths) -> None:
    vault.enable(paths, PASSPHRASE, params=FAST)
    for env, stdin in (({"QUEZ_PASSPHRASE": "wrong but long enough"}, ""), ({}, "nope\n")):
        done = run_quez(["--lang", "en", "sessions"], env, stdin)
        assert done.returncode == 2
        assert done.stdout == ""
        assert lines(done.stderr) == [
            "The passphrase was not right; nothing was opened or changed."
        ]
    # A wrong key reaching SQLCipher itself: still no library noise on stderr.
    script = (
        "import os, sys; from pathlib import Path; from quez.store import Store, StoreError;"
        "from quez.vault import Key\n"
        "try:\n    Store.open(Path(sys.argv[1]), key=Key(os.urandom(32)))\n"
        "except StoreError as exc:\n    print(exc.key)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(paths.db_path)],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO)},
        timeout=60,
    )
    assert done.stdout.strip() == "vault.error.cannot_decrypt" and done.stderr == ""
    ok = run_quez(["sessions"], {"QUEZ_PASSPHRASE": PASSPHRASE})
    assert ok.returncode == 0 and "ANNA-CANARY" in ok.stdout and ok.stderr == ""
