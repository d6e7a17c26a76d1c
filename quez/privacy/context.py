"""Two context rules on top of deduce, for names that are on none of its lists.

deduce knows a name from its lists or from a title before it ("mevrouw Nowak"). Names of many
clients of Dutch social care (Eritrean, Somali, Ukrainian, Indonesian …) are on no list and are
often introduced by a family word instead of a title: "zijn tante Genet", "de oudste, Senait".

1. **After a family or role word** ("zoon", "buurvrouw", "collega", "son", …, optionally after a
   comma) a capitalised word is a name: Dutch does not capitalise nouns, so there is little else
   it can be. Further capitalised words and tussenvoegsels join it ("zoon Peter de Vries").
2. **Before a found name** a capitalised word that does not start the sentence joins it
   ("Mei Ling Chen" when deduce found "Ling Chen"; "Mei" alone is a month to deduce).

Both only ever add person spans; what QueZ's own checks found still wins (see ``merge``).
"""

from __future__ import annotations

import re

from quez.privacy.patterns import Hit


def _words(text: str) -> set[str]:
    return set(text.split())


_RELATIONS_NL = (
    "zoon zoontje dochter dochtertje broer broertje zus zusje zuster vader moeder man vrouw "
    "oma opa oom tante neef nicht kleinzoon kleindochter schoonzus schoonzoon schoondochter "
    "schoonmoeder schoonvader zwager buurman buurvrouw buurjongen buurmeisje vriend vriendin "
    "vriendje vriendinnetje partner ex collega mentor mentrix oudste jongste baby stiefvader "
    "stiefmoeder stiefzoon stiefdochter pleegzoon pleegdochter pleegmoeder pleegvader "
    "cliënt client juf meester huisarts begeleider"
)
_RELATIONS_EN = (
    "son daughter brother sister father mother husband wife grandmother grandfather grandma "
    "grandpa uncle aunt nephew niece cousin neighbour neighbor friend girlfriend boyfriend "
    "partner colleague client mentor teacher eldest youngest"
)
_RELATIONS = sorted(_words(_RELATIONS_NL) | _words(_RELATIONS_EN), key=len, reverse=True)
# Capitalised words that may follow a family word without being a name (English capitalises
# days, months and languages; "Ik"/"I" may start reported speech).
_NOT_NAMES = _words(
    "monday tuesday wednesday thursday friday saturday sunday january february march april "
    "may june july august september october november december english dutch "
    "ik wij we zij ze hij jij je u"
)
_CAP = r"[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’-]*[a-zà-öø-ÿ]"
_PARTICLE = r"(?:van der|van den|van de|van 't|van|de|der|den|ter|ten|te|el|al|ben|bin)"
_NAME = rf"{_CAP}(?:[ \t]+(?:{_PARTICLE}[ \t]+)?{_CAP})*"
_AFTER_RELATION = re.compile(rf"(?<!\w)(?i:{'|'.join(_RELATIONS)}),?[ \t]+({_NAME})", re.UNICODE)
_WORD_BEFORE = re.compile(rf"({_CAP}) $")
_SENTENCE_END = ".!?:;\n"


def context_hits(text: str, found: list[Hit]) -> list[Hit]:
    """Person spans the two rules add to ``found`` (which holds the detector's own hits)."""
    added: list[Hit] = []
    for m in _AFTER_RELATION.finditer(text):
        name = m.group(1)
        if name.split()[0].casefold() not in _NOT_NAMES:
            added.append(Hit("person", m.start(1), m.end(1)))
    taken = [*found, *added]
    for hit in [h for h in taken if h.kind == "person"]:
        before = _WORD_BEFORE.search(text, 0, hit.start)
        if before is None or any(h.start < hit.start and before.start() < h.end for h in taken):
            continue
        rest = text[: before.start()].rstrip(" \t")
        if rest and rest[-1] not in _SENTENCE_END and before.group(1).casefold() not in _NOT_NAMES:
            added.append(Hit("person", before.start(), hit.end))
    return added
