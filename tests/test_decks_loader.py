"""The deck loader: every broken deck gives clear ``path:line:col`` lines, never a traceback."""

from __future__ import annotations

import re
import textwrap
from pathlib import Path

import pytest

from quez.decks import DeckError, load_deck
from quez.decks.yamlsafe import MAX_FILE_BYTES
from quez.i18n import Translator

GOOD = """\
format: 1
id: proef
title: {nl: "Proef", en: "Trial"}
description: {nl: "Een proefstapel.", en: "A trial deck."}
kind: client
languages: [nl, en]
address: u
themes:
  - id: kracht
    title: {nl: "Wat kan ik?", en: "What can I do?"}
    question: {nl: "Waar bent u goed in?", en: "What are you good at?"}
cards:
  - id: k1
    theme: kracht
    text: {nl: "Wat lukt u goed?", en: "What goes well for you?"}
    followups:
      - {nl: "Hoe merkt u dat?", en: "How do you notice?"}
    tags: [opening]
"""

LINE = re.compile(r"^(?P<path>.+):(?P<line>\d+):(?P<col>\d+): (?P<msg>.+)$")


def write(tmp_path: Path, text: str, name: str = "deck.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def problems(path: Path, lang: str = "en") -> list[str]:
    with pytest.raises(DeckError) as info:
        load_deck(path)
    t = Translator(lang)
    return [p.render(t) for p in info.value.problems]


def test_good_deck_loads(tmp_path: Path) -> None:
    deck = load_deck(write(tmp_path, GOOD))
    assert deck.id == "proef"
    assert deck.languages == ("nl", "en")
    assert deck.address == "u"
    card = deck.cards[0]
    assert card.text.get("en") == "What goes well for you?"
    assert card.followups[0].get("nl") == "Hoe merkt u dat?"
    assert card.tags == ("opening",)
    assert card.text.pos("nl") == (15, 16)


BROKEN: list[tuple[str, str, str, int]] = [
    # (name, replace-this, with-this, expected line of the first problem)
    ("yaml syntax", "kind: client", "kind: [client", 6),
    ("tab indentation", "  - id: k1", "\t- id: k1", 13),
    ("format as text", "format: 1", 'format: "1"', 1),
    ("format 2", "format: 1", "format: 2", 1),
    ("missing id", "id: proef\n", "", 1),
    ("bad deck id", "id: proef", "id: Proef Deck", 2),
    ("unknown kind", "kind: client", "kind: klant", 5),
    ("unknown field", "address: u", "adress: u", 7),
    ("bad address", "address: u", "address: jij", 7),
    ("duplicate key", "kind: client", "kind: client\nkind: intervisie", 6),
    (
        "alias",
        'description: {nl: "Een proefstapel.", en: "A trial deck."}',
        'description: &d {nl: "Een proefstapel.", en: "A trial deck."}\nx: *d',
        4,
    ),
    (
        "custom tag",
        'title: {nl: "Proef", en: "Trial"}',
        "title: !!python/object:os.system {nl: x}",
        3,
    ),
    (
        "missing translation",
        '{nl: "Wat lukt u goed?", en: "What goes well for you?"}',
        '{nl: "Wat lukt u goed?"}',
        15,
    ),
    (
        "undeclared language",
        '{nl: "Hoe merkt u dat?", en: "How do you notice?"}',
        '{nl: "Hoe merkt u dat?", en: "How?", de: "Wie?"}',
        17,
    ),
    ("empty text", '"Wat lukt u goed?"', '""', 15),
    ("unknown theme", "    theme: kracht", "    theme: moed", 14),
    (
        "duplicate card id",
        "    tags: [opening]",
        '    tags: [opening]\n  - id: k1\n    text: {nl: "A?", en: "B?"}',
        19,
    ),
    (
        "text is a list",
        'text: {nl: "Wat lukt u goed?", en: "What goes well for you?"}',
        "text: [a, b]",
        15,
    ),
    ("themes not a list", "themes:\n", "themes: geen\n", 9),
    ("bad tag", "tags: [opening]", "tags: [Open Ing]", 18),
    ("no languages", "languages: [nl, en]\n", "", 1),
    ("bad language code", "languages: [nl, en]", "languages: [nl, english]", 6),
    ("empty cards", "cards:\n", "cards: []\nx_cards:\n", 12),
]


@pytest.mark.parametrize(("name", "old", "new", "line"), BROKEN, ids=[b[0] for b in BROKEN])
def test_broken_decks_give_located_lines(
    tmp_path: Path, name: str, old: str, new: str, line: int
) -> None:
    assert old in GOOD, name
    path = write(tmp_path, GOOD.replace(old, new, 1))
    lines = problems(path)
    assert lines, name
    for rendered in lines:
        match = LINE.match(rendered)
        assert match, rendered
        assert match["path"] == str(path)
        assert "Traceback" not in rendered
    first = LINE.match(lines[0])
    assert first is not None
    assert int(first["line"]) == line, lines


def test_all_problems_reported_at_once(tmp_path: Path) -> None:
    text = (
        GOOD.replace("kind: client", "kind: klant")
        .replace("theme: kracht", "theme: moed")
        .replace("address: u", "adress: u")
    )
    assert len(problems(write(tmp_path, text))) == 3


def test_messages_in_dutch(tmp_path: Path) -> None:
    lines = problems(write(tmp_path, GOOD.replace("theme: kracht", "theme: moed")), "nl")
    assert "bestaat niet" in lines[0]


@pytest.mark.parametrize("value", ["no", "on", "yes", "12:30", "0612", "~", "null", "1e3", "0x1F"])
def test_yaml_scalars_stay_text(tmp_path: Path, value: str) -> None:
    text = GOOD.replace(
        '{nl: "Wat lukt u goed?", en: "What goes well for you?"}', f"{{nl: {value}, en: {value}}}"
    )
    deck = load_deck(write(tmp_path, text))
    assert deck.cards[0].text.get("nl") == value


def test_file_too_large_refused_before_parsing(tmp_path: Path) -> None:
    path = tmp_path / "big.yaml"
    path.write_bytes(b"#" * (MAX_FILE_BYTES + 1))
    (line,) = problems(path)
    assert ":1:1:" in line and "too large" in line


def test_non_utf8_points_at_the_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.yaml"
    path.write_bytes(GOOD.replace("Proef", "Pr\u00f6ef", 1).encode("latin-1"))
    (line,) = problems(path)
    assert f"{path}:3:" in line and "UTF-8" in line


def test_utf16_refused(tmp_path: Path) -> None:
    path = tmp_path / "u16.yaml"
    path.write_bytes(GOOD.encode("utf-16"))
    (line,) = problems(path)
    assert "UTF-16" in line


def test_utf8_bom_accepted(tmp_path: Path) -> None:
    path = tmp_path / "bom.yaml"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD.encode())
    assert load_deck(path).id == "proef"


def test_missing_file_and_directory(tmp_path: Path) -> None:
    assert "not found" in problems(tmp_path / "nope.yaml")[0]
    assert "folder" in problems(tmp_path)[0]


def test_empty_file(tmp_path: Path) -> None:
    assert "empty" in problems(write(tmp_path, ""))[0]


def test_alias_bomb_is_refused_quickly(tmp_path: Path) -> None:
    bomb = ["a0: &a0 [x, x, x, x, x, x, x, x, x]"]
    bomb += [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 9)}]" for i in range(1, 12)]
    path = write(tmp_path, "\n".join(bomb) + "\n")
    lines = problems(path)
    assert any("aliases" in line for line in lines)


def test_control_and_bidi_characters_are_stripped(tmp_path: Path) -> None:
    text = GOOD.replace('"Wat lukt u goed?"', '"Wat\\x1b[31m lukt\\u202e u\\x07 goed?"')
    raw = text.replace("Een proefstapel.", "Een\x1b proef\u202estapel.")
    deck = load_deck(write(tmp_path, raw))
    assert deck.cards[0].text.get("nl") == "Wat lukt u goed?"
    assert deck.description.get("nl") == "Een proefstapel."


def test_block_scalar_keeps_line_breaks_but_not_final_newline(tmp_path: Path) -> None:
    text = GOOD.replace(
        '{nl: "Wat lukt u goed?", en: "What goes well for you?"}',
        '\n      nl: |\n        Regel een.\n        Regel twee?\n      en: "Two?"',
    )
    deck = load_deck(write(tmp_path, text))
    assert deck.cards[0].text.get("nl") == "Regel een.\nRegel twee?"


def test_single_language_plain_strings(tmp_path: Path) -> None:
    text = (
        GOOD.replace("languages: [nl, en]", "language: en")
        .replace('{nl: "Proef", en: "Trial"}', '"Trial"')
        .replace('{nl: "Een proefstapel.", en: "A trial deck."}', '"A trial deck."')
        .replace('{nl: "Wat kan ik?", en: "What can I do?"}', '"What can I do?"')
        .replace('{nl: "Waar bent u goed in?", en: "What are you good at?"}', '"Good at?"')
        .replace('{nl: "Wat lukt u goed?", en: "What goes well for you?"}', '"What goes well?"')
        .replace('{nl: "Hoe merkt u dat?", en: "How do you notice?"}', '"How?"')
    )
    deck = load_deck(write(tmp_path, text))
    assert deck.languages == ("en",)
    assert deck.text_language("nl") == "en"
    assert deck.cards[0].text.get("nl", "en") == "What goes well?"


def test_plain_string_in_two_language_deck_lacks_translation(tmp_path: Path) -> None:
    text = GOOD.replace('{nl: "Proef", en: "Trial"}', '"Proef"')
    lines = problems(write(tmp_path, text))
    assert any("'title' lacks the translation for language 'en'" in line for line in lines)


def test_shipped_decks_are_valid() -> None:
    from tests.conftest import SHIPPED

    files = sorted(SHIPPED.glob("*.yaml"))
    assert {f.stem for f in files} >= {"gesprek", "intervisie"}
    for path in files:
        load_deck(path)
