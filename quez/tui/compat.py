"""Every private Textual internal QueZ touches, in one place, checked against one version.

Textual keeps no promise about names that start with an underscore, so no other module may use
one. ``tests/test_tui_compat.py`` checks each name listed in :data:`PRIVATE` on the installed
Textual and fails loudly (naming the attribute) when an upgrade moves one; update this module
and :data:`CHECKED_AGAINST` together.

Why each is needed:

- ``DOMNode._bindings``: a node's own key bindings. Labels are i18n keys in ``BINDINGS`` and are
  swapped for translated copies when a screen is built (Textual has no public setter).
- ``App._handle_exception``: the hook for an unhandled error. Textual's own prints a traceback
  with local variables (client text); QueZ saves, writes a text-free crash file and shows one
  calm line instead. ``_return_code``, ``_exception``, ``_exception_event``,
  ``_exit_renderables`` and ``_close_messages_no_wait`` are what the original hook sets, so
  ``run()`` exits with our code and line and ``run_test()`` still re-raises for tests.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.console import RenderableType
from textual.app import App
from textual.binding import BindingsMap

if TYPE_CHECKING:
    from textual.dom import DOMNode

CHECKED_AGAINST = "8.2.8"

# (where, name): what the test checks on the installed Textual.
PRIVATE: tuple[tuple[str, str], ...] = (
    ("DOMNode", "_bindings"),
    ("App", "_handle_exception"),
    ("App", "_return_code"),
    ("App", "_exception"),
    ("App", "_exception_event"),
    ("App", "_exit_renderables"),
    ("MessagePump", "_close_messages_no_wait"),
)


def bindings(node: DOMNode) -> BindingsMap:
    """The node's own bindings map."""
    return node._bindings


def set_bindings(node: DOMNode, new: BindingsMap) -> None:
    """Replace the node's own bindings map (e.g. with translated labels)."""
    node._bindings = new


class CalmApp(App[int]):
    """An app whose unhandled errors end in :meth:`on_crash`'s one line, never a traceback."""

    CRASH_EXIT = 70

    def on_crash(self, error: Exception) -> RenderableType:
        """Save what can be saved and return the line to show (subclasses override this)."""
        raise NotImplementedError

    def _handle_exception(self, error: Exception) -> None:
        """Textual calls this with any unhandled exception; the app always exits after it."""
        self._return_code = self.CRASH_EXIT
        if self._exception is None:
            self._exception = error  # run_test re-raises it for tests; run() does not
            self._exception_event.set()
        line = self.on_crash(error)
        self._exit_renderables.clear()
        self._exit_renderables.append(line)
        self._close_messages_no_wait()
