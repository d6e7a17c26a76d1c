"""Van wie: the professional's name, organisation and phone, and the next appointment.

Everything is optional. The details go into the settings (for every new conversation) and, with
a conversation open, into that conversation together with its next appointment; the client's
document shows them in its "Van wie" block. Enter moves to the next field and saves on the
last one; Esc leaves without saving.
"""

from __future__ import annotations

from dataclasses import replace
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Horizontal, Vertical
from textual.widgets import Button, Input, Static

from quez.export.document import FromWhom
from quez.settings import MAX_TEXT, Settings
from quez.tui.base import QuezModal, show_key
from quez.tui.widgets.keybar import KeyBar

FIELDS = ("name", "organisation", "phone", "appointment")


def professional(settings: Settings) -> FromWhom:
    """The professional's details from the settings (no appointment: that is per conversation)."""
    return FromWhom(
        name=settings.professional_name,
        organisation=settings.professional_org,
        phone=settings.professional_phone,
    )


def with_professional(settings: Settings, details: FromWhom) -> Settings:
    """``settings`` with the professional's details from ``details``."""
    return replace(
        settings,
        professional_name=details.name.strip(),
        professional_org=details.organisation.strip(),
        professional_phone=details.phone.strip(),
    )


class FromWhomScreen(QuezModal[FromWhom | None]):
    """Returns the details as typed (trimmed), or None on Esc."""

    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "tui.key.back")]

    def __init__(self, current: FromWhom, *, appointment: bool) -> None:
        super().__init__()
        self.current = current
        self.fields = FIELDS if appointment else FIELDS[:3]

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="from-whom-dialog"):
            yield Static(self.t("letter.dialog.title"), classes="dialog-title", markup=False)
            yield Static(self.t("letter.dialog.intro"), classes="dialog-text", markup=False)
            for name in self.fields:
                with Horizontal(classes="from-whom-row"):
                    label = self.t(f"letter.dialog.{name}")
                    yield Static(label, classes="from-whom-label", markup=False)
                    placeholder = self.t(
                        "letter.dialog.appointment_placeholder"
                        if name == "appointment"
                        else "letter.dialog.empty"
                    )
                    yield Input(
                        getattr(self.current, name),
                        placeholder=placeholder,
                        id=f"fw-{name}",
                        max_length=MAX_TEXT,
                        select_on_focus=False,
                    )
            yield Button(self.t("letter.dialog.save"), id="fw-save", variant="primary")
            yield KeyBar(classes="dialog-keys")

    def _inputs(self) -> list[Input]:
        return [self.query_one(f"#fw-{name}", Input) for name in self.fields]

    def on_mount(self) -> None:
        inputs = self._inputs()
        for field in inputs[:-1]:
            show_key(field, "enter", "submit", self.t("letter.dialog.next"))
        show_key(inputs[-1], "enter", "submit", self.t("letter.dialog.save"))
        show_key(self.query_one("#fw-save", Button), "enter", "press", self.t("letter.dialog.save"))
        self.set_focus(inputs[0])

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        inputs = self._inputs()
        index = inputs.index(event.input)
        if index + 1 < len(inputs):
            self.set_focus(inputs[index + 1])  # at once: letters typed next go there
        else:
            self._save()

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self._save()

    def _save(self) -> None:
        typed = {name: self.query_one(f"#fw-{name}", Input).value.strip() for name in self.fields}
        self.dismiss(FromWhom(**typed))

    def action_cancel(self) -> None:
        self.dismiss(None)
