"""The app's one name finder: loaded in a thread worker, its state a reactive on the app.

The finder (:class:`~quez.privacy.NameFinder`) is built by :func:`quez.tui.launch.build_app`
(the real one, on ``deduce``, only in :func:`~quez.tui.launch.run_tui`; tests pass a fake or a
list-only one). Loading starts when intervisie is first opened, in a Textual thread worker, so
neither start-up nor typing waits for it; a first-time build runs in a child process of its own
(:mod:`quez.privacy.deduce_engine`). The finder reports each new state from the loading
thread; :class:`NamesChanged` carries it to the app's event loop (``post_message`` is the
thread-safe way in), where it becomes :attr:`QuezApp.names_state` for screens to watch.
Quitting cancels a running build (:func:`stop_loading`), so leaving never waits for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from textual.message import Message

from quez.privacy import LoadState

if TYPE_CHECKING:
    from quez.tui.app import QuezApp

GROUP = "name-finder"
BUSY = (LoadState.IDLE, LoadState.PREPARING, LoadState.BUILDING, LoadState.LOADING)


class NamesChanged(Message):
    """The name finder reached a new state (posted from the loading thread)."""

    def __init__(self, state: LoadState) -> None:
        super().__init__()
        self.state = state


def start_loading(app: QuezApp) -> None:
    """Load the app's finder in a thread worker (once; a finder without a loader stays OFF)."""
    finder = app.finder
    app.names_state = finder.state
    if finder.state is not LoadState.IDLE:
        return

    def heard(state: LoadState) -> None:
        app.post_message(NamesChanged(state))  # thread-safe; ignored once the app has closed

    finder.add_listener(heard)
    app.run_worker(finder.load, name=GROUP, group=GROUP, thread=True, exit_on_error=False)


def stop_loading(app: QuezApp) -> None:
    """The app is closing: end a running build now rather than wait for it."""
    app.finder.cancel()
