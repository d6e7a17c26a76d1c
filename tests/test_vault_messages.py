"""Every vault message key the code uses exists in both languages with the same placeholders;
asking whether the vault is on creates nothing on disk."""

from __future__ import annotations

import re
import string
from pathlib import Path

from quez import vault
from quez.i18n import catalogue
from quez.i18n.messages_vault import MESSAGES
from quez.paths import Paths

ROOT = Path(__file__).resolve().parent.parent
SOURCES = [
    *sorted((ROOT / "quez" / "vault").glob("*.py")),
    *sorted((ROOT / "quez" / "store").glob("*.py")),
    *sorted((ROOT / "quez" / "cli").glob("vault_*.py")),
]
KEY = re.compile(r'"(vault\.(?:error|cli)\.[a-z_.]+)"')


def test_used_keys_exist() -> None:
    used = {key for src in SOURCES for key in KEY.findall(src.read_text(encoding="utf-8"))}
    assert len(used) > 30 and used <= set(catalogue())


def test_both_languages_have_the_same_placeholders() -> None:
    for key, (nl, en) in MESSAGES.items():
        fields = [{f for _, f, _, _ in string.Formatter().parse(text) if f} for text in (nl, en)]
        assert fields[0] == fields[1], key
        assert key.startswith("vault."), key


def test_asking_creates_nothing(paths: Paths, quez_home: Path) -> None:
    assert not vault.is_enabled(paths)
    assert vault.remembered_key(paths) is None and not vault.forget_key(paths)
    status = vault.status(paths)
    assert (status.enabled, status.files) == (False, 0)
    assert list(quez_home.iterdir()) == []
