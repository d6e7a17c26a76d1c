"""The anonymisation guard applied to a whole intervisie session.

Scanned: the case title (the session label) and every note that counts. Not scanned: the
participants (colleagues' initials) and deck texts. Each finding can be replaced or kept;
a kept finding is remembered in the meeting's setup (:attr:`MeetingSetup.kept`) as a short hash
of its kind and text, so the choice holds on every later scan without storing the text twice.

With a ready :class:`~quez.privacy.NameFinder` (``finder=``) people, places and institutions
on no list are found too. A detected person whose name is one of the meeting's participants is
a colleague, not a client, and is not reported (the summary names the participants anyway);
the "niet noemen" list always wins.

Replacements never bring a name back: :func:`safe_pseudonym` offers the case title only when it
names nobody, and :func:`apply_decisions` refuses a replacement that contains a name being
replaced (it becomes ``[…]``) and does not double a word that is already there ("Casus
Wilma" with Wilma replaced by "Casus A" becomes "Casus A", not "Casus Casus A").
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date

from quez.export.text import local_date
from quez.intervisie.setup import MeetingSetup, with_kept
from quez.privacy import REDACTED, Hit, NameFinder, redact, scan
from quez.store import Entry, Session, Store

# Words deduce may include in a person's span that are not part of the name itself.
_TITLES = {"mevrouw", "mevr", "mw", "meneer", "mijnheer", "dhr", "heer", "de", "collega", "mej"}
# Tussenvoegsels: shared by many names, so they alone never make a pseudonym unsafe.
_PARTICLES = {"van", "der", "den", "het", "ten", "ter", "uit", "bij", "aan", "von", "del", "dos"}
# Words a pseudonym is made of ("Casus A"): a detector may count them into a name it finds
# ("Casus Noor"), but they name nobody, so they alone never make a pseudonym unsafe.
_LABEL_WORDS = {"casus", "case", "situatie", "situation", "intervisie"}
_WORD = re.compile(r"\w+")


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
    text: str,
    *,
    names: Iterable[str],
    kept: Iterable[str] = (),
    today: date | None = None,
    finder: NameFinder | None = None,
    participants: Iterable[str] = (),
) -> list[Hit]:
    """Hits in ``text`` not deliberately kept and not a participant's name."""
    keep = set(kept)
    names = list(names)
    hits = (
        finder.scan(text, names=names, today=today).hits
        if finder
        else scan(text, names=names, today=today)
    )
    colleagues = [_words(p) for p in participants]
    return [
        h
        for h in hits
        if keep_key(h.kind, text[h.start : h.end]) not in keep
        and not (h.kind == "person" and _is_colleague(text[h.start : h.end], colleagues))
    ]


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text)}


def _is_colleague(value: str, colleagues: Sequence[set[str]]) -> bool:
    """Whether a detected person's name (titles aside) is all words of one participant's."""
    words = _words(value) - _TITLES
    return bool(words) and any(words <= c for c in colleagues)


def session_findings(
    session: Session, entries: Sequence[Entry], *, finder: NameFinder | None = None
) -> list[Finding]:
    """Every unresolved finding in a session, label first, then notes in order."""
    setup = MeetingSetup.of(session)
    names, participants, kept = setup.niet_noemen, setup.participants, setup.kept
    day = reference_day(session)

    def hits(text: str) -> list[Hit]:
        return scan_text(
            text, names=names, kept=kept, today=day, finder=finder, participants=participants
        )

    label = session.label or ""
    found = [Finding(h, label) for h in hits(label)]
    for entry in sorted(entries, key=lambda e: e.seq):
        if entry.state == "skipped" or not entry.note:
            continue
        for hit in hits(entry.note):
            found.append(Finding(hit, entry.note, entry.id, entry.seq, entry.phase))
    return found


def guarded(
    text: str,
    session: Session,
    replacement: str = REDACTED,
    *,
    finder: NameFinder | None = None,
) -> str:
    """``text`` with every unresolved finding replaced (what exports do as a last line)."""
    setup = MeetingSetup.of(session)
    hits = scan_text(
        text,
        names=setup.niet_noemen,
        kept=setup.kept,
        today=reference_day(session),
        finder=finder,
        participants=setup.participants,
    )
    return redact(text, hits, replacement) if hits else text


def text_findings(
    text: str,
    *,
    names: Iterable[str],
    kept: Iterable[str] = (),
    today: date | None = None,
    entry_id: int | None = None,
    finder: NameFinder | None = None,
    participants: Iterable[str] = (),
) -> list[Finding]:
    """Findings in one free text (e.g. a setup field before the session exists)."""
    hits = scan_text(
        text, names=names, kept=kept, today=today, finder=finder, participants=participants
    )
    return [Finding(h, text, entry_id) for h in hits]


def safe_pseudonym(
    candidate: str,
    *,
    avoid: Iterable[str],
    default: str,
    finder: NameFinder | None = None,
) -> str:
    """What the guard offers as a replacement: ``candidate`` (the case title, or what the group
    typed) when it names nobody, else ``default`` ("Casus A"), else ``[…]``.

    ``avoid`` holds the names that must not come back: the "niet noemen" list and the values of
    the findings being replaced. A candidate with any finding of its own is refused too.
    """
    avoid = [a for a in avoid if a.strip()]
    for option in (" ".join(candidate.split()), " ".join(default.split())):
        if not option or _mentions(option, avoid):
            continue
        found = finder.scan(option, names=avoid).hits if finder else scan(option, names=avoid)
        if not found:
            return option
    return REDACTED


def _mentions(text: str, names: Iterable[str]) -> bool:
    """Whether ``text`` holds one of ``names`` as a whole word sequence, or one of the
    names' own words (a first name alone brings "Wilma van Dijk" back too)."""
    words = {w for name in names for w in _words(name) if len(w) > 2}
    words -= _TITLES | _PARTICLES | _LABEL_WORDS
    return bool(scan(text, names=list(names))) or bool(_words(text) & words)


def apply_decisions(text: str, decisions: Sequence[tuple[Finding, str | None]]) -> str:
    """``text`` with the chosen replacements made (``None``: kept as it is).

    A replacement that mentions one of the names being replaced becomes ``[…]``; a replacement
    whose first words already stand right before the finding does not repeat them.
    """
    replaced = [f.value for f, r in decisions if r is not None]
    changes = [(f.hit, r) for f, r in decisions if r is not None]
    for hit, replacement in sorted(changes, key=lambda c: c[0].start, reverse=True):
        if replacement != REDACTED and _mentions(replacement, replaced):
            replacement = REDACTED
        text = redact(text, [hit], _without_repeat(text[: hit.start], replacement))
    return text


def _without_repeat(before: str, replacement: str) -> str:
    """``replacement`` minus its leading words when ``before`` already ends with them."""
    words = replacement.split()
    for n in range(len(words) - 1, 0, -1):
        lead = r"\s+".join(map(re.escape, words[:n]))
        if re.search(r"(?<!\w)" + lead + r"\s+$", before, re.IGNORECASE):
            return " ".join(words[n:])
    return replacement


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
