"""Unlocking the vault, the same way for the command line and the app.

The key comes from, in this order: the OS keyring (only after ``--remember``), the
``QUEZ_PASSPHRASE`` variable (scripts; one try), or a person, asked through the injected
``ask`` (the command line's hidden prompt). Without ``ask`` a still-locked store is reported as
such and the caller asks in its own way (the app's unlock screen, :data:`TRIES` tries).
Nothing is opened or changed by a wrong passphrase.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from quez.paths import Paths
from quez.store.cipher import Key
from quez.workflows.errors import WorkflowError

ENV_PASSPHRASE = "QUEZ_PASSPHRASE"
TRIES = 3

Ask = Callable[[], str | None]  # one passphrase typed by a person; None when nothing came


@dataclass(frozen=True)
class UnlockOutcome:
    """Where unlocking ended.

    - ``encrypted`` False: a plain store, no key needed;
    - ``key`` set: the store can be opened with it;
    - ``failure`` set: one line to show (wrong passphrase, none given, a damaged vault);
    - otherwise: encrypted and still locked (no one could be asked here).
    """

    encrypted: bool
    key: Key | None = None
    failure: WorkflowError | None = None

    @property
    def locked(self) -> bool:
        """Encrypted, no key and no failure: the caller asks on its own screen."""
        return self.encrypted and self.key is None and self.failure is None


def unlock_vault(
    paths: Paths,
    *,
    env: Mapping[str, str],
    ask: Ask | None = None,
    tries: int = TRIES,
    wrong: Callable[[int], None] | None = None,
) -> UnlockOutcome:
    """The key for the store at ``paths`` (see the module docstring for the order).

    ``tries``: how often ``ask`` may be called (one for a script reading stdin); ``wrong(left)``
    is told after each wrong passphrase that leaves another try. Finishes an interrupted
    vault conversion first (:func:`quez.vault.is_enabled`).
    """
    from quez.vault import VaultError, WrongPassphrase, is_enabled, remembered_key, unlock

    try:
        if not is_enabled(paths):
            return UnlockOutcome(encrypted=False)
        key = remembered_key(paths)
        if key is not None:
            return UnlockOutcome(encrypted=True, key=key)
        given = env.get(ENV_PASSPHRASE)
        if given is None and ask is None:
            return UnlockOutcome(encrypted=True)
        allowed = 1 if given is not None else tries
        for attempt in range(1, allowed + 1):
            text = given if given is not None else ask() if ask is not None else None
            if text is None:
                return _failed("vault.cli.no_passphrase")
            try:
                return UnlockOutcome(encrypted=True, key=unlock(paths, text))
            except WrongPassphrase:
                if attempt < allowed and wrong is not None:
                    wrong(allowed - attempt)
        return _failed("vault.cli.wrong.final")
    except VaultError as exc:
        return UnlockOutcome(encrypted=True, failure=WorkflowError.carrying(exc.key, exc.params))


def _failed(key: str) -> UnlockOutcome:
    return UnlockOutcome(encrypted=True, failure=WorkflowError(key))
