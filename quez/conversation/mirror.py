"""The regie mirror: a short reflection for the professional on who steered the conversation.

It counts what happened (who chose the cards, which themes came up, whose words the notes are
in); it never rates the client. It is stored with the session and never exported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from quez.decks.model import Deck
from quez.store.model import Entry

MIRROR_VERSION = 1


def regie_mirror(entries: Sequence[Entry], deck: Deck) -> dict[str, Any]:
    """The mirror's numbers as a JSON-friendly dict (pure: same input, same output)."""
    touched: list[str] = []
    for entry in entries:
        if entry.theme_id and entry.state == "active" and entry.theme_id not in touched:
            touched.append(entry.theme_id)
    notes = [e for e in entries if e.note.strip() or e.summary.strip()]
    return {
        "version": MIRROR_VERSION,
        "cards": len(entries),
        "chosen_by_client": sum(1 for e in entries if e.chosen_by == "client"),
        "chosen_by_professional": sum(1 for e in entries if e.chosen_by == "professional"),
        "themes_touched": touched,
        "themes_untouched": [t.id for t in deck.themes if t.id not in touched],
        "notes": len(notes),
        # Cards with the client's own words written down / with a summary (both may be true).
        "notes_own_words": sum(1 for e in notes if e.note.strip()),
        "notes_summary": sum(1 for e in notes if e.summary.strip()),
        "important": sum(1 for e in entries if e.important),
        "skipped": sum(1 for e in entries if e.state == "skipped"),
        "parked": sum(1 for e in entries if e.state == "parked"),
    }


@dataclass(frozen=True)
class MirrorText:
    """The mirror in words: a few lines and one open question to take along."""

    lines: tuple[str, ...]
    question: str


def _int(mirror: dict[str, Any], key: str) -> int:
    value = mirror.get(key, 0)
    return value if isinstance(value, int) else 0


def _titles(mirror: dict[str, Any], key: str, theme_title: Callable[[str], str]) -> str:
    ids = mirror.get(key)
    if not ids:
        return ""
    return " · ".join(theme_title(i) or i for i in ids if isinstance(i, str))


def mirror_text(
    mirror: dict[str, Any], t: Callable[..., str], theme_title: Callable[[str], str]
) -> MirrorText:
    """Turn the numbers into sentences in the UI language (keys ``mirror.*``)."""
    client, prof = _int(mirror, "chosen_by_client"), _int(mirror, "chosen_by_professional")
    lines = [t("mirror.chosen", client=client, professional=prof, total=client + prof)]
    touched = _titles(mirror, "themes_touched", theme_title)
    lines.append(t("mirror.themes", themes=touched) if touched else t("mirror.themes_none"))
    untouched = _titles(mirror, "themes_untouched", theme_title)
    if untouched and touched:
        lines.append(t("mirror.themes_other", themes=untouched))
    notes = _int(mirror, "notes")
    if notes:
        lines.append(t("mirror.notes", own=_int(mirror, "notes_own_words"), total=notes))
    else:
        lines.append(t("mirror.notes_none"))
    if _int(mirror, "skipped") or _int(mirror, "parked"):
        lines.append(
            t("mirror.skipped", skipped=_int(mirror, "skipped"), parked=_int(mirror, "parked"))
        )
    if prof > client:
        question = t("mirror.q.professional")
    elif notes and _int(mirror, "notes_own_words") * 2 < notes:
        question = t("mirror.q.summaries")
    else:
        question = t("mirror.q.client")
    return MirrorText(tuple(lines), question)
