"""Export timings: the client document for a 1,000-note session, as Markdown and as HTML.

``run()`` returns a dict for ``benchmarks/run.py``; ``python benchmarks/bench_export.py`` prints
it. Each figure is the whole in-process export (building the document from the session and its
entries, then rendering), the median of at least 10 runs after one warm-up; no disk I/O.
"""

from __future__ import annotations

import json
import statistics
import sys
import time
from datetime import datetime, timedelta, timezone
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from quez.export import ExportSource  # noqa: E402
from quez.store.model import Entry, Session  # noqa: E402
from quez.workflows.kinds import render as export_session  # noqa: E402

NOTES = 1000
THEMES = ("eigenaarschap", "kracht", "motivatie", "contacten")
NOTE = (
    "Ik wil weer zelf boodschappen doen, maar de trap is lastig (zeker 's winters).\n"
    "Mijn dochter helpt soms; dat vind ik fijn & ook een beetje moeilijk: ik wil *zelf* kiezen."
)


def make_source(notes: int = NOTES) -> ExportSource:
    """A client session with ``notes`` entries over four themes (some important, some summaries)."""
    start = datetime(2026, 11, 23, 13, 0, tzinfo=timezone.utc)
    session = Session(
        id="bench0001",
        kind="client",
        deck_id="gesprek",
        language="nl",
        created_at=start,
        updated_at=start,
        label="Benchmark",
    )
    entries = [
        Entry(
            id=i,
            session_id=session.id,
            seq=i,
            card_id=f"c{i}",
            card_text=f"Vraag {i}: wat vindt u belangrijk in uw week?",
            created_at=start + timedelta(seconds=i),
            updated_at=start + timedelta(seconds=i),
            theme_id=THEMES[(i // 25) % len(THEMES)],
            # Every tenth card holds a summary instead of own words; all were agreed to.
            note="" if i % 10 == 0 else f"{NOTE} ({i})",
            summary=f"{NOTE} ({i})" if i % 10 == 0 else "",
            consent=None if i % 10 == 0 else True,
            summary_consent=True if i % 10 == 0 else None,
            important=i % 10 == 3,
        )
        for i in range(1, notes + 1)
    ]
    titles = {theme: theme.capitalize() for theme in THEMES}
    return ExportSource(
        session=session,
        entries=entries,
        deck_title="In gesprek",
        theme_titles=titles,
        address="u",
        tz=timezone.utc,
    )


def _time_ms(source: ExportSource, fmt: str, runs: int) -> dict[str, Any]:
    export_session(source, fmt)  # warm-up (style sheet read, catalogue merged)
    samples = []
    for _ in range(runs):
        began = time.perf_counter()
        export_session(source, fmt)
        samples.append((time.perf_counter() - began) * 1000)
    return {
        "median": statistics.median(samples),
        "min": min(samples),
        "max": max(samples),
        "n": runs,
        "unit": "ms",
    }


def run(quick: bool = False) -> dict[str, Any]:
    """Median milliseconds to export 1,000 notes as Markdown and as HTML."""
    runs = 10 if quick else 30
    source = make_source()
    size_md = len(export_session(source, "md").encode("utf-8"))
    size_html = len(export_session(source, "html").encode("utf-8"))
    markdown = _time_ms(source, "md", runs)
    markdown["note"] = f"{size_md // 1024} KiB"
    html = _time_ms(source, "html", runs)
    html["note"] = f"{size_html // 1024} KiB"
    return {"markdown_ms": markdown, "html_ms": html}


if __name__ == "__main__":
    print(json.dumps(run(quick="--quick" in sys.argv), indent=2))
