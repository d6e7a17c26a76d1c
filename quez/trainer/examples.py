"""Example content for starter decks: a few good open questions per kind, in Dutch and English.

This is deck text (what a client or a colleague reads), not UI text, so it lives here and not in
the i18n catalogue. Client cards use "u"; intervisie cards use "je", like the shipped decks.
Every question is open, asks no "why", gives no advice and starts from what goes well.
"""

from __future__ import annotations

from dataclasses import dataclass

T = dict[str, str]  # one text per language


@dataclass(frozen=True)
class ExampleTheme:
    """A theme of the starter deck."""

    id: str
    title: T
    question: T
    description: T


@dataclass(frozen=True)
class ExampleCard:
    """A card of the starter deck."""

    id: str
    text: T
    theme: str | None = None
    followups: tuple[T, ...] = ()
    tags: tuple[str, ...] = ()


@dataclass(frozen=True)
class Example:
    """Everything a starter deck of one kind contains besides its id and title."""

    address: str
    description: T
    themes: tuple[ExampleTheme, ...]
    cards: tuple[ExampleCard, ...]


CLIENT = Example(
    address="u",
    description={
        "nl": "Vragen voor een gesprek waarin de ander zelf kiest waar het over gaat.",
        "en": "Questions for a conversation in which the other person chooses the subject.",
    },
    themes=(
        ExampleTheme(
            "mijn-dag",
            {"nl": "Mijn dag", "en": "My day"},
            {
                "nl": "Hoe ziet een goede dag er voor u uit?",
                "en": "What does a good day look like for you?",
            },
            {
                "nl": "Over wat u op een gewone dag doet en wat u daaraan fijn vindt.",
                "en": "About what you do on an ordinary day and what you enjoy about it.",
            },
        ),
        ExampleTheme(
            "steun",
            {"nl": "Wie helpt mij?", "en": "Who helps me?"},
            {
                "nl": "Bij wie kunt u terecht als het even tegenzit?",
                "en": "Who can you turn to when things get difficult?",
            },
            {
                "nl": "Over de mensen om u heen, en wat u zelf voor anderen doet.",
                "en": "About the people around you, and what you do for others.",
            },
        ),
    ),
    cards=(
        ExampleCard(
            "open-01",
            {
                "nl": "Waar wilt u vandaag mee beginnen?",
                "en": "What would you like to start with today?",
            },
            followups=(
                {
                    "nl": "Wat maakt dat dit nu belangrijk is?",
                    "en": "What makes this important right now?",
                },
            ),
            tags=("opening",),
        ),
        ExampleCard(
            "dag-01",
            {
                "nl": "Wat doet u het liefst op een gewone dag?",
                "en": "What do you most enjoy doing on an ordinary day?",
            },
            theme="mijn-dag",
            followups=({"nl": "Wat maakt dat zo fijn?", "en": "What makes that so good?"},),
        ),
        ExampleCard(
            "dag-02",
            {
                "nl": "Welk moment van de dag is voor u het prettigst?",
                "en": "Which moment of the day do you like best?",
            },
            theme="mijn-dag",
        ),
        ExampleCard(
            "dag-03",
            {"nl": "Wat zou u graag vaker doen?", "en": "What would you like to do more often?"},
            theme="mijn-dag",
            followups=(
                {"nl": "Wat heeft u daarvoor nodig?", "en": "What would you need for that?"},
            ),
        ),
        ExampleCard(
            "steun-01",
            {
                "nl": "Wie heeft u de laatste tijd goed geholpen?",
                "en": "Who has helped you well lately?",
            },
            theme="steun",
        ),
        ExampleCard(
            "steun-02",
            {"nl": "Waarmee helpt u zelf anderen?", "en": "How do you help others yourself?"},
            theme="steun",
        ),
        ExampleCard(
            "steun-03",
            {
                "nl": "Wat hielp u eerder door een moeilijke tijd heen?",
                "en": "What got you through a hard time before?",
            },
            theme="steun",
            followups=({"nl": "Wie was er toen bij u?", "en": "Who was with you then?"},),
        ),
        ExampleCard(
            "slot-01",
            {
                "nl": "Wat neemt u mee uit dit gesprek?",
                "en": "What will you take away from this conversation?",
            },
            tags=("closing",),
        ),
    ),
)

INTERVISIE = Example(
    address="je",
    description={
        "nl": "Vragen om samen met collega's naar je eigen werk te kijken.",
        "en": "Questions for looking at your own work together with colleagues.",
    },
    themes=(
        ExampleTheme(
            "ruimte",
            {"nl": "Ruimte laten", "en": "Leaving room"},
            {
                "nl": "Hoe laat je de ander zelf kiezen?",
                "en": "How do you let the other person choose for themselves?",
            },
            {
                "nl": "Over wie er beslist in een gesprek, en hoe je dat merkt.",
                "en": "About who decides in a conversation, and how you notice it.",
            },
        ),
        ExampleTheme(
            "grenzen",
            {"nl": "Je eigen grenzen", "en": "Your own limits"},
            {
                "nl": "Waar liggen jouw grenzen in dit werk?",
                "en": "Where are your limits in this work?",
            },
            {
                "nl": "Over wat je aankunt, en hoe je goed voor jezelf zorgt.",
                "en": "About what you can handle, and how you look after yourself.",
            },
        ),
    ),
    cards=(
        ExampleCard(
            "rui-01",
            {
                "nl": "Wat gebeurde er in het gesprek, in je eigen woorden?",
                "en": "What happened in the conversation, in your own words?",
            },
            theme="ruimte",
            tags=("verkennen",),
        ),
        ExampleCard(
            "rui-02",
            {
                "nl": "Op welk moment nam jij het gesprek over?",
                "en": "At which moment did you take over the conversation?",
            },
            theme="ruimte",
            followups=(
                {"nl": "Wat deed de ander daarna?", "en": "What did the other person do next?"},
            ),
            tags=("analyseren",),
        ),
        ExampleCard(
            "rui-03",
            {
                "nl": "Welk idee wil je de inbrenger meegeven?",
                "en": "Which idea would you like to give the colleague who brought this in?",
            },
            theme="ruimte",
            tags=("advies",),
        ),
        ExampleCard(
            "gre-01",
            {
                "nl": "Wanneer merkte je dat het je te veel werd?",
                "en": "When did you notice that it was getting too much for you?",
            },
            theme="grenzen",
            tags=("verkennen",),
        ),
        ExampleCard(
            "gre-02",
            {
                "nl": "Wat heb je nodig om goed voor jezelf te zorgen?",
                "en": "What do you need to take good care of yourself?",
            },
            theme="grenzen",
            tags=("reflecteren",),
        ),
        ExampleCard(
            "gre-03",
            {
                "nl": "Wat neem je mee naar je volgende gesprek?",
                "en": "What will you take into your next conversation?",
            },
            theme="grenzen",
            followups=(
                {
                    "nl": "Wat doe je als eerste anders?",
                    "en": "What will you do differently first?",
                },
            ),
            tags=("evalueren",),
        ),
    ),
)

EXAMPLES = {"client": CLIENT, "intervisie": INTERVISIE}
LANGUAGES = ("nl", "en")
