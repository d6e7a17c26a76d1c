"""Which screen sits where on the stack: the one place that pushes and pops the flow screens.

Every screen asks the app's navigator (``self.qapp.navigate``) to move; no flow screen imports
another, and no screen imports this module. A screen imports only the dialogs it opens itself
(they return a value with ``dismiss``), so the import graph has no cycles. The navigator imports
each screen when it is first shown: the app starts without loading every screen (and the
intervisie code) it may never need.

The conversation stack is always: start screen, theme cards, then at most a card and/or the
read-back and the end screen on top. The intervisie stack: start screen, intervisie home, then
the setup, or a meeting's phase screen with its closing round on top. Dialogs (help, history,
privacy) come and go over either. The core (:class:`~quez.conversation.Conversation`,
:class:`~quez.intervisie.meeting.Meeting`) has already decided what comes next.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quez.intervisie.meeting import Meeting
    from quez.intervisie.methods import Method
    from quez.store.cipher import Key
    from quez.tui.app import QuezApp
    from quez.tui.screens.intervisie_base import IvContext
    from quez.workflows.export import ExportOutcome


class Navigator:
    """Moves between the app's screens; one per app (``app.navigate``)."""

    def __init__(self, app: QuezApp) -> None:
        self.app = app

    def _pop_to(self, *kinds: type[object]) -> None:
        """Pop screens until one of ``kinds`` (or the bottom screen) is on top."""
        app = self.app
        while len(app.screen_stack) > 1 and not isinstance(app.screen, kinds):
            app.pop_screen()

    # --- start ----------------------------------------------------------------------------
    def unlock(self, unlock: Callable[[str], Key], then: Callable[[Key | None], None]) -> None:
        """The calm unlock screen of an encrypted store; ``then(key)`` once a passphrase fits."""
        from quez.tui.screens.unlock import UnlockScreen

        self.app.push_screen(UnlockScreen(unlock), then)

    def start(self) -> None:
        """The start screen (the bottom of every stack)."""
        from quez.tui.screens.start import StartScreen

        self.app.push_screen(StartScreen())

    def help(self) -> None:
        """The help for the screen on top (not twice)."""
        from quez.tui.screens.help import HelpScreen

        if not isinstance(self.app.screen, HelpScreen):
            self.app.push_screen(HelpScreen(self.app.screen))

    def to_start(self, *, keep: bool = False) -> None:
        """Back to the start screen; without ``keep`` the conversation is put away (saved)."""
        from quez.tui.screens.start import StartScreen

        app = self.app
        self._pop_to(StartScreen)
        if not keep and app.flush():
            app.conversation = None
        if isinstance(app.screen, StartScreen):
            app.screen.refresh_menu()

    # --- a conversation -------------------------------------------------------------------
    def position(self) -> None:
        """Rebuild the stack for the conversation's stored position (start or resume)."""
        from quez.tui.screens.end import EndScreen
        from quez.tui.screens.readback import ReadBackScreen
        from quez.tui.screens.table import TableScreen

        conv = self.app.conversation
        if conv is None:
            return
        self.to_start(keep=True)
        position = conv.position
        self.app.push_screen(TableScreen())
        if position.screen == "card":
            self.card(panes=(position.worknotes, position.followups))
        elif position.screen == "readback":
            self.app.push_screen(ReadBackScreen())
        elif position.screen == "end":
            self.app.push_screen(EndScreen())

    def card(self, panes: tuple[bool, bool] = (False, False)) -> None:
        """Show the conversation's current card (reusing a card screen already on top).

        ``panes``: whether the werkaantekeningen and follow-ups were open (when resuming).
        """
        from quez.tui.screens.card import CardScreen

        if isinstance(self.app.screen, CardScreen):
            self.app.screen.show_current()
            return
        self.table()
        self.app.push_screen(CardScreen(*panes))

    def table(self) -> None:
        """Back to the theme cards (or the start screen without them)."""
        from quez.tui.screens.start import StartScreen
        from quez.tui.screens.table import TableScreen

        self._pop_to(TableScreen, StartScreen)

    def readback(self) -> None:
        """Open "Klopt dit zo?" over whatever is showing."""
        from quez.tui.screens.readback import ReadBackScreen

        self.app.push_screen(ReadBackScreen())

    def end(self, exported: ExportOutcome | None = None) -> None:
        """The regie mirror (and where the client's document went, if it was exported)."""
        from quez.tui.screens.end import EndScreen

        self.app.push_screen(EndScreen(exported))

    # --- intervisie -----------------------------------------------------------------------
    def intervisie(self) -> None:
        """The intervisie home: choose a method or continue a meeting.

        The guard's name lists start loading here, in a worker (once per app): a kitchen-table
        conversation never pays for them, and a meeting's setup takes longer than the load.
        """
        from quez.tui.name_check import start_loading
        from quez.tui.screens.intervisie_base import make_context
        from quez.tui.screens.intervisie_home import IntervisieHomeScreen

        start_loading(self.app)
        self.app.push_screen(IntervisieHomeScreen(make_context(self.app)))

    def intervisie_home(self) -> None:
        """Back to the intervisie home (the meeting stays as it was saved)."""
        from quez.tui.screens.intervisie_home import IntervisieHomeScreen

        self._pop_to(IntervisieHomeScreen)

    def setup(self, ctx: IvContext, method: Method) -> None:
        """The setup form for a new meeting with ``method``."""
        from quez.tui.screens.intervisie_setup import IntervisieSetupScreen

        self.app.push_screen(IntervisieSetupScreen(ctx, method))

    def meeting(self, ctx: IvContext, meeting: Meeting) -> None:
        """Show a meeting where it is: its phase screen, and the closing round if it got there."""
        from quez.tui.screens.intervisie_phase import IntervisiePhaseScreen

        self.intervisie_home()
        self.app.push_screen(IntervisiePhaseScreen(ctx, meeting))
        if meeting.stage == "closing":
            self.closing(ctx, meeting)

    def closing(self, ctx: IvContext, meeting: Meeting) -> None:
        """The closing round over the meeting's phase screen."""
        from quez.tui.screens.intervisie_closing import IntervisieClosingScreen

        self.app.push_screen(IntervisieClosingScreen(ctx, meeting))
