"""Closing a conversation asks first and shows the werkaantekeningen one last time."""

from __future__ import annotations

import pytest
from textual.widgets import Static, TextArea

from quez.paths import Paths
from quez.store import Store
from quez.tui.app import QuezApp
from quez.tui.screens.close_conversation import CloseConversationScreen
from quez.tui.screens.end import EndScreen
from tests.tui_support import make_app, open_store


async def to_end(app: QuezApp, pilot: object, worknotes: str) -> str:
    """A conversation with one card and these werkaantekeningen, on the end screen."""
    await pilot.press("enter", "enter", "1")  # type: ignore[attr-defined]
    conv = app.conversation
    assert conv is not None
    conv.set_worknotes(worknotes)
    conv.flush()
    app.navigate.end()
    await pilot.pause()  # type: ignore[attr-defined]
    assert isinstance(app.screen, EndScreen)
    return conv.session.id


def kept(store: Store, sid: str) -> str | None:
    notes = store.get_worknotes(sid)
    return notes.text if notes else None


@pytest.mark.parametrize("no", ["escape", "n"])
async def test_not_yet_keeps_the_conversation_and_its_notes(paths: Paths, no: str) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            sid = await to_end(app, pilot, "bel huisarts [b]dinsdag[/b]")
            await pilot.press("a")
            assert isinstance(app.screen, CloseConversationScreen)
            shown = app.screen.query_one("#close-worknotes", TextArea)
            assert shown.text == "bel huisarts [b]dinsdag[/b]" and shown.read_only  # literal
            await pilot.press("enter")  # Enter never erases
            assert isinstance(app.screen, CloseConversationScreen)
            await pilot.press(no)
            assert isinstance(app.screen, EndScreen)
        session = store.get_session(sid)
        assert session is not None and session.status == "open"
        assert kept(store, sid) == "bel huisarts [b]dinsdag[/b]"


@pytest.mark.parametrize(("lang", "yes"), [("nl", "j"), ("en", "y")])
async def test_yes_closes_and_erases(paths: Paths, lang: str, yes: str) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store, lang=lang)
        async with app.run_test(size=(80, 24)) as pilot:
            sid = await to_end(app, pilot, "alleen voor mij")
            await pilot.press("a", yes)
            assert isinstance(app.screen, EndScreen)
            status = app.screen.query_one("#end-status", Static)
            assert str(status.render()) == app.t("tui.end.closed")
        session = store.get_session(sid)
        assert session is not None and session.status == "closed"
        assert kept(store, sid) is None


async def test_without_worknotes_it_still_asks_and_says_so(paths: Paths) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store)
        async with app.run_test(size=(100, 30)) as pilot:
            await to_end(app, pilot, "")
            await pilot.press("a")
            assert isinstance(app.screen, CloseConversationScreen)
            assert not app.screen.query("#close-worknotes")
            texts = [str(w.render()) for w in app.screen.query(Static)]
            assert app.t("save.close.none") in texts
