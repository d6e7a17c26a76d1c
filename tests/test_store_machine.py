"""The store against an in-memory model, over random sequences of operations (Hypothesis)."""

from __future__ import annotations

import shutil
import tempfile
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from quez.sanitize import clean_text
from quez.store import Store, StoreError

TEXT = st.text(st.characters(exclude_categories=("Cs",)), max_size=20)
T0 = datetime(2025, 1, 1, tzinfo=timezone.utc)


def as_label(text: str | None) -> str | None:
    return None if text is None else (clean_text(text).strip() or None)


@dataclass
class ModelEntry:
    note: str = ""
    important: bool = False
    consent: bool | None = None


@dataclass
class ModelSession:
    kind: str
    label: str | None
    updated: datetime
    status: str = "open"
    entries: dict[int, ModelEntry] = field(default_factory=dict)
    worknotes: str | None = None


class StoreMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="quez-machine-"))
        self.now = T0
        self.store = Store.open(self.folder / "q.sqlite3", clock=lambda: self.now)
        self.model: dict[str, ModelSession] = {}

    def teardown(self) -> None:
        self.store.close()
        shutil.rmtree(self.folder, ignore_errors=True)

    def _entry_ids(self) -> list[tuple[str, int]]:
        return [(sid, eid) for sid, s in sorted(self.model.items()) for eid in sorted(s.entries)]

    @rule(minutes=st.integers(0, 60 * 24 * 5))
    def tick(self, minutes: int) -> None:
        self.now += timedelta(minutes=minutes)

    @rule(kind=st.sampled_from(["client", "intervisie"]), label=st.none() | TEXT)
    def create(self, kind: str, label: str | None) -> None:
        made = self.store.create_session(kind, "deck", "nl", label=label)  # type: ignore[arg-type]
        assert made.id not in self.model and made.label == as_label(label)
        self.model[made.id] = ModelSession(kind, as_label(label), self.now)

    @precondition(lambda self: self.model)
    @rule(data=st.data(), note=TEXT)
    def add_entry(self, data: st.DataObject, note: str) -> None:
        sid = data.draw(st.sampled_from(sorted(self.model)))
        entry = self.store.add_entry(sid, "card", "text", note=note)
        assert entry.seq == len(self.model[sid].entries) + 1
        self.model[sid].entries[entry.id] = ModelEntry(note=clean_text(note))
        self.model[sid].updated = self.now

    @precondition(lambda self: self._entry_ids())
    @rule(data=st.data(), note=TEXT)
    def save_note(self, data: st.DataObject, note: str) -> None:
        sid, eid = data.draw(st.sampled_from(self._entry_ids()))
        expected = clean_text(note) != self.model[sid].entries[eid].note
        assert self.store.save_note(eid, note) is expected
        if expected:
            self.model[sid].entries[eid].note = clean_text(note)
            self.model[sid].entries[eid].consent = None  # a changed text is not agreed to yet
            self.model[sid].updated = self.now

    @precondition(lambda self: self._entry_ids())
    @rule(data=st.data(), important=st.booleans(), consent=st.none() | st.booleans())
    def update_entry(self, data: st.DataObject, important: bool, consent: bool | None) -> None:
        sid, eid = data.draw(st.sampled_from(self._entry_ids()))
        self.store.update_entry(eid, important=important, consent=consent)
        self.model[sid].entries[eid] = ModelEntry(
            self.model[sid].entries[eid].note, important, consent
        )
        self.model[sid].updated = self.now

    @precondition(lambda self: self.model)
    @rule(data=st.data(), label=st.none() | TEXT)
    def set_label(self, data: st.DataObject, label: str | None) -> None:
        sid = data.draw(st.sampled_from(sorted(self.model)))
        self.store.set_label(sid, label)
        self.model[sid].label = as_label(label)
        self.model[sid].updated = self.now

    @precondition(lambda self: self.model)
    @rule(data=st.data(), text=TEXT)
    def save_worknotes(self, data: st.DataObject, text: str) -> None:
        sid = data.draw(st.sampled_from(sorted(self.model)))
        session = self.model[sid]
        if session.status == "closed":
            with pytest.raises(StoreError):
                self.store.save_worknotes(sid, text)
            return
        new = clean_text(text) or None
        assert self.store.save_worknotes(sid, text) is (new != session.worknotes)
        if new != session.worknotes:
            session.worknotes = new
            session.updated = self.now

    @precondition(lambda self: self.model)
    @rule(data=st.data(), close=st.booleans())
    def close_or_reopen(self, data: st.DataObject, close: bool) -> None:
        sid = data.draw(st.sampled_from(sorted(self.model)))
        if close:
            self.store.close_session(sid)
            self.model[sid].worknotes = None
        else:
            self.store.reopen_session(sid)
        self.model[sid].status = "closed" if close else "open"
        self.model[sid].updated = self.now

    @precondition(lambda self: self.model)
    @rule(data=st.data())
    def delete(self, data: st.DataObject) -> None:
        sid = data.draw(st.sampled_from(sorted(self.model)))
        receipt = self.store.delete_session(sid)
        gone = self.model.pop(sid)
        assert (receipt.session_id, receipt.label, receipt.entry_count) == (
            sid,
            gone.label,
            len(gone.entries),
        )

    @rule(days=st.integers(0, 20), dry_run=st.booleans())
    def purge(self, days: int, dry_run: bool) -> None:
        cutoff = self.now - timedelta(days=days)
        expected = {sid for sid, s in self.model.items() if s.updated < cutoff}
        got = self.store.purge(timedelta(days=days), dry_run=dry_run)
        assert {item.session.id for item in got} == expected
        if not dry_run:
            for sid in expected:
                del self.model[sid]

    @rule()
    def reopen_store(self) -> None:
        self.store.close()
        self.store = Store.open(self.folder / "q.sqlite3", clock=lambda: self.now)

    @invariant()
    def matches_model(self) -> None:
        listed = {s.session.id: s for s in self.store.list_sessions()}
        assert set(listed) == set(self.model)
        for sid, session in self.model.items():
            summary = listed[sid]
            got = summary.session
            assert (got.kind, got.label, got.status, got.updated_at) == (
                session.kind,
                session.label,
                session.status,
                session.updated,
            )
            assert summary.entry_count == len(session.entries)
            assert summary.has_worknotes == (session.worknotes is not None)
            entries = self.store.entries(sid)
            assert [e.id for e in entries] == sorted(session.entries)
            for entry in entries:
                want = session.entries[entry.id]
                assert (entry.note, entry.important, entry.consent) == (
                    want.note,
                    want.important,
                    want.consent,
                )
            worknotes = self.store.get_worknotes(sid)
            assert (worknotes.text if worknotes else None) == session.worknotes


StoreMachine.TestCase.settings = settings(
    max_examples=20,
    stateful_step_count=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
TestStoreMachine = StoreMachine.TestCase
