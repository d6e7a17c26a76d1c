"""Every UI text the intervisie code asks for exists in Dutch and English."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from quez.i18n import catalogue
from quez.intervisie.meeting import CLOSING_KINDS
from quez.intervisie.summary import PHASE_KINDS
from quez.privacy import KINDS, LoadState

REPO = Path(__file__).resolve().parent.parent
SOURCES = [
    *sorted((REPO / "quez" / "intervisie").glob("*.py")),
    *sorted((REPO / "quez" / "tui" / "screens").glob("intervisie_*.py")),
    *sorted((REPO / "quez" / "tui" / "widgets").glob("intervisie_*.py")),
    REPO / "quez" / "tui" / "name_check.py",
    REPO / "quez" / "cli" / "intervisie_cmd.py",
]
KEY = re.compile(
    r"""["']((?:iv|cli\.iv|cli\.method|cli\.privacy|method|privacy)\.[a-z_.]+[a-z_])["']"""
)


def used_keys() -> set[str]:
    keys = {m for path in SOURCES for m in KEY.findall(path.read_text(encoding="utf-8"))}
    keys |= {f"privacy.kind.{kind}" for kind in KINDS}
    kinds = ("question", "answer", "note", "advice", *CLOSING_KINDS)
    keys |= {f"iv.tui.kind.{kind}" for kind in kinds}
    keys |= {f"iv.tui.placeholder.{kind}" for kind in ("question", "answer", "note", "advice")}
    keys |= {f"iv.sum.kind.{kind}" for kind in PHASE_KINDS}
    keys |= {f"privacy.names.{state.value}" for state in LoadState}
    keys |= {f"cli.iv.origin.{origin}" for origin in ("shipped", "user")}
    return keys


@pytest.mark.parametrize("key", sorted(used_keys()))
def test_key_exists_in_both_languages(key: str) -> None:
    nl, en = catalogue()[key]
    assert nl.strip() and en.strip()
    assert set(re.findall(r"\{(\w+)\}", nl)) == set(re.findall(r"\{(\w+)\}", en))
