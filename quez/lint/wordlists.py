"""Curated word lists for the question rules (Dutch and English).

A curated list of finite verb forms beats a generic heuristic: it never mistakes a question word or
an imperative ("Vertel eens …") for a yes/no question, and a trainer can read why a rule fired.
"""

from __future__ import annotations


def word_set(text: str) -> frozenset[str]:
    """The whitespace-separated words of ``text`` as a set."""
    return frozenset(text.split())


# --- Dutch -------------------------------------------------------------------------------------
# Question words that open a question; "waar" + preposition (waardoor, waarmee …) is matched
# by pattern in rules_nl.
NL_QUESTION_WORDS = word_set("wat hoe wie wiens wier welk welke hoeveel hoezo hoelang wanneer")

# Verb stems that make a yes/no question only before je/jij/ik ("Heb je", "Mag ik"); alone they
# are imperatives ("Denk aan …", "Kijk naar …"), which are fine.
NL_STEMS = word_set(
    """
    heb ben kun doe ga sta zie vind voel denk merk krijg geef hoop hou houd herken ken snap
    begrijp ervaar maak neem blijf kom lees schrijf praat werk woon leef slaap eet zoek mis
    kies zeg spreek help luister kijk let geloof twijfel verwacht wens durf hoor lig zit loop
    speel gebruik verlang vertrouw probeer herinner geniet onthoud regel red wil kan mag moet
    zal zou weet rook drink beweeg kook wandel schaam zorg sport rust bel fiets rij zwem lach
    huil pieker droom wacht vertel vraag plan betaal spaar teken vrees leer studeer word ren
    dans zing bid mag hecht laat
    """
)

# Finite forms that open a yes/no question before any subject ("Is er", "Lukt het",
# "Heeft uw dochter"): -t forms, irregular presents, modals and past tenses.
NL_FINITE = word_set(
    """
    heeft hebt is bent kunt kan wilt wil mag moet zal zult zou zoudt weet doet gaat staat ziet
    vindt voelt denkt merkt krijgt geeft hoopt houdt herkent kent snapt begrijpt ervaart maakt
    neemt blijft komt lukt helpt werkt speelt klopt past betekent gebeurt bestaat wordt
    verandert leest woont leeft slaapt zoekt mist kiest zegt spreekt luistert kijkt
    gelooft twijfelt wenst durft hoort ligt loopt gebruikt verlangt vertrouwt
    probeert herinnert onthoudt regelt redt valt rookt drinkt beweegt kookt wandelt schaamt
    zorgt belt fietst rijdt zwemt lacht huilt piekert droomt vertelt vraagt plant betaalt
    spaart tekent vreest leert studeert rent danst zingt hecht kost telt duurt
    had was kon wilde wou mocht moest ging deed zag wist vond voelde dacht merkte kreeg gaf
    hoopte hield herkende kende snapte begreep ervoer maakte nam bleef kwam werd lukte hielp
    werkte speelde klopte stond zat lag probeerde durfde hoorde gebeurde
    """
)

# Plural, infinitive-looking and imperative-looking forms: a question only before a subject
# ("Zijn er", "Hebben jullie", "Zit er"), since "Kunnen praten, …" and "Let op …" are not.
NL_NEEDS_SUBJECT = word_set(
    """
    let praat zit geniet verwacht eet wacht laat rust sport
    hebben zijn kunnen willen mogen moeten zullen zouden gaan doen zien weten vinden voelen
    denken merken krijgen maken komen blijven ervaren herkennen kennen begrijpen snappen
    hadden waren konden wilden mochten moesten gingen deden zagen wisten vonden voelden
    dachten kregen werden helpen werken spelen lukken
    """
)
# Any other word ending in -t before "u", "het" or "er" is taken for a verb ("Rookt u?"),
# except these adverbs, conjunctions and pronouns.
NL_NOT_VERBS_T = word_set(
    """
    wat dat met niet het want echt best eerst allereerst meest laatst liefst minst iets niets
    ooit nooit net juist vast slecht licht zacht recht tot uit dit omdat totdat opdat nadat
    voordat zodat straat
    """
)
NL_T_SUBJECTS = word_set("u het er")
NL_SUBJECTS = word_set(
    "er jullie we wij ze zij u je jij ik hij het de die deze dat dit uw jouw hun mensen anderen "
    "andere sommige alle zulke dingen iemand iets niemand"
)
NL_STEM_SUBJECTS = word_set("je jij ik")
# Openers that invite rather than ask for yes/no: "Kunt u vertellen …", "Mag ik vragen …".
NL_INVITE_OPENERS = word_set("kun kunt kan wil wilt zou zoudt zouden kunnen willen mag")
NL_INVITE_SUBJECTS = word_set("je jij u jullie ik")
NL_LEADING = word_set("en of maar dus want nou oké ok toch")

# --- English ----------------------------------------------------------------------------------
EN_QUESTION_WORDS = word_set("what how who whom whose where when which why")
EN_AUXILIARIES = word_set(
    """
    do does did don't doesn't didn't am are is was were aren't isn't wasn't weren't have has had
    haven't hasn't hadn't can could would will should shall may might must can't couldn't
    wouldn't won't shouldn't mustn't
    """
)
EN_INVITE_OPENERS = word_set("can could would will")
EN_LEADING = word_set("and or but so then now okay ok")

# --- Address (Dutch) --------------------------------------------------------------------------
# "jullie" is left out on purpose: it is the everyday plural beside both je and u.
NL_JE_FORMS = word_set("je jij jou jouw jouwe jezelf")
NL_U_FORMS = word_set("u uw uwe uzelf")
