"""Privacy and robustness: hostile text stays literal, crashes stay calm, no screenshots."""

from __future__ import annotations

from pathlib import Path

import pytest
from textual import events
from textual.content import Content

from quez.cli import main
from quez.paths import Paths
from quez.sanitize import clean_text
from quez.tui.screens.card import CardScreen
from quez.tui.screens.readback import ReadBackScreen
from quez.tui.screens.table import TableScreen
from quez.tui.widgets.note_area import NoteArea
from quez.tui.widgets.note_block import NoteBlock
from quez.tui.widgets.question import QuestionText
from quez.tui.widgets.theme_card import ThemeCard
from tests.tui_support import HOSTILE, make_app, open_store, write_deck

LITERAL = clean_text(HOSTILE)


def plain_text(widget: QuestionText | ThemeCard) -> str:
    rendered = widget.render()
    assert isinstance(rendered, Content)
    return rendered.plain


async def test_hostile_deck_and_note_show_literally(paths: Paths, tmp_path: Path) -> None:
    deck_file = write_deck(tmp_path, HOSTILE)
    with open_store(paths) as store:
        app = make_app(paths, store, extra=[deck_file])
        async with app.run_test(size=(120, 36)) as pilot:
            await pilot.press("enter", *"[b]Naam[/b]", "enter")  # the preselected hostile deck
            assert isinstance(app.screen, TableScreen)
            card = app.screen.query_one("#theme-1", ThemeCard)
            assert "[@click=app.quit]klik[/]" in plain_text(card)
            await pilot.press("1")
            assert isinstance(app.screen, CardScreen)
            question = app.screen.query_one("#question", QuestionText)
            assert plain_text(question) == LITERAL
            await pilot.press("escape", "v")  # follow-ups: the same hostile text
            note = app.screen.query_one("#note", NoteArea)
            note.focus()
            note.post_message(events.Paste(HOSTILE))  # a paste with escape sequences
            await pilot.pause()
            assert "\x1b" not in note.text and "\x07" not in note.text
            assert "[@click=app.quit]" in note.text
            await pilot.press("escape", "h", "escape", "k")
            assert isinstance(app.screen, ReadBackScreen)
            block = app.screen.query_one(NoteBlock)
            assert "[bold]vet[/bold]" in plain_text(block.query_one(QuestionText))
            await pilot.press("enter", "escape")
            assert app.is_running
            sid = store.list_sessions()[0].session.id
        stored = store.entries(sid)[0]
        assert stored.note == LITERAL.strip() or stored.note == clean_text(HOSTILE)
        assert store.get_session(sid).label == "[b]Naam[/b]"  # type: ignore[union-attr]


async def test_crash_is_calm_and_the_note_is_saved(
    paths: Paths, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    secret = "Mijn geheim [bold]X[/bold] 06-12345678"

    def explode(self: CardScreen) -> None:
        note = self.query_one("#note", NoteArea).text
        raise RuntimeError(f"kapot: {note}")

    monkeypatch.setattr(CardScreen, "action_next", explode)
    with open_store(paths) as store:
        app = make_app(paths, store, delay=30.0)  # no autosave: the crash handler must save
        with pytest.raises(RuntimeError):
            async with app.run_test(size=(100, 30)) as pilot:
                await pilot.press("enter", "enter", "2", *secret, "escape", "n")
                await pilot.pause()
        assert app.return_code == 70
        sid = store.list_sessions()[0].session.id
        assert store.entries(sid)[0].note == secret
    out, err = capfd.readouterr()
    assert "geheim" not in out + err and "Traceback" not in out + err
    assert "QueZ liep vast" in err
    crash_files = list(paths.crash_dir.iterdir())
    assert len(crash_files) == 1
    report = crash_files[0].read_text(encoding="utf-8")
    assert "geheim" not in report and "kapot" not in report and "RuntimeError" in report
    assert crash_files[0].stat().st_mode & 0o777 == 0o600


async def test_no_screenshot_command_and_no_palette(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(80, 24)) as pilot:
            titles = [c.title for c in app.get_system_commands(app.screen)]
            assert not any("creenshot" in title for title in titles)
            assert not app.ENABLE_COMMAND_PALETTE
            before = app.screen
            await pilot.press("ctrl+p")
            assert app.screen is before


async def test_quit_always_saves_first(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store, delay=30.0)
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("enter", "enter", "1", *"laatste woord", "ctrl+q")
        sid = store.list_sessions()[0].session.id
        assert store.entries(sid)[0].note == "laatste woord"


def test_damaged_store_is_one_line_and_exit_2(
    paths: Paths, capsys: pytest.CaptureFixture[str]
) -> None:
    paths.data_dir.mkdir(parents=True)
    paths.db_path.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(SystemExit) as exit_info:
        main([])
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
