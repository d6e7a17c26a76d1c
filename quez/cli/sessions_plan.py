"""Agreements, the look-back and chains in ``quez sessions show`` and ``quez sessions delete``.

``show`` lists the session's own agreements and look-back answers, and its chain as ids, dates
and status only: the look-back names an earlier agreement by its conversation's id and number,
never by its text (``quez sessions show`` on that conversation shows it). ``delete`` asks
whether the linked conversations go too (``--with-linked`` says yes without asking; ``--yes``
alone keeps them) and the receipt says what else was erased.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from quez.cli.context import CliContext
from quez.cli.sessions_views import local_time
from quez.sanitize import clean_text

if TYPE_CHECKING:
    from quez.store import Agreement, LookBack, Store
    from quez.workflows.linked import LinkedDeletion


def _consent(cc: CliContext, consent: bool | None) -> str:
    if consent is None:
        return cc.t("plan.cli.not_asked")
    return cc.t("store.cli.show.consent_yes" if consent else "store.cli.show.consent_no")


def _indented(text: str) -> list[Text]:
    return [Text("   " + line) for line in clean_text(text).splitlines()]


def _agreement(cc: CliContext, agreement: Agreement) -> list[Text]:
    t = cc.t
    title = Text(f"{agreement.seq}. ", style="bold")
    title.append(f"({_consent(cc, agreement.consent)})", style="dim")
    lines = [title, *_indented(agreement.what)]
    who = t(f"plan.cli.who.{agreement.who}")
    if agreement.who == "other" and agreement.who_name.strip():
        who = " ".join(clean_text(agreement.who_name).split())
    lines.append(Text("   " + t("plan.cli.who", who=who), style="dim"))
    if agreement.look_again.strip():
        when = " ".join(clean_text(agreement.look_again).split())
        lines.append(Text("   " + t("plan.cli.when", when=when), style="dim"))
    return lines


def _lookback(cc: CliContext, item: LookBack) -> list[Text]:
    t = cc.t
    outcome = t(f"plan.doc.outcome.{item.outcome}") if item.outcome else t("plan.cli.no_outcome")
    head = t(
        "plan.cli.lookback_item",
        n=item.seq,
        seq=item.agreement.seq,
        session=item.agreement.session_id,
        outcome=outcome,
    )
    title = Text(head + " ", style="bold")
    flags = [_consent(cc, item.consent)]
    if item.chosen_by == "professional":
        flags.append(t("plan.cli.chosen_by_professional"))
    title.append(f"({', '.join(flags)})", style="dim")
    return [title, *_indented(item.note)]


def print_plan_parts(cc: CliContext, store: Store, session_id: str) -> None:
    """The session's agreements, its look-back and its chain (nothing when it has none)."""
    console = cc.console()
    agreements = store.agreements(session_id)
    if agreements:
        console.print()
        console.print(Text(cc.t("plan.cli.agreements"), style="bold underline"))
        for agreement in agreements:
            for line in _agreement(cc, agreement):
                console.print(line)
    lookbacks = store.lookbacks(session_id)
    if lookbacks:
        console.print()
        console.print(Text(cc.t("plan.cli.lookback"), style="bold underline"))
        for item in lookbacks:
            for line in _lookback(cc, item):
                console.print(line)
    print_chain(cc, store, session_id)


def print_chain(cc: CliContext, store: Store, session_id: str) -> None:
    """The chain as ids, dates and status (nothing for an unlinked conversation)."""
    chain = store.chain(session_id)
    if len(chain) < 2:
        return
    console = cc.console()
    console.print()
    console.print(Text(cc.t("plan.cli.chain"), style="bold underline"))
    for n, link in enumerate(chain, 1):
        line = cc.t(
            "plan.cli.chain_item",
            n=n,
            id=link.session_id,
            time=local_time(link.created_at),
            status=cc.t(f"store.cli.status.{link.status}"),
        )
        if link.session_id == session_id:
            line += " " + cc.t("plan.cli.this_one")
        console.print(Text(line))


def ask_with_linked(
    cc: CliContext, store: Store, session_id: str, *, yes: bool, with_linked: bool
) -> bool:
    """Whether the linked conversations go too: ``--with-linked`` says yes, ``--yes`` alone
    says no, otherwise the person is asked (after seeing the chain)."""
    from quez.cli.sessions_erase import confirmed
    from quez.workflows.linked import linked_to

    others = linked_to(store, session_id)
    if not others or with_linked:
        return with_linked
    if yes:
        return False
    print_chain(cc, store, session_id)
    return confirmed(cc, cc.t("plan.cli.confirm_linked", count=len(others)))


def print_linked_receipt(cc: CliContext, deletion: LinkedDeletion) -> None:
    """The extra lines of a receipt: the linked conversations deleted, the agreements and the
    look-back items that went with them."""
    console = cc.console()
    for receipt in deletion.receipts[1:]:
        when = local_time(receipt.deleted_at)
        console.print(
            cc.t("store.cli.deleted", id=receipt.session_id, count=receipt.entry_count, time=when)
        )
        if not receipt.fully_erased:
            console.print(cc.t("store.cli.not_fully_erased"))
    for session_id, count in deletion.agreements.items():
        if count:
            console.print(cc.t("plan.cli.deleted_agreements", id=session_id, count=count))
    for session_id, count in deletion.lookbacks.items():
        console.print(cc.t("plan.cli.deleted_lookbacks", id=session_id, count=count))
