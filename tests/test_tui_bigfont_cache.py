"""QuestionText works out its large-letter fit once per (text, width, height, mode), not per layout.

Counted, not timed: ``fits`` and ``big_lines`` are wrapped so each call is counted, and the
widget is laid out again and again.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from typing import Any

import pytest
from textual.app import App, ComposeResult
from textual.content import Content
from textual.geometry import Size

from quez.tui.widgets import question
from quez.tui.widgets.bigfont import big_lines, fits
from quez.tui.widgets.question import QuestionText

TEXT = "Wat wilt u zelf blijven doen?"


class OneQuestion(App[None]):
    def compose(self) -> ComposeResult:
        yield QuestionText(TEXT, id="q")


@pytest.fixture
def calls(monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    counted: Counter[str] = Counter()

    def counting(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            counted[name] += 1
            return real(*args, **kwargs)

        return wrapper

    monkeypatch.setattr(question, "fits", counting("fits", fits))
    monkeypatch.setattr(question, "big_lines", counting("big_lines", big_lines))
    return counted


async def test_layout_passes_reuse_the_fit(calls: Counter[str]) -> None:
    app = OneQuestion()
    async with app.run_test(size=(100, 30)) as pilot:
        widget = app.query_one("#q", QuestionText)
        await pilot.pause()
        assert widget.scale(widget.content_region.width) == 1  # drawn large
        first = dict(calls)
        assert first["fits"] >= 1 and first["big_lines"] >= 1
        for _ in range(5):
            widget.refresh(layout=True)
            await pilot.pause()
            widget.best_scale()
        assert dict(calls) == first  # five more layouts, no new work

        widget.show("Wie helpt u?")  # a new text is worked out once more
        await pilot.pause()
        assert calls["fits"] > first["fits"] and calls["big_lines"] > first["big_lines"]
        settled = dict(calls)
        widget.refresh(layout=True)
        await pilot.pause()
        assert dict(calls) == settled


async def test_width_and_mode_changes_are_worked_out_again(calls: Counter[str]) -> None:
    app = OneQuestion()
    async with app.run_test(size=(100, 30)) as pilot:
        widget = app.query_one("#q", QuestionText)
        await pilot.pause()
        before = calls["fits"]
        await pilot.resize_terminal(60, 30)
        await pilot.pause()
        assert calls["fits"] > before
        width = widget.content_region.width
        expected = 1 if fits(widget.text, width, int(30 * 0.4), 1) else 0
        assert widget.best_scale() == expected  # the cached answer is the real one

        before = calls["fits"]
        app.add_class("-large")
        assert widget.best_scale(width) == (
            2 if fits(widget.text, width, int(30 * 0.55), 2) else expected
        )
        assert calls["fits"] > before


class AutoHeight(OneQuestion):
    CSS = "QuestionText { height: auto; }"  # as on the card and in the read-back


async def test_drawing_and_sizing_never_ask_for_the_region(
    calls: Counter[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Asking Textual for a widget's region during layout arranges the whole screen again
    when it is out of view (per text: a read-back page holds many); the width the layout
    gave is used instead."""
    app = AutoHeight()
    async with app.run_test(size=(100, 30)) as pilot:
        widget = app.query_one("#q", QuestionText)
        await pilot.pause()
        width = widget.content_region.width
        with monkeypatch.context() as patch:

            def region(self: QuestionText) -> object:
                raise AssertionError("region asked for")

            patch.setattr(QuestionText, "content_region", property(region))
            assert widget.best_scale() == 1
            height = widget.get_content_height(Size(100, 30), Size(100, 30), width)
            assert height == len(big_lines(TEXT, width, 1))
            assert isinstance(widget.render(), Content)
            other = "Wie helpt u?"
            widget.set_reactive(QuestionText.text, other)  # show() also asks Textual to repaint
            height = widget.get_content_height(Size(100, 30), Size(100, 30), 70)
            assert height == len(big_lines(other, 70, 1)) and widget.best_scale() == 1
            drawn = widget.render()
            assert isinstance(drawn, Content) and drawn.plain.splitlines() == big_lines(other, 70)
