"""The end: a short regie mirror for the professional (never a score, never exported)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical, VerticalScroll
from textual.widgets import Static

from quez.conversation import mirror_text
from quez.tui.base import QuezScreen, plain
from quez.tui.screens.close_conversation import CloseConversationScreen
from quez.tui.widgets.keybar import KeyBar
from quez.tui.widgets.save_status import SaveStatus
from quez.workflows.errors import WorkflowError

if TYPE_CHECKING:
    from quez.workflows.export import ExportOutcome


class EndScreen(QuezScreen[None]):
    """Shows and stores the mirror; the professional closes the conversation or keeps it open."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("enter", "done", "tui.key.done"),
        Binding("a", "close_conversation", "tui.key.close"),
        Binding("m", "open_folder", "folder.key.open"),
        Binding("escape", "back", "tui.key.back"),
        Binding("question_mark", "app.help", "tui.key.help"),
        Binding("q", "app.quit", show=False),
    ]

    def __init__(self, exported: ExportOutcome | None = None) -> None:
        super().__init__()
        self.exported: list[Path] = list(exported.written) if exported else []
        self.privacy: tuple[str, ...] = exported.kinds if exported else ()

    def compose(self) -> ComposeResult:
        with Horizontal(classes="topbar"):
            yield Static(self.t("tui.end.title"), id="end-title", markup=False)
            yield Static(self.t("tui.large.mark"), classes="size-mark", markup=False)
            yield SaveStatus(id="save-status")
        with VerticalScroll(id="end-body"):
            yield Static(self.t("tui.end.intro"), id="end-intro", markup=False)
            yield Vertical(id="mirror")
            yield Static("", id="mirror-question", markup=False)
            yield Static("", id="end-export", markup=False)
            yield Static("", id="end-privacy", markup=False)
            yield Static("", id="end-status", markup=False)
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        conv = self.conv
        self.guard(lambda: conv.to_screen("end"))
        numbers = self.guard(conv.mirror)
        if numbers is not None:
            text = mirror_text(numbers, self.t, conv.theme_title)
            self.query_one("#mirror", Vertical).mount_all(
                Horizontal(
                    Static("•", classes="mirror-bullet"),
                    Static(plain(line), classes="mirror-text"),
                    classes="mirror-line",
                )
                for line in text.lines
            )
            self.query_one("#mirror-question", Static).update(plain(text.question))
        self.query_one("#end-export").display = bool(self.exported)
        if self.exported:
            self.query_one("#end-export", Static).update(plain(self._where()))
        privacy = self.query_one("#end-privacy", Static)
        privacy.display = bool(self.privacy)
        if self.privacy:
            kinds = ", ".join(self.t(f"privacy.kind.{kind}") for kind in self.privacy)
            privacy.update(plain(self.t("export.privacy_warning", kinds=kinds)))
        self._status()

    def _status(self) -> None:
        closed = self.conv.session.status == "closed"
        self.query_one("#end-status", Static).update(
            self.t("tui.end.closed" if closed else "tui.end.open")
        )
        self.refresh_bindings()

    def _where(self) -> str:
        """The folder once, then the file names: where to find the client's document."""
        lines = [self.t("tui.end.exported")]
        for folder in dict.fromkeys(p.parent for p in self.exported):
            lines.append(f"  {folder}{os.sep}")
            lines += [f"    {p.name}" for p in self.exported if p.parent == folder]
        return "\n".join(lines)

    def action_open_folder(self) -> None:
        """Show the exports folder in the system's file manager (one calm line if it cannot)."""
        from quez.workflows.folder import open_folder

        try:
            open_folder(self.exported[0].parent)
        except WorkflowError as exc:
            self.qapp.say(exc.message(self.t))
            return
        self.qapp.say(self.t("folder.opening"))

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "open_folder":
            return bool(self.exported)
        if action in ("close_conversation", "back") and self.qapp.conversation is not None:
            return self.conv.session.status == "open"
        return True

    def action_close_conversation(self) -> None:
        """Ask first, showing the werkaantekeningen once more; close only on a yes."""
        self.qapp.capture_fields()
        self.app.push_screen(CloseConversationScreen(self.conv.worknotes), self._close_answered)

    def _close_answered(self, close: bool | None) -> None:
        if not close or self.qapp.conversation is None:
            return
        if self.guard(self.conv.close) is None and self.conv.session.status == "closed":
            self._status()

    def action_done(self) -> None:
        self.qapp.navigate.to_start()

    def action_back(self) -> None:
        self.dismiss(None)
