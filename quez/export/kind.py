"""What a kind of session tells the export workflow: the documents it becomes, what is scanned.

Each kind implements :class:`Kind` next to its own code (:mod:`quez.conversation.kind`,
:mod:`quez.intervisie.kind`); :mod:`quez.workflows.kinds` registers them, once, by name. The
export core stays below both kinds and never asks which kind a session is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Protocol

from quez.export.document import ExportSource

SessionExporter = Callable[[ExportSource], str]


class Kind(Protocol):
    """A kind of session (``session.kind``): a client conversation, an intervisie meeting."""

    @property
    def name(self) -> str:
        """The store's ``session.kind`` value."""
        ...

    @property
    def exporters(self) -> Mapping[str, SessionExporter]:
        """Format -> exporter, in the order the app writes them."""
        ...

    @property
    def finds_names(self) -> bool:
        """Whether its guard looks for people, places and institutions on no list: the export
        then needs a loaded name finder (:attr:`ExportSource.finder`) to leave them out."""
        ...

    def privacy_scan(self, source: ExportSource) -> tuple[str, ...]:
        """One :data:`quez.privacy.KINDS` value per likely identifier the export would hold."""
        ...


@dataclass(frozen=True)
class DocumentType:
    """A document a session can become, named for ``quez export --document NAME``.

    Each kind's main document is its :class:`Kind` (``exporters``, ``privacy_scan``); further
    documents of a kind (e.g. the client's plan, :mod:`quez.conversation.plan_kind`) are
    registered next to it in :data:`quez.workflows.kinds.DOCUMENTS`.
    """

    name: str
    exporters: Mapping[str, SessionExporter]  # format -> exporter, in the order written
    privacy_scan: Callable[[ExportSource], tuple[str, ...]]
    not_asked: Callable[[ExportSource], int]  # texts left out because nobody asked yet
    chain: bool = False  # the source must carry the conversations this one continues
    file_suffix: str = ""  # added to the file name ("plan": 2026-11-23-label-plan.md)
    finds_names: bool = False  # its guard needs a loaded name finder (see Kind.finds_names)


class UnknownExporterError(LookupError):
    """No exporter for this session kind and format (the message names both, nothing else)."""

    def __init__(self, kind: str, fmt: str) -> None:
        super().__init__(f"no exporter for kind={kind!r} format={fmt!r}")
        self.kind = kind
        self.fmt = fmt
