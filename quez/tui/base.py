"""What every QueZ screen shares: translated key labels, the app's services, safe store calls."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, ClassVar, TypeVar, cast

from textual.binding import Binding, BindingsMap
from textual.content import Content
from textual.dom import DOMNode
from textual.screen import ModalScreen, Screen
from textual.widgets import TextArea

from quez.conversation import Conversation, ConversationError
from quez.i18n import Translator
from quez.sanitize import clean_text
from quez.store import StoreError
from quez.tui.compat import bindings, set_bindings

if TYPE_CHECKING:
    from quez.tui.app import QuezApp

ResultT = TypeVar("ResultT")
R = TypeVar("R")


def plain(text: str, style: str = "") -> Content:
    """Untrusted text (deck, note, label) as content that is never parsed as markup."""
    return Content.styled(clean_text(text), style) if style else Content(clean_text(text))


def translate_bindings(node: DOMNode, t: Translator) -> None:
    """Key labels are written as i18n keys in ``BINDINGS``; show them in the UI language.

    Textual builds a node's bindings map when the node is created; we swap in translated copies
    (through :mod:`quez.tui.compat`, the one module that touches Textual's private names).
    """
    translated = {
        key: [replace(b, description=t(b.description)) if b.description else b for b in found]
        for key, found in bindings(node).key_to_bindings.items()
    }
    set_bindings(node, BindingsMap.from_keys(translated))


def show_key(node: DOMNode, key: str, action: str, label: str) -> None:
    """Show ``key`` in the key bar as ``label`` (Textual's own Input and lists hide Enter)."""
    keys = dict(bindings(node).key_to_bindings)
    keys[key] = [Binding(key, action, label)]
    set_bindings(node, BindingsMap.from_keys(keys))


_KEY_NAMES = {
    "escape": "Esc",
    "enter": "Enter",
    "asterisk": "*",
    "question_mark": "?",
    "plus": "+",
    "minus": "-",
    "left": "←",
    "right": "→",
    "up": "↑",
    "down": "↓",
    "tab": "Tab",
}


def key_label(key: str, t: Translator) -> str:
    """``ctrl+o`` → ``Ctrl+O``, ``escape`` → ``Esc``, ``space`` → ``Spatie``/``Space``."""
    *mods, name = key.split("+")
    if name == "space":
        shown = t("tui.help.key.space")
    elif name in _KEY_NAMES:
        shown = _KEY_NAMES[name]
    elif len(name) > 1:
        shown = name.upper()  # f1 → F1
    else:
        shown = name.upper() if mods else name
    return "+".join([*(m.capitalize() for m in mods), shown])


class QuezMixin:
    """Shortcuts to the app's services for screens."""

    @property
    def qapp(self) -> QuezApp:
        """The app, typed."""
        return cast("QuezApp", cast(DOMNode, self).app)

    @property
    def t(self) -> Translator:
        """The UI translator."""
        return self.qapp.t

    @property
    def conv(self) -> Conversation:
        """The open conversation (screens that need one are only shown with one)."""
        conversation = self.qapp.conversation
        if conversation is None:
            raise RuntimeError("no conversation is open")
        return conversation

    def capture(self) -> None:
        """Hand open text fields to the core before a save; screens with fields override it."""

    def guard(self, call: Callable[[], R]) -> R | None:
        """Run a store-backed step; a store or conversation error becomes one calm message."""
        try:
            return call()
        except StoreError as exc:
            self.qapp.store_failed(exc)
        except ConversationError as exc:
            self.qapp.say(self.t(exc.key, **exc.params), error=True)
        return None


class QuezScreen(QuezMixin, Screen[ResultT]):
    """A full screen.

    Screens with a text field work in two modes: while the field has focus letters type, and
    only ``TYPING_MODE`` actions apply; otherwise single keys are commands (``KEY_MODE``).
    """

    KEY_MODE: ClassVar[frozenset[str]] = frozenset()
    TYPING_MODE: ClassVar[frozenset[str]] = frozenset({"stop_typing", "help_typing"})

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.t)

    @property
    def typing(self) -> bool:
        """True while a text field has focus (letters type; Esc stops typing)."""
        return isinstance(self.focused, TextArea)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action in self.KEY_MODE:
            return not self.typing
        if action in self.TYPING_MODE:
            return self.typing
        return True


class QuezModal(QuezMixin, ModalScreen[ResultT]):
    """A dialog over the current screen; returns its answer with ``dismiss``."""

    def __init__(self) -> None:
        super().__init__()
        translate_bindings(self, self.t)
