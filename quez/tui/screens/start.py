"""The start screen: new conversation, continue one, intervisie, help, quit."""

from __future__ import annotations

from typing import Any, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Center, Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quez.conversation import Conversation
from quez.export.document import FromWhom
from quez.tui.base import QuezScreen, plain
from quez.tui.screens.from_whom import FromWhomScreen, professional, with_professional
from quez.tui.screens.new_conversation import NewChoice, NewConversationScreen
from quez.tui.screens.resume import ResumeScreen
from quez.tui.widgets.keybar import KeyBar


class StartScreen(QuezScreen[None]):
    """The first thing a professional sees."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("q", "app.quit", show=False),
        Binding("question_mark", "app.help", "tui.key.help"),
    ]

    def compose(self) -> ComposeResult:
        with Vertical(id="start-box"):
            yield Static(self.t("tui.start.title"), id="start-title", markup=False)
            yield Static(self.t("tui.start.subtitle"), id="start-subtitle", markup=False)
            with Center():
                yield OptionList(id="start-menu")
            yield Static(self.t("tui.start.hint"), id="start-hint", markup=False)
            yield Static("", id="start-problems", markup=False)
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.refresh_menu()
        failures = len(self.qapp.decks.failures)
        if failures:
            self.query_one("#start-problems", Static).update(
                self.t("tui.start.deck_problems", count=failures)
            )

    def refresh_menu(self) -> None:
        """Rebuild the menu (the number of open conversations changes)."""
        menu = self.query_one("#start-menu", OptionList)
        open_count = len(self._open_sessions())
        resume = (
            self.t("tui.start.resume", count=open_count)
            if open_count
            else self.t("tui.start.resume_none")
        )
        menu.clear_options()
        menu.add_options(
            [
                Option(plain(self.t("tui.start.new")), id="new"),
                Option(plain(resume), id="resume", disabled=not open_count),
                Option(plain(self.t("tui.start.intervisie")), id="intervisie"),
                Option(plain(self.t("letter.start.menu")), id="from_whom"),
                Option(plain(self.t("tui.start.large")), id="large"),
                Option(plain(self.t("tui.start.contrast")), id="contrast"),
                Option(plain(self.t("tui.start.help")), id="help"),
                Option(plain(self.t("tui.start.quit")), id="quit"),
            ]
        )
        menu.highlighted = 0
        menu.focus()

    def _open_sessions(self) -> list[Any]:
        found = self.guard(lambda: self.qapp.store.list_sessions(status="open", kind="client"))
        return found or []

    async def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        choice = event.option.id
        if choice == "new":
            self.app.push_screen(NewConversationScreen(), self._start_new)
        elif choice == "resume":
            self.app.push_screen(ResumeScreen(), self._resume)
        elif choice == "intervisie":
            self.qapp.navigate.intervisie()
        elif choice == "from_whom":
            details = professional(self.qapp.settings)
            self.app.push_screen(FromWhomScreen(details, appointment=False), self._from_whom)
        elif choice == "large":
            self.qapp.action_text_size(-1 if self.qapp.large_text else 1)
        elif choice == "contrast":
            self.qapp.action_contrast()
        elif choice == "help":
            self.qapp.action_help()
        elif choice == "quit":
            await self.qapp.action_quit()

    def _from_whom(self, details: FromWhom | None) -> None:
        if details is not None:
            self.qapp.store_settings(with_professional(self.qapp.settings, details))
            self.qapp.say(self.t("letter.dialog.saved"))

    def _start_new(self, choice: NewChoice | None) -> None:
        if choice is None:
            return
        deck = self.qapp.decks.get(choice.deck_id)
        if deck is None:
            return
        app = self.qapp
        conv = self.guard(
            lambda: Conversation.start(
                app.store,
                deck,
                lang=app.t.lang,
                rng=app.rng,
                label=choice.label,
                from_whom=professional(app.settings),
            )
        )
        if conv is not None:
            app.open_conversation(conv)

    def _resume(self, session_id: str | None) -> None:
        if session_id is None:
            return
        app = self.qapp
        conv = self.guard(
            lambda: Conversation.resume(
                app.store, session_id, app.decks, lang=app.t.lang, rng=app.rng
            )
        )
        if conv is not None:
            app.open_conversation(conv)
