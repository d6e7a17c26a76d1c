"""Intervisie, first screen: choose a method, or continue a meeting that is still open.

A method's line counts the steps that always run and their minutes; optional steps are named
apart ("+ 1 optioneel"), since a group only runs them when it chooses them at the start.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quez.intervisie.meeting import Meeting, MeetingError
from quez.intervisie.setup import MeetingSetup
from quez.store import SessionSummary
from quez.tui.base import plain
from quez.tui.screens.intervisie_base import IvContext, IvScreen
from quez.tui.widgets.keybar import KeyBar


class IntervisieHomeScreen(IvScreen[None]):
    """The list of methods, then the open meetings."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "leave", "tui.key.back"),
        Binding("question_mark", "app.help", "tui.key.help"),
    ]

    def __init__(self, ctx: IvContext) -> None:
        super().__init__(ctx)

    def compose(self) -> ComposeResult:
        with Vertical(id="iv-home"):
            yield Static(self.t("iv.tui.home.title"), id="iv-home-title", markup=False)
            yield Static(self.t("iv.tui.home.intro"), classes="iv-muted", markup=False)
            yield OptionList(id="iv-home-list")
            yield Static("", id="iv-home-about", markup=False)
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.refresh_list()

    def on_screen_resume(self) -> None:
        self.refresh_list()

    def refresh_list(self) -> None:
        """Methods, then open meetings (newest first)."""
        menu = self.query_one("#iv-home-list", OptionList)
        menu.clear_options()
        lang = self.t.lang
        for method in self.ctx.methods.methods:
            optional = len(method.optional_phases)
            line = self.t(
                "iv.ui.home.method_optional" if optional else "iv.ui.home.method",
                title=method.title.get(lang), minutes=method.total_minutes,
                steps=method.required_steps, optional=optional,
            )  # fmt: skip
            menu.add_option(Option(plain(line), id=f"m:{method.id}"))
        found = self.guard(lambda: self.qapp.store.list_sessions(status="open", kind="intervisie"))
        if found:
            menu.add_option(None)
            for summary in found:
                menu.add_option(self._resume_option(summary))
        if self.ctx.methods.failures:
            about = self.t("iv.tui.home.broken", count=len(self.ctx.methods.failures))
            self.query_one("#iv-home-about", Static).update(plain(about))
        menu.highlighted = 0
        menu.focus()

    def _resume_option(self, summary: SessionSummary) -> Option:
        session = summary.session
        when = session.updated_at.astimezone().strftime("%d-%m-%Y")
        line = self.t(
            "iv.tui.home.resume",
            case=session.label or self.t("iv.sum.untitled"),
            method=MeetingSetup.of(session).method.title_in(self.t.lang) or session.deck_id,
            date=when,
        )
        return Option(plain(line), id=f"s:{session.id}")

    def on_option_list_option_highlighted(self, event: OptionList.OptionHighlighted) -> None:
        option_id = event.option.id or ""
        method = self.ctx.methods.get(option_id[2:]) if option_id.startswith("m:") else None
        about = self.query_one("#iv-home-about", Static)
        if method is not None:
            text = method.description.get(self.t.lang)
            phases = " → ".join(
                self.t("iv.ui.home.optional_step", title=p.title.get(self.t.lang))
                if p.optional
                else p.title.get(self.t.lang)
                for p in method.phases
            )
            about.update(plain(f"{text}\n\n{phases}"))
        elif option_id.startswith("s:"):
            about.update(plain(self.t("iv.tui.home.resume_hint")))

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        option_id = event.option.id or ""
        if option_id.startswith("m:"):
            method = self.ctx.methods.get(option_id[2:])
            if method is not None:
                self.qapp.navigate.setup(self.ctx, method)
        elif option_id.startswith("s:"):
            self._resume(option_id[2:])

    def _resume(self, session_id: str) -> None:
        try:
            meeting = self.guard(
                lambda: Meeting.resume(
                    self.qapp.store, session_id, self.ctx.methods, clock=self.ctx.seconds
                )
            )
        except MeetingError as exc:
            self.qapp.say(self.t(exc.key, **exc.params), error=True)
            return
        if meeting is not None:
            self.qapp.navigate.meeting(self.ctx, meeting)

    def action_leave(self) -> None:
        self.app.pop_screen()
