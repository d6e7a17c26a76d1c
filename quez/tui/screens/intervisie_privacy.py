"""The anonymisation guard's dialog: every finding, and per finding replace or keep.

Returns one decision per finding: the replacement text (a pseudonym or ``[…]``), or ``None`` to
keep it deliberately. Undecided findings are replaced by ``[…]``: the safe default. Esc
returns ``None`` (nothing is saved or exported).

The pseudonym offered is :func:`~quez.intervisie.guard.safe_pseudonym`'s: the case title when
it names nobody, else "Casus A"; the group may type its own (``s``), which is refused when it
holds a listed or detected name. When the name finder was not ready, the dialog says that
names, places and institutions were not checked yet.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from quez.i18n import Translator
from quez.intervisie.guard import Finding, safe_pseudonym
from quez.privacy import REDACTED, LoadState, NameFinder
from quez.tui.base import QuezModal, plain
from quez.tui.screens.intervisie_base import TCSS
from quez.tui.screens.intervisie_dialogs import PseudonymDialog
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
        Binding("s", "own_pseudonym", "iv.ui.key.own_pseudonym"),
        Binding("x", "decide('redact')", "iv.tui.key.redact"),
        Binding("h", "decide('keep')", "iv.tui.key.keep"),
        Binding("a", "all_redact", "iv.tui.key.redact_all"),
        Binding("ctrl+s", "done", "iv.tui.key.done"),
        Binding("escape", "cancel", "tui.key.back"),
    ]

    def __init__(
        self,
        findings: Sequence[Finding],
        pseudonym: str,
        where: dict[int, str],
        *,
        is_safe: Callable[[str], bool] | None = None,
        names_checked: bool = True,
    ) -> None:
        super().__init__()
        self.findings = list(findings)
        self.pseudonym = pseudonym.strip() or REDACTED
        self.where = where  # entry id -> "note 7 (Vragen stellen)"
        self.choices: list[str | None] = [REDACTED] * len(self.findings)
        self.is_safe = is_safe
        self.names_checked = names_checked

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="iv-privacy"):
            title = self.t("iv.tui.privacy.title", count=len(self.findings))
            yield Static(title, classes="dialog-title", markup=False)
            yield Static(self.t("iv.tui.privacy.intro"), classes="dialog-text", markup=False)
            if not self.names_checked:
                unchecked = self.t("privacy.names.unchecked")
                yield Static(unchecked, classes="dialog-text iv-warning", markup=False)
            yield OptionList(*self._options(), id="iv-privacy-list")
            yield Static(plain(self._hint()), classes="dialog-hint", id="iv-privacy-hint")
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.query_one("#iv-privacy-list", OptionList).focus()

    def _hint(self) -> str:
        key = "iv.ui.privacy.hint" if self.is_safe is not None else "iv.tui.privacy.hint"
        return self.t(key, pseudonym=self.pseudonym)

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

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self.is_safe is not None if action == "own_pseudonym" else True

    def action_own_pseudonym(self) -> None:
        """Type a pseudonym of the group's own; it replaces the offered one everywhere it was
        chosen, and is chosen for the highlighted finding."""
        if self.is_safe is None:
            return
        menu = self.query_one("#iv-privacy-list", OptionList)
        index = menu.highlighted

        def typed(name: str | None) -> None:
            menu.focus()
            if name is None:
                return
            old, self.pseudonym = self.pseudonym, name
            self.choices = [name if c == old else c for c in self.choices]
            if index is not None:
                self.choices[index] = name
            self.query_one("#iv-privacy-hint", Static).update(plain(self._hint()))
            self._refresh()

        self.app.push_screen(PseudonymDialog(self.is_safe), typed)

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


def privacy_dialog(
    findings: Sequence[Finding],
    candidate: str,
    where: dict[int, str],
    *,
    names: Iterable[str],
    finder: NameFinder,
    t: Translator,
) -> IntervisiePrivacyScreen:
    """The dialog for ``findings``, offering a pseudonym that names nobody: ``candidate`` (the
    case title) when it is safe, else "Casus A"; what the group types is checked the same way.

    ``names`` is the "niet noemen" list; the findings' own values are avoided too.
    """
    avoid = [*names, *(f.value for f in findings)]
    default = t("iv.ui.pseudonym.default")
    offered = safe_pseudonym(candidate, avoid=avoid, default=default, finder=finder)

    def is_safe(typed: str) -> bool:
        return safe_pseudonym(typed, avoid=avoid, default="", finder=finder) == " ".join(
            typed.split()
        )

    checked = finder.state in (LoadState.READY, LoadState.OFF)
    return IntervisiePrivacyScreen(findings, offered, where, is_safe=is_safe, names_checked=checked)
