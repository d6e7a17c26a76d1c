"""Ctrl+C in the app says how to quit in the UI language (Textual's own notice is English)."""

from __future__ import annotations

from typing import Any

import pytest

from quez.paths import Paths
from tests.tui_support import make_app, open_store


@pytest.mark.parametrize(
    ("lang", "text"), [("nl", "Stoppen? Druk op Ctrl+Q."), ("en", "Quit? Press Ctrl+Q.")]
)
async def test_ctrl_c_tells_how_to_quit(paths: Paths, lang: str, text: str) -> None:
    with open_store(paths) as store:
        app = make_app(paths, store, lang=lang)
        said: list[tuple[str, dict[str, Any]]] = []
        app.notify = lambda message, **kw: said.append((message, kw))  # type: ignore[method-assign]
        async with app.run_test(size=(80, 24)) as pilot:
            await pilot.press("ctrl+c")
            await pilot.pause()
            assert said == [(text, {"severity": "information", "markup": False})]
            assert app.is_running  # Ctrl+C never quits
