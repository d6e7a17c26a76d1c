"""The app's exit codes (the command line uses the same numbers)."""

from __future__ import annotations

STORE_ERROR_EXIT = 2  # the store cannot be opened (damaged, locked, newer)
VAULT_ERROR_EXIT = 2  # the vault cannot be unlocked (wrong passphrase, damaged marker)
