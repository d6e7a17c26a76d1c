"""The anonymisation guard applied to a whole intervisie session.

Scanned: the case title (the session label) and every note that counts. Not scanned: the
participants (colleagues' initials) and deck texts. Each finding can be replaced or kept;
a kept finding is remembered in the meeting's setup (:attr:`MeetingSetup.kept`) as a short hash
of its kind and text, so the choice holds on every later scan without storing the text twice.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from quez.export.text import local_date
from quez.intervisie.setup import MeetingSetup, with_kept
from quez.privacy import Hit, redact, scan
from quez.store import Entry, Session, Store


@dataclass(frozen=True)
class Finding:
    """A hit in one field of a session: the label (``entry_id is None``) or a note."""

    hit: Hit
    text: str  # the whole field, so the hit can be shown and replaced; never logged
    entry_id: int | None = None
    seq: int | None = None
    phase: str | None = None

    @property
    def value(self) -> str:
        """The text that was found."""
        return self.text[self.hit.start : self.hit.end]

    @property
    def line_col(self) -> tuple[int, int]:
        """1-based line and column of the hit within its field."""
        before = self.text[: self.hit.start]
        return before.count("\n") + 1, self.hit.start - (before.rfind("\n") + 1) + 1


def keep_key(kind: str, value: str) -> str:
    """What is remembered when a finding is deliberately kept."""
    normal = " ".join(value.casefold().split())
    return hashlib.sha256(f"{kind}\x00{normal}".encode()).hexdigest()[:20]


def reference_day(session: Session) -> date:
    """The day a session's dates are judged against: the day it started (stable over time)."""
    return local_date(session.created_at)


def scan_text(
    text: str, *, names: Iterable[str], kept: Iterable[str] = (), today: date | None = None
) -> list[Hit]:
    """Hits in ``text`` not deliberately kept."""
    keep = set(kept)
    hits = scan(text, names=names, today=today)
    return [h for h in hits if keep_key(h.kind, text[h.start : h.end]) not in keep]


def session_findings(session: Session, entries: Sequence[Entry]) -> list[Finding]:
    """Every unresolved finding in a session, label first, then notes in order."""
    setup = MeetingSetup.of(session)
    names, kept = setup.niet_noemen, setup.kept
    day = reference_day(session)
    found: list[Finding] = []
    label = session.label or ""
    found += [Finding(h, label) for h in scan_text(label, names=names, kept=kept, today=day)]
    for entry in sorted(entries, key=lambda e: e.seq):
        if entry.state == "skipped" or not entry.note:
            continue
        for hit in scan_text(entry.note, names=names, kept=kept, today=day):
            found.append(Finding(hit, entry.note, entry.id, entry.seq, entry.phase))
    return found


def guarded(text: str, session: Session, replacement: str = "[…]") -> str:
    """``text`` with every unresolved finding replaced (what exports do as a last line)."""
    setup = MeetingSetup.of(session)
    hits = scan_text(text, names=setup.niet_noemen, kept=setup.kept, today=reference_day(session))
    return redact(text, hits, replacement) if hits else text


def text_findings(
    text: str,
    *,
    names: Iterable[str],
    kept: Iterable[str] = (),
    today: date | None = None,
    entry_id: int | None = None,
) -> list[Finding]:
    """Findings in one free text (e.g. a setup field before the session exists)."""
    hits = scan_text(text, names=names, kept=kept, today=today)
    return [Finding(h, text, entry_id) for h in hits]


def apply_decisions(text: str, decisions: Sequence[tuple[Finding, str | None]]) -> str:
    """``text`` with the chosen replacements made (``None``: kept as it is)."""
    changes = [(f.hit, r) for f, r in decisions if r is not None]
    for hit, replacement in sorted(changes, key=lambda c: c[0].start, reverse=True):
        text = redact(text, [hit], replacement)
    return text


def kept_keys(
    decisions: Sequence[tuple[Finding, str | None]], kept: Iterable[str] = ()
) -> list[str]:
    """``kept`` plus the keys of findings the group chose to keep."""
    keys = list(kept)
    for finding, replacement in decisions:
        key = keep_key(finding.hit.kind, finding.value)
        if replacement is None and key not in keys:
            keys.append(key)
    return keys


def resolve(
    store: Store, session: Session, decisions: Sequence[tuple[Finding, str | None]]
) -> Session:
    """Apply the group's choices to a stored session: a replacement text, or ``None`` to keep.

    Returns the session as stored afterwards.
    """
    fields: dict[int | None, list[tuple[Finding, str | None]]] = {}
    for finding, replacement in decisions:
        fields.setdefault(finding.entry_id, []).append((finding, replacement))
    for field, chosen in fields.items():
        if all(r is None for _, r in chosen):
            continue
        text = apply_decisions(chosen[0][0].text, chosen)
        if field is None:
            store.set_label(session.id, text)
        else:
            store.save_note(field, text)
    before = MeetingSetup.of(session).kept
    after = kept_keys(decisions, before)
    if after != before:
        store.set_meta(session.id, with_kept(session.meta, after))
    return store.get_session(session.id) or session
