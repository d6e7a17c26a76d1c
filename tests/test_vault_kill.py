"""A conversion killed half-way (SIGKILL: no ``finally``, no cleanup) leaves a usable store:
the old plain one or the new encrypted one, never neither, and never plaintext debris."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from quez.paths import Paths
from tests.conftest import REPO
from tests.test_vault_convert import CANARY, STEPS, _state, labels, leftovers, make_store
from tests.vault_support import OTHER, PASSPHRASE, plaintext_hits

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL")

# argv: repo, QUEZ_HOME, mode ("loop" or a dotted step name to die in), action.
CONVERTER = textwrap.dedent(
    f"""
    import os, signal, sys
    sys.path.insert(0, sys.argv[1])
    from quez import vault
    from quez.paths import Paths
    from quez.vault import KdfParams, WrongPassphrase

    paths = Paths.from_environment({{"QUEZ_HOME": sys.argv[2]}})
    fast = KdfParams(n=1024)
    phrases = ({PASSPHRASE!r}, {OTHER!r})

    def current():
        for phrase in phrases:
            try:
                return phrase, vault.unlock(paths, phrase)
            except WrongPassphrase:
                pass
        raise SystemExit("no passphrase fits")

    def step(action):
        if action == "enable":
            vault.enable(paths, phrases[0], params=fast)
            return
        phrase, key = current()
        if action == "change":
            vault.change_passphrase(paths, key, phrases[phrase == phrases[0]], params=fast)
        else:
            vault.disable(paths, key)

    mode, action = sys.argv[3], sys.argv[4]
    if mode != "loop":
        module_name, name = mode.rsplit(".", 1)
        module = sys.modules[module_name]
        def die(*args, **kwargs):
            os.kill(os.getpid(), signal.SIGKILL)
        setattr(module, name, die)
        step(action)
        raise SystemExit("the step never ran")
    print("ready", flush=True)
    n = 0
    while True:
        n += 1
        on = vault.is_enabled(paths)
        step(("change", "disable")[n % 2] if on else "enable")
        print(n, flush=True)
    """
)


def converter(home: Path, mode: str, action: str = "enable") -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", CONVERTER, str(REPO), str(home), mode, action],
        stdout=subprocess.PIPE,
        text=True,
    )


def check(paths: Paths, home: Path) -> bool:
    """The store opens (plain or with one of the passphrases) with all its data; returns
    whether it is encrypted."""
    key = _state(paths)  # recovery runs here
    assert leftovers(paths) == []
    for path in (paths.db_path, paths.backups_dir / "quez-0.sqlite3"):
        assert labels(path, key) == [f"{CANARY}-label"]
    if key is not None:
        assert plaintext_hits(home, CANARY) == {}
    return key is not None


@pytest.mark.parametrize("step", [s for s in STEPS if s != "os.replace"])
@pytest.mark.parametrize("action", ["enable", "change"])
def test_killed_at_a_step(paths: Paths, quez_home: Path, step: str, action: str) -> None:
    make_store(paths, backups=1)
    if action == "change":
        from quez import vault
        from tests.vault_support import FAST

        vault.enable(paths, PASSPHRASE, params=FAST)
    child = converter(quez_home, step, action)
    child.communicate(timeout=60)
    assert child.returncode == -signal.SIGKILL
    check(paths, quez_home)


def test_killed_at_random_moments(paths: Paths, quez_home: Path) -> None:
    """A child converts back and forth without pause; it is killed after a random number of
    finished conversions plus a random fraction of the next one."""
    make_store(paths, backups=1)
    rng = random.Random(11)
    progress = 0
    for _ in range(12):
        child = converter(quez_home, "loop")
        assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        for _ in range(rng.randint(0, 2)):
            assert child.stdout.readline().strip().isdigit()
            progress += 1
        time.sleep(rng.uniform(0.0, 0.08))
        child.send_signal(signal.SIGKILL)
        child.communicate(timeout=60)
        assert child.returncode == -signal.SIGKILL
        check(paths, quez_home)
    assert progress > 0  # the children really were converting when killed
