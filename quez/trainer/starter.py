"""``quez deck new``: a commented starter deck that validates and lints clean.

The comments explain every field in the UI language; the example texts are in the deck's
languages. The first line points YAML editors at ``deck.schema.json`` next to the deck, which
:func:`write_schema_beside` writes (``quez deck schema > deck.schema.json`` does the same).
"""

from __future__ import annotations

import json
import re
import textwrap
import unicodedata
from collections.abc import Iterator, Sequence
from pathlib import Path

from quez.decks.schema import SCHEMA_ID, schema_json
from quez.fsutil import atomic_write_text
from quez.i18n import Translator
from quez.trainer.examples import EXAMPLES, LANGUAGES, ExampleCard, ExampleTheme

SCHEMA_FILE = "deck.schema.json"
SCHEMA_LINE = f"# yaml-language-server: $schema={SCHEMA_FILE}"
KINDS = ("client", "intervisie")
_WIDTH = 92
_COMMAND = re.compile(r"quez(?: --?[a-z]+| deck| [a-z]+(?=[ .,;:)]|$))+")


def deck_id_from_name(name: str) -> str:
    """A valid deck id from a free name: "Mijn stapel!" -> "mijn-stapel" ("" if nothing is left)."""
    stem = name[:-5] if name.lower().endswith(".yaml") else name
    plain = unicodedata.normalize("NFKD", stem).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9_]+", "-", plain.lower()).strip("-_")
    return slug[:64].rstrip("-_")


def title_from_name(name: str) -> str:
    """The deck title: the name as typed, or "mijn-stapel" written as "Mijn stapel"."""
    stem = name[:-5] if name.lower().endswith(".yaml") else name
    stem = stem.strip()
    if re.fullmatch(r"[a-z0-9_-]+", stem):
        words = re.sub(r"[-_]+", " ", stem).strip()
        return words[:1].upper() + words[1:]
    return " ".join(stem.split())


def _q(text: str) -> str:
    """A double-quoted YAML scalar (JSON strings are valid YAML)."""
    return json.dumps(text, ensure_ascii=False)


class _Writer:
    """Collects YAML lines and wrapped comments."""

    def __init__(self, t: Translator, languages: Sequence[str]) -> None:
        self.t = t
        self.languages = tuple(languages)
        self.lines: list[str] = []

    def comment(self, key: str, indent: int = 0, **params: object) -> None:
        """A comment, wrapped; an indented line (a command) is never wrapped or split."""
        prefix = " " * indent + "# "
        for paragraph in self.t(key, **params).split("\n"):
            if paragraph.startswith(" "):
                self.lines.append(prefix + paragraph)
                continue
            # Keep "quez deck lint" together on one line.
            glued = _COMMAND.sub(lambda m: m.group().replace(" ", "\xa0"), paragraph)
            wrapped = textwrap.wrap(glued, _WIDTH - len(prefix), break_on_hyphens=False)
            lines = [prefix + line.replace("\xa0", " ") for line in wrapped]
            self.lines += lines or [prefix.rstrip()]

    def line(self, text: str = "") -> None:
        self.lines.append(text)

    def text(self, key: str, values: dict[str, str], indent: int) -> None:
        """``key: "..."`` for one language, else one line per language under ``key:``."""
        pad = " " * indent
        if len(self.languages) == 1:
            self.lines.append(f"{pad}{key}: {_q(values[self.languages[0]])}")
            return
        self.lines.append(f"{pad}{key}:")
        for lang in self.languages:
            self.lines.append(f"{pad}  {lang}: {_q(values[lang])}")

    def followup(self, values: dict[str, str], indent: int) -> None:
        pad = " " * indent
        if len(self.languages) == 1:
            self.lines.append(f"{pad}- {_q(values[self.languages[0]])}")
            return
        for i, lang in enumerate(self.languages):
            self.lines.append(f"{pad}{'- ' if i == 0 else '  '}{lang}: {_q(values[lang])}")


def starter_deck(
    name: str, t: Translator, *, kind: str = "client", languages: Sequence[str] = ("nl",)
) -> str:
    """The YAML text of a commented starter deck called ``name``."""
    if kind not in KINDS:
        raise ValueError("kind")
    if not languages or any(lang not in LANGUAGES for lang in languages):
        raise ValueError("languages")
    if len(set(languages)) != len(languages):
        raise ValueError("languages")
    deck_id = deck_id_from_name(name)
    if not deck_id:
        raise ValueError("name")
    example = EXAMPLES[kind]
    title = title_from_name(name)
    w = _Writer(t, languages)
    w.line(SCHEMA_LINE)
    w.line("#")
    for key in ("starter.head", "starter.head.comments", "starter.head.quotes"):
        w.comment(key)
        w.line("#")
    w.comment("starter.head.check", file=f"{deck_id}.yaml")
    w.line("#")
    w.comment("starter.head.schema", schema=SCHEMA_FILE)
    w.line()
    w.comment("starter.format")
    w.line("format: 1")
    w.comment("starter.id", id=deck_id)
    w.line(f"id: {deck_id}")
    w.comment("starter.title")
    w.text("title", dict.fromkeys(languages, title), 0)
    w.comment("starter.description")
    w.text("description", example.description, 0)
    w.comment("starter.kind")
    w.line(f"kind: {kind}")
    if len(languages) == 1:
        w.comment("starter.language")
        w.line(f"language: {languages[0]}")
    else:
        w.comment("starter.languages")
        w.line(f"languages: [{', '.join(languages)}]")
    if "nl" in languages:
        w.comment("starter.address", address=example.address)
        w.line(f"address: {example.address}")
    w.comment("starter.meta")
    w.line('# author: "…"')
    w.line('version: "0.1"')
    w.line("# licence: CC-BY-SA-4.0")
    w.line()
    w.comment("starter.themes")
    w.line("themes:")
    for i, theme in enumerate(example.themes):
        _theme(w, theme, first=i == 0)
    w.line()
    w.comment("starter.cards")
    w.line("cards:")
    _cards(w, example.cards, kind)
    return "\n".join(w.lines) + "\n"


def _theme(w: _Writer, theme: ExampleTheme, *, first: bool) -> None:
    if first:
        w.comment("starter.theme.id", 2)
    w.line(f"  - id: {theme.id}")
    if first:
        w.comment("starter.theme.title", 4)
    w.text("title", theme.title, 4)
    if first:
        w.comment("starter.theme.question", 4)
    w.text("question", theme.question, 4)
    if first:
        w.comment("starter.theme.description", 4)
    w.text("description", theme.description, 4)


def _cards(w: _Writer, cards: Sequence[ExampleCard], kind: str) -> None:
    explained: set[str] = set()

    def once(key: str, indent: int = 4) -> None:
        if key not in explained:
            explained.add(key)
            w.comment(key, indent)

    for card in cards:
        for key in _card_notes(card, kind):
            once(key, 2)
        w.line(f"  - id: {card.id}")
        if card.theme:
            once("starter.card.theme")
            w.line(f"    theme: {card.theme}")
        if card.tags:
            once("starter.card.phase" if kind == "intervisie" else "starter.card.tags")
            w.line(f"    tags: [{', '.join(card.tags)}]")
        once("starter.card.text")
        w.text("text", card.text, 4)
        if card.followups:
            once("starter.card.followups")
            w.line("    followups:")
            for followup in card.followups:
                w.followup(followup, 6)
    w.line()
    w.comment("starter.card.more", 2)


def _card_notes(card: ExampleCard, kind: str) -> Iterator[str]:
    if "opening" in card.tags:
        yield "starter.card.opening"
    elif "closing" in card.tags:
        yield "starter.card.closing"
    elif card.theme and kind == "client":
        yield "starter.card.themed"


def write_starter(path: Path, text: str) -> None:
    """Write the starter deck; raises FileExistsError rather than overwrite anything."""
    atomic_write_text(path, text, overwrite=False)


def write_schema_beside(folder: Path) -> bool:
    """Write ``deck.schema.json`` into ``folder`` unless a different file has that name.

    An older QueZ schema (same ``$id``) is refreshed; anything else is left alone.
    Returns True when the file was written.
    """
    target = folder / SCHEMA_FILE
    current = schema_json() + "\n"
    if target.exists():
        try:
            old = target.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return False
        if old == current or SCHEMA_ID not in old:
            return False
    atomic_write_text(target, current)
    return True
