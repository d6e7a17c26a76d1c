"""UI strings for the intervisie area: key -> (Dutch, English)."""

from __future__ import annotations

MESSAGES: dict[str, tuple[str, str]] = {
    # Method files
    "method.no_inbrenger": (
        "een methode heeft een rol met id 'inbrenger' nodig",
        "a method needs a role with id 'inbrenger'",
    ),
    "method.duplicate_role": (
        "rol '{id}' staat er al (regel {first})",
        "role '{id}' is already defined (line {first})",
    ),
    "method.unknown_role": (
        "onbekende rol '{role}' in not_with",
        "unknown role '{role}' in not_with",
    ),
    "method.role_not_with_self": (
        "een rol kan niet in zijn eigen not_with staan",
        "a role cannot be in its own not_with",
    ),
    "method.no_phases": ("een methode heeft minstens één fase", "a method has at least one phase"),
    "method.duplicate_phase": (
        "fase '{id}' staat er al (regel {first})",
        "phase '{id}' is already defined (line {first})",
    ),
    "method.bad_minutes": (
        "'minutes' moet tussen 1 en {limit} liggen",
        "'minutes' must be between 1 and {limit}",
    ),
    "method.bad_tag": (
        "onbekende kaart-tag; gebruik een fase-tag zoals '{hint}'",
        "unknown card tag; use a phase tag such as '{hint}'",
    ),
    "method.no_advice_phase": (
        "geen fase met 'advice: true': adviezen zouden nooit mogen",
        "no phase with 'advice: true': advice would never be allowed",
    ),
    "method.advice_locked_here": (
        "'notes: advice' kan pas vanaf de eerste fase met 'advice: true'",
        "'notes: advice' is only possible from the first phase with 'advice: true'",
    ),
    "method.rules_too_long": (
        "de regels passen op het scherm in hooguit {lines} regels",
        "the rules must fit on screen in at most {lines} lines",
    ),
    "method.id_conflict": (
        "methode '{id}' bestaat al ({other}); deze wordt niet geladen",
        "method '{id}' already exists ({other}); this one is not loaded",
    ),
}
