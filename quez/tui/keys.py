"""Every key, per screen, for the help screen (labels are i18n keys)."""

from __future__ import annotations

KEYMAP: dict[str, list[tuple[str, str]]] = {
    "always": [
        ("Ctrl+Q", "tui.help.k.quit"),
        ("F1  ?", "tui.help.k.help"),
        ("Esc", "tui.help.k.back"),
        ("+  -", "tui.help.k.size"),
        ("F5", "tui.help.k.contrast"),
        ("Ctrl+S", "save.help.k.elsewhere"),
    ],
    "table": [
        ("1 … 9", "tui.help.k.choose"),
        ("← → ↑ ↓  Enter", "tui.help.k.arrows"),
        ("r", "tui.help.k.draw"),
        ("o", "tui.help.k.opening"),
        ("e", "tui.help.k.closing"),
        ("h  b", "tui.help.k.history"),
        ("l", "table.help.k.parked"),
        ("v", "letter.help.k.from_whom"),
        ("k", "tui.help.k.readback"),
        ("Esc", "tui.help.k.to_start"),
    ],
    "card": [
        ("Enter", "tui.help.k.type"),
        ("Esc", "tui.help.k.stop_typing"),
        ("Ctrl+O  Tab", "card.help.switch"),
        ("n", "tui.help.k.next"),
        ("s", "tui.help.k.skip"),
        ("l", "tui.help.k.later"),
        ("*", "tui.help.k.important"),
        ("v", "tui.help.k.followups"),
        ("w", "tui.help.k.worknotes"),
        ("F2", "card.help.hide_worknotes"),
        ("h  b", "tui.help.k.history"),
        ("k", "tui.help.k.readback"),
        ("t  Esc", "tui.help.k.table"),
    ],
    "readback": [
        ("↑ ↓", "tui.help.k.move_note"),
        ("Enter", "tui.help.k.edit"),
        ("Esc", "tui.help.k.stop_edit"),
        ("PgUp  PgDn", "readback.help.page"),
        ("tui.help.key.space", "readback.help.consent"),
        ("n", "readback.help.no"),
        ("*", "tui.help.k.important"),
        ("a", "readback.help.agree_all"),
        ("e", "tui.help.k.export"),
        ("o", "tui.help.k.keep_open"),
    ],
    "end": [
        ("Enter", "tui.help.k.done"),
        ("a", "tui.help.k.close"),
        ("m", "folder.help.k.open"),
        ("Esc", "tui.help.k.back"),
    ],
}
SECTIONS = ("table", "card", "readback", "end", "always")
