"""One text: the question the client reads back is the question their document prints.

Both come from the card text stored when the card was drawn, so a deck edited afterwards (a
trainer rewording a card) changes neither what the client confirmed nor what they receive.
"""

from __future__ import annotations

import random
from pathlib import Path

from textual.content import Content

from quez.conversation import Conversation
from quez.decks import discover
from quez.paths import Paths
from quez.tui.screens.card import CardScreen
from quez.tui.screens.end import EndScreen
from quez.tui.screens.readback import ReadBackScreen
from quez.tui.widgets.note_block import NoteBlock
from quez.tui.widgets.question import QuestionText
from tests.tui_support import make_app, open_store

DRAWN = "Waar ben je trots op?"
EDITED = "Wat vind je moeilijk?"


def write_deck(folder: Path, card_text: str) -> Path:
    path = folder / "eigen.yaml"
    path.write_text(
        f"""format: 1
id: eigen
title: "Eigen set"
description: "Een set om te testen"
kind: client
languages: [nl]
themes:
  - id: kracht
    title: "Kracht"
    question: "Wat kun je?"
cards:
  - id: kracht-1
    theme: kracht
    text: "{card_text}"
    followups: ["En verder?"]
""",
        encoding="utf-8",
    )
    return path


async def test_a_deck_edit_after_drawing_changes_neither_readback_nor_document(
    paths: Paths, tmp_path: Path
) -> None:
    deck_file = write_deck(tmp_path, DRAWN)
    with open_store(paths) as store:
        deck = discover(paths, [deck_file], include_user=False).get("eigen")
        assert deck is not None
        conv = Conversation.start(store, deck, lang="nl", rng=random.Random(1))
        entry = conv.choose_theme("kracht")
        assert entry is not None
        conv.set_note(entry.id, "Op mijn moestuin.")
        conv.flush()

        write_deck(tmp_path, EDITED)  # the trainer rewords the card afterwards
        app = make_app(paths, store, extra=[deck_file])
        live = app.decks.get("eigen")
        assert live is not None and live.card("kracht-1").text.get("nl") == EDITED  # type: ignore[union-attr]
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("down", "enter")  # Verder met een gesprek
            await pilot.press("enter")  # the only open conversation
            await pilot.pause()
            assert isinstance(app.screen, CardScreen)
            assert app.screen.query_one("#question", QuestionText).text == DRAWN
            await pilot.press("escape", "k")
            assert isinstance(app.screen, ReadBackScreen)
            block = app.screen.query_one(NoteBlock)
            assert block.question == DRAWN
            question = block.query_one(".block-question").render()
            assert isinstance(question, Content) and question.plain == f"1. {DRAWN}"
            await pilot.press("space", "e")  # the client agrees; the document is written
            assert isinstance(app.screen, EndScreen)
            exported = app.screen.exported
    assert len(exported) == 2
    for path in exported:
        text = path.read_text(encoding="utf-8")
        assert "Op mijn moestuin." in text
        assert DRAWN.replace("?", "") in text and EDITED.replace("?", "") not in text
