"""One-off: the schema-v2 fixture for the migration test, made with QueZ 0.1 itself.

Ran once, on the code of commit ee5119e (schema version 2, before the consent migration), with
``python tests/golden/migration_v2/make_v2_fixture.py``. It writes

- ``rows.json``: every row of a v2 store holding client conversations with every consent state
  (own words and summaries, yes / no / never asked, empty notes, skipped cards) and an
  intervisie meeting;
- ``<session>.md`` / ``<session>.html``: the documents QueZ 0.1 exported for them.

``tests/test_store_consent_migration.py`` rebuilds that v2 store from ``rows.json``, opens it
with the current QueZ (which migrates it) and checks that the documents are still byte for byte
these files. Do not run this again on a later schema: it refuses to.
"""

from __future__ import annotations

import json
import sqlite3
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from quez.export import ExportSource, export_session  # noqa: E402
from quez.export.document import source_for  # noqa: E402
from quez.store import CURRENT_VERSION, Store  # noqa: E402
from tests.intervisie_helpers import FakeClock, sample_meeting  # noqa: E402

WHEN = datetime(2025, 3, 14, 9, 30, tzinfo=timezone.utc)
TITLES = {"kracht": "Kracht", "contacten": "Contacten", "motivatie": "Motivatie"}
TABLES = ("sessions", "entries", "worknotes")


def client_sessions(store: Store) -> dict[str, str]:
    """Three conversations; returns name -> session id."""
    ria = store.create_session("client", "gesprek", "nl", label="Ria", deck_version="1.0")
    rows = [
        # (theme, kind, consent, important, state, note)
        (None, "own_words", None, False, "active", "Zeg maar Ria."),
        ("kracht", "own_words", None, True, "active", "Mijn kleinkinderen\nen de hond."),
        ("kracht", "own_words", True, False, "active", "Koken, *echt* waar."),
        ("kracht", "own_words", False, False, "active", "Niet delen."),
        ("contacten", "summary", None, False, "active", "Ria vertelt over haar zoon."),
        ("contacten", "summary", True, True, "active", "Buurvrouw komt elke week."),
        ("contacten", "summary", False, False, "active", "Geheim."),
        ("motivatie", "own_words", None, False, "skipped", ""),
        ("motivatie", "own_words", None, False, "parked", "   \n "),
        ("motivatie", "summary", True, False, "active", ""),
        ("motivatie", "own_words", None, True, "active", "  Ik wil\n\nzelf kiezen.  "),
        (None, "own_words", None, False, "active", "Dat ik zelf mag kiezen!"),
        (None, "summary", None, False, "active", "Fijn gesprek."),
    ]
    for n, (theme, kind, consent, important, state, note) in enumerate(rows, start=1):
        entry = store.add_entry(
            ria.id,
            f"kaart-{n}",
            f"Vraag {n}: wat wil je?",
            theme_id=theme,
            chosen_by="client" if n % 2 else "professional",
            note_kind=kind,  # type: ignore[arg-type]
            note=note,
            followups=["En verder?"],
        )
        store.update_entry(entry.id, consent=consent, important=important, state=state)  # type: ignore[arg-type]
    store.save_worknotes(ria.id, "kladje: nooit exporteren")

    tom = store.create_session("client", "gesprek", "en", deck_version="1.0")
    for n, (kind, consent, note) in enumerate(
        [
            ("own_words", None, "My garden."),
            ("summary", None, "Tom talks about his sister."),
            ("summary", True, "Tom's sister calls on Sundays."),
            ("own_words", False, "Not my brother."),
        ],
        start=1,
    ):
        entry = store.add_entry(
            tom.id,
            f"card-{n}",
            f"Question {n}?",
            theme_id="kracht" if n > 1 else None,
            note_kind=kind,  # type: ignore[arg-type]
            note=note,
        )
        store.update_entry(entry.id, consent=consent)

    empty = store.create_session("client", "gesprek", "nl", label="Leeg")
    for n, (kind, consent, note) in enumerate(
        [("own_words", False, "Nee."), ("summary", None, "Samenvatting zonder ja.")], start=1
    ):
        entry = store.add_entry(
            empty.id,
            f"kaart-{n}",
            "Hoe gaat het?",
            note_kind=kind,  # type: ignore[arg-type]
            note=note,
        )
        store.update_entry(entry.id, consent=consent)
    return {"ria": ria.id, "tom": tom.id, "empty": empty.id}


def documents(store: Store, names: dict[str, str]) -> dict[str, str]:
    """File name -> exported text, for every session."""
    out: dict[str, str] = {}
    for name, session_id in names.items():
        session = store.get_session(session_id)
        assert session is not None
        entries = store.entries(session_id)
        if session.kind == "client":
            source = ExportSource(
                session=session,
                entries=entries,
                deck_title="In gesprek",
                theme_titles=TITLES,
                address="u" if name == "ria" else "je",
                tz=timezone.utc,
            )
            fmts = ("md", "html")
        else:
            source = source_for(session, entries, None, tz=timezone.utc)
            fmts = ("md",)
        for fmt in fmts:
            out[f"{name}.{fmt}"] = export_session(source, fmt)
    return out


def main() -> None:
    if CURRENT_VERSION != 2:
        raise SystemExit("this fixture records QueZ 0.1 (schema 2); it must not be remade")
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "quez.sqlite3"
        with Store.open(path, clock=lambda: WHEN) as store:
            names = client_sessions(store)
            meeting = sample_meeting(store, FakeClock())
            names["intervisie"] = meeting.session.id
            docs = documents(store, names)
        conn = sqlite3.connect(path)
        rows = {
            table: [list(row) for row in conn.execute(f"SELECT * FROM {table} ORDER BY rowid")]
            for table in TABLES
        }
        conn.close()
    (HERE / "rows.json").write_text(
        json.dumps({"sessions": names, "rows": rows}, ensure_ascii=False, indent=1) + "\n",
        encoding="utf-8",
    )
    for name, text in docs.items():
        (HERE / name).write_bytes(text.encode("utf-8"))


if __name__ == "__main__":
    main()
