"""Which conversation screen sits where on the stack.

The stack is always: start screen, theme cards, then at most a card and/or the read-back and
the end screen on top. Dialogs (help, history) come and go over that. Screens call these
functions; the core (:class:`~quez.conversation.Conversation`) has already decided what comes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quez.tui.app import QuezApp
    from quez.workflows.export import ExportOutcome


def _to_table_stack(app: QuezApp) -> None:
    """Pop everything above the theme cards (or above the start screen without them)."""
    from quez.tui.screens.start import StartScreen
    from quez.tui.screens.table import TableScreen

    while len(app.screen_stack) > 1 and not isinstance(app.screen, (TableScreen, StartScreen)):
        app.pop_screen()


def show_position(app: QuezApp) -> None:
    """Rebuild the stack for the conversation's stored position (start or resume)."""
    from quez.tui.screens.end import EndScreen
    from quez.tui.screens.readback import ReadBackScreen
    from quez.tui.screens.table import TableScreen

    conv = app.conversation
    if conv is None:
        return
    leave_to_start(app, keep=True)
    position = conv.position
    screen = position.screen
    app.push_screen(TableScreen())
    if screen == "card":
        show_card(app, panes=(position.worknotes, position.followups))
    elif screen == "readback":
        app.push_screen(ReadBackScreen())
    elif screen == "end":
        app.push_screen(EndScreen())


def show_card(app: QuezApp, panes: tuple[bool, bool] = (False, False)) -> None:
    """Show the conversation's current card (reusing a card screen already on top).

    ``panes``: whether the werkaantekeningen and follow-ups were open (when resuming).
    """
    from quez.tui.screens.card import CardScreen

    if isinstance(app.screen, CardScreen):
        app.screen.show_current()
        return
    _to_table_stack(app)
    app.push_screen(CardScreen(*panes))


def show_table(app: QuezApp) -> None:
    """Back to the theme cards."""
    _to_table_stack(app)


def show_readback(app: QuezApp) -> None:
    """Open "Klopt dit zo?" over whatever is showing."""
    from quez.tui.screens.readback import ReadBackScreen

    app.push_screen(ReadBackScreen())


def show_end(app: QuezApp, exported: ExportOutcome | None = None) -> None:
    """Show the regie mirror (and where the client's document went, if it was exported)."""
    from quez.tui.screens.end import EndScreen

    app.push_screen(EndScreen(exported))


def leave_to_start(app: QuezApp, *, keep: bool = False) -> None:
    """Back to the start screen; without ``keep`` the conversation is put away (after saving)."""
    from quez.tui.screens.start import StartScreen

    while len(app.screen_stack) > 1 and not isinstance(app.screen, StartScreen):
        app.pop_screen()
    if not keep and app.flush():
        app.conversation = None
    if isinstance(app.screen, StartScreen):
        app.screen.refresh_menu()
