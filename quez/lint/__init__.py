"""`quez deck lint`: teach trainers to write open, non-judging questions in plain language.

:func:`lint_deck` runs every rule on a loaded :class:`~quez.decks.model.Deck` and returns
:class:`Finding` objects whose messages are in the UI language of the given translator.
The rules and their levels are listed in :data:`RULES` and explained in docs/lint-rules.md.
"""

from __future__ import annotations

from collections.abc import Iterable

from quez.decks.model import Deck
from quez.i18n import Translator
from quez.lint.model import RULES, Finding, Hit, Level, TextItem
from quez.lint.rules_deck import missing_translations, mixed_address, theme_balance
from quez.lint.rules_double import double_question_hits
from quez.lint.rules_dupes import duplicates
from quez.lint.rules_text import jargon_hits, question_hits

__all__ = ["RULES", "Finding", "Level", "deck_items", "has_errors", "lint_deck"]


def deck_items(deck: Deck) -> list[TextItem]:
    """Every human-readable text of the deck, with the rules that apply to it."""
    items = [TextItem(deck.title, "title"), TextItem(deck.description, "description")]
    for theme in deck.themes:
        items.append(TextItem(theme.title, "title", theme=theme.id, client_facing=True))
        items.append(
            TextItem(
                theme.question,
                "question",
                theme=theme.id,
                question=True,
                client_facing=True,
                pooled=True,
            )
        )
        if theme.description is not None:
            items.append(
                TextItem(theme.description, "description", theme=theme.id, client_facing=True)
            )
    for card in deck.cards:
        for ltext, field in ((card.text, "text"), *((f, "followup") for f in card.followups)):
            items.append(
                TextItem(
                    ltext,
                    field,
                    card=card.id,
                    theme=card.theme,
                    question=True,
                    client_facing=True,
                    pooled=field == "text",
                )
            )
    return items


def lint_deck(deck: Deck, *, translator: Translator) -> list[Finding]:
    """All findings for ``deck``, sorted by position, with messages in the UI language."""
    path = str(deck.path) if deck.path is not None else deck.id
    items = deck_items(deck)
    located = list(missing_translations(items, deck.languages))
    for item in items:
        for lang in deck.languages:
            value = item.ltext.values.get(lang)
            if not value:
                continue
            hits: list[Hit] = []
            if item.question:
                hits += question_hits(value, lang)
                hits += double_question_hits(value, lang)
            if item.client_facing and deck.kind == "client":
                hits += jargon_hits(value, lang)
            located += [(item, lang, hit) for hit in hits]
    located += mixed_address(deck, items)
    pooled = [item for item in items if item.pooled]
    # Follow-ups may repeat across cards ("Wat nog meer?"), but not within their own card.
    per_card: dict[str, list[TextItem]] = {}
    for item in items:
        if item.card is not None:
            per_card.setdefault(item.card, []).append(item)
    for lang in deck.languages:
        located += duplicates(pooled, lang)
        for own in per_card.values():
            if len(own) > 1:
                located += duplicates(own, lang)
    findings = [_finding(path, item, lang, hit, translator) for item, lang, hit in located]
    for theme, hit in theme_balance(deck):
        line, col = theme.pos
        findings.append(_make(path, line, col, hit, translator, theme=theme.id))
    return sorted(findings, key=lambda f: (f.line, f.col, f.rule, f.lang or ""))


def has_errors(findings: Iterable[Finding], *, strict: bool = False) -> bool:
    """True when the findings should fail a build: any error, or any finding when strict."""
    return any(strict or f.level == "error" for f in findings)


def _finding(path: str, item: TextItem, lang: str, hit: Hit, t: Translator) -> Finding:
    line, col = item.ltext.pos(lang)
    return _make(path, line, col, hit, t, card=item.card, theme=item.theme, lang=lang)


def _make(
    path: str,
    line: int,
    col: int,
    hit: Hit,
    t: Translator,
    *,
    card: str | None = None,
    theme: str | None = None,
    lang: str | None = None,
) -> Finding:
    return Finding(
        path=path,
        line=line,
        col=col,
        level=RULES[hit.rule],
        rule=hit.rule,
        message=t(hit.key, **hit.params),
        card=card,
        theme=theme,
        lang=lang,
    )
