"""Golden files for the client document. Regenerate with ``QUEZ_REGEN_GOLDEN=1 pytest …``."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from quez.export import ExportSource
from quez.workflows.kinds import render as export_session
from tests.export_samples import dutch_source, empty_source, english_source, letter_source

GOLDEN = Path(__file__).parent / "golden" / "export"
SOURCES: dict[str, Callable[[], ExportSource]] = {
    "nl": dutch_source,
    "en": english_source,
    "empty": empty_source,
    "letter": letter_source,
}


@pytest.mark.parametrize("fmt", ["md", "html"])
@pytest.mark.parametrize("name", sorted(SOURCES))
def test_golden(name: str, fmt: str) -> None:
    text = export_session(SOURCES[name](), fmt)
    path = GOLDEN / f"{name}.{fmt}"
    if os.environ.get("QUEZ_REGEN_GOLDEN") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text.encode("utf-8"))
    assert text == path.read_bytes().decode("utf-8")


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_same_session_same_bytes(fmt: str) -> None:
    assert export_session(dutch_source(), fmt) == export_session(dutch_source(), fmt)
