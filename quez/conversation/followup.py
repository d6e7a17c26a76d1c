"""Where a follow-up conversation starts: the chain's newest conversation and its open
agreements (pure decisions over what the store holds; no writes here).

"Verder met een gesprek" continues a *chain*: whichever of its conversations was picked, the
follow-up continues the newest one, which must be a closed client conversation. Its look-back
holds every agreement of the chain that the client said yes to, except those whose latest
answer was "gelukt" or "niet meer nodig" (:func:`quez.store.agreement_model.open_agreements`).
"""

from __future__ import annotations

from dataclasses import dataclass

from quez.store import Session, Store
from quez.store.agreement_model import open_agreements


class FollowUpError(Exception):
    """A follow-up that cannot start; ``key`` is an i18n key, params are ids only."""

    def __init__(self, key: str, /, **params: str) -> None:
        self.key = key
        self.params = params
        super().__init__(key)


@dataclass(frozen=True)
class FollowUpStart:
    """What a follow-up of a chain starts from."""

    continues: Session  # the chain's newest conversation
    chain: tuple[str, ...]  # the chain's ids, oldest first
    agreement_ids: tuple[int, ...]  # one look-back item each, in chain order


def plan_follow_up(store: Store, session_id: str) -> FollowUpStart:
    """Decide what a follow-up of ``session_id``'s chain starts from (refused: FollowUpError)."""
    chain = store.chain(session_id)
    if not chain:
        raise FollowUpError("conversation.error.no_session")
    newest = store.get_session(chain[-1].session_id)
    if newest is None:
        raise FollowUpError("conversation.error.no_session")
    if newest.kind != "client":
        raise FollowUpError("plan.error.not_a_conversation", session=newest.id)
    if newest.status != "closed":
        raise FollowUpError("plan.error.still_open", session=newest.id)
    order = [link.session_id for link in chain]
    carry = open_agreements(store.agreements_of(order), store.lookbacks_of(order), order)
    return FollowUpStart(newest, tuple(order), tuple(a.id for a in carry))
