"""The terminal closes (SIGHUP) or the computer shuts down (SIGTERM): save first, then exit.

Textual 8.2's Linux driver handles SIGTSTP, SIGCONT and SIGWINCH only; SIGHUP and SIGTERM keep
Python's default, which ends the process at once, so text typed since the last autosave would
be lost.

Why a thread, and not ``loop.add_signal_handler``: when the terminal goes away, Textual's
writer thread dies on the first failed write and the UI thread soon blocks on its full output
queue, so a handler that waits for the event loop may never run (measured under tmux: the app
hung at 50 % CPU). A Python-level handler still runs on the main thread (a blocked lock wait is
interrupted for it); it only starts the exit thread, which

1. saves what is pending through the saver (thread-safe: writes stay ordered, see
   :mod:`quez.store.saver`);
2. asks the app to exit the normal way on its loop (which restores the terminal where there
   still is one);
3. ends the process after ``GRACE`` seconds (``HANGUP_GRACE`` after SIGHUP) if the normal exit
   did not finish (the text is saved by then; SQLite's log makes an interrupted close safe).
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import threading
from collections.abc import Callable
from types import FrameType
from typing import Any

GRACE = 3.0  # seconds the normal exit may take after SIGTERM, before the process just ends
HANGUP_GRACE = 1.0  # after SIGHUP: no terminal to restore, only the store to close

# SIGHUP does not exist on Windows; there Textual's own Ctrl+C/Ctrl+Q handling is all there is.
EXIT_SIGNALS: tuple[int, ...] = tuple(
    int(getattr(signal, name)) for name in ("SIGHUP", "SIGTERM") if hasattr(signal, name)
)


def exit_code(signum: int) -> int:
    """The shell's convention for "ended by a signal": 128 + the signal number."""
    return 128 + signum


def is_hangup(signum: int) -> bool:
    """True for SIGHUP: the terminal is gone, nobody reads a closing line."""
    return signum == getattr(signal, "SIGHUP", None)


class ExitSignals:
    """SIGHUP/SIGTERM handlers: save (``save() -> saved?``) on a thread, then ``leave(signum,
    saved)`` on the app's loop, then ``hard_exit`` after ``grace`` unless :meth:`finished`."""

    def __init__(
        self,
        save: Callable[[], bool],
        leave: Callable[[int, bool], None],
        *,
        grace: float = GRACE,
        hard_exit: Callable[[int], Any] = os._exit,
    ) -> None:
        self._save = save
        self._leave = leave
        self.grace = grace
        self.hard_exit = hard_exit
        self._loop: asyncio.AbstractEventLoop | None = None
        self._previous: dict[int, Any] = {}
        self._done = threading.Event()
        self.received: int | None = None
        self.saved: bool | None = None  # the outcome of the save after the signal
        self.thread: threading.Thread | None = None

    def install(self) -> bool:
        """Install the handlers (call on the app's loop); False off the main thread, where
        Python allows no signal handlers: the defaults then stay."""
        if threading.current_thread() is not threading.main_thread():
            return False
        self._loop = asyncio.get_running_loop()
        for signum in EXIT_SIGNALS:
            self._previous[signum] = signal.signal(signum, self._handler)
        return True

    def uninstall(self) -> None:
        """Put the previous handlers back (the app is closing)."""
        for signum, previous in self._previous.items():
            if signal.getsignal(signum) == self._handler:
                signal.signal(signum, previous)
        self._previous.clear()

    def finished(self) -> None:
        """Everything is closed: the exit thread need not end the process."""
        self._done.set()

    def _handler(self, signum: int, frame: FrameType | None) -> None:
        if self.received is not None:
            return  # already saving and exiting
        self.received = signum
        self.thread = threading.Thread(
            target=self._exit, args=(signum,), name="quez-exit", daemon=True
        )
        self.thread.start()

    def _exit(self, signum: int) -> None:
        saved = self._save()
        self.saved = saved
        loop = self._loop
        if loop is not None:
            with contextlib.suppress(RuntimeError):  # the loop already closed: nothing to ask
                loop.call_soon_threadsafe(self._leave, signum, saved)
        grace = min(self.grace, HANGUP_GRACE) if is_hangup(signum) else self.grace
        if not self._done.wait(grace):
            self.hard_exit(exit_code(signum))
