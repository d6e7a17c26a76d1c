"""What a kind of session tells the export workflow: the documents it becomes, what is scanned.

Each kind implements :class:`Kind` next to its own code (:mod:`quez.conversation.kind`,
:mod:`quez.intervisie.kind`); :mod:`quez.workflows.kinds` registers them, once, by name. The
export core stays below both kinds and never asks which kind a session is.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
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

    def privacy_scan(self, source: ExportSource) -> tuple[str, ...]:
        """One :data:`quez.privacy.KINDS` value per likely identifier the export would hold."""
        ...


class UnknownExporterError(LookupError):
    """No exporter for this session kind and format (the message names both, nothing else)."""

    def __init__(self, kind: str, fmt: str) -> None:
        super().__init__(f"no exporter for kind={kind!r} format={fmt!r}")
        self.kind = kind
        self.fmt = fmt
