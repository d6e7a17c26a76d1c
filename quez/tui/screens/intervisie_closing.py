"""The closing round: what each participant takes along, the inbrenger's next step, a short
evaluation; then the team summary (after the anonymisation guard, with the app's name finder)
and the meeting is closed. An emptied field stores nothing."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Input, Static

from quez.intervisie.meeting import Meeting
from quez.intervisie.roles import roles_of
from quez.privacy import LoadState
from quez.store import StoreError
from quez.store.model import NoteKind
from quez.tui.base import plain
from quez.tui.name_check import BUSY
from quez.tui.screens.dialogs import NoticeScreen
from quez.tui.screens.intervisie_base import IvContext, IvScreen
from quez.tui.screens.intervisie_privacy import Decisions, privacy_dialog
from quez.tui.widgets.intervisie_names import NameCheckLine
from quez.tui.widgets.keybar import KeyBar
from quez.tui.widgets.save_status import SaveStatus
from quez.workflows.errors import WorkflowError
from quez.workflows.summary import apply_decisions, pending_findings, write_team_summary


class IntervisieClosingScreen(IvScreen[None]):
    """One line per participant, the next step, the evaluation; Ctrl+S makes the summary."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "summary", "iv.tui.key.summary"),
        Binding("ctrl+b", "back", "iv.tui.key.back_to_phase"),
        Binding("escape", "leave", "iv.tui.key.leave"),
    ]

    def __init__(self, ctx: IvContext, meeting: Meeting) -> None:
        super().__init__(ctx)
        self._meeting = meeting
        self.fields: dict[str, tuple[NoteKind, str | None]] = {}

    @property
    def meeting(self) -> Meeting:
        return self._meeting

    def compose(self) -> ComposeResult:
        m, t = self.meeting, self.t
        titles = {r.id: r.title.get(t.lang).lower() for r in m.method.roles}
        with Horizontal(classes="topbar"):
            top = t("iv.tui.closing.top", method=m.method.title.get(t.lang))
            yield Static(plain(top))
            yield SaveStatus(id="save-status")
        with VerticalScroll(id="iv-closing"):
            yield Static(t("iv.tui.closing.title"), id="iv-closing-title", markup=False)
            yield Static(t("iv.tui.closing.intro"), classes="iv-muted", markup=False)
            yield NameCheckLine(id="iv-closing-namecheck")
            for index, person in enumerate(m.setup.participants):
                held = ", ".join(titles.get(r, r) for r in roles_of(person, m.setup.roles))
                label = f"{person} ({held})" if held else person
                yield Static(plain(label), classes="field-label")
                yield self._input(f"iv-take-{index}", "takeaway", person, "iv.tui.closing.take_ph")
            inbrenger = m.inbrenger or ""
            yield Static(plain(t("iv.tui.closing.next", who=inbrenger)), classes="field-label")
            yield self._input("iv-next", "next_step", m.inbrenger, "iv.tui.closing.next_ph")
            yield Static(t("iv.tui.closing.eval"), classes="field-label", markup=False)
            yield self._input("iv-eval", "evaluation", None, "iv.tui.closing.eval_ph")
            with Horizontal(id="iv-closing-buttons"):
                yield Button(t("iv.tui.closing.make"), id="iv-make", variant="primary")
                yield Button(t("iv.tui.key.back_to_phase"), id="iv-back")
        yield KeyBar(id="keybar")

    def _input(self, field_id: str, kind: NoteKind, person: str | None, hint: str) -> Input:
        self.fields[field_id] = (kind, person)
        entry = self.meeting.closing_note(kind, person)
        return Input(entry.note if entry else "", placeholder=self.t(hint), id=field_id)

    def on_mount(self) -> None:
        self.meeting.flow.pause()
        self.query_one(Input).focus()

    def on_input_changed(self, event: Input.Changed) -> None:
        field = self.fields.get(event.input.id or "")
        if field is None:
            return
        kind, person = field
        if self.meeting.closing_note(kind, person) is None and not event.value.strip():
            return
        self.guard(lambda: self.meeting.closing(kind, person, event.value))  # "" drops it
        self.touched()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.focus_next()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        if event.button.id == "iv-make":
            self.action_summary()
        elif event.button.id == "iv-back":
            self.action_back()

    # -- the summary ---------------------------------------------------------------------
    def action_summary(self) -> None:
        """Check for identifiers, let the group decide, then write the summary and close."""
        if not self.save_now():
            return
        store, m, finder = self.qapp.store, self.meeting, self.qapp.finder
        if finder.state in BUSY:  # a summary must not go out with names nobody looked for
            self.qapp.say(self.t("iv.ui.closing.wait"))
            return
        findings = self.guard(lambda: pending_findings(store, m.session.id, finder=finder))
        if findings is None:
            return
        if not findings:
            self._write()
            return
        where = {}
        titles = {p.id: p.title.get(self.t.lang) for p in m.method.phases}
        for entry in m.entries:
            phase = titles.get(entry.phase or "", self.t("iv.tui.closing.short"))
            where[entry.id] = self.t("iv.tui.privacy.where", n=entry.seq, phase=phase)
        session = self.guard(lambda: store.get_session(m.session.id))
        label = session.label if session is not None else m.session.label
        names = m.setup.niet_noemen
        screen = privacy_dialog(findings, label or "", where, names=names, finder=finder, t=self.t)
        self.app.push_screen(screen, self._after_privacy)

    def _after_privacy(self, decisions: Decisions | None) -> None:
        if decisions is None:
            return
        store, m = self.qapp.store, self.meeting
        if self.guard(lambda: apply_decisions(store, m.session.id, decisions)) is not None:
            self._write()

    def _write(self) -> None:
        """The summary through the one export workflow, then the meeting is closed."""
        app, m = self.qapp, self.meeting
        try:
            outcome = self.guard(
                lambda: write_team_summary(
                    app.store, m.session.id, folder=app.paths.exports_dir, lang=self.t.lang,
                    finder=app.finder,
                )
            )  # fmt: skip
        except WorkflowError:
            self.qapp.say(self.t("iv.tui.closing.not_written"), error=True)
            return
        if outcome is None:
            return
        try:
            m.finish()
        except StoreError as exc:
            self.qapp.say(exc.message(self.t), error=True)
            return
        app.finder.forget()  # the meeting is closed: no note text lingers in the finder
        message = self.t("iv.tui.closing.written", path=str(outcome.written[0]))
        if not app.finder.ready and app.finder.state is not LoadState.OFF:
            message += "\n\n" + self.t("privacy.names.unchecked")
        self.app.push_screen(NoticeScreen(message), lambda _: self.qapp.navigate.intervisie_home())

    # -- moving --------------------------------------------------------------------------
    def action_back(self) -> None:
        """Back to the method's last phase."""
        self.save_now()
        self.guard(self.meeting.previous_phase)
        self.save_now()
        self.app.pop_screen()

    def action_leave(self) -> None:
        """To the intervisie home; the meeting stays open."""
        if self.save_now():
            self.qapp.navigate.intervisie_home()
