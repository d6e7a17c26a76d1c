"""``quez check``: the store's integrity on request, in one line, exit 0 or 2, nl and en."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

from quez.cli.app import build_app
from quez.i18n import Translator
from quez.paths import Paths
from quez.store import Store, db


def invoke(lang: str, *args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(build_app(Translator(lang)), ["--lang", lang, *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def checks(monkeypatch: pytest.MonkeyPatch) -> list[int]:
    done: list[int] = []
    real = db.integrity_ok

    def counting(conn: sqlite3.Connection) -> bool:
        done.append(1)
        return real(conn)

    monkeypatch.setattr(db, "integrity_ok", counting)
    return done


def filled(path: Path) -> None:
    with Store.open(path) as store:
        for n in range(30):
            session = store.create_session("client", "gesprek", "nl", label=f"cliënt {n}")
            for k in range(5):
                store.add_entry(session.id, f"c{k}", "Wat wil je?", note="woorden " * 40)


def test_no_store_yet_is_nothing_to_check(paths: Paths) -> None:
    code, out, _ = invoke("nl", "check")
    assert (code, out.strip()) == (0, "Er is nog geen sessieopslag; er is niets te controleren.")
    assert not paths.db_path.exists()
    assert invoke("en", "check")[1].strip() == "There is no session store yet; nothing to check."


@pytest.mark.parametrize(("lang", "word"), [("nl", "is in orde."), ("en", "is sound.")])
def test_a_sound_store_is_checked_even_after_a_clean_close(
    paths: Paths, checks: list[int], lang: str, word: str
) -> None:
    filled(paths.db_path)
    Store.open(paths.db_path).close()
    assert checks == []  # a clean store is not checked at open …
    code, out, err = invoke(lang, "check")
    assert code == 0 and err == ""
    assert out.splitlines() == [out.strip()] and out.strip().endswith(word)
    assert str(paths.db_path) in out
    assert checks == [1]  # … but on request it is


@pytest.mark.parametrize(("lang", "word"), [("nl", "beschadigd"), ("en", "damaged")])
def test_a_damaged_store_is_one_line_and_exit_2(paths: Paths, lang: str, word: str) -> None:
    filled(paths.db_path)
    data = bytearray(paths.db_path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200
    paths.db_path.write_bytes(bytes(data))
    code, out, err = invoke(lang, "check")
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and word in err
    assert paths.db_path.read_bytes() == bytes(data)  # left untouched
