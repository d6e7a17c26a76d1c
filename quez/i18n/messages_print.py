"""UI strings for printed cards' human labels (never the deck's raw tags): key -> (nl, en)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    "print.core": ("kernvraag om mee te beginnen", "core question to start with"),
    "print.fits": ("Past bij de stap: {phases}", "Fits the step: {phases}"),
    "print.phase.verkennen": ("verkennen", "exploring"),
    "print.phase.analyseren": ("analyseren", "analysing"),
    "print.phase.reflecteren": ("reflecteren", "reflecting"),
    "print.phase.advies": ("advies", "advice"),
    "print.phase.evalueren": ("terugkijken", "looking back"),
    "print.phase.roddelen": ("roddelen", "gossip round"),
}
