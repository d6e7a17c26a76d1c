"""Before the meeting: participants, roles, the case's pseudonym, "niet noemen", the optional
steps (each a switch, off by default), timings.

Every field has a visible text row at 80x24; the question and the "niet noemen" list wrap.
Nothing is stored until the group presses Start; then the case title and question are checked
by the anonymisation guard first (with the app's name finder, once it is loaded; if it is not
yet, the screen says so and the summary checks them again), and the meeting is created.
"""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, VerticalScroll
from textual.widgets import Button, Checkbox, Input, Select, Static, Switch

from quez.intervisie.guard import apply_decisions, kept_keys, text_findings
from quez.intervisie.meeting import Meeting
from quez.intervisie.methods import Method
from quez.intervisie.roles import check_roles, parse_participants, suggest_roles
from quez.intervisie.setup import MeetingSetup, parse_names
from quez.privacy import LoadState
from quez.tui.base import plain
from quez.tui.screens.intervisie_base import IvContext, IvScreen
from quez.tui.screens.intervisie_privacy import Decisions, privacy_dialog
from quez.tui.widgets.intervisie_names import NameCheckLine
from quez.tui.widgets.keybar import KeyBar
from quez.tui.widgets.note_area import NoteArea
from quez.tui.widgets.save_status import SaveStatus

QUESTION_FIELD = -1  # the question's pseudo entry id while nothing is stored yet


class IntervisieSetupScreen(IvScreen[None]):
    """One form, top to bottom; Ctrl+S (or the button) starts."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "start", "iv.tui.key.start"),
        Binding("escape", "leave", "tui.key.back"),
    ]

    def __init__(self, ctx: IvContext, method: Method) -> None:
        super().__init__(ctx)
        self.method = method
        self.people: list[str] = []
        self.suggested: dict[str, str] = {}  # what QueZ filled in; anything else the group chose

    def compose(self) -> ComposeResult:
        t, lang = self.t, self.t.lang
        with Horizontal(classes="topbar"):
            yield Static(plain(t("iv.tui.setup.top", method=self.method.title.get(lang))))
            yield SaveStatus(id="save-status")
        with VerticalScroll(id="iv-setup"):
            yield Static(t("iv.tui.setup.people"), classes="field-label", markup=False)
            yield Input(placeholder=t("iv.tui.setup.people_ph"), id="iv-people")
            yield Static(t("iv.tui.setup.roles"), classes="field-label", markup=False)
            for role in self.method.roles:
                with Horizontal(classes="iv-role-row"):
                    label = role.title.get(lang) + ("" if role.required else t("iv.tui.optional"))
                    yield Static(plain(label), classes="iv-role-label")
                    yield Select[str]([], prompt="—", id=f"iv-role-{role.id}", compact=True)
            yield Static(t("iv.tui.setup.case"), classes="field-label", markup=False)
            yield Input(placeholder=t("iv.tui.setup.case_ph"), id="iv-case", max_length=60)
            yield Static(t("iv.tui.setup.case_hint"), classes="iv-muted", markup=False)
            yield Static(t("iv.tui.setup.question"), classes="field-label", markup=False)
            yield NoteArea(
                placeholder=t("iv.tui.setup.question_ph"), id="iv-setup-question",
                classes="iv-setup-text",
            )  # fmt: skip
            yield Static(t("iv.tui.setup.names"), classes="field-label", markup=False)
            yield NoteArea(
                placeholder=t("iv.tui.setup.names_ph"), id="iv-setup-names",
                classes="iv-setup-text",
            )  # fmt: skip
            yield Static(t("iv.tui.setup.names_hint"), classes="iv-muted", markup=False)
            yield NameCheckLine(id="iv-setup-namecheck")
            if self.method.optional_phases:
                yield Static(t("iv.ui.setup.optional"), classes="field-label", markup=False)
                for phase in self.method.optional_phases:
                    with Horizontal(classes="iv-optional-row"):
                        yield Switch(False, id=f"iv-opt-{phase.id}", classes="iv-optional")
                        title = t(
                            "iv.ui.setup.optional_step", title=phase.title.get(lang),
                            minutes=phase.minutes,
                        )  # fmt: skip
                        yield Static(plain(title), classes="iv-optional-label")
                    yield Static(plain(phase.purpose.get(lang)), classes="iv-muted iv-indent")
            yield Static(t("iv.tui.setup.minutes"), classes="field-label", markup=False)
            for index, phase in enumerate(self.method.phases):
                with Horizontal(classes="iv-minutes-row"):
                    label = phase.title.get(lang)
                    if phase.optional:
                        label += t("iv.ui.setup.if_chosen")
                    yield Static(plain(label), classes="iv-role-label")
                    yield Input(
                        str(phase.minutes), type="integer", max_length=3,
                        id=f"iv-min-{index}", classes="iv-minutes", compact=True,
                    )  # fmt: skip
            yield Static("", id="iv-total", markup=False)
            yield Checkbox(t("iv.tui.setup.auto"), False, id="iv-auto")
            yield Static("", id="iv-setup-errors", markup=False)
            yield Button(t("iv.tui.setup.start"), id="iv-start", variant="primary")
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self._show_total()
        self.query_one("#iv-people", Input).focus()

    # -- live form -----------------------------------------------------------------------
    def on_input_changed(self, event: Input.Changed) -> None:
        if event.input.id == "iv-people":
            self._people_changed(event.value)
        elif (event.input.id or "").startswith("iv-min-"):
            self._show_total()

    def on_switch_changed(self, event: Switch.Changed) -> None:
        self._show_total()

    def _people_changed(self, raw: str) -> None:
        names, _ = parse_participants(raw)
        if names == self.people:
            return
        self.people = names
        chosen = {r: v for r, v in self._roles().items() if self.suggested.get(r) != v}
        suggested = suggest_roles(self.method, names, chosen.get("inbrenger"))
        self.suggested = {}
        for role in self.method.roles:
            select = self.query_one(f"#iv-role-{role.id}", Select)
            select.set_options([(name, name) for name in names])
            keep = chosen.get(role.id)
            if keep in names:
                select.value = keep
            elif role.id in suggested and len(names) >= 2:
                select.value = self.suggested[role.id] = suggested[role.id]

    def _roles(self) -> dict[str, str]:
        roles: dict[str, str] = {}
        for role in self.method.roles:
            value = self.query_one(f"#iv-role-{role.id}", Select).value
            if isinstance(value, str):
                roles[role.id] = value
        return roles

    def _minutes(self) -> list[int] | None:
        found: list[int] = []
        for index in range(len(self.method.phases)):
            value = self.query_one(f"#iv-min-{index}", Input).value.strip()
            if not value.isdigit() or not 1 <= int(value) <= 120:
                return None
            found.append(int(value))
        return found

    def _optional(self) -> list[str]:
        """The optional steps the group switched on."""
        return [
            p.id for p in self.method.optional_phases
            if self.query_one(f"#iv-opt-{p.id}", Switch).value
        ]  # fmt: skip

    def _show_total(self) -> None:
        minutes = self._minutes()
        runs = self.method.run_order(self._optional())
        text = (
            self.t("iv.tui.setup.total", minutes=sum(minutes[i] for i in runs))
            if minutes
            else self.t("iv.tui.setup.bad_minutes")
        )
        self.query_one("#iv-total", Static).update(plain(text))

    # -- starting ------------------------------------------------------------------------
    def on_button_pressed(self, event: Button.Pressed) -> None:
        if event.button.id == "iv-start":
            event.stop()
            self.action_start()

    def _setup(self) -> MeetingSetup | None:
        """The form as a setup, or None with the problems shown."""
        names, problems = parse_participants(self.query_one("#iv-people", Input).value)
        roles = self._roles()
        messages = [self.t(p.key, **p.params) for p in problems]
        if not problems:
            titles = {r.id: r.title.get(self.t.lang).lower() for r in self.method.roles}
            for p in check_roles(self.method, names, roles):
                params = {k: titles.get(str(v), v) for k, v in p.params.items()}
                messages.append(self.t(p.key, **params))
        minutes = self._minutes()
        if minutes is None:
            messages.append(self.t("iv.tui.setup.bad_minutes"))
        errors = self.query_one("#iv-setup-errors", Static)
        errors.update(plain("\n".join(f"• {m}" for m in messages)))
        if messages or minutes is None:
            errors.scroll_visible()
            return None
        return MeetingSetup(
            method_id=self.method.id,
            participants=names,
            roles=roles,
            case_title=" ".join(self.query_one("#iv-case", Input).value.split()),
            question=self.query_one("#iv-setup-question", NoteArea).text.strip(),
            niet_noemen=parse_names(self.query_one("#iv-setup-names", NoteArea).text),
            minutes=minutes,
            auto_advance=self.query_one("#iv-auto", Checkbox).value,
            optional=self._optional(),
        )

    def action_start(self) -> None:
        setup = self._setup()
        if setup is None:
            return
        names, finder = setup.niet_noemen, self.qapp.finder
        findings = text_findings(setup.case_title, names=names, finder=finder) + text_findings(
            setup.question, names=names, entry_id=QUESTION_FIELD, finder=finder
        )
        if not findings:
            if finder.state not in (LoadState.READY, LoadState.OFF):
                self.qapp.say(self.t("iv.ui.setup.later"))
            self._begin(setup)
            return
        where = {QUESTION_FIELD: self.t("iv.tui.privacy.in_question")}
        screen = privacy_dialog(
            findings, setup.case_title, where, names=names, finder=finder, t=self.t
        )
        self.app.push_screen(screen, lambda d: self._after_privacy(setup, d))

    def _after_privacy(self, setup: MeetingSetup, decisions: Decisions | None) -> None:
        if decisions is None:
            return
        label = [d for d in decisions if d[0].entry_id is None]
        question = [d for d in decisions if d[0].entry_id == QUESTION_FIELD]
        setup.case_title = apply_decisions(setup.case_title, label)
        setup.question = apply_decisions(setup.question, question)
        setup.kept = kept_keys(decisions, setup.kept)
        self.query_one("#iv-case", Input).value = setup.case_title
        self.query_one("#iv-setup-question", NoteArea).load_text(setup.question)
        self._begin(setup)

    def _begin(self, setup: MeetingSetup) -> None:
        app = self.qapp
        meeting = self.guard(
            lambda: Meeting.start(
                app.store, self.method, setup, lang=self.t.lang, clock=self.ctx.seconds
            )
        )
        if meeting is not None:
            app.navigate.meeting(self.ctx, meeting)

    def action_leave(self) -> None:
        self.app.pop_screen()
