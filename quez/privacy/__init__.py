"""The anonymisation guard: find Dutch personal identifiers in intervisie text.

An intervisie is about the professional's own work, never about an identifiable client. Before
a meeting is first saved and before every export its text is scanned; each hit is shown and can
be replaced (:func:`redact`) or deliberately kept. The guard warns; it never decides alone.

Two layers:

- :mod:`quez.privacy.patterns`: QueZ's own strict checks (BSN with the 11-proef, IBAN with
  mod-97, postcodes, phone numbers, e-mail, birth dates) and the "niet noemen" list. Instant,
  always on; :func:`scan` is this layer.
- :mod:`quez.privacy.names`: a :class:`NameFinder` that also finds people, places and
  institutions that are on no list, with the ``deduce`` library (UMC Utrecht). Loading it takes
  a moment, so it is an explicit call (in a worker thread in the TUI); until it is ready a scan
  runs the first layer only and says so (:attr:`Scan.names_checked`).

Importing this package loads neither ``deduce`` nor anything else heavy.
"""

from __future__ import annotations

from quez.privacy.names import (
    FINDER_KINDS,
    Detector,
    LoadState,
    NameFinder,
    Scan,
    merge,
)
from quez.privacy.patterns import (
    PATTERN_KINDS,
    REDACTED,
    Hit,
    elfproef,
    iban_ok,
    mask,
    redact,
    scan,
)

# Every kind a scan can report, in the order reports list them.
KINDS = (*PATTERN_KINDS, *FINDER_KINDS)

__all__ = [
    "FINDER_KINDS",
    "KINDS",
    "PATTERN_KINDS",
    "REDACTED",
    "Detector",
    "Hit",
    "LoadState",
    "NameFinder",
    "Scan",
    "elfproef",
    "iban_ok",
    "mask",
    "merge",
    "redact",
    "scan",
]
