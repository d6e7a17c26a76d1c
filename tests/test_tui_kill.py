"""The real app in a real terminal, typing steadily, killed at random moments (tmux).

SIGKILL leaves only what autosave already wrote; closing the terminal (SIGHUP) lets the app
save and exit. Either way the store stays intact and nothing typed a second or more before the
end is lost (see tests/tmux_kill.py for how runs are made and judged). In CI (``CI`` set) a
missing tmux is a failure, not a skip. ``QUEZ_KILL_SEED`` repeats a failed run's words and
moments.
"""

from __future__ import annotations

import json
import os
import time
from dataclasses import asdict

import pytest

from tests.test_tui_tmux import need_tmux
from tests.tmux_kill import BOUND, Run, many

pytestmark = pytest.mark.skipif(os.name != "posix", reason="needs SIGKILL and tmux")


def seed() -> int:
    return int(os.environ.get("QUEZ_KILL_SEED", time.time_ns() % 1_000_000_007))


def judge(runs: list[Run]) -> None:
    bad = [asdict(run) for run in runs if not run.ok]
    assert not bad, "lost text, a damaged store or a hanging app:\n" + json.dumps(bad, indent=1)
    assert all(run.lost_age < BOUND for run in runs)
    assert all(run.required for run in runs)  # every run had text that must survive


@pytest.mark.slow
def test_sigkill_while_typing_keeps_the_store_and_every_word_older_than_a_second() -> None:
    need_tmux()
    judge(many("kill", 10, seed()))


@pytest.mark.slow
def test_closing_the_terminal_while_typing_saves_and_exits() -> None:
    need_tmux()
    judge(many("hangup", 4, seed()))
