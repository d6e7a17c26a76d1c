"""What the deck commands print. Deck text is always printed as plain text, never markup."""

from __future__ import annotations

import random
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from quez.cli.context import CliContext
from quez.decks import Card, Deck, DeckError, load_deck
from quez.paths import shipped_decks_dir

T = TypeVar("T")


def print_deck_list(cx: CliContext) -> None:
    """``quez decks``: a table of loaded decks, then every problem of the ones that failed."""
    t = cx.t
    found = cx.decks()
    out = cx.console()
    if found.decks:
        table = Table(title=t("decks.title"), title_justify="left")
        for key in ("col.id", "col.title", "col.kind", "col.themes", "col.cards", "col.source"):
            table.add_column(t(key))
        for deck in found.decks:
            origin = t(f"origin.{found.origins[deck.id]}")
            table.add_row(
                Text(deck.id),
                Text(deck.title.get(deck.text_language(cx.lang))),
                Text(t(f"kind.{deck.kind}")),
                str(len(deck.themes)),
                str(len(deck.cards)),
                Text(f"{deck.path} ({origin})"),
            )
        out.print(table)
    else:
        out.print(t("decks.none"))
    if found.failures:
        out.print()
        out.print(Text(t("decks.failed"), style="bold"))
        for failure in found.failures:
            for problem in failure.problems:
                out.print(Text(problem.render(t)), soft_wrap=True)


def validate_each(
    cx: CliContext,
    paths: list[Path],
    load: Callable[[Path, str], T],
    ok_line: Callable[[Path, T], str],
    summary_key: str,
) -> int:
    """Load every file; print each problem as ``file:line:col: message``; 0 when all load.

    Shared by ``quez deck validate`` and ``quez method validate``.
    """
    out, err = cx.console(), cx.console(stderr=True)
    bad = 0
    for path in paths:
        try:
            loaded = load(path, str(path))
        except DeckError as exc:
            bad += 1
            for problem in exc.problems:
                err.print(Text(problem.render(cx.t)), soft_wrap=True)
            continue
        out.print(Text(ok_line(path, loaded)), soft_wrap=True)
    if bad:
        err.print(Text(cx.t(summary_key, bad=bad, total=len(paths))))
    return 1 if bad else 0


def validate_files(cx: CliContext, paths: list[Path]) -> int:
    """``quez deck validate``: every problem of every file; 0 when all are valid."""

    def ok_line(path: Path, deck: Deck) -> str:
        return cx.t("validate.ok", path=path, cards=len(deck.cards))

    return validate_each(cx, paths, load_deck, ok_line, "validate.summary_bad")


def pick_card(deck: Deck, theme: str | None, rng: random.Random) -> Card | None:
    """A random card from ``theme`` (or from the whole deck)."""
    pool = deck.cards_for(theme) if theme else deck.cards
    return rng.choice(pool) if pool else None


def draw_card(cx: CliContext, deck_id: str | None, theme: str | None, seed: int | None) -> int:
    """``quez draw``: one card as a panel, for a quick question without the TUI."""
    t = cx.t
    found = cx.decks()
    if deck_id is None:
        deck = next((d for d in found.decks if d.kind == "client"), None)
        deck = deck or (found.decks[0] if found.decks else None)
    else:
        deck = found.get(deck_id)
    if deck is None:
        raise cx.fail(t("draw.no_deck", deck=deck_id or "-"))
    if theme is not None and deck.theme(theme) is None:
        raise cx.fail(t("draw.no_theme", theme=theme))
    card = pick_card(deck, theme, random.Random(seed))
    if card is None:
        raise cx.fail(t("draw.no_cards"))
    lang = deck.text_language(cx.lang)
    body = Text(card.text.get(lang), style="bold")
    if card.followups:
        body.append("\n\n" + t("draw.followups") + "\n", style="dim")
        for followup in card.followups:
            body.append("• ")
            body.append(followup.get(lang))
            body.append("\n")
    theme_obj = deck.theme(card.theme) if card.theme else None
    title = Text(theme_obj.title.get(lang)) if theme_obj else Text(deck.title.get(lang))
    subtitle = Text(f"{deck.id} · {card.id}")
    body.rstrip()
    cx.console().print(Panel(body, title=title, subtitle=subtitle, padding=(1, 2)))
    return 0


def print_locations(cx: CliContext) -> None:
    """``quez locate``: where everything lives (nothing is created)."""
    t, p = cx.t, cx.paths
    table = Table(show_header=False, box=None)
    table.add_column(style="bold")
    table.add_column()
    rows = [
        ("locate.data", p.data_dir),
        ("locate.db", p.db_path),
        ("locate.decks", p.decks_dir),
        ("locate.shipped", shipped_decks_dir()),
        ("locate.exports", p.exports_dir),
        ("locate.config", p.settings_file),
        ("locate.cache", p.cache_dir),
        ("locate.state", p.state_dir),
    ]
    for key, path in rows:
        table.add_row(t(key), Text(str(path)))
    cx.console().print(table)
