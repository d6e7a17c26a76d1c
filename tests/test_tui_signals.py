"""SIGHUP (the terminal closes) and SIGTERM (the computer shuts down): the text is saved, then
the app exits the normal way. Real signals, sent to this process while a Pilot app runs."""

from __future__ import annotations

import asyncio
import os
import signal
from pathlib import Path

import pytest

from quez.paths import Paths
from quez.store import Store
from quez.tui.signals import EXIT_SIGNALS, ExitSignals, exit_code
from tests.tui_support import StepClock, make_app, open_store

pytestmark = pytest.mark.skipif(not hasattr(signal, "SIGHUP"), reason="POSIX signals")


def note(store: Store) -> str:
    sid = store.list_sessions()[0].session.id
    return store.entries(sid)[0].note


@pytest.mark.parametrize("signum", EXIT_SIGNALS, ids=lambda s: signal.Signals(s).name)
async def test_a_signal_saves_pending_text_then_exits(paths: Paths, signum: int) -> None:
    before = {s: signal.getsignal(s) for s in EXIT_SIGNALS}
    with open_store(paths) as store:
        app = make_app(paths, store, delay=30.0)  # no autosave in time: the signal must save
        hard: list[int] = []
        exits: list[object] = []
        async with app.run_test(size=(100, 30)) as pilot:
            app.exit_signals.hard_exit = hard.append
            real_exit = app.exit
            app.exit = lambda *a, **kw: (exits.append(kw), real_exit(*a, **kw))  # type: ignore[method-assign]
            await pilot.press("enter", "enter", "1", *"laatste zin")
            assert note(store) == ""
            assert signal.getsignal(signum) not in (signal.SIG_DFL, signal.SIG_IGN, None)
            os.kill(os.getpid(), signum)  # the handler only starts the exit thread
            thread = app.exit_signals.thread
            assert thread is not None
            while app.exit_signals.saved is None:
                await asyncio.sleep(0)  # let the exit thread save (no timing involved)
                thread.join(0.01)
            await pilot.pause()
        app.exit_signals.finished()
        thread.join(5)
        assert note(store) == "laatste zin" and app.exit_signals.saved is True
        assert app.return_code == exit_code(signum) and hard == []
        message = exits[0]["message"]  # type: ignore[index]
        if signum == signal.SIGHUP:
            assert message is None  # no terminal left to read it
        else:
            assert str(message) == app.t("save.signal.saved")
    assert {s: signal.getsignal(s) for s in EXIT_SIGNALS} == before  # handlers given back


async def test_a_signal_while_the_store_fails_says_text_may_be_missing(paths: Paths) -> None:
    class Access:
        writable = True

        def __call__(self, path: Path, mode: int) -> bool:
            return self.writable

    access = Access()
    with Store.open(paths.db_path, clock=StepClock(), access=access) as store:
        app = make_app(paths, store, delay=30.0)
        exits: list[dict[str, object]] = []
        async with app.run_test(size=(100, 30)) as pilot:
            app.exit_signals.hard_exit = lambda code: None
            real_exit = app.exit
            app.exit = lambda *a, **kw: (exits.append(kw), real_exit(*a, **kw))  # type: ignore[method-assign]
            await pilot.press("enter", "enter", "1")
            access.writable = False
            await pilot.press(*"kwijt?")
            os.kill(os.getpid(), signal.SIGTERM)
            while app.exit_signals.saved is None:
                await asyncio.sleep(0)
                app.exit_signals.thread.join(0.01)  # type: ignore[union-attr]
            await pilot.pause()
        app.exit_signals.finished()
        assert app.exit_signals.saved is False
        line = str(exits[0]["message"])
        assert line == app.t("save.signal.unsaved") and "opgeslagen" not in line


def test_the_exit_thread_ends_the_process_when_the_normal_exit_hangs() -> None:
    """The loop is stuck (a dead terminal): after the save, the hard exit comes; and not when
    everything closed in time."""
    saved: list[bool] = []
    left: list[tuple[int, bool]] = []
    ended: list[int] = []
    watcher = ExitSignals(lambda: saved.append(True) or True, lambda s, ok: left.append((s, ok)))
    watcher.grace = 0.0
    watcher.hard_exit = ended.append
    watcher._exit(signal.SIGTERM)
    assert saved == [True] and ended == [exit_code(signal.SIGTERM)]
    calm = ExitSignals(lambda: True, lambda s, ok: None, grace=0.0, hard_exit=ended.append)
    calm.finished()
    calm._exit(signal.SIGTERM)
    assert ended == [exit_code(signal.SIGTERM)]  # not a second time
