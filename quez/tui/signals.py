"""The terminal closes (SIGHUP) or the computer shuts down (SIGTERM): save first, then exit.

Textual 8.2's Linux driver handles SIGTSTP, SIGCONT and SIGWINCH only; SIGHUP and SIGTERM keep
Python's default, which ends the process at once, so text typed since the last autosave would
be lost. :class:`ExitSignals` puts handlers on the app's asyncio loop
(``loop.add_signal_handler``: they run as ordinary loop callbacks on the UI thread, never in the
middle of a store transaction), and the app saves synchronously and then exits the normal way,
which restores the terminal where there still is one.

After SIGHUP there is no terminal: writing to it may fail or block Textual's writer thread, so
the normal exit can hang. The text is saved before the exit starts; a :func:`watchdog` ends the
process after ``GRACE`` seconds if the exit does not finish.
"""

from __future__ import annotations

import asyncio
import os
import signal
import threading
from collections.abc import Callable

GRACE = 3.0  # seconds the normal exit may take after a signal, before the process just ends

# SIGHUP does not exist on Windows; there Textual's own Ctrl+C/Ctrl+Q handling is all there is.
EXIT_SIGNALS: tuple[int, ...] = tuple(
    int(getattr(signal, name)) for name in ("SIGHUP", "SIGTERM") if hasattr(signal, name)
)


def exit_code(signum: int) -> int:
    """The shell's convention for "ended by a signal": 128 + the signal number."""
    return 128 + signum


class ExitSignals:
    """SIGHUP/SIGTERM handlers on the running loop that call ``on_signal(signum)`` once."""

    def __init__(self, on_signal: Callable[[int], None]) -> None:
        self._on_signal = on_signal
        self._loop: asyncio.AbstractEventLoop | None = None
        self.received: int | None = None

    def install(self) -> bool:
        """Install the handlers on the running loop; False where that is not possible (not the
        main thread, or a platform without loop signal handlers): the defaults then stay."""
        loop = asyncio.get_running_loop()
        try:
            for signum in EXIT_SIGNALS:
                loop.add_signal_handler(signum, self._received, signum)
        except (NotImplementedError, RuntimeError, ValueError):
            self._remove(loop)
            return False
        self._loop = loop
        return True

    def uninstall(self) -> None:
        """Put the default handlers back (the app is closing)."""
        if self._loop is not None:
            self._remove(self._loop)
            self._loop = None

    @staticmethod
    def _remove(loop: asyncio.AbstractEventLoop) -> None:
        for signum in EXIT_SIGNALS:
            try:
                loop.remove_signal_handler(signum)
            except (NotImplementedError, RuntimeError, ValueError):
                continue  # never installed here (the loop is closing, or not the main thread)

    def _received(self, signum: int) -> None:
        if self.received is not None:
            return  # already saving and exiting
        self.received = signum
        self._on_signal(signum)


def watchdog(code: int, grace: float = GRACE) -> threading.Timer:
    """End the process with ``code`` after ``grace`` seconds unless it ended by itself first.

    Only started after the text was saved; ``os._exit`` skips clean-up that could hang on a
    terminal that is gone (the store's last commit is already on disk, SQLite recovers its log).
    """
    timer = threading.Timer(grace, os._exit, args=(code,))
    timer.daemon = True
    timer.name = "quez-exit-watchdog"
    timer.start()
    return timer
