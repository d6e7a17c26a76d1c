"""UI strings of the workflows both front ends share (retention): key -> (Dutch, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # quez.workflows.retention: said at start-up and by ``quez sessions purge``
    "retention.done": (
        "Bewaartermijn voorbij: {worknotes} werkaantekening(en) en {sessions} afgesloten "
        "sessie(s) gewist.",
        "Keeping period over: {worknotes} work note(s) and {sessions} closed session(s) erased.",
    ),
}
