"""The real app in a real terminal (tmux): it starts, echoes keys and saves the note on quit.

In CI (``CI`` set) a missing tmux is a failure, not a skip: this is the only test that drives
a real terminal.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
from types import ModuleType

import pytest

from tests.conftest import REPO


def load_bench() -> ModuleType:
    spec = importlib.util.spec_from_file_location("tui_tmux", REPO / "benchmarks" / "tui_tmux.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def need_tmux() -> None:
    if shutil.which("tmux") is None:
        if os.environ.get("CI"):
            pytest.fail("tmux is required in CI for the real-terminal test")
        pytest.skip("tmux is not installed")


@pytest.mark.slow
@pytest.mark.parametrize(("size", "lang"), [((100, 30), "nl"), ((80, 24), "en")])
def test_real_terminal_session(size: tuple[int, int], lang: str) -> None:
    need_tmux()
    bench = load_bench()
    result = bench.run(*size, lang=lang)
    assert result["note"] == result["typed"]  # every typed letter was saved on Ctrl+Q
    assert result["startup_s"]["median"] < 10  # generous: CI machines are slow and shared
    assert result["echo_ms"]["max"] < 2000


@pytest.mark.slow
def test_killing_the_terminal_loses_at_most_the_last_second() -> None:
    need_tmux()
    result = load_bench().run(100, 30, kill=True)
    assert result["note"] == result["typed"]
