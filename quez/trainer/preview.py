"""``quez deck preview``: every card of a deck as rich renderables, grouped as QueZ shows them.

Order: the deck's header, opening cards, each theme card followed by its cards, other general
cards, closing cards. Deck text only ever goes into :class:`rich.text.Text` (never markup).
"""

from __future__ import annotations

from rich.box import HEAVY
from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.rule import Rule
from rich.text import Text

from quez.decks.model import CLOSING, OPENING, Card, Deck, Theme
from quez.i18n import Translator


def card_groups(deck: Deck) -> list[tuple[Theme | None, str | None, tuple[Card, ...]]]:
    """The deck's cards in showing order: (theme, label key for general cards, cards)."""
    general = deck.cards_for(None)
    opening = tuple(c for c in general if OPENING in c.tags)
    closing = tuple(c for c in general if CLOSING in c.tags and c not in opening)
    other = tuple(c for c in general if c not in opening and c not in closing)
    groups: list[tuple[Theme | None, str | None, tuple[Card, ...]]] = []
    if opening:
        groups.append((None, "preview.opening", opening))
    groups += [(theme, None, deck.cards_for(theme.id)) for theme in deck.themes]
    if other:
        groups.append((None, "preview.general", other))
    if closing:
        groups.append((None, "preview.closing", closing))
    return groups


def deck_header(deck: Deck, t: Translator, lang: str) -> RenderableType:
    """Title, description and the facts a trainer checks (id, kind, languages, counts)."""
    body = Text(deck.title.get(lang), style="bold")
    body.append("\n")
    body.append(deck.description.get(lang))
    facts = [
        t("preview.fact.id", id=deck.id),
        t("preview.fact.kind", kind=t(f"kind.{deck.kind}")),
        t("preview.fact.languages", languages=", ".join(deck.languages)),
    ]
    if deck.address:
        facts.append(t("preview.fact.address", address=deck.address))
    if deck.version:
        facts.append(t("preview.fact.version", version=deck.version))
    facts.append(t("preview.fact.counts", themes=len(deck.themes), cards=len(deck.cards)))
    body.append("\n\n")
    body.append(" · ".join(facts), style="dim")
    return Panel(body, padding=(0, 1))


def theme_panel(theme: Theme, t: Translator, lang: str, count: int) -> RenderableType:
    """The face-up theme card: title, central question, description."""
    body = Text(theme.question.get(lang), style="bold")
    if theme.description is not None:
        body.append("\n")
        body.append(theme.description.get(lang), style="italic")
    title = Text(theme.title.get(lang), style="bold")
    subtitle = Text(
        t("preview.theme_sub_one" if count == 1 else "preview.theme_sub", id=theme.id, cards=count)
    )
    return Panel(
        body, box=HEAVY, title=title, subtitle=subtitle, padding=(1, 2), border_style="cyan"
    )


def card_panel(card: Card, t: Translator, lang: str) -> RenderableType:
    """One question card: the question, its follow-ups and tags, the card id underneath."""
    body = Text(card.text.get(lang))
    for followup in card.followups:
        body.append("\n  ↳ ", style="dim")
        body.append(followup.get(lang))
    if card.tags:
        body.append("\n")
        body.append(t("preview.tags", tags=", ".join(card.tags)), style="dim")
    return Panel(body, subtitle=Text(card.id), subtitle_align="right", padding=(0, 1))


def preview_renderables(deck: Deck, t: Translator, lang: str | None = None) -> list[RenderableType]:
    """Everything ``quez deck preview`` prints, in order."""
    text_lang = deck.text_language(lang or t.lang)
    out: list[RenderableType] = [deck_header(deck, t, text_lang)]
    for theme, label, cards in card_groups(deck):
        if theme is not None:
            out.append(Text())
            out.append(theme_panel(theme, t, text_lang, len(cards)))
        else:
            out.append(Rule(Text(t(label or "preview.general"))))
        if not cards:
            out.append(Text(t("preview.no_cards"), style="dim"))
        out.append(Group(*(card_panel(card, t, text_lang) for card in cards)))
    return out
