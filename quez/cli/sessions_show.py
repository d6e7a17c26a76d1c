"""``quez sessions show ID``: one session, its cards, notes and agreements; never its
werkaantekeningen, never another conversation's text."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.text import Text

from quez.cli.context import CliContext
from quez.cli.sessions_plan import print_plan_parts
from quez.cli.sessions_views import STORE_ERROR_EXIT, local_time, missing, open_store, resolve
from quez.sanitize import clean_text

if TYPE_CHECKING:
    from quez.store import Entry, Store


def _consent(cc: CliContext, consent: bool | None) -> list[str]:
    if consent is None:
        return []
    return [cc.t("store.cli.show.consent_yes" if consent else "store.cli.show.consent_no")]


def _flags(cc: CliContext, entry: Entry) -> str:
    t = cc.t
    flags: list[str] = []
    if entry.important:
        flags.append(t("store.cli.show.important"))
    flags += _consent(cc, entry.consent)
    if entry.state != "active":
        flags.append(t(f"store.cli.show.{entry.state}"))
    return f" ({', '.join(flags)})" if flags else ""


def print_session(cc: CliContext, store: Store, session_id: str) -> None:
    """Print the session header and its entries in order (untrusted text as plain Text)."""
    from quez.store import NotFoundError

    t = cc.t
    console = cc.console()
    session = store.get_session(session_id)
    if session is None:
        raise NotFoundError("store.error.no_session", session=session_id)
    entries = store.entries(session_id)
    header = f"{t('store.cli.show.session', id=session.id)} · {t(f'store.cli.kind.{session.kind}')}"
    console.print(Text(f"{header} · {t(f'store.cli.status.{session.status}')}", style="bold"))
    if session.label:
        console.print(Text(t("store.cli.show.label") + clean_text(session.label)))
    deck = session.deck_id + (f" {session.deck_version}" if session.deck_version else "")
    console.print(Text(t("store.cli.show.deck", deck=clean_text(deck))))
    console.print(Text(t("store.cli.show.language", language=clean_text(session.language))))
    console.print(Text(t("store.cli.show.created", time=local_time(session.created_at))))
    console.print(Text(t("store.cli.show.updated", time=local_time(session.updated_at))))
    if store.get_worknotes(session_id) is not None:
        console.print(Text(t("store.cli.show.worknotes"), style="italic"))
    console.print()
    if not entries:
        console.print(Text(t("store.cli.show.no_entries")))
    for entry in entries:
        title = Text(f"{entry.seq}. ", style="bold")
        title.append(clean_text(entry.card_text))
        title.append(_flags(cc, entry), style="dim")
        console.print(title)
        for line in clean_text(entry.note).splitlines():
            console.print(Text("   " + line))
        if entry.summary.strip():  # the professional's summary, with its own consent
            flags = _consent(cc, entry.summary_consent)
            label = cc.t("trust.cli.summary") + (f" ({', '.join(flags)})" if flags else "")
            console.print(Text("   " + label, style="dim"))
            for line in clean_text(entry.summary).splitlines():
                console.print(Text("   " + line))
    print_plan_parts(cc, store, session_id)  # agreements, look-back, chain (ids only)


def show_session(cc: CliContext, typed: str) -> int:
    """``quez sessions show ID`` (a whole id or a unique beginning of one)."""
    from quez.store import StoreError

    store = open_store(cc)
    if store is None:
        raise missing(cc, typed)
    with store:
        try:
            print_session(cc, store, resolve(cc, store, typed))
        except StoreError as exc:
            raise cc.fail(exc.message(cc.t), STORE_ERROR_EXIT) from None
    return 0
