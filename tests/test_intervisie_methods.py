"""Method files: the shipped ones load, and bad files give one ``file:line:col`` line each."""

from __future__ import annotations

from pathlib import Path

import pytest

from quez.decks.problems import DeckError
from quez.i18n import Translator
from quez.intervisie.catalog import discover_methods, method_files
from quez.intervisie.methods import load_method
from quez.paths import Paths, shipped_methods_dir

SHIPPED = method_files(shipped_methods_dir())

GOOD = """\
format: 1
id: mini
title: {nl: Mini, en: Mini}
description: {nl: Kort, en: Short}
roles:
  - id: inbrenger
    title: {nl: Inbrenger, en: Presenter}
  - id: gespreksleider
    title: {nl: Leider, en: Lead}
    not_with: [inbrenger]
phases:
  - id: vragen
    title: {nl: Vragen, en: Questions}
    purpose: {nl: Vragen stellen, en: Ask}
    minutes: 5
    speaker: {nl: De groep, en: The group}
    rules: {nl: Alleen open vragen., en: Open questions only.}
    tags: [verkennen]
    notes: question
  - id: advies
    title: {nl: Advies, en: Advice}
    purpose: {nl: Advies geven, en: Give advice}
    minutes: 5
    speaker: {nl: Iedereen, en: Everyone}
    rules: {nl: Kort., en: Short.}
    tags: [advies]
    advice: true
    notes: advice
"""


@pytest.mark.parametrize("path", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_shipped_methods_load(path: Path) -> None:
    method = load_method(path)
    assert method.id == path.stem
    assert {"inbrenger", "gespreksleider", "tijdbewaker", "notulist"} <= {
        r.id for r in method.roles
    }
    lead = method.role("gespreksleider")
    assert lead is not None and "inbrenger" in lead.not_with
    assert 40 <= method.total_minutes <= 120
    for phase in method.phases:
        # Every step either offers the cards that fit it, or says that nobody asks in it.
        assert bool(phase.tags) is phase.questions, phase.id
        for lang in ("nl", "en"):
            assert phase.rules.get(lang) and phase.title.get(lang) and phase.speaker.get(lang)
            texts = [phase.rules.get(lang), phase.purpose.get(lang), phase.speaker.get(lang)]
            # One voice: the group is addressed as "je", the inbrenger named, never "hij/zij".
            assert not any(w in t.split() for t in texts for w in ("hij", "zij", "he", "she"))
    # An optional opening round about last time's advice, never part of the default length.
    first = method.phases[0]
    assert first.id == "terugblik" and first.optional and not first.questions
    assert "vorige keer" in first.rules.get("nl")
    assert method.total_minutes == sum(p.minutes for p in method.phases[1:])
    for role in method.roles:
        assert role.description is not None
        assert not {"je", "jij", "hij", "zij"} & set(role.description.get("nl").lower().split())


def test_the_four_methods_are_shipped() -> None:
    ids = {m.id for m in discover_methods(None).methods}
    assert {"incidentmethode", "vijfstappenmethode", "roddelmethode", "balintmethode"} <= ids


def test_incidentmethode_shape() -> None:
    """The inbrenger stops at the moment of decision; everyone decides first; then the reveal."""
    method = load_method(shipped_methods_dir() / "incidentmethode.yaml")
    ids = [p.id for p in method.phases]
    assert ids == ["terugblik", "keuze", "incident", "vragen", "beslissen", "onthulling",
                   "vergelijken", "afronding"]  # fmt: skip
    decide = method.phase("beslissen")
    assert decide is not None and method.phases[method.advice_from] is decide
    assert decide.notes == "advice" and not decide.questions and "Ik zou" in decide.rules.get("nl")
    assert "Als ik jou was" in decide.rules.get("nl")  # named as what not to say
    incident = method.phase("incident")
    assert incident is not None and "niet wat je koos" in incident.rules.get("nl")
    questions = method.phase("vragen")
    assert questions is not None and "niet wat de inbrenger deed" in questions.rules.get("nl")
    assert all(not p.advice for p in method.phases[: method.advice_from])


def test_balint_and_roddel_preconditions() -> None:
    balint = load_method(shipped_methods_dir() / "balintmethode.yaml")
    assert 60 <= balint.total_minutes <= 120
    assert "minstens vijf" in balint.description.get("nl")
    assert "adviesbespreking" in [p.id for p in balint.phases]
    case = balint.phase("casus")
    assert case is not None and case.minutes >= 10
    roddel = load_method(shipped_methods_dir() / "roddelmethode.yaml")
    assert "nooit over de persoon" in roddel.description.get("nl")
    gossip = roddel.phase("roddelen")
    assert gossip is not None and gossip.tags == ("roddelen",)


def test_good_file(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    path.write_text(GOOD, encoding="utf-8")
    method = load_method(path)
    assert [p.id for p in method.phases] == ["vragen", "advies"]
    assert method.advice_from == 1
    assert method.phases[0].notes == "question"
    assert method.languages == ("nl", "en")


BAD = [
    ("format: 1", "format: 2", "deck.bad_format", 1),
    ("id: mini", "id: Mini!", "deck.bad_id", 2),
    (
        "    minutes: 5\n    speaker: {nl: De",
        "    minutes: 0\n    speaker: {nl: De",
        "method.bad_minutes",
        15,
    ),
    (
        "    minutes: 5\n    speaker: {nl: De",
        '    minutes: "5"\n    speaker: {nl: De',
        "deck.expected_int",
        15,
    ),
    ("    tags: [verkennen]", "    tags: [verkenen]", "method.bad_tag", 18),
    ("    notes: question", "    notes: advice", "method.advice_locked_here", 19),
    ("    notes: question", "    notes: vraag", "deck.bad_choice", 19),
    ("    advice: true\n", "    advice: false\n", "method.no_advice_phase", 12),
    ("    advice: true\n", "    advice: ja graag\n", "deck.expected_bool", 27),
    ("    not_with: [inbrenger]", "    not_with: [voorzitter]", "method.unknown_role", 10),
    (
        "    not_with: [inbrenger]",
        "    not_with: [gespreksleider]",
        "method.role_not_with_self",
        10,
    ),
    ("  - id: inbrenger", "  - id: presentator", "method.no_inbrenger", 6),
    ("  - id: advies", "  - id: vragen", "method.duplicate_phase", 20),
    ("  - id: gespreksleider", "  - id: inbrenger", "method.duplicate_role", 8),
    (
        "{nl: Alleen open vragen., en: Open questions only.}",
        "{nl: Alleen open vragen.}",
        "deck.missing_translation",
        17,
    ),
    (
        "rules: {nl: Kort., en: Short.}",
        'rules: {nl: "a\\nb\\nc", en: Short.}',
        "method.rules_too_long",
        25,
    ),
    ("    tags: [advies]", "    tags: [advies]\n    colour: red", "deck.unknown_field", 27),
    ("    tags: [advies]", "    tags: [advies]\n    minuten: 4", "deck.unknown_field_hint", 27),
    ("title: {nl: Mini, en: Mini}\n", "", "deck.missing_field", 1),
    ("rules: {nl: Kort., en: Short.}", "rules: *r", "yaml.alias", 17),
    (
        "    tags: [verkennen]",
        "    tags: [verkennen]\n    questions: false",
        "method.cards_without_questions",
        18,
    ),
    (
        "    notes: question",
        "    notes: question\n    questions: false",
        "method.question_notes_without_questions",
        19,
    ),
    ("    notes: question", "    notes: question\n    questions: nee", "deck.expected_bool", 20),
    ("    advice: true\n", "    advice: true\n    optional: true\n", "method.optional_advice", 28),
    ("    notes: question", "    notes: question\n    optional: 1", "deck.expected_bool", 20),
]


@pytest.mark.parametrize(
    ("old", "new", "key", "line"), BAD, ids=[b[2] + str(i) for i, b in enumerate(BAD)]
)
def test_bad_files(tmp_path: Path, old: str, new: str, key: str, line: int) -> None:
    assert old in GOOD
    path = tmp_path / "bad.yaml"
    text = GOOD.replace(old, new, 1)
    if key == "yaml.alias":
        text = text.replace("rules: {nl: Alleen", "rules: &r {nl: Alleen")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DeckError) as info:
        load_method(path)
    problems = info.value.problems
    assert key in [p.key for p in problems], [p.key for p in problems]
    problem = next(p for p in problems if p.key == key)
    assert problem.line == line
    rendered = problem.render(Translator("en"))
    assert rendered.startswith(f"{path}:{line}:") and "\n" not in rendered
    assert not rendered.endswith(key), rendered  # a real sentence, not the bare key


def test_every_problem_is_reported_at_once(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    text = GOOD.replace("minutes: 5", "minutes: 500").replace("[verkennen]", "[x]")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DeckError) as info:
        load_method(path)
    keys = [p.key for p in info.value.problems]
    assert keys.count("method.bad_minutes") == 2 and "method.bad_tag" in keys


def test_user_method_with_a_taken_id_is_reported(paths: Paths) -> None:
    paths.methods_dir.mkdir(parents=True)
    (paths.methods_dir / "copy.yaml").write_text(GOOD.replace("id: mini", "id: incidentmethode"))
    (paths.methods_dir / "mini.yaml").write_text(GOOD)
    (paths.methods_dir / "broken.yaml").write_text("format: [")
    found = discover_methods(paths)
    assert found.get("mini") is not None and found.origins["mini"] == "user"
    keys = sorted(p.key for f in found.failures for p in f.problems)
    assert keys == ["method.id_conflict", "yaml.syntax"]


def test_a_method_needs_a_fixed_step(tmp_path: Path) -> None:
    path = tmp_path / "bad.yaml"
    text = GOOD.replace("    notes: question", "    notes: question\n    optional: true")
    text = text.replace("    notes: advice", "    notes: advice\n    optional: true")
    path.write_text(text, encoding="utf-8")
    with pytest.raises(DeckError) as info:
        load_method(path)
    assert "method.only_optional" in [p.key for p in info.value.problems]


def test_questions_and_optional_are_read(tmp_path: Path) -> None:
    path = tmp_path / "mini.yaml"
    text = GOOD.replace("    tags: [verkennen]\n    notes: question", "    questions: false")
    path.write_text(text.replace("id: vragen", "id: luisteren"), encoding="utf-8")
    first = load_method(path).phases[0]
    assert (first.questions, first.tags, first.optional) == (False, (), False)
    assert load_method(path).phases[1].questions
