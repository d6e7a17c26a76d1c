"""The conversation's "Van wie" block, kept in the session's meta (see quez.export.document).

The export package loads on demand (only when a document or this block is needed).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quez.export.document import FromWhom


def with_from_whom(meta: Mapping[str, Any], from_whom: FromWhom | None) -> dict[str, Any]:
    """``meta`` with the block replaced (an empty or missing block is removed)."""
    from quez.export.document import FROM_WHOM

    kept = {key: value for key, value in meta.items() if key != FROM_WHOM}
    if from_whom is not None and not from_whom.is_empty:
        kept[FROM_WHOM] = from_whom.to_meta()
    return kept


def from_whom_in(meta: Mapping[str, Any]) -> FromWhom:
    """The block kept in ``meta`` (empty when there is none or it is damaged)."""
    from quez.export.document import FromWhom, from_whom_values

    return FromWhom(**from_whom_values(meta))
