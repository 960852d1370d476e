"""The word lists and token tests shared by the lower-case detector's halves (persons in
:mod:`qcode.anonymise.detectors.uncased`, places and organisations in
:mod:`qcode.anonymise.detectors.uncased_places`): the case-folded name, place and organisation lists, and
whether a token may be a name at all."""

from __future__ import annotations

from collections.abc import Callable
from functools import lru_cache

from spacy.lang.da.stop_words import STOP_WORDS

from qcode.anonymise.candidates import ORG, PLACE
from qcode.anonymise.detectors.english import ENGLISH_WORDS
from qcode.anonymise.detectors.public import public_words
from qcode.anonymise.detectors.structure import is_role
from qcode.anonymise.lexicon import (
    first_name_set,
    foreign_cities,
    foreign_countries,
    organisations,
    regions,
    surname_set,
    towns,
)

RELATIONS = frozenset(
    """veninde veninden ven vennen kammerat kammeraten kæreste kæresten søster søsteren bror broren
    lillebror storebror lillesøster storesøster mor moren far faren søn sønnen datter datteren kollega
    kollegaen mand manden kone konen nabo naboen onkel tante fætter kusine eks ekskæreste svigerinde
    svoger svigermor svigerfar farmor farfar mormor morfar barnebarn barnebarnet børnebarn pædagog
    pædagogen kontaktperson kontaktpædagog sagsbehandler sagsbehandleren mentor psykolog læge lægen
    makker makkeren chef chefen præst præsten bostøtte støttekontaktperson misbrugskonsulent
    jobkonsulent rådgiver socialrådgiver terapeut sygeplejerske hjemmehjælper hjemmehjælperen lærer
    læreren underviser doktor dr pastor professor overlæge fru hr frk stedfar stedmor plejemor plejefar
    papfar papmor mama mormor farmor bedstemor bedstefar oldemor ven veninder kammerater drengen pigen
    ægtemand hustru samlever forlovede kusinen fætteren nevø niece gudmor gudfar træner træneren""".split()
)
# Spoken function words the stop list lacks: "alle siger bare maj", "hun kalder mig sin datter".
FUNCTION_WORDS = frozenset(
    """bare sin sit sine lige altid aldrig også vel jo nu så da godt ikke heller nok sgu altså egentlig
    faktisk måske stadig stadigvæk igen sammen hjemme ellers bagefter først sidst lidt meget mere mest
    helt hele
    sådan sådanne noget nogen nogle ingen hver hvert alle andre anden andet samme selv selve egen eget
    fru hr frk mama mor far mormor morfar farmor farfar mami papa baba bror søster""".split()
)


Tokens = list[tuple[int, int, str]]  # (start, end, case-folded word)
Lookup = dict[tuple[str, ...], str]
Add = Callable[..., None]  # add(first token, end token, label, reason, score=…, core=…)
Lexicons = tuple[frozenset[str], frozenset[str], dict[tuple[str, ...], str], dict[tuple[str, ...], str]]


@lru_cache(maxsize=1)
def word_lists() -> Lexicons:
    firsts = frozenset(n.casefold() for n in first_name_set())
    surnames = frozenset(n.casefold() for n in surname_set())
    places: dict[tuple[str, ...], str] = {}
    for entry in (*towns(), *regions(), *foreign_countries(), *foreign_cities()):
        places.setdefault(tuple(entry.casefold().split()), PLACE)
    orgs: dict[tuple[str, ...], str] = {}
    public = public_words()
    for entry in organisations():
        key = tuple(entry.casefold().split())
        if " ".join(key) not in public:
            orgs[key] = ORG
    return firsts, surnames, places, orgs


def is_first_name(low: str, firsts: frozenset[str]) -> bool:
    return low in firsts or ("-" in low and all(p in firsts for p in low.split("-")))


def may_be_name(low: str) -> bool:
    """A token that may be a name at all: no function word, English word, role, relation or title."""
    return not (low in STOP_WORDS or low in FUNCTION_WORDS or low in ENGLISH_WORDS or low in RELATIONS
                or is_role(low) or len(low) < 2)
