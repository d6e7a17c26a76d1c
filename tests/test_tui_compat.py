"""The private Textual names QueZ needs live in quez/tui/compat.py, and still exist.

When a Textual upgrade moves one of them, these tests fail with the name that moved, before a
user meets a traceback (the crash hook) or untranslated keys (the bindings).
"""

from __future__ import annotations

import inspect
import re

import pytest
import textual
from rich.console import RenderableType
from rich.text import Text
from textual.app import App
from textual.binding import BindingsMap
from textual.widgets import Static

from quez.tui import compat
from tests.conftest import REPO

OWNERS = {"App": App, "DOMNode": Static, "MessagePump": App}


def moved(where: str, name: str) -> str:
    return (
        f"Textual {textual.__version__} has no {where}.{name} any more; quez/tui/compat.py was "
        f"checked against Textual {compat.CHECKED_AGAINST}: update it (and CHECKED_AGAINST)"
    )


@pytest.mark.parametrize(("where", "name"), compat.PRIVATE, ids="{0[0]}.{0[1]}".format)
def test_every_private_name_is_still_there(where: str, name: str) -> None:
    instance = OWNERS[where]()
    assert hasattr(instance, name), moved(where, name)


def test_the_private_names_still_have_the_shapes_we_use() -> None:
    app, widget = App[int](), Static()
    assert isinstance(compat.bindings(widget), BindingsMap), moved("DOMNode", "_bindings")
    assert isinstance(app._exit_renderables, list), moved("App", "_exit_renderables")
    assert app._exception is None and app._return_code is None, moved("App", "_exception")
    params = list(inspect.signature(App._handle_exception).parameters)
    assert params == ["self", "error"], moved("App", "_handle_exception(error)")
    assert compat.CalmApp._handle_exception is not App._handle_exception


class Exploding(compat.CalmApp):
    def __init__(self) -> None:
        super().__init__()
        self.seen: list[Exception] = []

    def on_mount(self) -> None:
        raise RuntimeError("client text must not show")

    def on_crash(self, error: Exception) -> RenderableType:
        self.seen.append(error)
        return Text("one calm line")


async def test_an_unhandled_error_reaches_on_crash_and_ends_with_its_line(
    capfd: pytest.CaptureFixture[str],
) -> None:
    app = Exploding()
    with pytest.raises(RuntimeError):
        async with app.run_test():
            pass
    assert [type(e) for e in app.seen] == [RuntimeError]
    assert app.return_code == compat.CalmApp.CRASH_EXIT
    out, err = capfd.readouterr()
    assert err.strip() == "one calm line"  # the only thing printed: no traceback
    assert "client text" not in out + err and "Traceback" not in out + err


def test_no_other_module_touches_textual_private_names() -> None:
    names = sorted({name for _, name in compat.PRIVATE})
    pattern = re.compile(r"\.(?:" + "|".join(re.escape(n) for n in names) + r")\b")
    for path in sorted((REPO / "quez").rglob("*.py")):
        if path.name == "compat.py" and path.parent.name == "tui":
            continue
        text = path.read_text(encoding="utf-8")
        assert not pattern.search(text), f"{path} uses a private Textual name: use compat.py"
        assert "def _handle_exception" not in text, path
