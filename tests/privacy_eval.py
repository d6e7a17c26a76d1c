"""The privacy corpora (tests/data/privacy_corpus/): parsing and scoring.

Run ``python -m tests.privacy_eval`` to print the figures of both corpora for a closing note (it
loads the real name finder into a temporary folder, so it builds its lookup structures first).

Scoring:
- a marked person name counts as *found* when hits cover every letter and digit of it;
- a *false alarm* is any hit (of any kind) that overlaps no marked span.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from quez.privacy import Hit

CORPUS = Path(__file__).resolve().parent / "data" / "privacy_corpus" / "notes.txt"
HELD_OUT = CORPUS.parent / "heldout.txt"  # never used to tune the rules
ORIGINS = ("nl", "ma", "tr", "sr", "pl", "other")
OTHER_TAGS = ("place", "institution")
_MARK = re.compile(r"\{([^{}|]+)\|(\w+)\}")


@dataclass(frozen=True)
class Note:
    id: str
    text: str
    spans: tuple[tuple[int, int, str], ...]  # start, end, tag


@dataclass
class Score:
    notes: int = 0
    found: Counter[str] = field(default_factory=Counter)
    total: Counter[str] = field(default_factory=Counter)
    missed: list[tuple[str, str]] = field(default_factory=list)  # note id, tag (never the name)
    false_alarms: list[tuple[str, str]] = field(default_factory=list)  # note id, kind

    @property
    def persons_found(self) -> int:
        return sum(self.found[o] for o in ORIGINS)

    @property
    def persons(self) -> int:
        return sum(self.total[o] for o in ORIGINS)

    @property
    def recall(self) -> float:
        return self.persons_found / self.persons if self.persons else 1.0

    @property
    def false_alarms_per_10(self) -> float:
        return 10 * len(self.false_alarms) / self.notes if self.notes else 0.0

    def lines(self) -> list[str]:
        out = [
            f"notes: {self.notes}",
            f"person names found: {self.persons_found}/{self.persons} = {self.recall:.1%}",
            f"false alarms: {len(self.false_alarms)} = {self.false_alarms_per_10:.2f} per 10 notes",
        ]
        for tag in (*ORIGINS, *OTHER_TAGS):
            if self.total[tag]:
                out.append(f"  {tag}: {self.found[tag]}/{self.total[tag]}")
        out += [f"  missed in note {n} ({tag})" for n, tag in self.missed]
        out += [f"  false alarm in note {n} ({kind})" for n, kind in self.false_alarms]
        return out


def parse(path: Path = CORPUS) -> list[Note]:
    notes: list[Note] = []
    current: str | None = None
    body: list[str] = []

    def flush() -> None:
        if current is None:
            return
        raw = "\n".join(body).strip()
        text, spans, last = "", [], 0
        for m in _MARK.finditer(raw):
            text += raw[last : m.start()]
            spans.append((len(text), len(text) + len(m.group(1)), m.group(2)))
            text += m.group(1)
            last = m.end()
        notes.append(Note(current, text + raw[last:], tuple(spans)))

    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            continue
        if line.startswith("=== "):
            flush()
            current, body = line[4:].strip(), []
        else:
            body.append(line)
    flush()
    return notes


def evaluate(notes: list[Note], hits_of: Callable[[str], list[Hit]]) -> Score:
    score = Score(notes=len(notes))
    for note in notes:
        hits = hits_of(note.text)
        for start, end, tag in note.spans:
            score.total[tag] += 1
            covered = {i for h in hits for i in range(max(start, h.start), min(end, h.end))}
            needed = {i for i in range(start, end) if note.text[i].isalnum()}
            if needed <= covered:
                score.found[tag] += 1
            else:
                score.missed.append((note.id, tag))
        for hit in hits:
            if not any(hit.start < e and s < hit.end for s, e, _ in note.spans):
                score.false_alarms.append((note.id, hit.kind))
    return score


def main() -> None:  # pragma: no cover - a helper for people, run by hand
    import sys
    import tempfile
    import time

    from quez.privacy import NameFinder
    from quez.privacy.deduce_engine import deduce_loader

    with tempfile.TemporaryDirectory() as folder:
        started = time.perf_counter()
        finder = NameFinder(deduce_loader(Path(folder)))
        finder.load()
        loaded = time.perf_counter() - started
        for corpus in (CORPUS, HELD_OUT):
            notes = parse(corpus)
            started = time.perf_counter()
            score = evaluate(notes, lambda text: finder.scan(text).hits)
            per_note = (time.perf_counter() - started) / len(notes) * 1000
            sys.stdout.write(f"{corpus.name}\n" + "\n".join(score.lines()) + "\n")
    sys.stdout.write(f"first load (build): {loaded:.1f} s; scan: {per_note:.2f} ms per note\n")


if __name__ == "__main__":  # pragma: no cover
    main()
