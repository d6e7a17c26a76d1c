"""Defence in depth on every store connection: ``secure_delete`` is on, whatever the build.

Debian's SQLite is compiled with SECURE_DELETE on by default; SQLCipher's is not, and other
builds may not be. So the plain-store test first makes every new connection start with it off
(as such a build would): only QueZ's own ``PRAGMA secure_delete = ON`` can turn it back on.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from quez import vault
from quez.paths import Paths
from quez.store import Store, db
from tests.vault_support import FAST, PASSPHRASE


def secure_delete(store: Store) -> int:
    with store._read() as conn:
        return int(conn.execute("PRAGMA secure_delete").fetchone()[0])


@pytest.fixture
def off_by_default(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every new SQLite connection starts with ``secure_delete`` off."""
    real: Callable[..., sqlite3.Connection] = sqlite3.connect

    def connect(*args: Any, **kwargs: Any) -> sqlite3.Connection:
        conn = real(*args, **kwargs)
        conn.execute("PRAGMA secure_delete = OFF")
        return conn

    monkeypatch.setattr(sqlite3, "connect", connect)
    probe = sqlite3.connect(":memory:")
    assert probe.execute("PRAGMA secure_delete").fetchone()[0] == 0
    probe.close()
    yield


@pytest.mark.usefixtures("off_by_default")
def test_every_plain_connection_erases_deleted_rows(tmp_path: Path) -> None:
    path = tmp_path / "quez.sqlite3"
    with Store.open(path) as created:  # a new file
        assert secure_delete(created) == 1
        with Store.open(path) as second:  # a second connection to the same file
            assert secure_delete(second) == 1
    with Store.open(path) as reopened:  # an existing file
        assert secure_delete(reopened) == 1


def test_every_encrypted_connection_erases_deleted_rows(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    Store.open(paths.db_path).close()
    vault.enable(paths, PASSPHRASE, params=FAST)
    key = vault.unlock(paths, PASSPHRASE)
    real = db.cipher_connect

    def keyed_but_off(*args: Any, **kwargs: Any) -> Any:
        conn = real(*args, **kwargs)
        conn.execute("PRAGMA secure_delete = OFF")  # as a build without the default would be
        return conn

    monkeypatch.setattr(db, "cipher_connect", keyed_but_off)
    with Store.open(paths.db_path, key=key) as store:
        assert secure_delete(store) == 1
        with Store.open(paths.db_path, key=key) as second:
            assert secure_delete(second) == 1
