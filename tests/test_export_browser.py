"""The printable page really prints: headless Chromium to PDF, read back with pdftotext.

Skipped locally without Chromium or poppler-utils; with ``CI`` set a missing tool is a failure.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest

from quez.export import ExportSource
from quez.workflows.kinds import render as export_session
from tests.export_samples import dutch_source, entry

LONG_WORD = "Onafhankelijkheidsverklaring" * 12  # 336 letters, no place to break

pytestmark = pytest.mark.browser


def need(*names: str) -> str:
    for name in names:
        found = shutil.which(name)
        if found:
            return found
    if os.environ.get("CI"):
        pytest.fail(f"{names[0]} is required in CI (apt-get install chromium poppler-utils)")
    pytest.skip(f"{names[0]} is not installed")


def chromium_args(chromium: str, profile: Path) -> list[str]:
    return [
        chromium,
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--disable-quic",
        f"--user-data-dir={profile}",
    ]


def test_html_prints_to_a4_pdf_with_the_clients_text(tmp_path: Path) -> None:
    chromium = need("chromium", "chromium-browser", "google-chrome")
    pdftotext = need("pdftotext")
    page = tmp_path / "document.html"
    base = dutch_source()
    long_note = entry(30, "En verder?", f"Een lang woord: {LONG_WORD} einde.")
    source = ExportSource(
        session=base.session,
        entries=[*base.entries, long_note],
        deck_title=base.deck_title,
        theme_titles=base.theme_titles,
        address=base.address,
    )
    page.write_text(export_session(source, "html"), encoding="utf-8")
    pdf = tmp_path / "document.pdf"
    args = chromium_args(chromium, tmp_path / "profile")
    args += [f"--print-to-pdf={pdf}", "--no-pdf-header-footer", page.as_uri()]
    subprocess.run(args, check=True, capture_output=True, timeout=180)
    assert pdf.read_bytes().startswith(b"%PDF")
    text = subprocess.run(
        [pdftotext, "-enc", "UTF-8", str(pdf), "-"],
        check=True,
        capture_output=True,
        timeout=60,
    ).stdout.decode("utf-8")
    flat = " ".join(text.split())
    for expected in (
        "Ria's map",
        "Wat voor mij belangrijk is",
        "Mijn kleinkinderen, en 's ochtends",
        "# Geen kop",
        "<b>geen html</b> & *geen* [link](x) \\",
        "Samenvatting door de begeleider",
        "Dit document is van u",
        "blijft bestaan.",
    ):
        assert expected in flat
    assert LONG_WORD in "".join(text.split())  # wrapped over lines, never cut off
    pdfinfo = shutil.which("pdfinfo")
    if pdfinfo:
        info = subprocess.run([pdfinfo, str(pdf)], capture_output=True, check=True, timeout=60)
        assert "(A4)" in info.stdout.decode()
