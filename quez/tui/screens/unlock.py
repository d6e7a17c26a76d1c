"""The calm unlock screen of an encrypted store: the passphrase, asked once per start.

The key derivation (about half a second) runs in a thread, so the screen never freezes. A wrong
passphrase is one line under the field and an empty field; after three wrong tries QueZ stops
with one line and exit code 2. Nothing is lost: no store has been opened yet.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable

from rich.text import Text
from textual import work
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Input, Static

from quez.store.cipher import Key
from quez.tui.base import QuezScreen, show_key
from quez.tui.exits import VAULT_ERROR_EXIT
from quez.tui.widgets.keybar import KeyBar
from quez.vault.errors import VaultError, WrongPassphrase
from quez.workflows.unlock import TRIES


class UnlockScreen(QuezScreen[Key]):
    """Returns the key once a passphrase fits; the app opens the store with it."""

    def __init__(self, unlock: Callable[[str], Key]) -> None:
        super().__init__()
        self._unlock = unlock
        self.wrong = 0
        self.busy = False

    def compose(self) -> ComposeResult:
        with Vertical(id="unlock-box"), Vertical(id="unlock-form"):
            yield Static(self.t("tui.unlock.title"), id="unlock-title", markup=False)
            yield Static(self.t("tui.unlock.intro"), classes="unlock-text", markup=False)
            yield Static(self.t("tui.unlock.lost"), classes="unlock-text", markup=False)
            yield Static(self.t("tui.unlock.label"), classes="field-label", markup=False)
            yield Input(
                password=True, id="unlock-field", placeholder=self.t("tui.unlock.placeholder")
            )
            yield Static("", id="unlock-status", markup=False)
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        field = self.query_one("#unlock-field", Input)
        show_key(field, "enter", "submit", self.t("tui.key.unlock"))
        field.focus()

    def say(self, key: str, **params: object) -> None:
        """One calm line under the field (empty key: nothing)."""
        self.query_one("#unlock-status", Static).update(self.t(key, **params) if key else "")

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        field = self.query_one("#unlock-field", Input)
        passphrase = field.value
        if self.busy:
            return
        if not passphrase:
            self.say("tui.unlock.empty")
            return
        field.value = ""  # the field never holds the passphrase longer than needed
        self.busy = True
        field.disabled = True
        self.say("tui.unlock.working")
        self._try(passphrase)

    @work(exclusive=True, group="unlock")
    async def _try(self, passphrase: str) -> None:
        try:
            key = await asyncio.to_thread(self._unlock, passphrase)
        except WrongPassphrase:
            self._wrong()
        except VaultError as exc:  # the vault file changed meanwhile: one line, stop
            self.app.exit(return_code=VAULT_ERROR_EXIT, message=Text(exc.message(self.t)))
        else:
            self.dismiss(key)

    def _wrong(self) -> None:
        self.wrong += 1
        if self.wrong >= TRIES:
            final = self.t("tui.unlock.final", tries=TRIES)
            self.query_one("#unlock-status", Static).update(final)
            self.app.exit(return_code=VAULT_ERROR_EXIT, message=Text(final))
            return
        self.busy = False
        field = self.query_one("#unlock-field", Input)
        field.disabled = False
        field.focus()
        self.say("tui.unlock.wrong", left=TRIES - self.wrong)
