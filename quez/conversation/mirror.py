"""The regie mirror: a short reflection for the professional on who steered the conversation.

It counts what happened (who chose the cards, which themes came up, whose words the notes are
in); it never rates the client. It is stored with the session and never exported.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from quez.decks.model import Deck
from quez.store.agreement_model import Agreement, LookBack
from quez.store.model import Entry

# 2: agreements by who does them, and who chose the look-back's answers.
MIRROR_VERSION = 2


def regie_mirror(
    entries: Sequence[Entry],
    deck: Deck,
    agreements: Sequence[Agreement] = (),
    lookbacks: Sequence[LookBack] = (),
) -> dict[str, Any]:
    """The mirror's numbers as a JSON-friendly dict (pure: same input, same output)."""
    made = [a for a in agreements if a.has_text]
    answered = [item for item in lookbacks if item.outcome is not None]
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
        # Afspraken with a *what*, by who does them.
        "agreements": len(made),
        "agreements_client": sum(1 for a in made if a.who == "client"),
        "agreements_professional": sum(1 for a in made if a.who == "professional"),
        "agreements_other": sum(1 for a in made if a.who == "other"),
        # The look-back of a follow-up: who chose how it went.
        "lookback": len(lookbacks),
        "lookback_chosen_by_client": sum(1 for i in answered if i.chosen_by == "client"),
        "lookback_chosen_by_professional": sum(
            1 for i in answered if i.chosen_by == "professional"
        ),
        "lookback_open": len(lookbacks) - len(answered),
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
    lines += _plan_lines(mirror, t)
    lb_client = _int(mirror, "lookback_chosen_by_client")
    lb_prof = _int(mirror, "lookback_chosen_by_professional")
    if prof > client:
        question = t("mirror.q.professional")
    elif lb_prof > lb_client:
        question = t("mirror.q.lookback")
    elif notes and _int(mirror, "notes_own_words") * 2 < notes:
        question = t("mirror.q.summaries")
    else:
        question = t("mirror.q.client")
    return MirrorText(tuple(lines), question)


def _plan_lines(mirror: dict[str, Any], t: Callable[..., str]) -> list[str]:
    """The agreements and the look-back in words (nothing when there were none)."""
    lines: list[str] = []
    total = _int(mirror, "agreements")
    if total:
        lines.append(
            t(
                "mirror.agreements",
                total=total,
                client=_int(mirror, "agreements_client"),
                professional=_int(mirror, "agreements_professional"),
                other=_int(mirror, "agreements_other"),
            )
        )
    if _int(mirror, "lookback"):
        lines.append(
            t(
                "mirror.lookback",
                total=_int(mirror, "lookback"),
                client=_int(mirror, "lookback_chosen_by_client"),
                professional=_int(mirror, "lookback_chosen_by_professional"),
                open=_int(mirror, "lookback_open"),
            )
        )
    return lines
