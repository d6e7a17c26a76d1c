"""Question-form rules: closed-question, why-question, disguised-advice (Dutch and English)."""

from __future__ import annotations

import pytest

from quez.i18n import Translator
from quez.lint import lint_deck
from tests.lint_factory import make_deck

T = Translator("en")


def rules(text: str, lang: str = "nl", kind: str = "client") -> set[str]:
    deck = make_deck([text], languages=(lang,), kind=kind)  # type: ignore[arg-type]
    return {f.rule for f in lint_deck(deck, translator=T)}


CLOSED_NL = [
    "Heb je een goede week gehad?",
    "Hebt u kinderen?",
    "Heeft u hulp nodig?",
    "Ben je tevreden?",
    "Bent u tevreden?",
    "Is er iets wat u dwarszit?",
    "Is het moeilijk?",
    "Vind je dat fijn?",
    "Vindt u dat fijn?",
    "Wil je daarover praten?",
    "Wilt u koffie?",
    "Kun je dat zelf?",
    "Kunt u dat zelf?",
    "Zou je dat willen?",
    "Zou u dat willen?",
    "Mag ik meekijken?",
    "Doe je dat vaak?",
    "Doet u dat vaak?",
    "Ga je morgen?",
    "Gaat u morgen?",
    "Weet je wat je wilt?",
    "Weet u nog hoe dat ging?",
    "Moet dat?",
    "Zijn er mensen die u helpen?",
    "Kan dat anders?",
    "Heeft uw dochter tijd?",
    "Voel je je veilig?",
    "Voelt u zich veilig?",
    "Denk je dat het lukt?",
    "Denkt u dat het lukt?",
    "Zie je een oplossing?",
    "Ziet u een oplossing?",
    "Lukt het om te slapen?",
    "Zit er iets dwars?",
    "Hebben jullie ruzie?",
    "Had je dat verwacht?",
    "Klopt dat?",
    "Herken je dat?",
    "Als u terugkijkt, bent u dan tevreden?",
    "Wanneer u terugkijkt, bent u dan tevreden?",
    "Wat gaat goed? Is dat genoeg?",
    "En heeft u dat al besproken?",
    "Kunt u vertellen of het hielp?",
    "Mag ik vragen of u getrouwd bent?",
    "«Heeft u dat gezegd?»",
    "Eet u genoeg?",
    "Rookt u?",
    "Drinkt uw man?",
    "Kost het veel moeite?",
    "Laat u het gebeuren?",
    "Schaam je je?",
]
OPEN_NL = [
    "Wat gaat er goed?",
    "Hoe gaat het met u?",
    "Wie helpt u als het tegenzit?",
    "Waar haalt u energie uit?",
    "Wanneer voelt u zich sterk?",
    "Welke dingen doet u graag?",
    "Waardoor lukte het toen wel?",
    "Waarmee kan ik u helpen?",
    "Waaraan merkt u dat het beter gaat?",
    "Hoeveel tijd heeft u nodig?",
    "Wat voor hulp past bij u?",
    "Met wie praat u daarover?",
    "Op welk moment ging het beter?",
    "In hoeverre past dat bij u?",
    "Kunt u vertellen hoe uw dag eruitziet?",
    "Kun je iets meer vertellen over je werk?",
    "Wil je beschrijven wat er gebeurde?",
    "Zou u een voorbeeld kunnen geven?",
    "Mag ik vragen hoe u dat ervaart?",
    "Kunt u uitleggen wat u bedoelt?",
    "Kunt u laten zien hoe u dat doet?",
    "Wilt u daar iets meer over zeggen?",
    "Als u terugkijkt op vorig jaar, wat valt u dan op?",
    "Wanneer u terugkijkt, wat ziet u dan?",
    "Stel je voor dat alles kan: wat doe je dan?",
    "Denk je eens in dat het morgen beter is, wat is er dan anders?",
    "Vertel eens over een goede dag.",
    "Heeft u een goede dag gehad.",  # not a question: no question mark
    "En wat nog meer?",
    "Op een schaal van 1 tot 10, hoe tevreden bent u?",
    "Let op uw gevoel: wat merkt u?",
    "Wat gaat goed? En wat wilt u anders?",
    "Niet het geld, maar wat telt voor u?",
    "Dat het lukt, wat betekent dat voor u?",
    "Eerst het goede nieuws: wat ging er goed?",
    "Stel dat er vannacht een wonder gebeurt, wat merkt u dan morgen als eerste?",
    "Kunt u mij meenemen in hoe dat ging?",
    "Kunt u een moment noemen waarop het lukte?",
    "Misschien kunt u vertellen wat u nodig heeft?",
    "Laat u maar weten wat u wilt.",
]

CLOSED_EN = [
    "Do you have children?",
    "Does that help?",
    "Did it work?",
    "Are you happy?",
    "Is there anything else?",
    "Is it hard?",
    "Have you got support?",
    "Has that changed?",
    "Can you do that yourself?",
    "Could that be different?",
    "Would you like coffee?",
    "Will you come back?",
    "Should we stop?",
    "Was it nice?",
    "Were you there?",
    "Don't you agree?",
    "Looking back, did it help?",
    "When you look back, are you satisfied?",
    "What went well? Was it enough?",
    "Could you tell me if it helped?",
    "Would you tell your family?",
    "And do you agree?",
]
OPEN_EN = [
    "What went well?",
    "How are you today?",
    "Who helps you when things are hard?",
    "Where do you get your energy from?",
    "When do you feel strong?",
    "Which things do you enjoy?",
    "In what way did that help?",
    "To what extent does that fit you?",
    "Could you tell me what an ordinary day looks like?",
    "Can you describe what happened?",
    "Would you tell me more about your work?",
    "Can you give me an example?",
    "Could you say more about that?",
    "Can you walk me through your morning?",
    "Could you share what happened?",
    "When you look back, what do you notice?",
    "Looking back, what helped?",
    "If you think about next year, what do you hope for?",
    "Tell me about a good day.",
    "Who do you share your good moments with?",
]


@pytest.mark.parametrize("text", CLOSED_NL)
def test_closed_question_nl_bad(text: str) -> None:
    assert "closed-question" in rules(text, "nl")


@pytest.mark.parametrize("text", OPEN_NL)
def test_closed_question_nl_good(text: str) -> None:
    assert "closed-question" not in rules(text, "nl")


@pytest.mark.parametrize("text", CLOSED_EN)
def test_closed_question_en_bad(text: str) -> None:
    assert "closed-question" in rules(text, "en")


@pytest.mark.parametrize("text", OPEN_EN)
def test_closed_question_en_good(text: str) -> None:
    assert "closed-question" not in rules(text, "en")


@pytest.mark.parametrize(
    ("text", "lang", "bad"),
    [
        ("Waarom deed u dat?", "nl", True),
        ("Wat maakte dat u dat deed, en waarom toen?", "nl", True),
        ("Wat maakte dat u dat deed?", "nl", False),
        ("Daarom vraag ik: wat helpt u?", "nl", False),
        ("Why did you do that?", "en", True),
        ("What made you do that, and why then?", "en", True),
        ("What made you do that?", "en", False),
        ("That's why I ask: what helps you?", "en", False),
    ],
)
def test_why_question(text: str, lang: str, bad: bool) -> None:
    assert ("why-question" in rules(text, lang)) is bad


ADVICE_NL = [
    "Heb je al eens geprobeerd om te wandelen?",
    "Heeft u er al eens aan gedacht om hulp te vragen?",
    "Heeft u overwogen om te verhuizen?",
    "Heb je weleens yoga geprobeerd?",
    "Zou het niet beter zijn om te stoppen?",
    "Moet je niet eerst slapen?",
    "Moet u dan niet naar de dokter?",
    "Waarom ga je niet gewoon naar de huisarts?",
    "Waarom doet u dat niet?",
    "Is het geen idee om te bellen?",
    "Is het niet beter om te wachten?",
    "Wat als je gewoon begint?",
    "Wat als u eens belt?",
    "Zou je niet eens met haar praten?",
    "Kun je niet gewoon nee zeggen?",
    "Had je niet beter kunnen bellen?",
    "Misschien kunt u eens met haar praten?",
    "Wat vindt u ervan om eens te gaan wandelen?",
    "Vindt u zelf niet dat u te veel drinkt?",
    "Is het een idee om te gaan sporten?",
]
NOT_ADVICE_NL = [
    "Wat heeft u al geprobeerd?",
    "Wat zou u willen proberen?",
    "Waar heeft u aan gedacht?",
    "Wat maakt dat u het niet doet?",
    "Wat als het niet lukt: wie helpt u dan?",
    "Wat is een goed idee volgens u?",
    "Misschien kunt u vertellen wat u nodig heeft?",
]
ADVICE_EN = [
    "Have you tried going for a walk?",
    "Have you ever tried yoga?",
    "Have you considered moving?",
    "Have you thought about asking for help?",
    "Wouldn't it be better to stop?",
    "Shouldn't you rest first?",
    "Why don't you call her?",
    "Why not ask your sister?",
    "What if you just started?",
    "How about calling her?",
    "Don't you think you should rest?",
    "Did you try talking to him?",
    "Maybe you could call her?",
    "How would you feel about trying yoga?",
    "Don't you think you drink too much?",
    "Isn't it true that you feel lonely?",
]
NOT_ADVICE_EN = [
    "What have you tried?",
    "What would you like to try?",
    "What have you considered?",
    "What if it doesn't work out: who helps you then?",
    "What would be a good idea, in your view?",
    "Maybe you could tell me what you need?",
    "How would you feel about that?",
]


@pytest.mark.parametrize(
    ("text", "lang"), [(t, "nl") for t in ADVICE_NL] + [(t, "en") for t in ADVICE_EN]
)
def test_disguised_advice_bad(text: str, lang: str) -> None:
    found = rules(text, lang)
    assert "disguised-advice" in found
    # Advice is the finding; it is not also reported as closed or as a why-question.
    assert not found & {"closed-question", "why-question"}


@pytest.mark.parametrize(
    ("text", "lang"), [(t, "nl") for t in NOT_ADVICE_NL] + [(t, "en") for t in NOT_ADVICE_EN]
)
def test_disguised_advice_good(text: str, lang: str) -> None:
    assert "disguised-advice" not in rules(text, lang)


def test_why_not_alone_is_a_why_question_not_advice() -> None:
    assert rules("Why not?", "en") == {"why-question"}


def test_followups_and_theme_questions_are_checked() -> None:
    deck = make_deck(
        [("a", "Wat helpt u?", ["Heeft dat geholpen?"])],
        themes={"a": "Bent u gelukkig?"},
    )
    found = [(f.rule, f.card, f.theme) for f in lint_deck(deck, translator=T)]
    assert ("closed-question", "c1", "a") in found
    assert ("closed-question", None, "a") in found


def test_question_rules_skip_other_languages() -> None:
    assert rules("Heeft u kinderen?", "de") == set()
