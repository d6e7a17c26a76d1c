"""One calm line with the name check's state: loading, a first-time build, ready, unavailable.

It watches the app's ``names_state`` (:mod:`quez.tui.name_check`). While the finder loads an
indeterminate bar (Textual's own :class:`~textual.widgets.ProgressBar` without a total) says
that something is happening, without a percentage nobody could trust. A screen can say that a
text it shows was not checked for names yet (:meth:`NameCheckLine.unchecked`).
"""

from __future__ import annotations

from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import ProgressBar, Static

from quez.privacy import LoadState
from quez.tui.base import QuezMixin, plain
from quez.tui.name_check import BUSY


class NameCheckLine(QuezMixin, Vertical):
    """``▬▬━━━━`` over ``Namencontrole wordt geladen…``: muted, wrapping, as narrow as needed."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, classes="iv-names-line")
        self._unchecked = False

    def compose(self) -> ComposeResult:
        bar = ProgressBar(total=None, show_eta=False, show_percentage=False)
        bar.display = False
        yield bar
        yield Static("", classes="iv-names-text", markup=False)

    def on_mount(self) -> None:
        self.watch(self.app, "names_state", self._show, init=True)

    @property
    def state(self) -> LoadState:
        return self.qapp.names_state

    def unchecked(self, value: bool) -> None:
        """Say that the text on screen has not been checked for names (while not ready)."""
        if value != self._unchecked:
            self._unchecked = value
            self._show(self.state)

    def _show(self, state: LoadState) -> None:
        self.query_one(ProgressBar).display = state in BUSY
        key = f"privacy.names.{state.value}"
        if self._unchecked and state not in (LoadState.READY, LoadState.OFF):
            key = "privacy.names.unchecked"
        self.query_one(".iv-names-text", Static).update(plain(self.t(key)))
        self.set_class(state is LoadState.FAILED, "-failed")
