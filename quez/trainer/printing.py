"""``quez deck print``: a self-contained HTML page of paper cards for A4.

Every card is printed once, front on the left half and back on the right half, to be cut out
along the crop marks and folded along the dashed line (no double-sided printing needed). The
theme cards come first in each theme, in large type. Every back carries a footer with deck id,
version and card id, so a paper card can be traced to its source. Deck text is HTML-escaped;
the page loads nothing from anywhere (inline CSS, system fonts, a CSP that forbids the rest).

A deck's tags are for QueZ, not for the table: a paper card never shows them. What they mean is
printed in words instead: "kernvraag om mee te beginnen" on a core opener, and on an intervisie
card the steps it fits ("Past bij de stap: verkennen, analyseren"). Other tags are left out.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from html import escape
from importlib import resources

from quez.decks.model import CORE, INTERVISIE_PHASES, Card, Deck, Theme
from quez.i18n import LANGUAGES, Translator
from quez.trainer.preview import card_groups

CARDS_PER_PAGE = {False: 3, True: 2}  # keyed by large print
_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'"
_MARKS = "".join(f'<span class="mark {m}"></span>' for m in ("tl", "tr", "bl", "br", "ft", "fb"))


@dataclass(frozen=True)
class PrintItem:
    """One paper card: a theme card or a question card."""

    theme: Theme | None = None
    card: Card | None = None
    group: str | None = None  # label key for a general card (opening, closing …)


def print_items(deck: Deck) -> list[PrintItem]:
    """Every paper card in printing order: like the preview, each theme card before its cards."""
    items: list[PrintItem] = []
    for theme, label, cards in card_groups(deck):
        if theme is not None:
            items.append(PrintItem(theme=theme))
        items += [PrintItem(card=card, theme=theme, group=label) for card in cards]
    return items


def page_count(deck: Deck, *, large: bool = False) -> int:
    """How many A4 pages the printed deck takes."""
    return max(1, math.ceil(len(print_items(deck)) / CARDS_PER_PAGE[large]))


def default_filename(deck: Deck, t: Translator) -> str:
    """``<deck-id>-kaarten.html`` (in the UI language)."""
    return t("print.filename", id=deck.id)


def stylesheet() -> str:
    """The page's CSS (shipped next to this module)."""
    return resources.files("quez.trainer").joinpath("print.css").read_text(encoding="utf-8")


def _e(text: str) -> str:
    return escape(text, quote=True)


def _fit(length: int, long: int, longer: int) -> str:
    """A size class so that long text still fits its half card (fixed size keeps pages exact)."""
    return " longer" if length > longer else " long" if length > long else ""


# Font sizes (pt) in print.css, by (large, size class); and the points that fit one word of n
# characters on a half card (71 mm of text width, bold sans at about 0.66 em per character).
_QUESTION_PT = {
    (False, ""): 15.0,
    (False, " long"): 12.0,
    (False, " longer"): 9.5,
    (True, ""): 22.0,
    (True, " long"): 16.0,
    (True, " longer"): 12.0,
}
_THEME_QUESTION_PT = {**_QUESTION_PT, (False, ""): 13.0, (True, ""): 19.0}
_TITLE_PT = {False: 24.0, True: 34.0}
_LINE_PT = 71 * 72 / 25.4 / 0.66


def _word_fit(text: str, css_pt: float) -> str:
    """An inline font size when the longest word would not fit the line at ``css_pt``."""
    longest = max((len(word) for word in text.split()), default=0)
    if not longest or _LINE_PT / longest >= css_pt:
        return ""
    return f' style="font-size: {_LINE_PT / longest:.1f}pt"'


class _Page:
    """Renders cards in one text language, with labels in that language when QueZ has it."""

    def __init__(self, deck: Deck, t: Translator, large: bool) -> None:
        self.deck = deck
        self.large = large
        self.lang = deck.text_language(t.lang)
        self.t = Translator(self.lang) if self.lang in LANGUAGES else t

    def footer(self, item_id: str) -> str:
        version = self.deck.version
        parts = [self.deck.id, self.t("print.version", version=version) if version else "", item_id]
        return f'<p class="footer">{_e(" · ".join(p for p in parts if p))}</p>'

    def theme_card(self, theme: Theme) -> str:
        count = len(self.deck.cards_for(theme.id))
        desc = theme.description.get(self.lang) if theme.description is not None else ""
        question, title = theme.question.get(self.lang), theme.title.get(self.lang)
        size = _fit(len(question), 90, 160)
        q_style = _word_fit(question, _THEME_QUESTION_PT[self.large, size])
        front = (
            f'<p class="kicker">{_e(self.t("print.theme"))}</p>'
            f'<h2 class="theme-title"{_word_fit(title, _TITLE_PT[self.large])}>{_e(title)}</h2>'
            f'<p class="question{size}"{q_style}>{_e(question)}</p>'
        )
        back = f'<p class="theme-name">{_e(theme.title.get(self.lang))}</p>'
        if desc:
            back += f"<p>{_e(desc)}</p>"
        key = "print.theme_count_one" if count == 1 else "print.theme_count"
        back += f'<p class="tags">{_e(self.t(key, cards=count))}</p>'
        return self._card("theme-card", f"theme-{theme.id}", front, back, f"{theme.id}")

    def question_card(self, item: PrintItem) -> str:
        card = item.card
        assert card is not None
        text = card.text.get(self.lang)
        size = _fit(len(text), 120, 220)
        style = _word_fit(text, _QUESTION_PT[self.large, size])
        front = f'<p class="question{size}"{style}>{_e(text)}</p>'
        if item.theme is not None:
            heading = self.t("print.in_theme", title=item.theme.title.get(self.lang))
        else:
            heading = self.t(item.group or "preview.general")
        back = f'<p class="theme-name">{_e(heading)}</p>'
        if CORE in card.tags and item.group == "preview.opening":
            back += f'<p class="kicker">{_e(self.t("print.core"))}</p>'
        if card.followups:
            size = _fit(sum(len(f.get(self.lang)) for f in card.followups), 160, 300)
            back += (
                f'<p class="kicker">{_e(self.t("print.followups"))}</p><ul class="{size.strip()}">'
            )
            back += "".join(f"<li>{_e(f.get(self.lang))}</li>" for f in card.followups)
            back += "</ul>"
        phases = [self.t(f"print.phase.{tag}") for tag in INTERVISIE_PHASES if tag in card.tags]
        if phases and self.deck.kind == "intervisie":
            back += f'<p class="tags">{_e(self.t("print.fits", phases=", ".join(phases)))}</p>'
        return self._card("question-card", f"card-{card.id}", front, back, card.id)

    def _card(self, kind: str, anchor: str, front: str, back: str, item_id: str) -> str:
        return (
            f'<article class="card {kind}" id="{_e(anchor)}">'
            f'<div class="half front">{front}</div>'
            f'<div class="half back"><div class="body">{back}</div>{self.footer(item_id)}</div>'
            f"{_MARKS}</article>"
        )

    def item(self, item: PrintItem) -> str:
        if item.card is None and item.theme is not None:
            return self.theme_card(item.theme)
        return self.question_card(item)


def render_print_html(deck: Deck, t: Translator, *, large: bool = False) -> str:
    """The whole printable page as one HTML string."""
    page = _Page(deck, t, large)
    items = print_items(deck)
    per_page = CARDS_PER_PAGE[large]
    sheets = [
        '<section class="sheet">'
        + "".join(page.item(i) for i in items[n : n + per_page])
        + "</section>"
        for n in range(0, len(items), per_page)
    ]
    title = page.t("print.title", title=deck.title.get(page.lang))
    help_text = page.t("print.help", pages=len(sheets), cards=len(items))
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{_e(page.lang)}">\n<head>\n<meta charset="utf-8">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{_CSP}">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        '<meta name="generator" content="QueZ">\n'
        f"<title>{_e(title)}</title>\n<style>\n{stylesheet()}</style>\n</head>\n"
        f'<body class="{"large" if large else "normal"}">\n'
        f'<p class="help">{_e(help_text)}</p>\n' + "\n".join(sheets) + "\n</body>\n</html>\n"
    )
