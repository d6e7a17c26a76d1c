"""Shared helpers for the trainer tests: the CLI app with the trainer commands, deck texts."""

from __future__ import annotations

import typer
from typer.testing import CliRunner, Result

from quez.cli.app import build_app
from quez.i18n import Translator


def trainer_app(lang: str = "nl") -> typer.Typer:
    """The ``quez`` app; adds the trainer (and lint) commands if the lead has not wired them yet."""
    t = Translator(lang)
    app = build_app(t)
    deck_app = next(g.typer_instance for g in app.registered_groups if g.name == "deck")
    assert deck_app is not None
    names = {c.name for c in deck_app.registered_commands}
    if "new" not in names:
        from quez.cli.trainer_cmd import register

        register(deck_app, t)
    if "lint" not in names:
        from quez.cli.lint_cmd import register as register_lint

        register_lint(deck_app, t)
    return app


def run(args: list[str], lang: str = "nl", input: str | None = None) -> Result:
    """Invoke ``quez`` with ``args``."""
    return CliRunner().invoke(trainer_app(lang), args, input=input)


ENGLISH_ONLY = """\
format: 1
id: english-only
title: "Talking about home"
description: "Questions about the place where you live."
kind: client
language: en
themes:
  - id: home
    title: "My home"
    question: "What makes a place feel like home to you?"
  - id: street
    title: "My street"
    question: "Who do you know in your street?"
cards:
  - id: home-01
    theme: home
    text: "What do you like most about where you live?"
    followups: ["What would you miss if you moved?"]
  - id: home-02
    theme: home
    text: "Which room do you spend most time in?"
  - id: street-01
    theme: street
    text: "Who do you greet when you go outside?"
  - id: street-02
    theme: street
    text: "What happens in your street that you enjoy?"
"""

JE_THREE_THEMES = """\
format: 1
id: jongeren
title: "Jij en je week"
description: "Vragen voor een gesprek met een jongere."
kind: client
language: nl
address: je
themes:
  - id: school
    title: "School en werk"
    question: "Wat gaat er goed op school of op je werk?"
  - id: vrienden
    title: "Vrienden"
    question: "Met wie ben je graag samen?"
  - id: vrije-tijd
    title: "Vrije tijd"
    question: "Wat doe je het liefst als je vrij bent?"
cards:
  - id: sch-01
    theme: school
    text: "Waar ben je trots op deze week?"
  - id: sch-02
    theme: school
    text: "Welk vak of welke taak gaat je makkelijk af?"
  - id: vri-01
    theme: vrienden
    text: "Wie kun je bellen als je ergens mee zit?"
  - id: vri-02
    theme: vrienden
    text: "Wat doe je samen met je vrienden?"
  - id: vrij-01
    theme: vrije-tijd
    text: "Wat geeft je energie?"
    tags: [sport]
  - id: vrij-02
    theme: vrije-tijd
    text: "Hoe ziet een fijne zaterdag er voor jou uit?"
"""

BILINGUAL_NO_OPENING = """\
format: 1
id: tweetalig
title: {nl: "Thuis", en: "Home"}
description: {nl: "Over thuis en de buurt.", en: "About home and the neighbourhood."}
kind: client
languages: [nl, en]
address: u
version: "2.1"
themes:
  - id: thuis
    title: {nl: "Thuis", en: "Home"}
    question: {nl: "Wat maakt uw huis een thuis?", en: "What makes your house a home?"}
cards:
  - id: thuis-01
    theme: thuis
    text: {nl: "Waar in huis zit u het liefst?", en: "Where in the house do you most like to sit?"}
    followups:
      - {nl: "Wat ziet u daar?", en: "What do you see there?"}
  - id: thuis-02
    theme: thuis
    text: {nl: "Wie komt er bij u op bezoek?", en: "Who comes to visit you?"}
"""

CLOSED_QUESTION = """\
format: 1
id: gesloten
title: "Gesloten"
description: "Een stapel met een gesloten vraag."
kind: client
language: nl
address: u
themes:
  - id: dag
    title: "Mijn dag"
    question: "Hoe ziet uw dag eruit?"
cards:
  - id: dag-01
    theme: dag
    text: "Heeft u een fijne dag gehad?"
  - id: dag-02
    theme: dag
    text: "Wat deed u vanochtend?"
"""

HOSTILE = """\
format: 1
id: hostile
title: "<script>alert(1)</script> & [bold]markup[/bold]"
description: "<img src=http://example.com/x.png>"
kind: client
language: en
version: "1<b>"
themes:
  - id: t1
    title: "<style>body{background:url(http://x/y)}</style>"
    question: "What <i>do</i> you \\"like\\" & 'enjoy'?"
cards:
  - id: c1
    theme: t1
    text: "What is <script>alert('x')</script> for you?"
    followups: ["<a href=\\"http://evil.example\\">What</a> else?"]
    tags: [x]
"""
