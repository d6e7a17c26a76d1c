"""Turn a composed YAML tree into a validated :class:`~quez.decks.model.Deck`."""

from __future__ import annotations

from pathlib import Path
from typing import cast

from yaml.nodes import Node, ScalarNode

from quez.decks.model import Address, Card, Deck, DeckKind, LText, Theme
from quez.decks.problems import DeckError
from quez.decks.reader import ID_PATTERN, Reader
from quez.decks.yamlsafe import load_tree, pos

KINDS = ("client", "intervisie")
ADDRESSES = ("je", "u")
DECK_FIELDS = ("format", "id", "title", "description", "kind")
DECK_OPTIONAL = (
    "language",
    "languages",
    "author",
    "version",
    "licence",
    "address",
    "themes",
    "cards",
)
THEME_FIELDS = ("id", "title", "question")
CARD_FIELDS = ("id", "text")
CARD_OPTIONAL = ("theme", "followups", "tags")


def load_deck(path: Path, shown: str | None = None) -> Deck:
    """Load and validate one deck file; raise :class:`DeckError` listing every problem."""
    shown = str(path) if shown is None else shown
    return build_deck(load_tree(path, shown), shown, path)


def build_deck(root: Node, shown: str, path: Path | None = None) -> Deck:
    """Validate a composed tree as a deck, collecting every problem."""
    r = Reader(shown)
    f = r.fields(root, required=DECK_FIELDS, optional=DECK_OPTIONAL, what="deck")
    if f is None:
        raise DeckError(r.problems)
    r.format_version(f)
    deck_id = r.identifier(f["id"], "id") if "id" in f else None
    kind = _choice(r, f, "kind", KINDS)
    address = _choice(r, f, "address", ADDRESSES)
    languages = r.languages(f, root)
    if r.problems and any(p.key.startswith("deck.") and "language" in p.key for p in r.problems):
        # Without valid languages every text would report a missing translation: stop here.
        raise DeckError(r.problems)
    meta = {k: r.scalar(f[k], k) for k in ("author", "version", "licence") if k in f}
    title = r.ltext(f["title"], "title", languages) if "title" in f else None
    description = (
        r.ltext(f["description"], "description", languages) if "description" in f else None
    )
    themes = _themes(r, f.get("themes"), languages, root)
    cards = _cards(r, f.get("cards"), languages, {t.id for t in themes}, root)
    if r.problems or deck_id is None or kind is None or title is None or description is None:
        raise DeckError(sorted(r.problems, key=lambda p: (p.line, p.col)))
    return Deck(
        id=deck_id,
        title=title,
        description=description,
        kind=cast(DeckKind, kind),
        languages=languages,
        themes=themes,
        cards=cards,
        path=path,
        author=meta.get("author"),
        version=meta.get("version"),
        licence=meta.get("licence"),
        address=cast("Address | None", address),
    )


def _choice(r: Reader, f: dict[str, Node], field: str, options: tuple[str, ...]) -> str | None:
    if field not in f:
        return None
    value = r.scalar(f[field], field)
    if value is not None and value not in options:
        r.error(f[field], "deck.bad_choice", field=field, options=" | ".join(options))
        return None
    return value


def _themes(r: Reader, node: Node | None, langs: tuple[str, ...], root: Node) -> tuple[Theme, ...]:
    if node is None:
        r.error(root, "deck.missing_field", field="themes", what="deck")
        return ()
    items = r.sequence(node, "themes")
    if items is None:
        return ()
    if not items:
        r.error(node, "deck.no_themes")
    themes: list[Theme] = []
    seen: dict[str, int] = {}
    for item in items:
        f = r.fields(item, required=THEME_FIELDS, optional=("description",), what="theme")
        if f is None:
            continue
        tid = r.identifier(f["id"], "id") if "id" in f else None
        title = r.ltext(f["title"], "title", langs) if "title" in f else None
        question = r.ltext(f["question"], "question", langs) if "question" in f else None
        desc = r.ltext(f["description"], "description", langs) if "description" in f else None
        if tid is not None and tid in seen:
            r.error(f["id"], "deck.duplicate_theme", id=tid, first=seen[tid])
            continue
        if tid is not None:
            seen[tid] = pos(f["id"])[0]
        if tid and title and question:
            themes.append(Theme(tid, title, question, desc, pos(item)))
    return tuple(themes)


def _cards(
    r: Reader, node: Node | None, langs: tuple[str, ...], theme_ids: set[str], root: Node
) -> tuple[Card, ...]:
    if node is None:
        r.error(root, "deck.missing_field", field="cards", what="deck")
        return ()
    items = r.sequence(node, "cards")
    if items is None:
        return ()
    if not items:
        r.error(node, "deck.no_cards")
    cards: list[Card] = []
    seen: dict[str, int] = {}
    for item in items:
        f = r.fields(item, required=CARD_FIELDS, optional=CARD_OPTIONAL, what="card")
        if f is None:
            continue
        cid = r.identifier(f["id"], "id") if "id" in f else None
        text = r.ltext(f["text"], "text", langs) if "text" in f else None
        theme = None
        if "theme" in f:
            theme = r.identifier(f["theme"], "theme")
            if theme is not None and theme not in theme_ids:
                r.error(f["theme"], "deck.unknown_theme", theme=theme)
        followups = _followups(r, f.get("followups"), langs)
        tags = _tags(r, f.get("tags"))
        if cid is not None and cid in seen:
            r.error(f["id"], "deck.duplicate_card", id=cid, first=seen[cid])
            continue
        if cid is not None:
            seen[cid] = pos(f["id"])[0]
        if cid and text:
            cards.append(Card(cid, text, theme, followups, tags, pos(item)))
    return tuple(cards)


def _followups(r: Reader, node: Node | None, langs: tuple[str, ...]) -> tuple[LText, ...]:
    if node is None:
        return ()
    items = r.sequence(node, "followups") or []
    texts = [r.ltext(item, "followups", langs) for item in items]
    return tuple(t for t in texts if t is not None)


def _tags(r: Reader, node: Node | None) -> tuple[str, ...]:
    if node is None:
        return ()
    items = r.sequence(node, "tags") or []
    tags: list[str] = []
    for item in items:
        value = r.scalar(item, "tags") if isinstance(item, ScalarNode) else None
        if value is None or not ID_PATTERN.match(value):
            r.error(item, "deck.bad_tag")
        elif value not in tags:
            tags.append(value)
    return tuple(tags)


__all__ = ["LText", "build_deck", "load_deck"]
