"""Every store/CLI message key the code uses exists in both languages and formats cleanly."""

from __future__ import annotations

import re
import string
from pathlib import Path

from quez.i18n import catalogue
from quez.i18n.messages_store import MESSAGES

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    *sorted((ROOT / "quez" / "store").glob("*.py")),
    *(ROOT / "quez" / "cli").glob("sessions_*.py"),
]
KEY = re.compile(r'"(store\.(?:error|cli)\.[a-z_.]+)"')


def test_used_keys_exist() -> None:
    used = {key for src in SOURCES for key in KEY.findall(src.read_text(encoding="utf-8"))}
    assert used and used <= set(catalogue())


def test_both_languages_have_the_same_placeholders() -> None:
    for key, (nl, en) in MESSAGES.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (nl, en)]
        assert fields[0] == fields[1], key
        assert key.startswith("store."), key
