"""The deck format v1 as a JSON Schema, for editors' YAML language servers.

The loader is the authority (it also checks references, duplicates and translations, which a
schema cannot); the schema gives trainers completion and early hints while typing.
"""

from __future__ import annotations

import json
from typing import Any

SCHEMA_ID = "https://quez.invalid/schema/deck-v1.json"
_ID = {"type": "string", "pattern": "^[a-z0-9][a-z0-9_-]{0,63}$"}
_LANG = {"type": "string", "pattern": "^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$"}


def _text(description: str) -> dict[str, Any]:
    return {
        "description": description,
        "oneOf": [
            {"type": "string", "minLength": 1},
            {
                "type": "object",
                "propertyNames": _LANG,
                "additionalProperties": {"type": "string", "minLength": 1},
                "minProperties": 1,
            },
        ],
    }


def deck_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of deck format 1."""
    theme = {
        "type": "object",
        "required": ["id", "title", "question"],
        "additionalProperties": False,
        "properties": {
            "id": _ID,
            "title": _text("Short title on the face-up theme card."),
            "question": _text("The central question on the theme card."),
            "description": _text("Optional: one sentence about the theme."),
        },
    }
    card = {
        "type": "object",
        "required": ["id", "text"],
        "additionalProperties": False,
        "properties": {
            "id": _ID,
            "theme": {**_ID, "description": "Theme id; leave out for general cards."},
            "text": _text("The question, read aloud."),
            "followups": {"type": "array", "items": _text("A follow-up question.")},
            "tags": {
                "type": "array",
                "items": _ID,
                "description": "opening, closing and core (an opening card to start with), "
                "or intervisie phases: verkennen, analyseren, reflecteren, advies, evalueren, "
                "roddelen.",
            },
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": SCHEMA_ID,
        "title": "QueZ deck (format 1)",
        "type": "object",
        "required": ["format", "id", "title", "description", "kind", "themes", "cards"],
        "additionalProperties": False,
        "oneOf": [{"required": ["language"]}, {"required": ["languages"]}],
        "properties": {
            "format": {"const": 1},
            "id": _ID,
            "title": _text("The deck's name."),
            "description": _text("What the deck is for."),
            "kind": {"enum": ["client", "intervisie"]},
            "language": _LANG,
            "languages": {"type": "array", "items": _LANG, "minItems": 1, "uniqueItems": True},
            "address": {"enum": ["je", "u"], "description": "Form of address used throughout."},
            "author": {"type": "string"},
            "version": {"type": "string"},
            "licence": {"type": "string"},
            "themes": {"type": "array", "items": theme, "minItems": 1},
            "cards": {"type": "array", "items": card, "minItems": 1},
        },
    }


def schema_json() -> str:
    """The schema as pretty-printed JSON (what ``quez deck schema`` prints)."""
    return json.dumps(deck_schema(), indent=2, ensure_ascii=False)
