"""The Textual application: dependencies in, screens on top, every change saved.

Build it with :func:`quez.tui.launch.build_app`. The app owns the conversation (the core
:class:`~quez.conversation.Conversation`) and the autosave; screens show and ask, the core decides.
With an encrypted store it starts on the unlock screen and opens the store with the key.
Unexpected errors never print a traceback: pending notes are saved first, the user sees one calm
line and a crash file keeps only file/line/function names.
"""

from __future__ import annotations

import contextlib
import random
from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar, Literal, cast

from rich.console import RenderableType
from rich.text import Text
from textual.app import SystemCommand
from textual.binding import Binding, BindingType
from textual.notifications import SeverityLevel
from textual.reactive import reactive
from textual.screen import Screen
from textual.worker import Worker

from quez.conversation import Conversation
from quez.decks import DeckSet
from quez.i18n import Translator
from quez.paths import Paths
from quez.privacy import LoadState, NameFinder
from quez.settings import Settings
from quez.store import ExportErasure, Store, StoreError
from quez.store.saver import Saver
from quez.tui.autosave import Autosave
from quez.tui.base import key_label, translate_bindings
from quez.tui.compat import CalmApp
from quez.tui.exits import STORE_ERROR_EXIT
from quez.tui.name_check import NamesChanged, stop_loading
from quez.tui.navigation import Navigator
from quez.tui.rescue import SaveElsewhere
from quez.tui.save_timing import DELAY, MAX_WAIT, SaveTiming
from quez.tui.signals import ExitSignals
from quez.tui.themes import CONTRAST, NORMAL, register_themes

if TYPE_CHECKING:
    from quez.store.cipher import Key
    from quez.tui.launch import LockedStore

SaveState = Literal["idle", "pending", "saving", "saved", "error"]


class QuezApp(CalmApp):
    """QueZ in the terminal."""

    CSS_PATH = "quez.tcss"
    TITLE = "QueZ"
    ENABLE_COMMAND_PALETTE = False  # nothing in it is needed; its screenshot command is unsafe
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (120, "-wide")]  # noqa: RUF012 (Textual API)
    VERTICAL_BREAKPOINTS = [(0, "-short"), (36, "-tall")]  # noqa: RUF012 (Textual API)
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+q", "quit", "tui.key.quit", priority=True),
        Binding("f1", "help", "tui.key.help", show=False),
        Binding("plus", "text_size(1)", "tui.key.bigger", show=False),
        Binding("minus", "text_size(-1)", "tui.key.smaller", show=False),
        Binding("f5", "contrast", "tui.key.contrast", show=False),
        Binding("ctrl+s", "save_elsewhere", "save.key.elsewhere", priority=True),
    ]

    save_state: reactive[SaveState] = reactive("idle")
    large_text: reactive[bool] = reactive(False)
    names_state: reactive[LoadState] = reactive(LoadState.OFF)  # the name finder's (name_check)

    def __init__(
        self,
        *,
        store: Store | None,
        decks: DeckSet,
        settings: Settings,
        t: Translator,
        paths: Paths,
        rng: random.Random,
        clock: Callable[[], datetime],
        preselect_deck: str | None = None,
        autosave_delay: float = DELAY,
        autosave_max_wait: float = MAX_WAIT,
        store_key: Key | None = None,
        save_settings: bool = True,
        locked: LockedStore | None = None,
        then: Callable[[QuezApp], None] | None = None,
        finder: NameFinder | None = None,
    ) -> None:
        if store is None and locked is None:
            raise ValueError("the app needs a store or a way to unlock one")
        super().__init__()
        translate_bindings(self, t)
        self.current_store = store  # None until the vault is unlocked (``locked`` opens it)
        self.locked = locked
        self.then = then
        self.decks = decks
        self.settings = settings
        self.t = t
        self.paths = paths
        self.rng = rng
        self.clock = clock
        self.preselect_deck = preselect_deck
        self.save_settings = save_settings
        self.conversation: Conversation | None = None
        self.store_key = store_key  # an encrypted store's key: a copy elsewhere is encrypted too
        self.autosave = Autosave(self, self._saver, SaveTiming(autosave_delay, autosave_max_wait))
        self.exit_signals = ExitSignals(self.save_pending, self._leave_on_signal)
        self.rescue = SaveElsewhere(self)
        self.navigate = Navigator(self)  # the one place that moves between screens
        self.crash_file: Path | None = None
        self._quit_refused = False
        # One name finder per app (people, places, institutions for the intervisie guard);
        # without one the guard checks the lists only.
        self.finder = finder if finder is not None else NameFinder()
        self.set_reactive(QuezApp.names_state, self.finder.state)
        register_themes(self)
        self.theme = CONTRAST if settings.high_contrast else NORMAL
        self.set_reactive(QuezApp.large_text, settings.large_text)

    def _saver(self) -> Saver | None:
        """What is being worked on: an intervisie meeting on screen, else the conversation."""
        for screen in reversed(self.screen_stack):
            meeting = getattr(screen, "meeting", None)  # intervisie screens (IvScreen)
            if meeting is not None:
                return cast("Saver", meeting.saver)
        return self.conversation.saver if self.conversation else None

    @property
    def store(self) -> Store:
        """The session store (screens that use it are only shown once it is open)."""
        if self.current_store is None:
            raise RuntimeError("the store is not open yet")
        return self.current_store

    def on_mount(self) -> None:
        self.exit_signals.install()
        self.set_class(self.large_text, "-large")
        if self.current_store is None and self.locked is not None:
            self.navigate.unlock(self.locked.unlock, self._unlocked)
        else:
            self._begin()

    def _unlocked(self, key: Key | None) -> None:
        """The passphrase fitted: open the store with its key, then start as usual."""
        if key is None or self.locked is None:
            return
        try:
            self.current_store = self.locked.open(key)
            self.store_key = key
        except StoreError as exc:
            self.exit(return_code=STORE_ERROR_EXIT, message=Text(exc.message(self.t)))
            return
        self._begin()

    def _begin(self) -> None:
        self.rescue.prepare()
        self.navigate.start()
        self.apply_retention()
        if self.then is not None:
            self.then(self)

    def on_names_changed(self, message: NamesChanged) -> None:
        self.names_state = message.state

    def apply_retention(self) -> None:
        """The user's keeping periods, once the store is open; says what was removed."""
        from quez.workflows.retention import apply_retention, retention_message_params

        try:
            report = apply_retention(self.store, self.settings)
        except StoreError as exc:
            self.say(exc.message(self.t), error=True)
            return
        removed = retention_message_params(report)
        if removed is not None:
            self.say(self.t("retention.done", **removed))
        self._say_exports(report.exports)

    def _say_exports(self, erasure: ExportErasure) -> None:
        """Name the export files an erasure removed or could not reach (one notification)."""
        from quez.workflows.erase import export_lines

        lines = [self.t(key, **params) for key, params in export_lines(erasure)]
        if lines:
            self.say("\n".join(lines), error=bool(erasure.not_reached))

    # --- conversation --------------------------------------------------------------------
    def open_conversation(self, conversation: Conversation) -> None:
        """Show a conversation exactly where it was (theme cards, a card, read-back, end)."""
        self.conversation = conversation
        self.navigate.position()

    def changed(self) -> None:
        """A note or the werkaantekeningen changed: schedule an autosave."""
        self.autosave.touch()

    def flush(self) -> bool:
        """Save everything now (synchronously); False when the store refused."""
        self.capture_fields()
        return self.autosave.flush_now()

    def capture_fields(self) -> None:
        """Hand the visible text fields' current text to the core (keystrokes may be queued).

        Only the screens on top (the active screen and the one a dialog covers): a screen
        further down shows older text, which the core has already been given.
        """
        from textual.screen import ModalScreen

        from quez.tui.base import QuezMixin

        if self.conversation is None:
            return
        for screen in reversed(self.screen_stack):
            if isinstance(screen, QuezMixin):
                screen.capture()
            if not isinstance(screen, ModalScreen):
                break

    def say(self, message: str, *, error: bool = False, timeout: float | None = None) -> None:
        """A short notification; never markup (it may hold paths or a label)."""
        severity: SeverityLevel = "error" if error else "information"
        if timeout is None:
            self.notify(message, severity=severity, markup=False)
        else:
            self.notify(message, severity=severity, markup=False, timeout=timeout)

    # --- actions -------------------------------------------------------------------------
    async def action_quit(self) -> None:
        """Quit without asking; always save first. A failed save asks first (a second press
        quits without the unsaved text, and the line after exit says so)."""
        if self.flush():
            self.exit(0)
            return
        if not self._quit_refused:
            self._quit_refused = True
            self.say(self.t("save.quit.unsaved"), error=True)
            return
        self.exit(0, message=Text(self.t("save.quit.lost")))

    def action_help_quit(self) -> None:
        """Ctrl+C: how to quit, in the UI language (Textual's own notice is English)."""
        self.say(self.t("app.quit_hint"))

    def action_help(self) -> None:
        self.navigate.help()

    def action_text_size(self, step: int) -> None:
        self.large_text = step > 0
        self._store_settings(replace(self.settings, large_text=self.large_text))

    def action_contrast(self) -> None:
        high = self.theme != CONTRAST
        self.theme = CONTRAST if high else NORMAL
        self._store_settings(replace(self.settings, high_contrast=high))

    def watch_large_text(self, value: bool) -> None:
        self.set_class(value, "-large")
        for screen in self.screen_stack:
            for widget in screen.query("QuestionText, ThemeCard"):
                widget.refresh(layout=True)
            size_titles = getattr(screen, "size_titles", None)
            if callable(size_titles):
                screen.call_after_refresh(size_titles)

    def store_settings(self, settings: Settings) -> None:
        """Use ``settings`` from now on and keep them (a failed write is said, never raised)."""
        self._store_settings(settings)

    def _store_settings(self, settings: Settings) -> None:
        self.settings = settings
        if self.save_settings:
            try:
                settings.save(self.paths.settings_file)
            except OSError:
                self.say(self.t("tui.settings.not_saved"), error=True)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        self.autosave.on_worker_state(event.worker)

    def get_key_display(self, binding: Binding) -> str:
        """Keys as a non-terminal person reads them: Ctrl+O, Esc, Enter, Spatie."""
        if binding.key_display:
            return binding.key_display
        return key_label(binding.key, self.t)

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Only safe commands: no screenshot (it would write client text to a file)."""
        yield SystemCommand(self.t("tui.key.quit"), self.t("tui.key.quit"), self.action_quit)

    # --- errors --------------------------------------------------------------------------
    def on_crash(self, error: Exception) -> RenderableType:
        """Any unexpected error: save, write a text-free crash file, return the calm line."""
        from quez.workflows.crash import record_crash

        saved = True
        saver = self._saver()
        if saver is not None:
            with contextlib.suppress(Exception):  # saving is best effort while crashing
                self.capture_fields()
            try:
                saver.flush()
            except Exception:  # the line below says so: never "saved" when it was not
                saved = False
        record = record_crash(self.paths.crash_dir, error, clock=self.clock, saved=saved)
        self.crash_file = record.path
        return Text(record.message(self.t))

    # --- saving when things go wrong (signals, a failing store) ---------------------------
    def on_unmount(self) -> None:
        stop_loading(self)  # a first-time build of the name lists must not hold up quitting
        self.exit_signals.uninstall()

    def save_pending(self) -> bool:
        """Write what the core was given, without touching the UI: on the exit thread after
        SIGHUP/SIGTERM (:mod:`quez.tui.signals`) and after the app stopped; False when the
        store refused."""
        saver = self._saver()
        if saver is None:
            return True
        try:
            saver.flush()
        except StoreError:
            return False
        return True

    def _leave_on_signal(self, signum: int, saved: bool) -> None:
        """Then, on the loop: exit the normal way, with a line if a terminal is left."""
        from quez.tui.signals import exit_code, is_hangup

        line = self.t("save.signal.saved" if saved else "save.signal.unsaved")
        self.exit(return_code=exit_code(signum), message=None if is_hangup(signum) else Text(line))

    def store_failed(self, exc: StoreError) -> None:
        """A store step on a screen failed. With writes still waiting it is a failed save: the
        autosave tells it once and keeps retrying; anything else is one line."""
        saver = self._saver()
        if saver is not None and saver.pending:
            self.autosave.failed(exc)
        else:
            self.say(exc.message(self.t), error=True)

    def watch_save_state(self, state: SaveState) -> None:
        self.refresh_bindings()  # "save somewhere else" shows only while saving fails
        if state == "saved":
            self._quit_refused = False  # a later failure asks again before quitting

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "save_elsewhere":
            return self.save_state == "error"
        return True

    def action_save_elsewhere(self) -> None:
        """While saving fails: a copy of the open session in a folder the user chooses."""
        self.rescue.ask()
