"""Ctrl+S while saving fails: a copy of the open session in a folder the professional chooses.

The app's part of :mod:`quez.workflows.rescue`: find the session on screen as it is in memory,
ask for the folder (:class:`~quez.tui.screens.save_elsewhere.SaveElsewhereScreen`), run the
workflow, and say where the copy went (long enough to write it down). A vault's copy is
encrypted with the same key, or not made at all.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from quez.sanitize import clean_text
from quez.store import StoreError

if TYPE_CHECKING:
    from quez.tui.app import QuezApp
    from quez.workflows.rescue import OpenSession

SHOWN_FOR = 60.0  # seconds the "copy saved in …" line stays


class SaveElsewhere:
    """Asks for a folder and writes the copy there."""

    def __init__(self, app: QuezApp) -> None:
        self._app = app
        self._marker: bytes | None = None

    def prepare(self) -> None:
        """Once the store is open: keep a vault's marker in memory, since the folder it lives
        in may be the thing that disappears (the copy needs it to open with the passphrase)."""
        from quez.store.cipher import marker_path

        app = self._app
        if app.store_key is not None and app.current_store is not None:
            try:
                self._marker = marker_path(app.current_store.path).read_bytes()
            except OSError:
                self._marker = None  # then no copy is made: never an unencrypted one

    def open_session(self) -> OpenSession | None:
        """The session on screen as it is in memory (newer than the store while saving
        fails): an intervisie meeting on screen, else the conversation."""
        from quez.workflows.rescue import OpenSession

        app = self._app
        app.capture_fields()
        for screen in reversed(app.screen_stack):
            meeting = getattr(screen, "meeting", None)  # intervisie screens (IvScreen)
            if meeting is not None:
                return OpenSession(meeting.session, tuple(meeting.entries))
        conv = app.conversation
        if conv is None:
            return None
        return OpenSession(conv.session, tuple(conv.entries), conv.worknotes)

    def ask(self) -> None:
        """Offer a new folder under the home folder; the copy is made on Enter."""
        from quez.tui.screens.save_elsewhere import SaveElsewhereScreen
        from quez.workflows.rescue import suggest_folder

        app = self._app
        if self.open_session() is None:
            app.say(app.t("save.elsewhere.nothing"), error=True)
            return
        suggestion = suggest_folder(Path.home(), app.clock())
        app.push_screen(SaveElsewhereScreen(suggestion), self.save)

    def save(self, folder: Path | None) -> None:
        """Write the copy into ``folder`` (None: the dialog was closed) and say where it is."""
        from quez.store.cipher import marker_path
        from quez.workflows.errors import WorkflowError
        from quez.workflows.rescue import save_elsewhere

        app = self._app
        session = self.open_session()
        if folder is None or session is None or app.current_store is None:
            return
        key = app.store_key
        encrypted = key is not None or marker_path(app.current_store.path).exists()
        if encrypted and (key is None or self._marker is None):
            app.say(app.t("save.elsewhere.no_key"), error=True)
            return
        try:
            outcome = save_elsewhere(
                session,
                folder,
                key=key if encrypted else None,
                marker=self._marker if encrypted else None,
                clock=app.clock,
            )
        except (WorkflowError, StoreError) as exc:
            app.say(exc.message(app.t), error=True)
            return
        where = clean_text(str(outcome.home))
        app.say(app.t("save.elsewhere.done", path=where), timeout=SHOWN_FOR)
