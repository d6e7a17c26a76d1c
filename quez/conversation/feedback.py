"""What the professional is told after a card is skipped or kept for later: one short line.

Pure: the core has already decided which card comes next (:mod:`quez.conversation.picking`);
this only words it, so the card screen and the tests agree on what a user reads.
"""

from __future__ import annotations

from collections.abc import Callable

from quez.store.model import Entry

Translate = Callable[..., str]


def skip_notice(t: Translate, *, park: bool, shown: Entry | None, came_back: bool) -> str:
    """The confirmation for ``s`` (skip) or ``l`` (later).

    ``shown`` is the card that came up next (None: back to the theme cards); ``came_back`` is
    True when that card is one kept for later earlier.
    """
    if shown is None:
        return t("table.notice.parked_last" if park else "table.notice.skipped_last")
    line = t("table.notice.parked" if park else "table.notice.skipped")
    if came_back:
        line = f"{line} {t('table.notice.came_back')}"
    return line


def chosen_notice(t: Translate, *, came_back: bool) -> str | None:
    """What to say when a theme (or a drawn card) brings back a card kept for later."""
    return t("table.notice.came_back") if came_back else None
