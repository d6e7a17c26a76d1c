"""Small intervisie dialogs: the inbrenger's question, help for the phase screen, the calm
advice prompt, and a pseudonym of the group's own."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import ClassVar, Literal

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Input, OptionList, Static
from textual.widgets.option_list import Option

from quez.i18n import Translator
from quez.intervisie.meeting import Meeting
from quez.tui.base import QuezModal, plain, show_key
from quez.tui.screens.intervisie_base import TCSS
from quez.tui.widgets.keybar import KeyBar
from quez.tui.widgets.note_area import NoteArea


class QuestionDialog(QuezModal[str | None]):
    """Write or sharpen the inbrenger's question; Ctrl+S keeps it, Esc leaves it as it was."""

    CSS_PATH = TCSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("ctrl+s", "keep", "iv.tui.key.done"),
        Binding("escape", "cancel", "tui.key.back"),
    ]

    def __init__(self, question: str) -> None:
        super().__init__()
        self.question = question

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.t("iv.tui.question.title"), classes="dialog-title", markup=False)
            yield Static(self.t("iv.tui.question.intro"), classes="dialog-text", markup=False)
            yield NoteArea(self.question, id="iv-question-text")
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        area = self.query_one("#iv-question-text", NoteArea)
        area.move_cursor(area.document.end)
        area.focus()

    def action_keep(self) -> None:
        self.dismiss(self.query_one("#iv-question-text", NoteArea).text.strip())

    def action_cancel(self) -> None:
        self.dismiss(None)


def step_lines(meeting: Meeting, t: Translator) -> list[str]:
    """The method's steps for the help: numbered as they run in this meeting, ▶ where the group
    is; a step the group did not choose is shown without a number, as not chosen."""
    flow, lines = meeting.flow, []
    for index, phase in enumerate(meeting.method.phases):
        title = phase.title.get(t.lang)
        if not flow.runs(index):
            lines.append(f"  –  {title} ({t('iv.ui.help.skipped')})")
            continue
        mark = "▶" if index == flow.index else " "
        about = [f"{flow.minutes[index]} min"]
        if not phase.questions:
            about.append(t("iv.ui.help.quiet"))
        lock = "  " + t("iv.tui.help.advice_from") if index == meeting.method.advice_from else ""
        number = flow.run.index(index) + 1
        lines.append(f"{mark} {number}. {title} ({', '.join(about)}){lock}")
    return lines


class IntervisieHelpScreen(QuezModal[None]):
    """The method's steps, the keys of the phase screen, and why advice waits."""

    CSS_PATH = TCSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "tui.key.back"),
        Binding("f1", "close", show=False),
        Binding("question_mark", "close", show=False),
    ]

    def __init__(self, steps: list[str], keys: list[tuple[str, str]]) -> None:
        super().__init__()
        self.steps = steps
        self.keys = keys

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Static(self.t("iv.tui.help.title"), classes="dialog-title", markup=False)
            with VerticalScroll(id="iv-help-body"):
                yield Static(self.t("iv.tui.help.intro"), classes="dialog-text", markup=False)
                yield Static(plain("\n".join(self.steps)), classes="dialog-text")
                width = max((len(k) for k, _ in self.keys), default=0) + 2
                rows = "\n".join(f"{k.ljust(width)}{label}" for k, label in self.keys)
                yield Static(plain(rows), classes="dialog-text")
        yield KeyBar(id="keybar")

    def action_close(self) -> None:
        self.dismiss(None)


AdviceChoice = Literal["park", "rephrase"]


class AdvicePrompt(QuezModal[AdviceChoice | None]):
    """A note typed before the advice round reads as advice: keep it for that round, or
    rephrase it as an open question. Nothing is rejected and nothing is lost: the note is
    stored as it is while this is open. Esc: back to the note, as it was."""

    CSS_PATH = TCSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("b", "choose('park')", "iv.ui.key.park"),
        Binding("o", "choose('rephrase')", "iv.ui.key.rephrase"),
        Binding("escape", "cancel", "tui.key.back"),
    ]

    def __init__(self, sentences: Sequence[str]) -> None:
        super().__init__()
        self.sentences = list(sentences)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="iv-advice"):
            yield Static(self.t("iv.ui.advice.title"), classes="dialog-title", markup=False)
            quoted = "\n".join(f"“{' '.join(s.split())}”" for s in self.sentences[:2])
            yield Static(plain(quoted), classes="dialog-text", id="iv-advice-quote")
            yield Static(self.t("iv.ui.advice.intro"), classes="dialog-text", markup=False)
            yield OptionList(
                Option(plain("b  " + self.t("iv.ui.advice.park")), id="park"),
                Option(plain("o  " + self.t("iv.ui.advice.rephrase")), id="rephrase"),
                id="iv-advice-choices",
            )
            yield Static(self.t("iv.ui.advice.safe"), classes="dialog-hint", markup=False)
            yield KeyBar(classes="dialog-keys")

    def on_mount(self) -> None:
        choices = self.query_one("#iv-advice-choices", OptionList)
        choices.highlighted = 0
        choices.focus()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_choose(event.option.id or "rephrase")

    def action_choose(self, choice: str) -> None:
        self.dismiss("park" if choice == "park" else "rephrase")

    def action_cancel(self) -> None:
        self.dismiss(None)


class PseudonymDialog(QuezModal[str | None]):
    """The group types a pseudonym of its own; ``is_safe`` refuses one that names anybody
    (a listed or detected name), with a calm line, and the dialog stays open."""

    CSS_PATH = TCSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "tui.key.back"),
    ]

    def __init__(self, is_safe: Callable[[str], bool]) -> None:
        super().__init__()
        self.is_safe = is_safe

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="iv-pseudonym"):
            yield Static(self.t("iv.ui.pseudonym.title"), classes="dialog-title", markup=False)
            yield Static(self.t("iv.ui.pseudonym.intro"), classes="dialog-text", markup=False)
            yield Input(
                placeholder=self.t("iv.ui.pseudonym.placeholder"), id="iv-pseudonym-text",
                max_length=60,
            )  # fmt: skip
            yield Static("", id="iv-pseudonym-problem", markup=False)
            yield KeyBar(classes="dialog-keys")

    def on_mount(self) -> None:
        field = self.query_one("#iv-pseudonym-text", Input)
        show_key(field, "enter", "submit", self.t("iv.tui.key.done"))
        field.focus()

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        typed = " ".join(event.value.split())
        if not typed:
            return
        if not self.is_safe(typed):
            problem = self.query_one("#iv-pseudonym-problem", Static)
            problem.update(plain(self.t("iv.ui.pseudonym.unsafe")))
            return
        self.dismiss(typed)

    def action_cancel(self) -> None:
        self.dismiss(None)
