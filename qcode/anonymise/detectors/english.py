"""English as Danish speakers code-switch into it: frequent words that are never names ("like",
"she", "only"), and ages said in English ("i was like nineteen", "my mom is fifty-one").

Capitalised at a sentence start, "She" or "Two" looks like a name to a rule that knows only Danish
words; in lower-case transcripts "like" or "may" would match a name list.
"""

from __future__ import annotations

import re
from functools import lru_cache

from spacy.lang.en.stop_words import STOP_WORDS as EN_STOP_WORDS

from qcode.anonymise.lexicon import is_first_name

ENGLISH_WORDS = frozenset(
    """a about after again all also always am an and any anyway are as at back bad be because been before
    being best better big both but by can come could crazy cool day did do does done down each even ever
    every feel few first for from fuck fucking full get go going gonna good got great guess had has have he
    her here hers him his home how i if in into is it its just kind know last late life like little long
    look lot love made make man many may maybe me mean mine miss mom more most much must my never new next
    nice no not nothing now of off oh ok okay old on once one only or other our out over people please
    pretty really right said same say see she should shit since so some something sorry still such sure
    take tell than thank thanks that the their them then there these they thing think this those though
    time to today too two understand until up us very wait want was way we well went were what whatever
    when where which while who why will with without work would wow yeah year years yes yet you young
    your yours""".split()
) | frozenset(
    """one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen
    seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred""".split())

# More English: nationalities and demonyms, languages, weekdays and months, continents.
_MORE_ENGLISH = frozenset(
    """danish polish english swedish norwegian german turkish arabic somali syrian ukrainian russian
    honestly forget sunday monday tuesday wednesday thursday friday saturday january february march
    april june july august september october november december born build slay beer
    sundays mondays tuesdays wednesdays thursdays fridays saturdays weekends
    europe asia africa america americas scandinavia european asian african american scandinavian
    filipino filipina romanian bulgarian hungarian czech slovak serbian croatian bosnian albanian greek
    italian spanish portuguese french dutch belgian irish scottish british finnish icelandic estonian
    latvian lithuanian belarusian moldovan georgian armenian iranian iraqi afghan pakistani indian
    bangladeshi nepali chinese japanese korean vietnamese thai burmese indonesian malaysian egyptian
    moroccan algerian tunisian libyan sudanese eritrean ethiopian kenyan ugandan nigerian ghanaian
    congolese gambian senegalese lebanese palestinian jordanian kurdish yemeni saudi brazilian mexican
    colombian chilean peruvian cuban canadian australian muslim christian catholic jewish""".split())


@lru_cache(maxsize=1)
def never_names_en() -> frozenset[str]:
    """Words a code-switching speaker says in English that the model may take for a name or an
    organisation at the start of a sentence ("She", "Nobody", "Danish"): the common English words above,
    English function words and nationalities, less any Danish first name ("Else", "Will")."""
    plurals = {w + "s" for w in _MORE_ENGLISH if w.endswith("an")}  # "Ukrainians", "Romanians"
    words = ENGLISH_WORDS | EN_STOP_WORDS | _MORE_ENGLISH | plurals
    return frozenset(w for w in words if not is_first_name(w))

# Interjections and oaths of other languages that bilingual speakers use in Danish speech, and Danish
# spoken and dialect ones ("Nåe", "Jow", "Hmja"); capitalised at the start of a turn they look like names
# ("Tamam, femoghalvtreds.", "Wallahi. Det er rigtigt.").
_EN_SUBJECT = re.compile(r"(?:She|He|They|We|It|You|I)\s")


def english_not_a_name(core: str) -> bool:
    """A stretch a guess took for a name that is English or an interjection: every word one ("She",
    "Two Ukrainians", "Yalla") or an English pronoun and what follows it ("She said")."""
    words = core.casefold().split()
    return bool(words) and (all(w in never_names_en() or w in INTERJECTIONS for w in words)
                            or _EN_SUBJECT.match(core) is not None)


INTERJECTIONS = frozenset(
    """tamam yalla wallah wallahi wallaahi walla inshallah insha'allah mashallah alhamdulillah bismillah
    habibi habibti khalas haram halal allah yani yaani abe lan hayır evet haydi aman vallahi
    hooyo aabo haa maya mam mom mum dad daddy bro dude man yo wow oh ah ugh hmm okay ok yeah yep nope
    please sorry hey hi hello bye
    inşallah inşaallah maşallah vallahi elhamdülillah hamdulillah yallah salam salaam shukran
    kanka abi abla çok dzięki dziękuję kurwa spasibo dyakuyu dobre
    haha hahaha hahahaha hehe hihi lol omg xd
    idc idk ngl tbh btw frfr irl imo imho smh wtf bff brb afk ofc pls plz thx jk ikr fyi lmao lmfao rofl
    ttyl nvm sus mega
    nåe nåh nååh jow jov næh nææh neej hmja mja tja tjah øhm øhh hmmm puha uha jaså nåja øv ih""".split()
)

_UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
          "nine": 9}
_TEENS = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
          "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
         "ninety": 90}
ENGLISH_NUMBER = (
    rf"(?:(?:{'|'.join(_TENS)})(?:[- ](?:{'|'.join(_UNITS)}))?|{'|'.join(_TEENS)}"
    rf"|{'|'.join(u for u in _UNITS if u not in ('one', 'two'))})"
)
_NUMBER = re.compile(rf"(?i)^{ENGLISH_NUMBER}$")


def english_value(word: str) -> int | None:
    """"forty-two" → 42, "nineteen" → 19; None for anything else."""
    if not _NUMBER.match(word.strip()):
        return None
    total = 0
    for part in re.split(r"[- ]", word.strip().casefold()):
        total += _UNITS.get(part) or _TEENS.get(part) or _TENS.get(part, 0)
    return total or None
