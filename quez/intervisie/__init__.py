"""Intervisie (peer consultation): methods as data, a meeting's flow and its team summary.

No Textual here: the TUI screens in ``quez.tui.screens.intervisie_*`` only show this state.
"""

from __future__ import annotations
