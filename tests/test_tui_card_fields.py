"""The card's two texts side by side, and werkaantekeningen that hide with one key.

The client's own words and the professional's summary are two labelled fields (Ctrl+O or Tab
moves between them); F2 hides the werkaantekeningen at once, also while typing in them, and
says so. Resuming shows the panes as they were left.
"""

from __future__ import annotations

import pytest
from textual.pilot import Pilot

from quez.paths import Paths
from quez.tui.app import QuezApp
from quez.tui.screens.card import CardScreen
from quez.tui.widgets.note_area import NoteArea
from tests.tui_support import make_app, open_store


async def first_card(pilot: Pilot[int]) -> CardScreen:
    await pilot.press("enter", "enter", "1")  # new conversation, the client picks theme 1
    screen = pilot.app.screen
    assert isinstance(screen, CardScreen)
    return screen


def said(app: QuezApp, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    lines: list[str] = []
    monkeypatch.setattr(app, "say", lambda message, error=False: lines.append(message))
    return lines


async def test_own_words_and_summary_are_two_fields(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await first_card(pilot)
            own = screen.query_one("#note", NoteArea)
            summary = screen.query_one("#summary", NoteArea)
            assert app.focused is own  # the client's words first
            assert str(own.border_title) == "✎ Uw eigen woorden"
            assert str(summary.border_title) == "✎ Samenvatting door de begeleider"
            assert own.region.y < summary.region.y and own.region.height > summary.region.height
            await pilot.press(*"Ik kook zelf.", "ctrl+o", *"Zij kookt graag.")
            assert app.focused is summary
            await pilot.press("ctrl+o", *" Elke dag.")  # back: nothing was relabelled
            assert app.focused is own
            assert (own.text, summary.text) == ("Ik kook zelf. Elke dag.", "Zij kookt graag.")
            await pilot.press("tab")  # Tab moves between them too
            assert app.focused is summary
            await pilot.press("escape", "enter")  # Enter types again where typing stopped
            assert app.focused is summary
            app.flush()
            entry = store.entries(store.list_sessions()[0].session.id)[0]
            assert (entry.note, entry.summary) == ("Ik kook zelf. Elke dag.", "Zij kookt graag.")
            assert (entry.consent, entry.summary_consent) == (None, None)


async def test_f2_hides_the_work_notes_at_once_while_typing_in_them(
    paths: Paths, monkeypatch: pytest.MonkeyPatch
) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store, delay=30.0)  # no autosave: hiding must not lose a word
        lines = said(app, monkeypatch)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await first_card(pilot)
            pane = screen.query_one("#worknotes")
            await pilot.press("escape", "w", *"alleen voor mij")
            assert pane.display and app.focused is screen.query_one("#worknotes-text")
            await pilot.press("f2")  # typing in them: still one key
            assert not pane.display
            assert app.focused is None  # keys mode: nothing typed next lands in a note
            assert lines == ["Werkaantekeningen verborgen. w: weer tonen."]
            assert app.conversation is not None
            assert app.conversation.worknotes == "alleen voor mij"
            assert not app.conversation.position.worknotes
            await pilot.press("w")  # they come back only when asked
            assert pane.display
            await pilot.press("escape", "enter", "f2")  # typing the client's words: hide too
            assert not pane.display and app.focused is screen.query_one("#note")
            await pilot.press("f2")  # nothing to hide: nothing happens
            assert len(lines) == 2
            await pilot.press("ctrl+q")
        sid = store.list_sessions()[0].session.id
        assert store.get_worknotes(sid).text == "alleen voor mij"  # type: ignore[union-attr]

        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            await pilot.press("down", "enter", "enter")  # resume: the panes as they were left
            await pilot.pause()
            assert isinstance(app.screen, CardScreen)
            assert not app.screen.query_one("#worknotes").display


@pytest.mark.parametrize("lang", ["nl", "en"])
async def test_card_and_read_back_fit_80x24_in_large_text(paths: Paths, lang: str) -> None:
    long = "Ik wil zelf mijn boodschappen doen, ook als het regent en mijn knie pijn doet."
    with open_store(paths) as store:
        app = make_app(paths, store, lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await first_card(pilot)
            await pilot.press(*long, "ctrl+o", *"Samen.", "escape", "asterisk", "w", "escape")
            await pilot.press("plus")
            await pilot.pause()
            assert app.has_class("-large")
            header = screen.query_one("#card-meta")
            meta = str(header.render())
            region = header.region  # wrapped onto a second line where needed, never cut
            assert region.right <= 80 and len(meta) <= region.width * region.height
            assert screen.query_one("#card-top").region.contains_region(region)
            for selector in ("#note", "#summary", "#worknotes", "#keybar"):
                region = screen.query_one(selector).region
                assert region.height >= 3 or selector == "#keybar", selector
                assert region.bottom <= 24 and region.right <= 80, selector
            await pilot.press("k")
            await pilot.pause()
            readback = app.screen
            for row in readback.query(".part-row"):
                region = row.region
                assert region.right <= 80
                answer = str(row.border_subtitle)
                assert len(answer) + 4 <= region.width, answer  # the answer is never cut
            assert readback.query_one("#keybar").region.bottom == 24
