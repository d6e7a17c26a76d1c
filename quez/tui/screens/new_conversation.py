"""Start a new conversation: choose the cards and, if the client wants, a name or nickname.

Enter on the cards moves on to the name field (it may stay empty); Enter there begins. With one
deck (or a deck given with ``--deck``) the dialog opens on the name field: one Enter begins.
Tab to "Beginnen" and back never loses the typed name: coming back to the field puts the cursor
after the name instead of selecting it (Textual's default), so the next letter adds to it.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import Button, Input, OptionList, Static
from textual.widgets.option_list import Option

from quez.decks import Deck
from quez.tui.base import QuezModal, plain, show_key
from quez.tui.widgets.keybar import KeyBar


@dataclass(frozen=True)
class NewChoice:
    """What the dialog returns."""

    deck_id: str
    label: str | None


class NewConversationScreen(QuezModal[NewChoice | None]):
    """Choose a client deck; the label is optional and never required."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.back")]

    def _decks(self) -> list[Deck]:
        return [d for d in self.qapp.decks.decks if d.kind == "client"]

    def compose(self) -> ComposeResult:
        lang = self.t.lang
        decks = self._decks()
        with Vertical(classes="dialog", id="new-dialog"):
            yield Static(self.t("tui.new.title"), classes="dialog-title", markup=False)
            if decks:
                yield Static(self.t("tui.new.deck"), classes="field-label", markup=False)
                yield OptionList(*[self._option(d, lang) for d in decks], id="new-decks")
                yield Static(self.t("tui.new.label"), classes="field-label", markup=False)
                yield Input(
                    placeholder=self.t("tui.new.label_placeholder"),
                    id="new-label",
                    select_on_focus=False,  # a selected name is replaced by the next key
                )
                yield Button(self.t("tui.new.start"), id="new-start", variant="primary")
            else:
                yield Static(self.t("tui.start.no_decks"), classes="dialog-text", markup=False)
            yield KeyBar(classes="dialog-keys")

    @staticmethod
    def _option(deck: Deck, lang: str) -> Option:
        text_lang = deck.text_language(lang)
        title = deck.title.get(text_lang)
        return Option(plain(f"{title}\n{deck.description.get(text_lang)}"), id=deck.id)

    def on_mount(self) -> None:
        decks = self._decks()
        if not decks:
            return
        menu = self.query_one("#new-decks", OptionList)
        # Enter is a step, shown in the key bar: choose the cards, then the (optional) name.
        show_key(menu, "enter", "select", self.t("tui.key.choose_deck"))
        show_key(self.query_one("#new-label", Input), "enter", "submit", self.t("tui.new.start"))
        show_key(self.query_one("#new-start", Button), "enter", "press", self.t("tui.new.start"))
        ids = [d.id for d in decks]
        wanted = self.qapp.preselect_deck
        menu.highlighted = ids.index(wanted) if wanted in ids else 0
        if len(decks) == 1 or wanted in ids:
            self.query_one("#new-label", Input).focus()
        else:
            menu.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.query_one("#new-label", Input).focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self._submit()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self._submit()

    def _submit(self) -> None:
        decks = self._decks()
        index = self.query_one("#new-decks", OptionList).highlighted or 0
        label = self.query_one("#new-label", Input).value.strip() or None
        self.dismiss(NewChoice(decks[index].id, label))

    def action_cancel(self) -> None:
        self.dismiss(None)
