"""The one error type of the workflows: an i18n key with safe parameters (ids, paths, names)."""

from __future__ import annotations

from collections.abc import Callable, Mapping


class WorkflowError(Exception):
    """A step that cannot go on; the user reads :meth:`message`, never client text.

    ``usage``: the request itself was wrong (an unknown format or language); front ends may
    treat it differently from a failure (the command line exits 2 instead of 1).
    """

    def __init__(self, key: str, /, *, usage: bool = False, **params: str | int) -> None:
        self.key = key
        self.usage = usage
        self.params: dict[str, str | int] = params
        super().__init__(key)

    def message(self, translate: Callable[..., str]) -> str:
        """The user-facing line in ``translate``'s language."""
        return translate(self.key, **self.params)

    @classmethod
    def carrying(cls, key: str, params: Mapping[str, str | int]) -> WorkflowError:
        """The same line as another error's key and parameters (e.g. a vault error's)."""
        error = cls(key)
        error.params.update(params)
        return error
