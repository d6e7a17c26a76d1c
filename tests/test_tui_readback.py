"""Klopt dit zo? (v2): numbering as shown, an answer per text, agreeing to everything only
after reading it, a correction withdrawing its answer at once, and a screen whose widgets do
not grow with the conversation (counted, not timed)."""

from __future__ import annotations

import random
import sqlite3

from textual.pilot import Pilot
from textual.widgets import TextArea

from quez.conversation import Conversation
from quez.paths import Paths
from quez.store import Store
from quez.tui.app import QuezApp
from quez.tui.screens.readback import PAGE_SIZE, ReadBackScreen
from quez.tui.screens.readback_agree import AgreeAllScreen
from quez.tui.widgets.note_block import NoteBlock, PartRow
from tests.tui_support import make_app, open_store, shipped_decks


def stored(store: Store, paths: Paths, texts: list[tuple[str, str]]) -> Conversation:
    """A conversation standing at the read-back, one card per (own words, summary)."""
    deck = shipped_decks(paths).get("gesprek")
    assert deck is not None
    conv = Conversation.start(store, deck, lang="nl", rng=random.Random(5))
    for own, summary in texts:
        entry = conv.draw()
        assert entry is not None
        conv.set_text(entry.id, "own_words", own)
        conv.set_text(entry.id, "summary", summary)
    conv.to_screen("readback")
    conv.flush()
    return conv


async def resume(pilot: Pilot[int]) -> ReadBackScreen:
    await pilot.press("down", "enter")  # Verder met een gesprek
    await pilot.press("enter")  # the only open conversation: it stood at the read-back
    await pilot.pause()
    screen = pilot.app.screen
    assert isinstance(screen, ReadBackScreen)
    return screen


def answers(screen: ReadBackScreen) -> list[str]:
    return [str(row.border_subtitle) for row in screen.rows()]


def hints(app: QuezApp) -> list[str]:
    bar = app.screen.query_one("KeyBar")
    return [label for _, label, _ in bar.hints()]  # type: ignore[attr-defined]


async def test_numbers_follow_what_is_shown(paths: Paths) -> None:
    texts = [("een", ""), ("", ""), ("", ""), ("vier", "samen"), ("vijf", "")]
    with open_store(paths) as store:
        conv = stored(store, paths, texts)
        questions = [conv.entries[i].card_text for i in (0, 3, 4)]
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await resume(pilot)
            heads = [str(b.query_one(".block-question").render()) for b in screen.query(NoteBlock)]
            assert heads == [f"{n}. {q}" for n, q in enumerate(questions, start=1)]
            kinds = [str(row.border_title) for row in screen.rows()]
            assert kinds == [
                "✎ Uw eigen woorden",
                "✎ Uw eigen woorden",
                "✎ Samenvatting door de begeleider",
                "✎ Uw eigen woorden",
            ]


async def test_each_text_has_its_own_answer(paths: Paths) -> None:
    with open_store(paths) as store:
        conv = stored(store, paths, [("mijn woorden", "de samenvatting")])
        sid = conv.session.id
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await resume(pilot)
            assert answers(screen) == ["? Nog niet gevraagd: (nog) niet in uw kopie"] * 2
            # Both texts are in view from the start: on screen counts, not only the cursor.
            assert screen.seen == {0, 1} and "Alles in kopie" in hints(app)
            await pilot.press("space")  # yes to the own words
            await pilot.press("down", "n")  # a direct no to the summary
            assert answers(screen) == ["✓ Komt in uw kopie", "✗ Niet in uw kopie"]
            entry = store.entries(sid)[0]
            assert (entry.consent, entry.summary_consent) == (True, False)
            await pilot.press("space")  # Spatie: no becomes yes
            await pilot.press("up", "space")  # and yes becomes no
            entry = store.entries(sid)[0]
            assert (entry.consent, entry.summary_consent) == (False, True)
            assert [row.has_class("-excluded") for row in screen.rows()] == [True, False]


async def test_a_correction_withdraws_its_answer_while_typing(paths: Paths) -> None:
    with open_store(paths) as store:
        conv = stored(store, paths, [("Zelf koken.", "Ze kookt graag.")])
        sid, entry_id = conv.session.id, conv.entries[0].id
        store.set_consent(entry_id, "own_words", True)
        store.set_consent(entry_id, "summary", True)
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await resume(pilot)
            assert answers(screen) == ["✓ Komt in uw kopie"] * 2
            assert not screen.query(TextArea)  # no editor until one is asked for
            await pilot.press("enter", *" en bakken")
            row = screen.row(0)
            assert row is not None and row.editing and len(screen.query(TextArea)) == 1
            # Still typing: the answer on screen and in the core are already withdrawn.
            assert answers(screen)[0].startswith("? Nog niet gevraagd")
            assert answers(screen)[1] == "✓ Komt in uw kopie"  # the other text keeps its yes
            assert app.conversation is not None
            assert app.conversation.entries[0].consent is None
            await pilot.press("escape")
            assert not screen.query(TextArea)  # the editor is gone again
            await pilot.press("space")  # the client agrees to the corrected words
        entry = store.entries(sid)[0]
        assert (entry.note, entry.consent) == ("Zelf koken. en bakken", True)


async def test_agreeing_to_all_only_after_everything_was_on_screen(paths: Paths) -> None:
    texts = [(f"Aantekening nummer {n}", "samen" if n == 2 else "") for n in range(12)]
    with open_store(paths) as store:
        conv = stored(store, paths, texts)
        sid = conv.session.id
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            screen = await resume(pilot)
            total = len(screen.readback)
            assert total == 13 and screen.readback.pages == 2
            assert "Alles in kopie" not in hints(app)
            await pilot.press("down", "down", "down", "n")  # an explicit no: card 3's summary
            await pilot.press("a")  # not offered yet: nothing is asked, nothing changes
            assert isinstance(app.screen, ReadBackScreen) and not screen.all_seen
            assert [e.consent for e in store.entries(sid)] == [None] * 12
            for _ in range(total - 4):
                await pilot.press("down")
            await pilot.pause()
            assert screen.all_seen and screen.page == 1
            assert "Alles in kopie" in hints(app)
            await pilot.press("a")
            dialog = app.screen
            assert isinstance(dialog, AgreeAllScreen) and dialog.count == 12
            question = str(dialog.query_one("#agree-question").render())
            assert question == "Alle 12 aantekening(en) zoals ze hier staan in uw kopie?"
            await pilot.press("escape")  # the client is not sure: nothing changes
            assert isinstance(app.screen, ReadBackScreen)
            assert [e.consent for e in store.entries(sid)] == [None] * 12
            await pilot.press("a", "enter")
            assert answers(screen)[-1] == "✓ Komt in uw kopie"
        entries = store.entries(sid)
        assert [e.consent for e in entries] == [True] * 12
        assert entries[2].summary_consent is False  # a no stays a no


def add_notes(paths: Paths, count: int) -> str:
    """A conversation at the read-back with ``count`` notes (copied in one SQL statement: a
    thousand separate saves would make the test slow, and only the screen is under test)."""
    with open_store(paths) as store:
        conv = stored(store, paths, [("Zelf boodschappen doen", "")])
        sid = conv.session.id
    with sqlite3.connect(paths.db_path) as db:
        db.execute(
            "WITH RECURSIVE n(k) AS (SELECT 1 UNION ALL SELECT k + 1 FROM n WHERE k < ?) "
            "INSERT INTO entries (session_id, seq, card_id, card_text, theme_id, chosen_by, note,"
            " note_kind, important, state, followups, created_at, updated_at) "
            "SELECT session_id, seq + k, card_id, card_text, theme_id, chosen_by, note || ' ' || k,"
            " note_kind, important, state, followups, created_at, updated_at FROM entries, n",
            (count - 1,),
        )
    db.close()
    return sid


async def test_a_thousand_notes_build_one_page_of_widgets(paths: Paths) -> None:
    counts: dict[int, int] = {}
    for notes in (PAGE_SIZE + 2, 1000):
        sub = Paths.from_environment({"QUEZ_HOME": str(paths.data_dir / f"n{notes}")})
        add_notes(sub, notes)
        with open_store(sub) as store:
            app = make_app(sub, store)
            async with app.run_test(size=(100, 30)) as pilot:
                screen = await resume(pilot)
                assert len(screen.readback) == notes
                counts[notes] = len(screen.query("*"))
                assert len(screen.query(NoteBlock)) == PAGE_SIZE
                assert len(screen.query(PartRow)) == PAGE_SIZE and not screen.query(TextArea)
                if notes == 1000:
                    await pilot.press("end")  # to the very last note: one page again
                    assert screen.cursor == 999 and screen.page == 1000 // PAGE_SIZE - 1
                    assert len(screen.query("*")) <= counts[notes]
                    heads = [b.section.number for b in screen.query(NoteBlock)]
                    assert heads == list(range(1000 - PAGE_SIZE + 1, 1001))
                    await pilot.press("enter")
                    assert len(screen.query(TextArea)) == 1  # one editor, for that note
                    await pilot.press("escape", "pageup", "up")
                    assert screen.cursor == 1000 - 2 * PAGE_SIZE - 1
                    assert len(screen.query(PartRow)) == PAGE_SIZE and not screen.query(TextArea)
    assert counts[1000] == counts[PAGE_SIZE + 2]


async def test_an_empty_read_back_says_so_and_every_key_is_harmless(paths: Paths) -> None:
    with open_store(paths) as store:
        stored(store, paths, [("", "")])  # a card came up, nothing was written
        app = make_app(paths, store)
        async with app.run_test(size=(80, 24)) as pilot:
            screen = await resume(pilot)
            assert len(screen.readback) == 0 and not screen.rows()
            empty = screen.query_one("#readback-list .dialog-text")
            assert str(empty.render()) == "Er zijn nog geen aantekeningen."
            await pilot.press("down", "end", "pagedown", "space", "n", "asterisk", "enter", "a")
            assert app.screen is screen and "Alles in kopie" not in hints(app)
