"""The team summary of an intervisie meeting, as Markdown.

In it: the method, the date, the case title, the inbrenger's question, the questions, the
inbrenger's answers and notes per phase, the advice (with advice parked for the advice round),
what each participant takes along, the next step and the evaluation.
Not in it: clock times, werkaantekeningen, the "niet noemen" list, ids. Every text from the
meeting passes the anonymisation guard (unresolved findings become ``[…]``) and is escaped
with the client export's Markdown escaping.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import tzinfo

from quez import __version__
from quez.export.document import ExportSource, document_language
from quez.export.markdown import escape_block, escape_line, yaml_quote
from quez.export.text import format_date, line_text, local_date, note_text
from quez.i18n import Translator
from quez.intervisie.guard import guarded
from quez.intervisie.meeting import CASE_QUESTION, CLOSING_PHASE
from quez.intervisie.methods import INBRENGER
from quez.intervisie.setup import MeetingSetup
from quez.privacy import NameFinder
from quez.store import Entry, Session

PHASE_KINDS = ("question", "answer", "note")


def render_team_summary(
    session: Session,
    entries: Sequence[Entry],
    t: Translator,
    *,
    tz: tzinfo | None = None,
    finder: NameFinder | None = None,
) -> str:
    """The whole summary (ends with a newline); deterministic for the same input.

    With a ready ``finder`` unresolved people, places and institutions become ``[…]`` too.
    """
    lang = t.lang
    setup = MeetingSetup.of(session)
    notes = [e for e in sorted(entries, key=lambda e: e.seq) if e.state != "skipped"]

    def safe(text: str) -> str:
        return guarded(text, session, finder=finder)

    def item(entry: Entry) -> str:
        who = line_text(entry.participant)
        lead = f"**{escape_line(who)}**: " if who else ""
        return "- " + lead + escape_block(note_text(safe(entry.note)), "  ")[2:]

    day = local_date(session.created_at, tz)
    case = line_text(safe(session.label or "")) or t("iv.sum.untitled")
    method = line_text(setup.method.title_in(lang)) or session.deck_id
    front = [("title", case), ("date", day.isoformat()), ("method", method), ("language", lang)]
    front.append(("quez_version", __version__))
    blocks = ["---\n" + "\n".join(f"{k}: {yaml_quote(v)}" for k, v in front) + "\n---"]
    blocks.append(f"# {escape_line(t('iv.sum.title', case=case))}")
    blocks.append(escape_line(t("iv.sum.meta", method=method, date=format_date(day, lang))))
    people = _people(setup, lang)
    if people:
        blocks.append(escape_line(t("iv.sum.participants", people=people)))

    question = next((e for e in notes if e.card_id == CASE_QUESTION), None)
    if question is not None and note_text(question.note):
        blocks.append(f"## {escape_line(t('iv.sum.question'))}")
        blocks.append(escape_block(note_text(safe(question.note)), "> "))

    titles = setup.method.phase_titles(lang)
    per_phase = [
        (pid, [e for e in notes if e.phase == pid and e.note_kind in PHASE_KINDS and _has(e)])
        for pid in titles
    ]
    per_phase = [(pid, found) for pid, found in per_phase if found]
    if per_phase:
        blocks.append(f"## {escape_line(t('iv.sum.phases'))}")
        for pid, found in per_phase:
            blocks.append(f"### {escape_line(line_text(titles[pid]) or pid)}")
            for kind in PHASE_KINDS:
                group = [e for e in found if e.note_kind == kind]
                if group:
                    blocks.append(f"*{escape_line(t(f'iv.sum.kind.{kind}'))}*")
                    blocks.append("\n".join(item(e) for e in group))

    sections = [
        ("iv.sum.advice", [e for e in notes if e.note_kind == "advice" and _has(e)]),
        ("iv.sum.takeaways", _closing(notes, "takeaway", setup.participants)),
        ("iv.sum.next_step", _closing(notes, "next_step", [])),
        ("iv.sum.evaluation", _closing(notes, "evaluation", [])),
    ]
    for key, group in sections:
        if group:
            blocks.append(f"## {escape_line(t(key))}")
            blocks.append("\n".join(item(e) for e in group))
    if len(blocks) <= 4:
        blocks.append(escape_line(t("iv.sum.empty")))
    blocks.append(escape_line(t("iv.sum.footer")))
    return "\n\n".join(blocks) + "\n"


def _has(entry: Entry) -> bool:
    return bool(note_text(entry.note))


def _closing(notes: Sequence[Entry], kind: str, order: Sequence[str]) -> list[Entry]:
    """Closing-round notes of one kind, in the order participants were listed."""
    found = [e for e in notes if e.note_kind == kind and e.phase == CLOSING_PHASE and _has(e)]
    rank = {name: i for i, name in enumerate(order)}
    return sorted(found, key=lambda e: (rank.get(e.participant or "", len(rank)), e.seq))


def _people(setup: MeetingSetup, lang: str) -> str:
    """``AB (inbrenger), CD (gespreksleider, tijdbewaker)``, in the order entered."""
    titles = setup.method.role_titles(lang)
    parts = []
    for person in setup.participants:
        held = [_lower_first(titles.get(r) or r) for r, p in setup.roles.items() if p == person]
        held.sort(key=lambda title: title != _lower_first(titles.get(INBRENGER, "")))
        parts.append(f"{person} ({', '.join(held)})" if held else person)
    return ", ".join(line_text(p) for p in parts)


def export_team_summary(source: ExportSource) -> str:
    """The intervisie kind's Markdown exporter (:mod:`quez.intervisie.kind`)."""
    t = Translator(document_language(source.session, source.lang))
    return render_team_summary(
        source.session, source.entries, t, tz=source.tz, finder=source.finder
    )


def _lower_first(text: str) -> str:
    return text[:1].lower() + text[1:]
