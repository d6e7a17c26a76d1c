"""The example in docs/afspraken.md, run literally: the story is built through the
conversation core (the screens come later), then every ``$ quez …`` command of the guide runs
through Typer's runner and its output must hold every line the guide shows (``…`` stands for
anything, ``<gesprek-1>``/``<gesprek-2>`` for the two ids)."""

from __future__ import annotations

import random
import re

from typer.testing import CliRunner

from quez.cli.app import build_app
from quez.conversation import Conversation
from quez.i18n import Translator
from quez.paths import Paths
from quez.store import Store
from tests.conftest import REPO
from tests.test_store_erasure import occurrences
from tests.tui_support import StepClock, shipped_decks

GUIDE = (REPO / "docs" / "afspraken.md").read_text(encoding="utf-8")


def the_story(paths: Paths) -> dict[str, str]:
    """What the guide's "Voorbeeld" tells, through the same API the app uses."""
    deck = shipped_decks(paths).get("gesprek")
    assert deck is not None
    with Store.open(paths.db_path, clock=StepClock()) as store:
        one = Conversation.start(store, deck, lang="nl", rng=random.Random(1))
        card = one.choose_theme("eigenaarschap")
        assert card is not None
        one.set_note(card.id, "Ik wil zelf koken.")
        walk = one.add_agreement("Elke dag een rondje wandelen", look_again="over twee weken")
        one.add_agreement("De begeleider belt de woningbouw", who="professional")
        one.set_consent(card.id, "own_words", True)
        one.set_agreement_consent(walk.id, True)
        one.close()
        two = Conversation.follow_up(
            store, deck, continues=one.session.id, lang="nl", rng=random.Random(2)
        )
        assert [item.agreement.id for item in two.lookbacks] == [walk.id]
        (item,) = two.lookbacks
        two.set_outcome(item.id, "partly")
        two.set_lookback_note(item.id, "Drie keer gelukt, daarna regende het.")
        two.add_agreement("Meerijden naar de markt", who="other", who_name="Els")
        two.agree_to_everything()
        two.close()
    return {"<gesprek-1>": one.session.id, "<gesprek-2>": two.session.id}


def steps() -> list[tuple[str, list[str]]]:
    """Each ``console`` block of the guide: its command and the lines it shows."""
    found = []
    for block in re.findall(r"```console\n(.*?)```", GUIDE, re.S):
        lines = block.strip("\n").split("\n")
        assert lines[0].startswith("$ quez "), lines[0]
        found.append((lines[0][len("$ ") :], lines[1:]))
    return found


def pattern(line: str, ids: dict[str, str]) -> re.Pattern[str]:
    text = re.escape(line).replace(re.escape("…"), ".*")
    for placeholder, value in ids.items():
        text = text.replace(re.escape(placeholder), value)
    return re.compile(text)


def test_the_guide_runs_as_written(paths: Paths) -> None:
    ids = the_story(paths)
    runner = CliRunner()
    commands = steps()
    assert len(commands) == 5
    for command, shown in commands:
        args = command.split()[1:]
        args = [ids.get(arg, arg) for arg in args]
        result = runner.invoke(build_app(Translator("nl")), args, input="j\n")
        assert result.exit_code == 0, (command, result.stderr)
        for line in shown:
            assert pattern(line, ids).search(result.stdout), (command, line, result.stdout)
        if args[:2] == ["export", ids["<gesprek-2>"]] and "--document" in args:
            fmt = "html" if "html" in args else "md"
            (plan,) = paths.exports_dir.glob(f"*-plan.{fmt}")
            text = plan.read_text(encoding="utf-8")
            assert "Ik wil zelf koken." in text and "deels gelukt" in text and "Els" in text
            assert "woningbouw" not in text
    # Step 4 erased everything: no text of either conversation, no document.
    assert not list(paths.exports_dir.iterdir())
    for text in ("koken", "wandelen", "regende", "markt", "woningbouw", "Els"):
        assert occurrences(paths.db_path, text) == 0, text
