"""The crash line says "saved" only when the save before it worked."""

from __future__ import annotations

from pathlib import Path

import pytest

from quez.i18n import Translator
from quez.workflows.crash import CrashRecord, record_crash

SAVED_WORDS = {"nl": "opgeslagen", "en": "saved"}


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("path", [Path("/x/crash.txt"), None])
def test_only_a_save_that_worked_says_saved(lang: str, path: Path | None) -> None:
    t = Translator(lang)
    assert SAVED_WORDS[lang] in CrashRecord(path, saved=True).message(t)
    unsaved = CrashRecord(path, saved=False).message(t)
    assert SAVED_WORDS[lang] not in unsaved.lower()
    assert ("ontbreekt misschien" if lang == "nl" else "may be missing") in unsaved
    assert (str(path) in unsaved) == (path is not None)


@pytest.mark.parametrize(
    "key", ["save.quit.unsaved", "save.quit.lost", "save.signal.unsaved", "save.failed"]
)
def test_lines_about_missing_text_never_say_saved(key: str) -> None:
    for lang, word in SAVED_WORDS.items():
        assert word not in Translator(lang)(key, reason="").lower()


def test_record_crash_carries_the_outcome(tmp_path: Path) -> None:
    record = record_crash(tmp_path / "crash", RuntimeError("geheim"), saved=False)
    assert record.key == "crash.line_unsaved" and record.path is not None
    assert "geheim" not in record.path.read_text(encoding="utf-8")
