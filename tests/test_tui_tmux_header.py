"""The header in a real terminal (tmux) at 80x24 with large text: shown whole, nl and en."""

from __future__ import annotations

import json
import shlex
import shutil
import tempfile
from pathlib import Path

import pytest

from tests.test_tui_tmux import load_bench, need_tmux

EXPECTED = {
    "nl": (
        "Nieuw gesprek",
        "Kies de kaarten",
        "Kies een thema",
        "kaart 1 · gekozen door de cliënt",
    ),
    "en": (
        "New conversation",
        "Choose the cards",
        "Choose a theme",
        "card 1 · chosen by the client",
    ),
}


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["nl", "en"])
def test_large_text_header_is_whole_at_80x24(lang: str) -> None:
    need_tmux()
    bench = load_bench()
    home = Path(tempfile.mkdtemp(prefix="quez-header-"))
    (home / "config").mkdir()
    (home / "config" / "settings.json").write_text(json.dumps({"large_text": True}))
    env = f"QUEZ_HOME={shlex.quote(str(home))} LANG=C.UTF-8 TERM=xterm-256color"
    tmux = bench.Tmux(f"env {env} {shlex.quote(bench.PYTHON)} -m quez --lang {lang}", 80, 24)
    first, dialog, table, header = EXPECTED[lang]
    try:
        tmux.start()
        tmux.wait_for(first, timeout=30)
        tmux.keys("Enter")
        tmux.wait_for(dialog)
        tmux.keys("Enter")
        tmux.wait_for(table)
        assert "A+" in tmux.screen().splitlines()[0]
        tmux.keys("1")
        tmux.wait_for(header)
        top = tmux.screen().splitlines()[0]
        assert header in top and "A+" in top
        tmux.keys("C-q")
    finally:
        tmux.kill()
        shutil.rmtree(home, ignore_errors=True)
