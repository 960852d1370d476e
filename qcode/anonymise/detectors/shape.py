"""Unknown capitalised words: in Danish only proper nouns are capitalised mid-sentence.

The label is a guess from the context: after "på/i/fra" or with a street/town ending a place, with
an institution ending an organisation, else a person.

A word that is capitalised, not at the start of a sentence, not an ordinary Danish word form, not a
known place or organisation and not a common brand is most likely a name no list knows ("min veninde
Nhung", "hvor Kenneth bor"). This is the rule-based fallback for what a statistical NER would find;
its hits carry a modest score (0.55) so review lists them last, yet automatic decisions still take
them. At the start of a sentence the capital says nothing, but a word no Danish dictionary knows is
still most likely a name (spoken fillers such as "Jaaa" or "Åhhr" aside): score 0.5.
"""

from __future__ import annotations

import re

from spacy.lang.da.stop_words import STOP_WORDS

from qcode.anonymise.candidates import ORG, PERSON, PLACE, Candidate
from qcode.anonymise.detectors.common import LOWER, UPPER, is_sentence_initial
from qcode.anonymise.detectors.structure import is_role
from qcode.anonymise.lexicon import country_set, first_name_set, is_word

DETECTOR = "shape"

_WORD = re.compile(
    rf"(?<![\w\-'’])(?P<core>[{UPPER}][{LOWER}]{{2,}}(?:-[{UPPER}][{LOWER}]+)?)(?P<poss>s)?(?![\w])"
)
# Capitalised mid-sentence but not people: media, brands, games, medicines, faiths and feasts, fillers.
NOT_NAMES = frozenset(
    """facebook instagram snapchat messenger tiktok twitter youtube google netflix hbo spotify iphone android
    mobilepay nemid mitid e-boks eboks sundhed borger gud jesus kristus allah herren corona covid
    okay sorry nice fuck fucking shit yes cool please thanks baby mand mest én ét wow whatever nope hov
    jobcenter jobcentret jobcentre jobcentrets kommune kommunen borgerservice
    øhm øh ehm hmm mmm mhm aha puha nåh nårh
    tuborg carlsberg cola pepsi marlboro ludo matador minecraft fortnite playstation xbox nintendo tinder
    antabus subutex subutexen suboxone metadon metadonen ritalin stesolid valium panodil ipren rivotril
    zyprexa cipralex ketogan tramadol sertralin citalopram escitalopram quetiapin olanzapin litium lithium
    seroquel abilify risperdal truxal mirtazapin venlafaxin fluoxetin lamotrigin concerta medikinet
    melatonin imovane zopiclon oxycodon morfin buprenorfin naltrexon oxazepam lyrica pregabalin
    inshallah mashallah alhamdulillah eid bajram ramadan ramadanen koranen biblen
    man tirs ons tors fre lør søn mandag tirsdag onsdag torsdag fredag lørdag søndag
    cpr cpr-nr cpr-nummer personnummer tlf tlf.nr mobil adresse e-mail email mail nr mvh kh vh cc""".split()
)
_PLACE_ENDINGS = (
    "gade", "vej", "vejen", "torv", "stræde", "allé", "plads", "pladsen", "parken", "havn", "sund", "holm",
    "bjerg", "lund", "rup", "strup", "løse", "købing", "sted", "borg", "bro", "by", "ager", "gård", "gaard",
)
_ORG_ENDINGS = (
    "centret", "centeret", "huset", "skolen", "hospitalet", "sygehus", "klinikken", "foreningen", "fonden",
    "kollegiet", "gymnasium", "gruppen",
)
# "på Istedgade", "i Husum": after these a place; "til"/"fra" take persons as often ("sagde til …")
# also capitalised at a sentence start: "I Klitmøller, midt i januar"; not "fra"/"til", which people are too
_PLACE_BEFORE = re.compile(
    r"(?i)\b(?:i|på|nær|omkring|udenfor|bor|boede|flyttede|flytter|forlod|from|in"
    r"|(?:uden|syd|nord|øst|vest|lige|langt|tæt)\s+(?:for|på))\s+$")
# before an ordinary word that is capitalised, these make it the name of a place or a business
_NAMED_PLACE_BEFORE = re.compile(
    r"\b(?:på|ved|hos|nær|udenfor)\s+$|\b(?:bor|boede|bo|flyttede|flytter)\s+(?:\w+\s+)?i\s+$")
_NEXT_CAPITALISED = re.compile(rf"[ \t]+[{UPPER}]")
# Spoken fillers at the start of a turn: "Jaaa", "Neej", "Åhhr", "Sååå", "Mjaa".
FILLER = re.compile(
    r"(?i)^(?:(?=\w{1,5}$)\w*([aeiouyæøå])\1\w*|\w*hh\w*|[aeiouyæøå]+h+r?|\w{1,3}hr?|m+j?a+|m+|h+m+)$"
)
IDIOM = re.compile(r"(?:[Hh]r\.|[Hh]err)\s+og\s+fru\s+$|[Ff]ru\s+og\s+hr\.\s+$")


def detect_unknown_capitalised(text: str) -> list[Candidate]:
    """Capitalised words mid-sentence that no word list knows, as low-score PERSON candidates."""
    firsts, countries = first_name_set(), country_set()
    out: list[Candidate] = []
    for m in _WORD.finditer(text):
        core = m.group("core")
        if core in firsts or core in countries or core.casefold() in NOT_NAMES:
            continue
        if is_word(core):
            # an ordinary word capitalised mid-sentence after a place preposition names a place or a
            # business: "ude på Hovedbanegården", "i praktik hos Cykelkælderen"
            if (not is_sentence_initial(text, m.start()) and not m.group("poss")
                    and core.casefold() not in STOP_WORDS and len(core) >= 4
                    and not _NEXT_CAPITALISED.match(text, m.end())  # "hos Det Grønlandske Hus": a longer name
                    and _NAMED_PLACE_BEFORE.search(text, max(0, m.start() - 24), m.start())):
                label = ORG if text[max(0, m.start() - 5):m.start()].rstrip().endswith("hos") else PLACE
                out.append(Candidate(m.start(), m.end(), m.group(0), label, core, DETECTOR, 0.5))
            elif _nickname(text, m, core):
                out.append(Candidate(m.start(), m.end(), m.group(0), PERSON, core, "context", 0.55,
                                     "an ordinary word capitalised after 'med': a nickname"))
            continue
        if is_role(core.casefold()):
            continue
        score = 0.55
        if is_sentence_initial(text, m.start()):
            # capitals say nothing here, but a word no dictionary knows is still most likely a name
            if FILLER.match(core):
                continue
            score = 0.5
        if IDIOM.search(text[max(0, m.start() - 14) : m.start()]):
            continue  # "hr. og fru Jensen" is everybody
        out.append(Candidate(m.start(), m.end(), m.group(0), _label(text, m.start(), core), core, DETECTOR,
                             score))
    return out


def _nickname(text: str, m: re.Match[str], core: str) -> bool:
    """An ordinary word capitalised mid-sentence as the one someone does something with ("spillede kort
    med Pusling", "snakker med Skildpadden"): a nickname. Not a definite noun, which names an institution or
    a thing ("med Kommunen"), and not part of a longer name."""
    low = core.casefold()
    return (not is_sentence_initial(text, m.start()) and not m.group("poss") and len(core) >= 4
            and low not in STOP_WORDS and low not in NOT_NAMES and not low.endswith(_DEFINITE)
            and not is_role(low) and not _NEXT_CAPITALISED.match(text, m.end())
            and _WITH_BEFORE.search(text, max(0, m.start() - 12), m.start()) is not None)


_WITH_BEFORE = re.compile(r"\bmed[ \t]+$")
_DEFINITE = ("en", "et", "ne", "erne")


def _label(text: str, start: int, core: str) -> str:
    """PLACE after a place preposition or with a place ending ("Istedgade"), ORG for an institution
    ending ("Fontænehuset"), else PERSON."""
    low = core.casefold()
    if low.endswith(_ORG_ENDINGS):
        return ORG
    if low.endswith(_PLACE_ENDINGS) or _PLACE_BEFORE.search(text, max(0, start - 16), start):
        return PLACE
    return PERSON
