"""Intervisie methods as data: YAML files validated with the deck reader's ``file:line:col`` lines.

A method names its roles and its phases. A phase says how long it takes by default, who speaks,
the rules shown on screen, which reflection-card tags fit it and which notes belong in it.
``advice: true`` on a phase opens the advice lock from that phase on. ``questions: false`` marks a
step in which nobody asks (listening, writing down associations, a decision): it offers no
reflection cards. ``optional: true`` marks a step the group chooses at the start, such as the
opening round about last time's advice; it is left out unless the group takes it.
"""

from __future__ import annotations

import difflib
from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Literal, cast

from yaml.nodes import Node, ScalarNode

from quez.decks.model import INTERVISIE_PHASES, LText
from quez.decks.problems import DeckError
from quez.decks.reader import Reader
from quez.decks.yamlsafe import load_tree, pos

PhaseNotes = Literal["question", "advice", "note"]
PHASE_NOTES: tuple[str, ...] = ("question", "advice", "note")
INBRENGER = "inbrenger"
MAX_MINUTES = 120
MAX_RULE_LINES = 2
METHOD_FIELDS = ("format", "id", "title", "description", "roles", "phases")
METHOD_OPTIONAL = ("language", "languages", "author", "version", "licence")
ROLE_FIELDS = ("id", "title")
ROLE_OPTIONAL = ("description", "required", "not_with")
PHASE_FIELDS = ("id", "title", "purpose", "minutes", "speaker", "rules")
PHASE_OPTIONAL = ("tags", "advice", "notes", "questions", "optional")
PHASE_TEXTS = ("title", "purpose", "speaker", "rules")


@dataclass(frozen=True)
class Role:
    """A role in the meeting; ``not_with`` names roles the same person may not also hold."""

    id: str
    title: LText
    description: LText | None = None
    required: bool = True
    not_with: tuple[str, ...] = ()


@dataclass(frozen=True)
class Phase:
    """One step of the method."""

    id: str
    title: LText
    purpose: LText
    minutes: int
    speaker: LText
    rules: LText
    tags: tuple[str, ...] = ()
    advice: bool = False  # advice may be written from this phase on
    notes: PhaseNotes = "note"  # the kind of note the notes area starts with
    questions: bool = True  # False: nobody asks in this step, so no reflection cards
    optional: bool = False  # True: only run when the group chooses it at the start


@dataclass(frozen=True)
class Method:
    """A validated method. Load one with :func:`load_method`."""

    id: str
    title: LText
    description: LText
    languages: tuple[str, ...]
    roles: tuple[Role, ...]
    phases: tuple[Phase, ...]
    path: Path | None = None
    author: str | None = None
    version: str | None = None

    @property
    def total_minutes(self) -> int:
        """The default length of the whole meeting (optional steps not counted)."""
        return sum(p.minutes for p in self.phases if not p.optional)

    @property
    def required_steps(self) -> int:
        """How many steps always run (:meth:`run_order` without a choice)."""
        return len(self.run_order())

    @property
    def optional_phases(self) -> tuple[Phase, ...]:
        """The steps a group may add at the start."""
        return tuple(p for p in self.phases if p.optional)

    def run_order(self, chosen: Collection[str] = ()) -> tuple[int, ...]:
        """Indexes of the phases that run: every required one, plus the optional ``chosen``."""
        return tuple(i for i, p in enumerate(self.phases) if not p.optional or p.id in set(chosen))

    @property
    def advice_from(self) -> int:
        """Index of the first phase in which advice may be written."""
        return next(i for i, p in enumerate(self.phases) if p.advice)

    def role(self, role_id: str) -> Role | None:
        """The role with this id, if any."""
        return next((r for r in self.roles if r.id == role_id), None)

    def phase(self, phase_id: str) -> Phase | None:
        """The phase with this id, if any."""
        return next((p for p in self.phases if p.id == phase_id), None)


def load_method(path: Path, shown: str | None = None) -> Method:
    """Load and validate one method file; raise :class:`DeckError` listing every problem."""
    shown = str(path) if shown is None else shown
    return build_method(load_tree(path, shown), shown, path)


def build_method(root: Node, shown: str, path: Path | None = None) -> Method:
    """Validate a composed tree as a method, collecting every problem."""
    r = Reader(shown)
    f = r.fields(root, required=METHOD_FIELDS, optional=METHOD_OPTIONAL, what="method")
    if f is None:
        raise DeckError(r.problems)
    r.format_version(f)
    method_id = r.identifier(f["id"], "id") if "id" in f else None
    langs = r.languages(f, root, default=("nl", "en"))
    extra = {k: r.scalar(f[k], k) for k in ("author", "version", "licence") if k in f}
    title = r.ltext(f["title"], "title", langs) if "title" in f else None
    description = r.ltext(f["description"], "description", langs) if "description" in f else None
    roles = _roles(r, f["roles"], langs) if "roles" in f else ()
    phases = _phases(r, f["phases"], langs) if "phases" in f else ()
    if r.problems or method_id is None or title is None or description is None:
        raise DeckError(sorted(r.problems, key=lambda p: (p.line, p.col)))
    return Method(
        method_id, title, description, langs, roles, phases, path,
        extra.get("author"), extra.get("version"),
    )  # fmt: skip


def _roles(r: Reader, node: Node, langs: tuple[str, ...]) -> tuple[Role, ...]:
    items = r.sequence(node, "roles")
    if items is None:
        return ()
    roles: list[Role] = []
    seen: dict[str, int] = {}
    pending: list[tuple[Node, str]] = []  # not_with references, checked once all ids are known
    for item in items:
        f = r.fields(item, required=ROLE_FIELDS, optional=ROLE_OPTIONAL, what="role")
        if f is None:
            continue
        rid = r.identifier(f["id"], "id") if "id" in f else None
        title = r.ltext(f["title"], "title", langs) if "title" in f else None
        desc = r.ltext(f["description"], "description", langs) if "description" in f else None
        required = r.boolean(f["required"], "required") if "required" in f else True
        not_with: list[str] = []
        for ref in r.sequence(f["not_with"], "not_with") or [] if "not_with" in f else []:
            value = r.identifier(ref, "not_with")
            if value is not None:
                not_with.append(value)
                pending.append((ref, value))
                if value == rid:
                    r.error(ref, "method.role_not_with_self")
        if rid is not None and rid in seen:
            r.error(f["id"], "method.duplicate_role", id=rid, first=seen[rid])
            continue
        if rid is not None:
            seen[rid] = pos(f["id"])[0]
        if rid and title:
            roles.append(Role(rid, title, desc, required is not False, tuple(not_with)))
    for ref, value in pending:
        if value not in seen:
            r.error(ref, "method.unknown_role", role=value)
    if INBRENGER not in seen:
        r.error(node, "method.no_inbrenger")
    return tuple(roles)


def _phases(r: Reader, node: Node, langs: tuple[str, ...]) -> tuple[Phase, ...]:
    items = r.sequence(node, "phases")
    if items is None:
        return ()
    if not items:
        r.error(node, "method.no_phases")
        return ()
    phases: list[Phase] = []
    seen: dict[str, int] = {}
    advice_open = False
    optional_seen: list[Node] = []
    for item in items:
        f = r.fields(item, required=PHASE_FIELDS, optional=PHASE_OPTIONAL, what="phase")
        if f is None:
            continue
        pid = r.identifier(f["id"], "id") if "id" in f else None
        texts = {
            k: r.ltext(f[k], k, langs) for k in ("title", "purpose", "speaker", "rules") if k in f
        }
        minutes = _minutes(r, f["minutes"]) if "minutes" in f else None
        advice = r.boolean(f["advice"], "advice") if "advice" in f else False
        advice_open = advice_open or advice is True
        notes = _notes(r, f["notes"]) if "notes" in f else "note"
        if notes == "advice" and not advice_open:
            r.error(f["notes"], "method.advice_locked_here")
        asking = r.boolean(f["questions"], "questions") if "questions" in f else True
        optional = r.boolean(f["optional"], "optional") if "optional" in f else False
        if asking is False and "tags" in f:
            r.error(f["tags"], "method.cards_without_questions")
        if asking is False and notes == "question":
            r.error(f["notes"], "method.question_notes_without_questions")
        if optional is True and advice is True:
            r.error(f["optional"], "method.optional_advice")
        if optional is True:
            optional_seen.append(f["optional"])
        if "rules" in f and (rules := texts.get("rules")) is not None:
            for lang, value in rules.values.items():
                if len(value.strip().splitlines()) > MAX_RULE_LINES:
                    r.error(rules.pos(lang), "method.rules_too_long", lines=MAX_RULE_LINES)
        tags = _tags(r, f["tags"]) if "tags" in f else ()
        if pid is not None and pid in seen:
            r.error(f["id"], "method.duplicate_phase", id=pid, first=seen[pid])
            continue
        if pid is not None:
            seen[pid] = pos(f["id"])[0]
        if pid and minutes and len(texts) == 4 and all(texts.values()):
            t = cast(dict[str, LText], texts)
            title, purpose, speaker, rules_text = (t[k] for k in PHASE_TEXTS)
            kind = cast(PhaseNotes, notes)
            phase = Phase(
                pid, title, purpose, minutes, speaker, rules_text, tags, advice is True, kind,
                asking is not False, optional is True,
            )  # fmt: skip
            phases.append(phase)
    if not advice_open:
        r.error(node, "method.no_advice_phase")
    if optional_seen and len(optional_seen) == len(items):
        r.error(node, "method.only_optional")
    return tuple(phases)


def _notes(r: Reader, node: Node) -> str:
    value = r.scalar(node, "notes")
    if value is not None and value not in PHASE_NOTES:
        r.error(node, "deck.bad_choice", field="notes", options=" | ".join(PHASE_NOTES))
        return "note"
    return value or "note"


def _minutes(r: Reader, node: Node) -> int | None:
    value = r.integer(node, "minutes")
    if value is not None and not 1 <= value <= MAX_MINUTES:
        r.error(node, "method.bad_minutes", limit=MAX_MINUTES)
        return None
    return value


def _tags(r: Reader, node: Node) -> tuple[str, ...]:
    tags: list[str] = []
    for item in r.sequence(node, "tags") or []:
        value = r.scalar(item, "tags") if isinstance(item, ScalarNode) else None
        if value is None or value not in INTERVISIE_PHASES:
            close = difflib.get_close_matches(value or "", INTERVISIE_PHASES, n=1)
            hint = close[0] if close else ", ".join(INTERVISIE_PHASES)
            r.error(item, "method.bad_tag", hint=hint)
        elif value not in tags:
            tags.append(value)
    return tuple(tags)
