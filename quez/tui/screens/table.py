"""Tafelmodus: the theme cards face up; the client chooses. Nothing private on this screen.

Each card says, in words and a symbol (readable without colour), whether its theme was discussed
already and how many of its cards wait for later; ``l`` lists the cards kept for later.
"""

from __future__ import annotations

from typing import ClassVar

from textual import events
from textual.app import ComposeResult
from textual.binding import Binding, BindingsMap, BindingType
from textual.containers import Grid, Horizontal
from textual.widgets import Static

from quez.conversation.feedback import chosen_notice
from quez.conversation.picking import ThemeProgress
from quez.export.document import FromWhom
from quez.i18n import Translator
from quez.store import Entry
from quez.tui.base import QuezScreen
from quez.tui.compat import bindings, set_bindings
from quez.tui.screens.from_whom import FromWhomScreen, professional, with_professional
from quez.tui.screens.history import HistoryScreen
from quez.tui.screens.parked import ParkedScreen
from quez.tui.widgets.keybar import KeyBar
from quez.tui.widgets.save_status import SaveStatus
from quez.tui.widgets.theme_card import ThemeCard

WIDE = 200


def theme_status(progress: ThemeProgress, t: Translator) -> str:
    """The words on a theme card: discussed, how many wait for later, all done ("" if new)."""
    parts = []
    if progress.discussed:
        parts.append(t("table.status.discussed"))
    if progress.parked:
        parts.append(t("table.status.parked", count=progress.parked))
    elif progress.used_up:
        parts.append(t("table.status.done"))
    return " · ".join(parts)


class TableScreen(QuezScreen[None]):
    """The deck's themes as large cards side by side."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("r", "draw", "tui.key.draw"),
        Binding("o", "opening", "tui.key.opening"),
        Binding("e", "closing", "tui.key.closing"),
        Binding("h", "history", "tui.key.history"),
        Binding("b", "history", show=False),
        Binding("l", "parked", "table.key.parked"),
        Binding("v", "from_whom", "letter.key.from_whom"),
        Binding("k", "readback", "tui.key.readback"),
        Binding("escape", "back", "tui.key.back"),
        Binding("question_mark", "app.help", "tui.key.help"),
        Binding("q", "app.quit", show=False),
        Binding("left", "move(-1)", show=False),
        Binding("right", "move(1)", show=False),
        Binding("up", "move_row(-1)", show=False),
        Binding("down", "move_row(1)", show=False),
    ]

    def __init__(self) -> None:
        super().__init__()
        count = min(len(self.conv.themes), 9)
        numbers = BindingsMap()
        for i in range(1, count + 1):
            numbers.bind(
                str(i),
                f"choose({i - 1})",
                self.t("tui.key.choose_theme"),
                show=i == 1,
                key_display=f"1-{count}" if count > 1 else "1",
            )
        set_bindings(
            self,
            BindingsMap.from_keys({**numbers.key_to_bindings, **bindings(self).key_to_bindings}),
        )

    def compose(self) -> ComposeResult:
        conv = self.conv
        with Horizontal(classes="topbar"):
            yield Static(self.t("tui.table.title"), id="table-title", markup=False)
            yield Static(self.t("tui.large.mark"), classes="size-mark", markup=False)
            yield SaveStatus(id="save-status")
        with Grid(id="themes"):
            for number, theme in enumerate(conv.themes, start=1):
                yield ThemeCard(
                    number,
                    theme.id,
                    theme.title.get(conv.lang),
                    theme.question.get(conv.lang),
                )
        yield KeyBar(id="keybar")

    def on_mount(self) -> None:
        self.show_progress()
        cards = self._cards()
        last = self.conv.position.theme_id
        chosen = next((c for c in cards if c.theme_id == last), cards[0] if cards else None)
        if chosen is not None:
            chosen.focus()

    def on_screen_resume(self) -> None:
        if self.is_current and self.qapp.conversation is not None:
            self.guard(lambda: self.conv.to_screen("table"))
            self.show_progress()

    def show_progress(self) -> None:
        """Mark the themes discussed so far (the core counts; the cards show it)."""
        conv = self.conv
        for card in self._cards():
            progress = conv.progress(card.theme_id)
            card.show_status(theme_status(progress, self.t), discussed=progress.discussed > 0)

    def on_resize(self, event: events.Resize) -> None:
        count = len(self.conv.themes)
        # Two by two leaves room for large titles; four across only on very wide terminals.
        columns = min(count, 4) if event.size.width >= WIDE else (2 if count <= 4 else 3)
        self.query_one("#themes", Grid).styles.grid_size_columns = max(columns, 1)
        self.call_after_refresh(self.size_titles)

    def size_titles(self) -> None:
        """Large titles on every card, or on none (a mixed table would look uneven)."""
        cards = self._cards()
        big = bool(cards) and all(card.title_fits_big() for card in cards)
        for card in cards:
            if card.big_title != big:
                card.big_title = big
                card.refresh()

    # --- choosing ------------------------------------------------------------------------
    def _open(self, entry: Entry | None, empty_key: str) -> None:
        if entry is None:
            self.qapp.say(self.t(empty_key))
            return
        notice = chosen_notice(self.t, came_back=self.conv.came_back)
        if notice is not None:
            self.qapp.say(notice)
        self.qapp.navigate.card()

    def on_theme_card_chosen(self, message: ThemeCard.Chosen) -> None:
        message.stop()
        conv = self.conv
        entry = self.guard(lambda: conv.choose_theme(message.theme_id))
        self._open(entry, "tui.table.theme_done")

    def action_choose(self, index: int) -> None:
        themes = self.conv.themes
        if 0 <= index < len(themes):
            self.post_message(ThemeCard.Chosen(themes[index].id))

    def action_draw(self) -> None:
        conv = self.conv
        self._open(self.guard(conv.draw), "tui.table.none_left")

    def action_opening(self) -> None:
        conv = self.conv
        self._open(self.guard(conv.opening), "tui.table.no_opening")

    def action_closing(self) -> None:
        conv = self.conv
        self._open(self.guard(conv.closing), "tui.table.no_closing")

    def action_history(self) -> None:
        self.app.push_screen(HistoryScreen(), self._go_to)

    def action_parked(self) -> None:
        """The cards kept for later: the client may ask for one at any time."""
        self.app.push_screen(ParkedScreen(), self._go_to)

    def action_from_whom(self) -> None:
        """Van wie: the professional's details and this conversation's next appointment."""
        stored, mine = self.conv.from_whom, professional(self.qapp.settings)
        shown = FromWhom(
            name=stored.name or mine.name,
            organisation=stored.organisation or mine.organisation,
            phone=stored.phone or mine.phone,
            appointment=stored.appointment,
        )
        self.app.push_screen(FromWhomScreen(shown, appointment=True), self._from_whom)

    def _from_whom(self, details: FromWhom | None) -> None:
        if details is None:
            return
        conv = self.conv

        def keep() -> bool:
            conv.set_from_whom(details)
            return True

        if self.guard(keep):
            self.qapp.store_settings(with_professional(self.qapp.settings, details))
            self.qapp.say(self.t("letter.dialog.saved"))

    def _go_to(self, entry_id: int | None) -> None:
        if entry_id is None:
            return
        conv = self.conv
        self._open(self.guard(lambda: conv.go_to(entry_id)), "tui.history.gone")

    def action_readback(self) -> None:
        self.qapp.navigate.readback()

    def action_back(self) -> None:
        self.qapp.navigate.to_start()

    # --- moving between cards ------------------------------------------------------------
    def _cards(self) -> list[ThemeCard]:
        return list(self.query(ThemeCard))

    def action_move(self, step: int) -> None:
        cards = self._cards()
        if not cards:
            return
        current = self.focused
        index = cards.index(current) if isinstance(current, ThemeCard) else -step
        cards[(index + step) % len(cards)].focus()

    def action_move_row(self, step: int) -> None:
        columns = self.query_one("#themes", Grid).styles.grid_size_columns or 1
        self.action_move(step * columns)
