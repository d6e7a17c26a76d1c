"""The trainers' workflow: starter decks, preview, install/remove and printable cards.

No Textual here: the CLI (``quez deck new|preview|install|remove|print``) drives these modules.
"""

from __future__ import annotations
