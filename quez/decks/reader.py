"""Walk a composed YAML tree and collect *every* problem instead of stopping at the first.

Shared by decks and intervisie methods: both are user-written files that must fail with one
clear ``path:line:col`` line per problem, in the UI language.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable

from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quez.decks.model import LText, Pos
from quez.decks.problems import Problem
from quez.decks.yamlsafe import pos
from quez.sanitize import clean_text

ID_PATTERN = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")
LANG_PATTERN = re.compile(r"^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$")
FORMAT_VERSION = 1
_INT_TAG = "tag:yaml.org,2002:int"
_BOOL_TAG = "tag:yaml.org,2002:bool"


class Reader:
    """Typed accessors over YAML nodes that record problems and return ``None`` on failure."""

    def __init__(self, shown: str) -> None:
        self.shown = shown
        self.problems: list[Problem] = []

    def error(self, where: Node | Pos, key: str, **params: object) -> None:
        """Record a problem at a node (or an explicit position)."""
        line, col = where if isinstance(where, tuple) else pos(where)
        self.problems.append(Problem(self.shown, line, col, key, params))

    def fields(
        self, node: Node, *, required: Iterable[str], optional: Iterable[str], what: str
    ) -> dict[str, Node] | None:
        """A mapping's values by key; unknown keys and missing required keys are problems."""
        if not isinstance(node, MappingNode):
            self.error(node, "deck.expected_mapping", what=what)
            return None
        required, optional = tuple(required), tuple(optional)
        allowed = required + optional
        found: dict[str, Node] = {}
        for key_node, value in node.value:
            if not isinstance(key_node, ScalarNode):
                self.error(key_node, "deck.bad_key", what=what)
                continue
            key = key_node.value
            if key not in allowed:
                close = difflib.get_close_matches(key, allowed, n=1)
                if close:
                    self.error(key_node, "deck.unknown_field_hint", field=key, hint=close[0])
                else:
                    self.error(
                        key_node, "deck.unknown_field", field=key, allowed=", ".join(allowed)
                    )
                continue
            found.setdefault(key, value)
        for key in required:
            if key not in found:
                self.error(node, "deck.missing_field", field=key, what=what)
        return found

    def scalar(self, node: Node, field: str) -> str | None:
        """A scalar's exact source text (``no`` stays ``no``), cleaned of control characters."""
        if not isinstance(node, ScalarNode):
            self.error(node, "deck.expected_text", field=field)
            return None
        value = node.value
        if node.style in ("|", ">"):
            value = value.rstrip("\n")  # a block scalar's final newline is layout, not text
        return clean_text(value)

    def text(self, node: Node, field: str) -> str | None:
        """A non-empty human-readable text."""
        value = self.scalar(node, field)
        if value is not None and not value.strip():
            self.error(node, "deck.empty_text", field=field)
            return None
        return value

    def identifier(self, node: Node, field: str) -> str | None:
        """An id such as ``eigenaarschap`` or ``eig-01``."""
        value = self.scalar(node, field)
        if value is None:
            return None
        if not ID_PATTERN.match(value):
            self.error(node, "deck.bad_id", field=field)
            return None
        return value

    def integer(self, node: Node, field: str) -> int | None:
        """A whole number written as one (``1``, not ``"1"``)."""
        if not isinstance(node, ScalarNode) or node.tag != _INT_TAG or node.style:
            self.error(node, "deck.expected_int", field=field)
            return None
        try:
            return int(node.value, 10)
        except ValueError:
            self.error(node, "deck.expected_int", field=field)
            return None

    def boolean(self, node: Node, field: str) -> bool | None:
        """``true`` or ``false`` (YAML 1.1 spellings such as ``yes`` are accepted as written)."""
        if not isinstance(node, ScalarNode) or node.tag != _BOOL_TAG or node.style:
            self.error(node, "deck.expected_bool", field=field)
            return None
        return node.value.lower() in ("true", "yes", "on", "y")

    def sequence(self, node: Node, field: str) -> list[Node] | None:
        """A list's items."""
        if not isinstance(node, SequenceNode):
            self.error(node, "deck.expected_list", field=field)
            return None
        return list(node.value)

    def ltext(self, node: Node, field: str, languages: tuple[str, ...]) -> LText | None:
        """A text in every declared language: a plain string (the first language) or a mapping."""
        if isinstance(node, ScalarNode):
            value = self.text(node, field)
            if value is None:
                return None
            for lang in languages[1:]:
                self.error(node, "deck.missing_translation", field=field, lang=lang)
            return LText({languages[0]: value}, {languages[0]: pos(node)})
        if not isinstance(node, MappingNode):
            self.error(node, "deck.expected_text", field=field)
            return None
        values: dict[str, str] = {}
        positions: dict[str, Pos] = {}
        for key_node, value_node in node.value:
            code = key_node.value if isinstance(key_node, ScalarNode) else None
            if not isinstance(code, str) or code not in languages:
                self.error(key_node, "deck.undeclared_language", field=field, lang=str(code))
                continue
            value = self.text(value_node, f"{field}.{code}")
            if value is not None:
                values[code] = value
                positions[code] = pos(value_node)
        missing = [lang for lang in languages if lang not in values]
        for lang in missing:
            if not any(isinstance(k, ScalarNode) and k.value == lang for k, _ in node.value):
                self.error(node, "deck.missing_translation", field=field, lang=lang)
        return LText(values, positions) if not missing else None

    def format_version(self, f: dict[str, Node]) -> None:
        """Check ``format: 1`` (the only version this QueZ reads)."""
        fmt = self.integer(f["format"], "format") if "format" in f else None
        if fmt is not None and fmt != FORMAT_VERSION:
            self.error(f["format"], "deck.bad_format", found=fmt, supported=FORMAT_VERSION)

    def languages(
        self, f: dict[str, Node], where: Node, default: tuple[str, ...] | None = None
    ) -> tuple[str, ...]:
        """``languages: [nl, en]`` or ``language: nl``; missing is a problem unless a default."""
        if "languages" in f and "language" in f:
            self.error(f["language"], "deck.both_languages")
        if "languages" in f:
            nodes: list[Node] = self.sequence(f["languages"], "languages") or []
        elif "language" in f:
            nodes = [f["language"]]
        elif default is not None:
            return default
        else:
            self.error(where, "deck.missing_field", field="languages", what="deck")
            return ("nl",)
        langs: list[str] = []
        for node in nodes:
            value = self.scalar(node, "languages")
            if value is None:
                continue
            if not LANG_PATTERN.match(value):
                self.error(node, "deck.bad_language", lang=value[:20])
            elif value in langs:
                self.error(node, "deck.duplicate_language", lang=value)
            else:
                langs.append(value)
        if not langs:
            if not nodes:
                self.error(f.get("languages", where), "deck.no_languages")
            return default or ("nl",)
        return tuple(langs)
