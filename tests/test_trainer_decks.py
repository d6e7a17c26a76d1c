"""Trainers' own decks: other themes, one language, "je", no opening or closing cards.

Validate, lint, preview, print and install must all work on decks that look nothing like the
shipped ones.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from quez.decks import Deck, load_deck
from quez.i18n import Translator
from quez.lint import lint_deck
from quez.paths import Paths
from quez.trainer.printing import page_count, render_print_html
from tests.trainer_helpers import (
    BILINGUAL_NO_OPENING,
    CLOSED_QUESTION,
    ENGLISH_ONLY,
    JE_THREE_THEMES,
    run,
)

DECKS = {
    "english-only": ENGLISH_ONLY,
    "jongeren": JE_THREE_THEMES,
    "tweetalig": BILINGUAL_NO_OPENING,
}


@pytest.fixture(params=sorted(DECKS))
def deck_file(request: pytest.FixtureRequest, tmp_path: Path) -> Path:
    path = tmp_path / f"{request.param}.yaml"
    path.write_text(DECKS[request.param])
    return path


def _load(text: str, folder: Path) -> Deck:
    path = folder / f"{len(list(folder.iterdir()))}.yaml"
    path.write_text(text)
    return load_deck(path)


def test_shapes(tmp_path: Path) -> None:
    """The decks really are different from the shipped ones."""
    english = _load(ENGLISH_ONLY, tmp_path)
    assert english.languages == ("en",) and english.address is None
    je = _load(JE_THREE_THEMES, tmp_path)
    assert je.address == "je" and len(je.themes) == 3
    for deck in (english, je, _load(BILINGUAL_NO_OPENING, tmp_path)):
        assert not deck.tagged("opening") and not deck.tagged("closing")


@pytest.mark.parametrize("ui", ["nl", "en"])
def test_validate_and_lint_clean(deck_file: Path, ui: str) -> None:
    validate = run(["deck", "validate", str(deck_file)], lang=ui)
    assert validate.exit_code == 0, validate.output
    lint = run(["deck", "lint", "--strict", str(deck_file)], lang=ui)
    assert lint.exit_code == 0, lint.output
    assert lint_deck(load_deck(deck_file), translator=Translator(ui)) == []


def test_preview_print_install(deck_file: Path, paths: Paths, tmp_path: Path) -> None:
    deck = load_deck(deck_file)
    lang = deck.primary_language
    preview = run(["deck", "preview", str(deck_file)])
    assert preview.exit_code == 0, preview.output
    flat = " ".join(preview.output.split())
    for card in deck.cards:
        assert card.id in flat
    page = render_print_html(deck, Translator("nl"))
    assert page.count('<article class="card ') == len(deck.cards) + len(deck.themes)
    assert page_count(deck) == -(-(len(deck.cards) + len(deck.themes)) // 3)
    assert f'<html lang="{lang}">' in page
    installed = run(["deck", "install", str(deck_file)])
    assert installed.exit_code == 0, installed.output
    assert (paths.decks_dir / f"{deck.id}.yaml").is_file()
    printed = run(["deck", "print", deck.id, "-o", str(tmp_path / "out.html")])
    assert printed.exit_code == 0, printed.output


def test_english_deck_prints_english_labels(tmp_path: Path) -> None:
    path = tmp_path / "english.yaml"
    path.write_text(ENGLISH_ONLY)
    page = render_print_html(load_deck(path), Translator("nl"))
    assert "Follow-up questions" in page and "Doorvragen" not in page


def test_je_deck_flags_a_u_question(tmp_path: Path) -> None:
    path = tmp_path / "jongeren.yaml"
    path.write_text(JE_THREE_THEMES.replace("Wat geeft je energie?", "Wat geeft u energie?"))
    findings = lint_deck(load_deck(path), translator=Translator("nl"))
    assert [f.rule for f in findings] == ["wrong-address"]


def test_closed_question_is_a_warning(tmp_path: Path) -> None:
    path = tmp_path / "gesloten.yaml"
    path.write_text(CLOSED_QUESTION)
    plain = run(["deck", "lint", str(path)])
    assert plain.exit_code == 0
    assert "closed-question" in plain.output
    strict = run(["deck", "lint", "--strict", str(path)])
    assert strict.exit_code == 1
    fixed = tmp_path / "open.yaml"
    fixed.write_text(
        CLOSED_QUESTION.replace("Heeft u een fijne dag gehad?", "Wat maakte uw dag fijn?")
    )
    assert run(["deck", "lint", "--strict", str(fixed)]).exit_code == 0
