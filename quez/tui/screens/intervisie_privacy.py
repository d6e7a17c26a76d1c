"""The anonymisation guard's dialog: every finding, and per finding replace or keep.

Returns one decision per finding: the replacement text (the case pseudonym or ``[…]``), or
``None`` to keep it deliberately. Undecided findings are replaced by ``[…]``: the safe default.
Esc returns ``None`` (nothing is saved or exported).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quez.intervisie.guard import Finding
from quez.privacy import REDACTED
from quez.tui.base import QuezModal, plain
from quez.tui.screens.intervisie_base import TCSS
from quez.tui.widgets.keybar import KeyBar

Decisions = list[tuple[Finding, str | None]]
CONTEXT = 24


def excerpt(finding: Finding) -> str:
    """The hit with a little text around it, on one line."""
    start, end = finding.hit.start, finding.hit.end
    before = finding.text[max(start - CONTEXT, 0) : start]
    after = finding.text[end : end + CONTEXT]
    dots_before = "…" if start > CONTEXT else ""
    dots_after = "…" if end + CONTEXT < len(finding.text) else ""
    body = f"{dots_before}{before}«{finding.value}»{after}{dots_after}"
    return " ".join(body.split())


class IntervisiePrivacyScreen(QuezModal[Decisions | None]):
    """Shows the findings; c / x / h decide for the highlighted one, Enter is done."""

    CSS_PATH = TCSS
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("c", "decide('pseudonym')", "iv.tui.key.use_pseudonym"),
        Binding("x", "decide('redact')", "iv.tui.key.redact"),
        Binding("h", "decide('keep')", "iv.tui.key.keep"),
        Binding("a", "all_redact", "iv.tui.key.redact_all"),
        Binding("ctrl+s", "done", "iv.tui.key.done"),
        Binding("escape", "cancel", "tui.key.back"),
    ]

    def __init__(self, findings: Sequence[Finding], pseudonym: str, where: dict[int, str]) -> None:
        super().__init__()
        self.findings = list(findings)
        self.pseudonym = pseudonym.strip() or REDACTED
        self.where = where  # entry id -> "note 7 (Vragen stellen)"
        self.choices: list[str | None] = [REDACTED] * len(self.findings)

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="iv-privacy"):
            title = self.t("iv.tui.privacy.title", count=len(self.findings))
            yield Static(title, classes="dialog-title", markup=False)
            yield Static(self.t("iv.tui.privacy.intro"), classes="dialog-text", markup=False)
            yield OptionList(*self._options(), id="iv-privacy-list")
            hint = self.t("iv.tui.privacy.hint", pseudonym=self.pseudonym)
            yield Static(plain(hint), classes="dialog-hint")
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.query_one("#iv-privacy-list", OptionList).focus()

    def _options(self) -> list[Option]:
        return [Option(plain(self._line(i)), id=str(i)) for i in range(len(self.findings))]

    def _line(self, index: int) -> str:
        finding = self.findings[index]
        kind = self.t(f"privacy.kind.{finding.hit.kind}")
        if finding.entry_id is None:
            where = self.t("cli.privacy.in_label")
        else:
            where = self.where.get(finding.entry_id, self.t("iv.tui.privacy.in_note"))
        choice = self.choices[index]
        if choice is None:
            decision = self.t("iv.tui.privacy.kept")
        else:
            decision = self.t("iv.tui.privacy.replaced", by=choice)
        return f"{kind} · {where}\n  {excerpt(finding)}\n  → {decision}"

    def _refresh(self) -> None:
        menu = self.query_one("#iv-privacy-list", OptionList)
        keep = menu.highlighted
        menu.clear_options()
        menu.add_options(self._options())
        menu.highlighted = keep

    def action_decide(self, how: str) -> None:
        menu = self.query_one("#iv-privacy-list", OptionList)
        index = menu.highlighted
        if index is None:
            return
        self.choices[index] = {"pseudonym": self.pseudonym, "redact": REDACTED}.get(how)
        self._refresh()
        if index + 1 < len(self.findings):
            menu.highlighted = index + 1

    def action_all_redact(self) -> None:
        self.choices = [REDACTED] * len(self.findings)
        self._refresh()

    def on_option_list_option_selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        self.action_done()

    def action_done(self) -> None:
        self.dismiss(list(zip(self.findings, self.choices, strict=True)))

    def action_cancel(self) -> None:
        self.dismiss(None)
