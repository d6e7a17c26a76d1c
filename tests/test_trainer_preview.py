"""``quez deck preview``: every card, as plain text, grouped like QueZ shows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from rich.console import Console

from quez.decks import Deck, load_deck
from quez.i18n import Translator
from quez.trainer.preview import card_groups, preview_renderables
from tests.conftest import SHIPPED
from tests.trainer_helpers import BILINGUAL_NO_OPENING, HOSTILE, run


def _flat(text: str) -> str:
    """Terminal output without box drawing and line wrapping, for substring checks."""
    kept = "".join(ch if ch.isalnum() or ch in "?!.,:;'\"<>/()&[]=-_{}" else " " for ch in text)
    return " ".join(kept.split())


def _render(deck: Deck, lang: str = "nl", width: int = 200) -> str:
    console = Console(width=width, markup=False, record=True, file=open("/dev/null", "w"))  # noqa: SIM115
    for renderable in preview_renderables(deck, Translator(lang)):
        console.print(renderable)
    return console.export_text()


@pytest.mark.parametrize("name", ["gesprek", "intervisie"])
def test_every_card_is_shown(name: str) -> None:
    deck = load_deck(SHIPPED / f"{name}.yaml")
    shown = _flat(_render(deck))
    for theme in deck.themes:
        assert _flat(theme.title.get("nl")) in shown
        assert _flat(theme.question.get("nl")) in shown
    for card in deck.cards:
        assert _flat(card.text.get("nl")) in shown, card.id
        assert card.id in shown
        for followup in card.followups:
            assert _flat(followup.get("nl")) in shown
    for tag in {tag for card in deck.cards for tag in card.tags}:
        assert tag in shown


def test_groups_cover_every_card_once() -> None:
    deck = load_deck(SHIPPED / "gesprek.yaml")
    seen = [card.id for _, _, cards in card_groups(deck) for card in cards]
    assert sorted(seen) == sorted(card.id for card in deck.cards)
    groups = card_groups(deck)
    assert groups[0][1] == "preview.opening" and groups[-1][1] == "preview.closing"


def test_cli_preview(tmp_path: Path) -> None:
    path = tmp_path / "tweetalig.yaml"
    path.write_text(BILINGUAL_NO_OPENING)
    deck = load_deck(path)
    for lang in ("nl", "en"):
        result = run(["deck", "preview", str(path)], lang=lang)
        assert result.exit_code == 0, result.output
        shown = _flat(result.output)
        for card in deck.cards:
            assert _flat(card.text.get(lang)) in shown
        assert "2.1" in shown


def test_english_ui_shows_english_deck_text() -> None:
    result = run(["deck", "preview", str(SHIPPED / "gesprek.yaml")], lang="en")
    assert result.exit_code == 0
    assert "How are you today?" in result.output
    assert "Hoe gaat het vandaag met u?" not in result.output


def test_deck_text_is_never_markup(tmp_path: Path) -> None:
    path = tmp_path / "hostile.yaml"
    path.write_text(HOSTILE)
    result = run(["deck", "preview", str(path)])
    assert result.exit_code == 0, result.output
    assert "[bold]markup[/bold]" in result.output
    assert "<script>alert(1)</script>" in result.output


def test_invalid_deck_gives_the_validate_lines(tmp_path: Path) -> None:
    path = tmp_path / "kapot.yaml"
    path.write_text(BILINGUAL_NO_OPENING.replace("theme: thuis\n", "theme: elders\n", 1))
    preview = run(["deck", "preview", str(path)])
    validate = run(["deck", "validate", str(path)])
    assert preview.exit_code == 1
    problems = [line for line in validate.output.splitlines() if line.startswith(str(path))]
    assert problems
    assert [line for line in preview.output.splitlines() if line.startswith(str(path))] == problems


def test_missing_file(tmp_path: Path) -> None:
    result = run(["deck", "preview", str(tmp_path / "nergens.yaml")])
    assert result.exit_code == 1
    assert "niet gevonden" in result.output
