"""The UI text catalogue: every string the user reads, in Dutch and English.

The catalogue is one mapping ``key -> (nl, en)``, assembled from per-area tables in this package
so that areas can grow without stepping on each other; :func:`catalogue` refuses a key defined
twice. Dutch is the default; English comes with ``--lang en`` or ``QUEZ_LANG=en``.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache

LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"

Catalogue = Mapping[str, tuple[str, str]]


@cache
def catalogue() -> dict[str, tuple[str, str]]:
    """All messages, merged from the area tables (a key defined twice is a programming error)."""
    from quez.i18n import (
        messages_cli,
        messages_core,
        messages_export,
        messages_flow,
        messages_intervisie,
        messages_ivui,
        messages_lint,
        messages_methods,
        messages_print,
        messages_privacy,
        messages_store,
        messages_trainer,
        messages_trust,
        messages_tui,
        messages_vault,
    )

    merged: dict[str, tuple[str, str]] = {}
    for table in (
        messages_core.MESSAGES,
        messages_lint.MESSAGES,
        messages_store.MESSAGES,
        messages_export.MESSAGES,
        messages_tui.MESSAGES,
        messages_intervisie.MESSAGES,
        messages_ivui.MESSAGES,
        messages_methods.MESSAGES,
        messages_print.MESSAGES,
        messages_privacy.MESSAGES,
        messages_trainer.MESSAGES,
        messages_vault.MESSAGES,
        messages_trust.MESSAGES,
        messages_flow.MESSAGES,
        messages_cli.MESSAGES,
    ):
        for key, value in table.items():
            if key in merged:
                raise RuntimeError(f"i18n key defined twice: {key}")
            merged[key] = value
    return merged


def normalise_language(value: str | None) -> str | None:
    """Map ``en_GB.UTF-8``, ``EN``, ``nl-BE`` … to a supported language, or ``None``."""
    if not value:
        return None
    code = value.strip().lower().replace("-", "_").split(".")[0].split("_")[0]
    return code if code in LANGUAGES else None


def resolve_language(cli_value: str | None = None, env: Mapping[str, str] | None = None) -> str:
    """Pick the UI language: ``--lang``, then ``QUEZ_LANG``, then the system locale, then Dutch."""
    env = os.environ if env is None else env
    for candidate in (
        cli_value,
        env.get("QUEZ_LANG"),
        env.get("LC_ALL"),
        env.get("LC_MESSAGES"),
        env.get("LANG"),
    ):
        lang = normalise_language(candidate)
        if lang:
            return lang
    return DEFAULT_LANGUAGE


def unsupported_env_language(env: Mapping[str, str] | None = None) -> str | None:
    """``QUEZ_LANG`` when it is set to a language QueZ does not have, else ``None``.

    ``QUEZ_LANG`` is the user's own choice for QueZ, so a typo there is reported (as ``--lang xx``
    is) rather than silently replaced by the system locale. An empty value counts as unset.
    """
    env = os.environ if env is None else env
    value = env.get("QUEZ_LANG", "").strip()
    return value if value and normalise_language(value) is None else None


class Translator:
    """Looks up UI strings in one language; ``t("key", name=...)`` formats placeholders."""

    def __init__(self, lang: str = DEFAULT_LANGUAGE) -> None:
        self.lang = lang if lang in LANGUAGES else DEFAULT_LANGUAGE
        self._index = LANGUAGES.index(self.lang)

    def __call__(self, key: str, /, **params: object) -> str:
        entry = catalogue().get(key)
        if entry is None:
            # A missing key is a bug; show the key rather than crash in front of a client.
            return key
        text = entry[self._index]
        return text.format(**params) if params else text

    def has(self, key: str) -> bool:
        """True when ``key`` is in the catalogue."""
        return key in catalogue()
