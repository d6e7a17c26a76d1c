"""What a user does across several parts of QueZ, once, for both front ends.

Each module here is one job: export the client's copy (:mod:`.export`), write the team summary
(:mod:`.summary`), delete, purge and erase everything (:mod:`.erase`), apply retention
(:mod:`.retention`), unlock the vault (:mod:`.unlock`), record a crash (:mod:`.crash`). The
session kinds are registered in :mod:`.kinds`.

No Textual and no Typer here: a workflow gets its dependencies (store, paths, decks, clock,
a way to ask) as arguments, returns an outcome (what it wrote, removed or found) and raises
:class:`~quez.workflows.errors.WorkflowError`, :class:`~quez.store.StoreError` or
:class:`~quez.vault.VaultError` with an i18n key. The command line turns outcomes into lines
and exit codes, the TUI into screens and notifications.
"""

from __future__ import annotations
