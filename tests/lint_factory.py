"""Build small decks directly from the model dataclasses, for the lint tests."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from pathlib import Path

from quez.decks.model import Address, Card, Deck, DeckKind, LText, Theme

Text = str | Mapping[str, str]


class Lines:
    """Hands out increasing line numbers, so every text has its own position."""

    def __init__(self) -> None:
        self.line = 1

    def ltext(self, text: Text, languages: Sequence[str]) -> LText:
        values = dict(text) if isinstance(text, Mapping) else {languages[0]: text}
        positions = {}
        for lang in values:
            self.line += 1
            positions[lang] = (self.line, 11)
        return LText(values, positions)


def make_deck(
    cards: Sequence[Text | tuple[str | None, Text] | tuple[str | None, Text, Sequence[Text]]] = (),
    *,
    themes: Mapping[str, Text] | None = None,
    languages: Sequence[str] = ("nl",),
    kind: DeckKind = "client",
    address: Address | None = None,
    path: str = "deck.yaml",
) -> Deck:
    """A deck; each card is a text, ``(theme, text)`` or ``(theme, text, followups)``."""
    lines = Lines()
    langs = tuple(languages)
    title = lines.ltext(dict.fromkeys(langs, "Titel"), langs)
    description = lines.ltext(dict.fromkeys(langs, "Omschrijving"), langs)
    theme_objs = []
    for theme_id, question in (themes or {}).items():
        line = lines.line + 1
        theme_objs.append(
            Theme(
                theme_id,
                lines.ltext(dict.fromkeys(langs, "Thema"), langs),
                lines.ltext(question, langs),
                pos=(line, 5),
            )
        )
    card_objs = []
    for n, spec in enumerate(cards, start=1):
        theme, text, followups = None, spec, ()
        if isinstance(spec, tuple):
            theme, text = spec[0], spec[1]
            followups = tuple(spec[2]) if len(spec) > 2 else ()  # type: ignore[misc]
        card_objs.append(
            Card(
                id=f"c{n}",
                text=lines.ltext(text, langs),  # type: ignore[arg-type]
                theme=theme,
                followups=tuple(lines.ltext(f, langs) for f in followups),
            )
        )
    return Deck(
        id="test",
        title=title,
        description=description,
        kind=kind,
        languages=langs,
        themes=tuple(theme_objs),
        cards=tuple(card_objs),
        path=Path(path),
        address=address,
    )
