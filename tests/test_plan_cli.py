"""``quez export --document plan``, ``quez sessions show`` and ``delete`` with linked
conversations: end to end through Typer's runner over a real store and the shipped deck."""

from __future__ import annotations

import random
import re
import stat

import pytest
from typer.testing import CliRunner

from quez.cli.app import build_app
from quez.conversation import Conversation
from quez.i18n import Translator
from quez.paths import Paths
from quez.store import Store
from tests.test_store_erasure import occurrences
from tests.tui_support import StepClock, shipped_decks

runner = CliRunner()


def invoke(*args: str, lang: str = "nl", input: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(build_app(Translator(lang)), list(args), input=input)
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def chain(paths: Paths) -> tuple[str, str]:
    """Conversation 1 (closed, two agreements, one agreed) and its follow-up 2 (look-back
    "deels" with a note, a new agreement). Every text carries a canary."""
    decks = shipped_decks(paths)
    deck = decks.get("gesprek")
    assert deck is not None
    with Store.open(paths.db_path, clock=StepClock()) as store:
        one = Conversation.start(store, deck, lang="nl", rng=random.Random(1), label="Ria")
        card = one.choose_theme("eigenaarschap")
        assert card is not None
        one.set_note(card.id, "CANARY-EEN-NOTE ik wil zelf koken")
        one.set_consent(card.id, "own_words", True)
        agreed = one.add_agreement("CANARY-EEN-AFSPRAAK elke dag wandelen", look_again="zondag")
        one.add_agreement("CANARY-EEN-NIET gevraagd", who="professional")
        one.set_agreement_consent(agreed.id, True)
        one.close()
        two = Conversation.follow_up(
            store, deck, continues=one.session.id, lang="nl", rng=random.Random(2)
        )
        (item,) = two.lookbacks
        two.set_outcome(item.id, "partly")
        two.set_lookback_note(item.id, "CANARY-TWEE-TERUG drie keer gelukt")
        new = two.add_agreement("CANARY-TWEE-AFSPRAAK taxi bellen", who="other", who_name="Els")
        two.agree_to_everything()
        assert new.consent is True
        two.close()
        return one.session.id, two.session.id


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("fmt", ["md", "html"])
def test_export_the_plan(chain: tuple[str, str], paths: Paths, lang: str, fmt: str) -> None:
    _, two = chain
    code, out, err = invoke(
        "export", two, "--document", "plan", "--format", fmt, "--lang", lang, lang=lang
    )
    assert code == 0, err
    (path,) = paths.exports_dir.iterdir()
    assert path.name.endswith(f"-plan.{fmt}") and stat.S_IMODE(path.stat().st_mode) == 0o600
    text = path.read_text(encoding="utf-8")
    for present in ("CANARY-EEN-NOTE", "CANARY-EEN-AFSPRAAK", "CANARY-TWEE-TERUG", "Els"):
        assert present in text, present
    assert "CANARY-EEN-NIET" not in text
    words = {"nl": ("Mijn plan", "deels gelukt"), "en": ("My plan", "partly done")}[lang]
    assert all(word in text for word in words)
    assert ("Written" if lang == "en" else "opgeslagen") in out or str(path.name) in out


def test_the_default_stays_the_conversation_document(chain: tuple[str, str], paths: Paths) -> None:
    _, two = chain
    code, _, err = invoke("export", two)
    assert code == 0, err
    (path,) = paths.exports_dir.iterdir()
    text = path.read_text(encoding="utf-8")
    assert not path.name.endswith("-plan.md") and "# Ons gesprek van" in text
    assert "## Hoe ging het met de afspraken?" in text and "CANARY-TWEE-TERUG" in text
    assert "CANARY-EEN-NOTE" not in text  # the earlier conversation's notes are not in it


def test_an_unknown_document_is_a_usage_error(chain: tuple[str, str]) -> None:
    code, _, err = invoke("export", chain[1], "--document", "verslag")
    assert code == 2 and "Onbekend document 'verslag'. Kies uit: conversation, plan." in err


def test_not_asked_is_reported_for_the_plan(paths: Paths, chain: tuple[str, str]) -> None:
    code, _, err = invoke("export", chain[0], "--document", "plan")
    assert code == 0
    assert "1 aantekening(en) staan niet in het document" in err  # the unasked agreement


def test_show_lists_agreements_and_the_chain_by_id_only(chain: tuple[str, str]) -> None:
    one, two = chain
    code, out, err = invoke("sessions", "show", two)
    assert code == 0, err
    assert "Afspraken" in out and "CANARY-TWEE-AFSPRAAK" in out and "wie: Els" in out
    assert f"afspraak 1 van gesprek {one}: deels gelukt" in out
    assert "CANARY-TWEE-TERUG" in out
    assert "CANARY-EEN" not in out  # never the earlier conversation's text
    assert re.search(rf"1\. {one} · .* · afgesloten", out)
    assert f"2. {two}" in out and "(dit gesprek)" in out
    code, out, _ = invoke("sessions", "show", one)
    assert "CANARY-EEN-AFSPRAAK" in out and "wanneer kijken we weer: zondag" in out
    assert "nog niet gevraagd" in out and "CANARY-TWEE" not in out


def test_delete_asks_about_the_linked_conversation(chain: tuple[str, str], paths: Paths) -> None:
    one, two = chain
    assert invoke("export", two, "--document", "plan")[0] == 0
    (plan,) = paths.exports_dir.iterdir()
    code, out, _ = invoke("sessions", "delete", one, input="j\nnee\n")
    assert code == 0
    assert "gekoppeld aan 1 ander(e) gesprek(ken)" in out
    assert f"Met sessie {one} zijn 2 afspraak/afspraken gewist." in out
    assert f"In sessie {two} zijn 1 terugblik(ken) gewist" in out
    # The plan of the follow-up showed the deleted conversation's text: it is erased too.
    assert not plan.exists()
    with Store.open(paths.db_path) as store:
        assert store.get_session(two) is not None and store.lookbacks(two) == []
    for canary in ("CANARY-EEN", "CANARY-TWEE-TERUG"):
        assert occurrences(paths.db_path, canary) == 0, canary
    assert occurrences(paths.db_path, "CANARY-TWEE-AFSPRAAK") > 0


def test_delete_with_linked_leaves_no_text_of_either(chain: tuple[str, str], paths: Paths) -> None:
    one, two = chain
    assert invoke("export", two, "--document", "plan", "--format", "html")[0] == 0
    code, out, err = invoke("sessions", "delete", two, "--yes", "--with-linked")
    assert code == 0, err
    assert f"Sessie {two} is verwijderd" in out and f"Sessie {one} is verwijderd" in out
    assert not list(paths.exports_dir.iterdir())
    assert "niet bereikt" not in out.lower()
    for canary in ("CANARY-EEN", "CANARY-TWEE"):
        assert occurrences(paths.db_path, canary) == 0, canary


def test_delete_yes_alone_keeps_the_linked_conversation(
    chain: tuple[str, str], paths: Paths
) -> None:
    one, two = chain
    code, out, _ = invoke("sessions", "delete", two, "--yes")
    assert code == 0 and "gekoppeld" not in out
    with Store.open(paths.db_path) as store:
        assert store.get_session(one) is not None and len(store.agreements(one)) == 2
        assert store.chain(one)[0].session_id == one and len(store.chain(one)) == 1


def test_document_names_complete() -> None:
    from quez.cli.completion import export_documents

    assert export_documents("") == ["conversation", "plan", "summary"]
    assert export_documents("pl") == ["plan"]
