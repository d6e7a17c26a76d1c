"""Deleting a conversation that is part of a chain of linked conversations.

The front ends ask first: delete only this conversation, or its linked conversations too (the
whole chain). Either way nothing of a deleted conversation stays visible elsewhere: its
agreements go, and so do the look-back items of kept conversations that pointed at them (they
would show its text). The report says all of that, so the receipt can name it.

Each conversation is deleted through :func:`quez.workflows.erase.delete_session` (its export
files go too); a file recorded with several of them (a plan, a follow-up's document) is erased
once and not reported as missing by the next.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from quez.store import ChainLink, DeletionReceipt, Store
from quez.workflows import erase


@dataclass(frozen=True)
class LinkedDeletion:
    """What deleting one conversation (and maybe its linked ones) removed."""

    receipts: tuple[DeletionReceipt, ...]  # the named conversation first
    agreements: dict[str, int] = field(default_factory=dict)  # deleted id -> its agreements
    # Kept conversation id -> look-back items removed there (they pointed at deleted text).
    lookbacks: dict[str, int] = field(default_factory=dict)


def linked_to(store: Store, session_id: str) -> list[ChainLink]:
    """The other conversations of this one's chain, oldest first (ids and dates only)."""
    return [link for link in store.chain(session_id) if link.session_id != session_id]


def _unique_files(receipts: Sequence[DeletionReceipt]) -> tuple[DeletionReceipt, ...]:
    """Drop "gone" reports for files an earlier receipt of this deletion already erased."""
    erased: set[object] = set()
    out: list[DeletionReceipt] = []
    for receipt in receipts:
        exports = receipt.exports
        kept = tuple(
            item
            for item in exports.not_reached
            if not (item.reason == "gone" and item.path in erased)
        )
        erased.update(exports.removed)
        out.append(replace(receipt, exports=replace(exports, not_reached=kept)))
    return tuple(out)


def delete_with_linked(store: Store, session_id: str, *, with_linked: bool) -> LinkedDeletion:
    """Delete the conversation, and with ``with_linked`` every other one of its chain (the
    named one first, then the others newest first)."""
    doomed = [session_id]
    if with_linked:
        doomed += [link.session_id for link in reversed(linked_to(store, session_id))]
    agreements = {sid: len(store.agreements(sid)) for sid in doomed}
    lookbacks: dict[str, int] = {}
    for sid in doomed:
        for kept, count in store.lookbacks_pointing_at(sid).items():
            if kept not in doomed:
                lookbacks[kept] = lookbacks.get(kept, 0) + count
    receipts = [erase.delete_session(store, sid) for sid in doomed]
    return LinkedDeletion(_unique_files(receipts), agreements, lookbacks)
