"""One client conversation: the core decides, the TUI only shows.

Every structural move (a card comes up, a card is skipped, the screen changes) is written at
once; note and werkaantekeningen keystrokes only reach the :class:`Saver`, which the UI flushes
from a worker thread a moment after the last keystroke, and synchronously on every move.

Each card has two texts, the client's own words and the professional's summary, and each has
its own consent: ``None`` (not asked yet, the start), ``True`` or ``False``. Only a yes goes into
the client's copy. Changing a text the client answered for puts it back to "not asked yet".
The question shown is always the card text stored when the card came up, which is what the
export prints, even if the deck was edited since.
"""

from __future__ import annotations

import random
from dataclasses import replace
from typing import TYPE_CHECKING

from quez.conversation.agreements import AgreementsMixin, PlanAgreed
from quez.conversation.followup import FollowUpError, plan_follow_up
from quez.conversation.letter import from_whom_in, with_from_whom
from quez.conversation.mirror import regie_mirror
from quez.conversation.picking import (
    Pick,
    ThemeProgress,
    next_in_theme,
    next_tagged,
    parked_entries,
    random_pick,
    theme_progress,
)
from quez.conversation.position import Position, Screen
from quez.decks.discovery import DeckSet
from quez.decks.model import CLOSING, OPENING, Card, Deck, Theme
from quez.store import Entry, Session, Store
from quez.store.model import NOTE_FIELDS, ChosenBy, EntryState, NoteField
from quez.store.saver import Saver

if TYPE_CHECKING:
    from quez.export.document import FromWhom


class ConversationError(Exception):
    """A conversation that cannot be opened; ``key`` is an i18n key, params are ids only."""

    def __init__(self, key: str, /, **params: str) -> None:
        self.key = key
        self.params = params
        super().__init__(key)


class Conversation(AgreementsMixin):
    """The state of one conversation and every change to it (which goes through the store).

    Agreements and the look-back of a follow-up: :class:`~quez.conversation.agreements.
    AgreementsMixin`.
    """

    def __init__(
        self, store: Store, session: Session, deck: Deck, *, lang: str, rng: random.Random
    ) -> None:
        self.store = store
        self.session = session
        self.deck = deck
        self.lang = deck.text_language(lang)
        self.rng = rng
        self.saver = Saver(store)
        self.entries: list[Entry] = store.entries(session.id)
        position = Position.from_dict(session.position)
        if position.entry_id is not None and self.entry(position.entry_id) is None:
            position = Position(theme_id=position.theme_id)
        if position.screen == "card" and position.entry_id is None:
            position = replace(position, screen="table")
        self.position = position
        notes = store.get_worknotes(session.id)
        self.worknotes = notes.text if notes else ""
        # True while the card on screen is a parked card that came back by itself (the end of
        # its theme, or its theme chosen again): the screen says so once.
        self.came_back = False
        self._load_agreements()

    @classmethod
    def start(
        cls,
        store: Store,
        deck: Deck,
        *,
        lang: str,
        rng: random.Random,
        label: str | None = None,
        from_whom: FromWhom | None = None,
    ) -> Conversation:
        """Begin a new conversation with ``deck`` (the label is optional and never required).

        ``from_whom``: the professional's details from the settings, kept with the conversation
        for the "Van wie" block of its document (empty: none).
        """
        session = store.create_session(
            "client",
            deck.id,
            lang,
            label=(label or "").strip() or None,
            deck_version=deck.version,
            meta=with_from_whom({}, from_whom),
        )
        return cls(store, session, deck, lang=lang, rng=rng)

    @classmethod
    def follow_up(
        cls,
        store: Store,
        deck: Deck,
        *,
        continues: str,
        lang: str,
        rng: random.Random,
        label: str | None = None,
    ) -> Conversation:
        """Continue a closed conversation, with the client's agreement: a new conversation
        linked to it that opens with the look-back (nothing else is copied, not the label).

        ``continues`` may be any conversation of a chain: the chain's newest is continued
        (:mod:`quez.conversation.followup`). ConversationError when it is unknown, not a client
        conversation, or still open.
        """
        try:
            start = plan_follow_up(store, continues)
        except FollowUpError as exc:
            raise ConversationError(exc.key, **exc.params) from None
        session = store.start_follow_up(
            start.continues.id,
            deck_id=deck.id,
            language=lang,
            agreement_ids=start.agreement_ids,
            label=(label or "").strip() or None,
            deck_version=deck.version,
        )
        return cls(store, session, deck, lang=lang, rng=rng)

    @classmethod
    def resume(
        cls, store: Store, session_id: str, decks: DeckSet, *, lang: str, rng: random.Random
    ) -> Conversation:
        """Open an existing conversation exactly where it was."""
        session = store.get_session(session_id)
        if session is None:
            raise ConversationError("conversation.error.no_session")
        deck = decks.get(session.deck_id)
        if deck is None:
            raise ConversationError("conversation.error.no_deck", deck=session.deck_id)
        if session.status != "open":
            store.reopen_session(session.id)
            session.status = "open"
        return cls(store, session, deck, lang=lang, rng=rng)

    # --- looking things up -------------------------------------------------------------------
    @property
    def themes(self) -> tuple[Theme, ...]:
        """The deck's themes, in deck order."""
        return self.deck.themes

    @property
    def current(self) -> Entry | None:
        """The entry on screen (also while the theme cards show: the last card)."""
        return None if self.position.entry_id is None else self.entry(self.position.entry_id)

    def entry(self, entry_id: int) -> Entry | None:
        """An entry of this conversation by id."""
        return next((e for e in self.entries if e.id == entry_id), None)

    def card_of(self, entry: Entry) -> Card | None:
        """The deck card an entry came from (None if the deck no longer has it)."""
        return self.deck.card(entry.card_id)

    def question(self, entry: Entry) -> str:
        """The question as stored when the card came up: exactly what the export prints."""
        return entry.card_text

    def followups(self, entry: Entry) -> tuple[str, ...]:
        """The follow-up questions as stored when the card came up."""
        return entry.followups

    def theme_title(self, theme_id: str | None) -> str:
        """A theme's title ("" for general cards or an unknown theme)."""
        theme = self.deck.theme(theme_id) if theme_id else None
        return theme.title.get(self.lang) if theme else ""

    def is_tagged(self, entry: Entry, tag: str) -> bool:
        """True when the entry's card carries ``tag`` (opening, closing)."""
        card = self.card_of(entry)
        return card is not None and tag in card.tags

    def parked(self) -> list[Entry]:
        """The cards kept for later, in conversation order (the client may ask for them)."""
        return parked_entries(self.entries)

    def progress(self, theme_id: str) -> ThemeProgress:
        """How far a theme is (discussed, kept for later, not come up yet)."""
        return theme_progress(self.deck, theme_id, self.entries)

    def readback_entries(self) -> list[Entry]:
        """Entries with own words or a summary, in conversation order."""
        return [e for e in self.entries if e.note.strip() or e.summary.strip()]

    def readback_notes(self) -> list[tuple[Entry, NoteField]]:
        """What "Klopt dit zo?" reads back: every text, own words before summary, in order."""
        return [(e, f) for e in self.entries for f in NOTE_FIELDS if e.text(f).strip()]

    def not_asked(self) -> int:
        """How many texts (notes, agreements, look-back items) stay out of the copy because
        nobody asked the client yet."""
        from quez.export.document import copy_counts  # the export package loads on demand

        return copy_counts(self.entries).not_asked + self.plan_not_asked()

    # --- moving ------------------------------------------------------------------------------
    def _move(self, position: Position) -> None:
        self.position = position
        self.saver.position(self.session.id, position.to_dict())
        self.saver.flush()

    def _set_state(self, entry: Entry, state: EntryState) -> None:
        if entry.state != state:
            self.store.update_entry(entry.id, state=state)
            entry.state = state

    def _show(self, pick: Pick | None, chosen_by: ChosenBy) -> Entry | None:
        if pick is None:
            return None
        entry = self.entry(pick.entry_id) if pick.entry_id is not None else None
        self.came_back = entry is not None
        if entry is not None:
            self._set_state(entry, "active")
        else:
            card = pick.card
            entry = self.store.add_entry(
                self.session.id,
                card.id,
                card.text.get(self.lang),
                theme_id=card.theme,
                chosen_by=chosen_by,
                followups=[f.get(self.lang) for f in card.followups],
            )
            self.entries.append(entry)
        self._move(Position("card", entry.id, entry.theme_id or self.position.theme_id))
        return entry

    def choose_theme(self, theme_id: str) -> Entry | None:
        """The client chose a theme card: its next card comes up (None: theme used up)."""
        return self._show(next_in_theme(self.deck, theme_id, self.entries), "client")

    def draw(self, theme_id: str | None = None) -> Entry | None:
        """The professional draws a random card (from one theme, or from all)."""
        return self._show(random_pick(self.deck, self.entries, self.rng, theme_id), "professional")

    def opening(self) -> Entry | None:
        """The next opening question (offered by the professional)."""
        return self._show(next_tagged(self.deck, OPENING, self.entries), "professional")

    def closing(self) -> Entry | None:
        """The next closing question (offered by the professional)."""
        return self._show(next_tagged(self.deck, CLOSING, self.entries), "professional")

    def _next_pick(self, current: Entry) -> Pick | None:
        # The current card counts as used, even when it was just parked.
        others = [e for e in self.entries if e.id != current.id]
        others.append(replace(current, state="active"))
        if current.theme_id:
            return next_in_theme(self.deck, current.theme_id, others)
        for tag in (OPENING, CLOSING):
            if self.is_tagged(current, tag):
                return next_tagged(self.deck, tag, others)
        return None

    def next_card(self) -> Entry | None:
        """The next card in the same theme (or the next opening/closing card); same chooser."""
        current = self.current
        if current is None:
            return None
        return self._show(self._next_pick(current), current.chosen_by)

    def skip(self, *, park: bool = False) -> Entry | None:
        """Skip the card (or park it for later) and show the next one; None: back to the table."""
        current = self.current
        if current is None:
            return None
        self._set_state(current, "parked" if park else "skipped")
        nxt = self._show(self._next_pick(current), current.chosen_by)
        if nxt is None:
            self.to_screen("table")
        return nxt

    def go_to(self, entry_id: int) -> Entry | None:
        """Return to an earlier card and its note (a skipped or parked card becomes active)."""
        entry = self.entry(entry_id)
        if entry is not None:
            self.came_back = False  # asked for: nothing to explain
            self._set_state(entry, "active")
            self._move(Position("card", entry.id, entry.theme_id or self.position.theme_id))
        return entry

    def to_screen(self, screen: Screen) -> None:
        """Change screen; private panes close whenever the card is not on screen."""
        pos = self.position
        keep = screen == "card"
        self._move(
            replace(
                pos,
                screen=screen,
                worknotes=pos.worknotes and keep,
                followups=pos.followups and keep,
            )
        )

    def set_panes(self, *, worknotes: bool | None = None, followups: bool | None = None) -> None:
        """Remember which panes are open (saved with the next autosave)."""
        pos = self.position
        self.position = replace(
            pos,
            worknotes=pos.worknotes if worknotes is None else worknotes,
            followups=pos.followups if followups is None else followups,
        )
        self.saver.position(self.session.id, self.position.to_dict())

    # --- editing -----------------------------------------------------------------------------
    def set_note(self, entry_id: int, text: str) -> bool:
        """The client's own words changed (see :meth:`set_text`)."""
        return self.set_text(entry_id, "own_words", text)

    def set_summary(self, entry_id: int, text: str) -> bool:
        """The professional's summary changed (see :meth:`set_text`)."""
        return self.set_text(entry_id, "summary", text)

    def set_text(self, entry_id: int, field: NoteField, text: str) -> bool:
        """A text changed (autosaved by the next flush); False when nothing changed.

        If the client had answered for this text, the answer is withdrawn: they agreed to the
        words they read, so the new words are "not asked yet" (also when the flush that saves
        them comes later, or the text is typed back to what it was).
        """
        entry = self.entry(entry_id)
        if entry is None or entry.text(field) == text:
            return False
        if field == "summary":
            entry.summary = text
            self.saver.summary(entry_id, text)
        else:
            entry.note = text
            self.saver.note(entry_id, text)
        if entry.consent_for(field) is not None:
            self._remember_consent(entry, field, None)
            self.saver.withdraw(entry_id, field)
        return True

    def set_worknotes(self, text: str) -> bool:
        """The werkaantekeningen changed (autosaved by the next flush); False when unchanged."""
        if text == self.worknotes or self.session.status != "open":
            return False
        self.worknotes = text
        self.saver.worknotes(self.session.id, text)
        return True

    @property
    def from_whom(self) -> FromWhom:
        """The "Van wie" block of this conversation's document (who, and the next appointment)."""
        return from_whom_in(self.session.meta)

    def set_from_whom(self, from_whom: FromWhom) -> None:
        """Change the "Van wie" block for this conversation (written at once)."""
        meta = with_from_whom(self.session.meta, from_whom)
        self.store.set_meta(self.session.id, meta)
        self.session.meta = meta

    def toggle_important(self, entry_id: int) -> Entry | None:
        """Mark or unmark a note as important to the client."""
        entry = self.entry(entry_id)
        if entry is not None:
            self.store.update_entry(entry.id, important=not entry.important)
            entry.important = not entry.important
        return entry

    @staticmethod
    def _remember_consent(entry: Entry, field: NoteField, value: bool | None) -> None:
        if field == "summary":
            entry.summary_consent = value
        else:
            entry.consent = value

    def set_consent(self, entry_id: int, field: NoteField, value: bool | None) -> Entry | None:
        """The client's answer for one text of a card (True, False, None: not asked yet).

        Pending text is written first, so the answer is about the text as it is shown.
        """
        entry = self.entry(entry_id)
        if entry is not None:
            self.saver.flush()
            self.store.set_consent(entry.id, field, value)
            self._remember_consent(entry, field, value)
        return entry

    def toggle_consent(self, entry_id: int, field: NoteField = "own_words") -> Entry | None:
        """Yes becomes no; no and "not asked yet" become yes."""
        entry = self.entry(entry_id)
        if entry is None:
            return None
        return self.set_consent(entry_id, field, entry.consent_for(field) is not True)

    def agree_to_all(self) -> list[tuple[Entry, NoteField]]:
        """The client agreed to everything as shown that nobody had asked about yet: notes,
        agreements and look-back items (an explicit no stays a no). Returns the notes that
        changed; :meth:`agree_to_everything` also says which agreements and look-back items."""
        return self.agree_to_everything()[0]

    def agree_to_everything(self) -> tuple[list[tuple[Entry, NoteField]], PlanAgreed]:
        """:meth:`agree_to_all`, returning the notes and the agreements/look-back items that
        changed (one transaction per kind of text)."""
        self.saver.flush()
        shown = [(e, f) for e, f in self.readback_notes() if e.consent_for(f) is None]
        changed = set(self.store.agree([(e.id, f, e.text(f)) for e, f in shown]))
        agreed = [(e, f) for e, f in shown if (e.id, f) in changed]
        for entry, field in agreed:
            self._remember_consent(entry, field, True)
        return agreed, self._agree_plan_items()

    # --- ending ------------------------------------------------------------------------------
    def flush(self) -> int:
        """Write every pending change now (raises StoreError after keeping it pending)."""
        return self.saver.flush()

    def mirror(self) -> dict[str, object]:
        """Compute the regie mirror and store it with the session (never exported)."""
        numbers = regie_mirror(self.entries, self.deck, self.agreements, self.lookbacks)
        self.store.set_mirror(self.session.id, numbers)
        self.session.mirror = numbers
        return numbers

    def close(self) -> None:
        """Close the conversation: pending notes are written, werkaantekeningen erased."""
        self.saver.drop(("worknotes", self.session.id))
        self.flush()
        self.store.close_session(self.session.id)
        self.session.status = "closed"
        self.worknotes = ""
