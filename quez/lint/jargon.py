"""Professional jargon that a client should not have to decode (client decks only).

Entries are regular-expression fragments, matched as whole words or phrases on casefolded text,
with cheap inflections (plurals, adjectives) written into the fragment.
"""

from __future__ import annotations

import re

from quez.lint.text import nfc
from quez.lint.wordlists import word_set

NL_JARGON = (
    r"zelfredza(?:am|ame|amheid)",
    r"participatie",
    r"participe(?:ren|ert)",
    r"indicaties?",
    r"geïndiceerd",
    r"zorgaanbieders?",
    r"zorgverleners?",
    r"hulpverleners?",
    r"hulpverlening",
    r"wmo",
    r"casus(?:sen)?",
    r"casuïstiek",
    r"cli[eë]nt(?:en|s)?",
    r"trajecten?",
    r"(?:zorg|hulp|ondersteunings)vra(?:ag|gen)",
    r"eigen\s+kracht",
    r"eigen\s+verantwoordelijkheid",
    r"regie",
    r"interventies?",
    r"doelgroep(?:en)?",
    r"beschikking(?:en)?",
    r"keukentafelgesprek(?:ken)?",
    r"ondersteuningsbehoeften?",
    r"(?:ondersteunings|zorg|behandel)plan(?:nen)?",
    r"plan\s+van\s+aanpak",
    r"maatwerkvoorziening(?:en)?",
    r"casemanagers?",
    r"casusregie",
    r"vraagverheldering",
    r"probleemanalyse",
    r"risicotaxatie",
    r"zorgzwaarte",
    r"coping(?:strategie|strategieën)?",
    r"empowerment",
    r"psycho-?educatie",
    r"krachtgerichte?",
    r"oplossingsgerichte?",
    r"outreachende?",
    r"ketenpartners?",
    r"leefgebied(?:en)?",
    r"adl",
    # Words and images that a reader with little schooling has to stop and decode
    # (reviewed for B1 Dutch and for clients with a mild intellectual disability).
    r"thema(?:'s|s)?",
    r"vaardighe(?:id|den)",
    r"motivatie",
    r"gemotiveerd",
    r"prioriteit(?:en)?",
    r"perspectief",
    r"autonomie",
    r"eigenaarschap",
    r"zelfregie",
    r"(?:sociaal\s+)?netwerk(?:en)?",
    r"mantelzorg(?:er|ers)?",
    r"ondersteuning",
    r"voorziening(?:en)?",
    r"evaluatie",
    r"evalueren",
    r"reflecteren",
    r"doelstelling(?:en)?",
    r"stuur\s+in\s+(?:eigen\s+)?handen",
    r"aan\s+het\s+stuur",
    r"op(?:gaan|gaat)\s+in",
    r"in\s+op(?:gaan|gaat)",
)

EN_JARGON = (
    r"self-relian(?:ce|t)",
    r"participation",
    r"(?:care|service)\s+providers?",
    r"interventions?",
    r"case\s*workers?",
    r"case\s+managers?",
    r"case\s*work",
    r"case\s*load",
    r"service\s+users?",
    r"clients?",
    r"empower(?:ment|ed|ing|s)?",
    r"stakeholders?",
    r"(?:care|support)\s+plans?",
    r"(?:care|support)\s+needs",
    r"needs\s+assessments?",
    r"referrals?",
    r"target\s+groups?",
    r"coping\s+strateg(?:y|ies)",
    r"self-management",
    r"self-efficacy",
    r"safeguarding",
    r"key\s*workers?",
    r"informal\s+carers?",
    r"signposting",
    r"co-production",
    r"person-cent(?:red|ered)",
    r"strengths-based",
    r"solution-focused",
    r"care\s+pathways?",
    # Words and images that a reader with little schooling has to stop and decode.
    r"themes?",
    r"motivation",
    r"priorit(?:y|ies)",
    r"autonomy",
    r"ownership",
    r"resilien(?:ce|t)",
    r"(?:support|social)\s+networks?",
    r"evaluat(?:e|ion)",
    r"at\s+the\s+wheel",
    r"in\s+the\s+driving\s+seat",
    r"lose\s+yourself\s+in",
)

# "case" is jargon ("your case"), except in everyday phrases ("in that case", "just in case").
_EN_CASE = re.compile(r"(?<!\w)cases?(?!\w)")
_CASE_OK_BEFORE = word_set("in that this any which each worst best such either no one")


def _compile(entries: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"(?<![\w-])(?:" + "|".join(entries) + r")(?![\w-])")


_PATTERNS = {"nl": _compile(NL_JARGON), "en": _compile(EN_JARGON)}


def find_jargon(text: str, lang: str) -> list[str]:
    """The jargon words and phrases in ``text`` (casefolded), in order, each once."""
    pattern = _PATTERNS.get(lang)
    if pattern is None:
        return []
    folded = nfc(text).casefold()
    matches = list(pattern.finditer(folded))
    found = [" ".join(m.group().split()) for m in matches]
    if lang == "en":
        taken = {i for m in matches for i in range(m.start(), m.end())}
        found += [
            m.group()
            for m in _EN_CASE.finditer(folded)
            if m.start() not in taken and _jargon_case(folded, m.start())
        ]
    return list(dict.fromkeys(found))


def _jargon_case(folded: str, start: int) -> bool:
    before = re.findall(r"[\w']+", folded[:start])[-2:]
    return not (before and (before[-1] in _CASE_OK_BEFORE or before[0] == "in"))
