"""Read a YAML file into a node tree, refusing what YAML would otherwise do silently.

``yaml.safe_load`` still expands aliases (billion laughs), lets a duplicate key overwrite the
first, and turns ``no``, ``12:30`` or ``0612`` into bool/int. Here the file is only *composed*
(libyaml's C parser when available), never constructed: scalars keep their exact source text,
and the caller decides what is text and what is a number. Aliases, duplicate keys and custom
tags are reported with their ``line:col``.
"""

from __future__ import annotations

import re
from pathlib import Path

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from quez.decks.files import MAX_FILE_BYTES as MAX_FILE_BYTES  # re-exported
from quez.decks.files import read_bytes as read_bytes
from quez.decks.problems import DeckError, Problem

_CORE_TAG = "tag:yaml.org,2002:"
# Raw control and bidi characters, except NEL (\x85), which YAML reads as a line break.
_RAW_UNSAFE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\u202a-\u202e\u2066-\u2069]")

try:  # libyaml's composer is ~5x faster; fall back to pure Python where it is missing.
    _Loader: type = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - depends on the PyYAML build
    _Loader = yaml.SafeLoader


def decode(data: bytes, shown: str) -> str:
    """Decode UTF-8 (a BOM is fine) and drop raw control and bidi-override characters."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DeckError([Problem(shown, 1, 1, "file.not_utf8_bom")])
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = exc.start - (before.rfind(b"\n") + 1) + 1
        raise DeckError([Problem(shown, line, col, "file.not_utf8")]) from None
    # Removed before parsing: YAML would otherwise reject the whole file for one
    # invisible character.
    return _RAW_UNSAFE.sub("", text)


def compose(text: str, shown: str) -> Node:
    """Compose ``text`` into a node tree and check it for aliases and custom tags."""
    try:
        loader = _Loader(text)
        try:
            node: Node | None = loader.get_single_node()
        finally:
            loader.dispose()
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        detail = exc.problem or exc.context or ""
        raise DeckError([Problem(shown, line, col, "yaml.syntax", {"detail": detail})]) from None
    except yaml.YAMLError:
        raise DeckError([Problem(shown, 1, 1, "yaml.syntax", {"detail": ""})]) from None
    if node is None:
        raise DeckError([Problem(shown, 1, 1, "yaml.empty")])
    problems = check_tree(node, shown)
    if problems:
        raise DeckError(problems)
    return node


def check_tree(root: Node, shown: str) -> list[Problem]:
    """Report aliases (a node reached twice), custom tags and duplicate keys.

    An anchor is reported once, at the anchor, however often it is used: ``*x`` nine times is
    one thing to fix, not nine.
    """
    problems: list[Problem] = []
    seen: set[int] = set()
    reported: set[int] = set()
    stack: list[Node] = [root]
    while stack:
        node = stack.pop()
        if id(node) in seen:
            if id(node) not in reported:
                reported.add(id(node))
                problems.append(Problem(shown, *pos(node), "yaml.alias"))
            continue  # never descend twice: this is what makes an alias bomb harmless
        seen.add(id(node))
        if not node.tag.startswith(_CORE_TAG):
            problems.append(Problem(shown, *pos(node), "yaml.tag"))
        if isinstance(node, MappingNode):
            keys: dict[str, Node] = {}
            for key, value in node.value:
                if isinstance(key, ScalarNode):
                    if key.value in keys:
                        first = keys[key.value]
                        problems.append(
                            Problem(
                                shown,
                                *pos(key),
                                "yaml.duplicate_key",
                                {"key": key.value, "first": pos(first)[0]},
                            )
                        )
                    else:
                        keys[key.value] = key
                else:
                    stack.append(key)
                stack.append(value)
        elif isinstance(node, SequenceNode):
            stack.extend(node.value)
    problems.sort(key=lambda p: (p.line, p.col))
    return problems


def pos(node: Node) -> tuple[int, int]:
    """1-based line and column where ``node`` starts."""
    return node.start_mark.line + 1, node.start_mark.column + 1


def load_tree(path: Path, shown: str | None = None) -> Node:
    """Read, decode and compose a YAML file safely."""
    shown = str(path) if shown is None else shown
    return compose(decode(read_bytes(path, shown), shown), shown)
