"""Names found by the slot they fill in spoken Danish, whatever list knows them:

- a word that is also an ordinary word but capitalised mid-sentence again and again, never in lower case,
  and once the subject of a verb: "Og så sidder Ask dernede … Ask bor mest hos hende" (Danish capitalises
  no common noun);
- initials used as a nickname: "men vi siger SK", "de kalder ham JB";
- a name put first and taken up by a pronoun: "Kacper, han er seksten";
- a name no dictionary knows, in lower case, set off after a relation: "Vores nabo, wojciech, han …";
- a nickname given as one: "B-man kalder de ham", "alle siger Mo";
- a first name with its last e dropped, as dialect transcripts write it: "Trin', vor datter" (Trine);
- a name spelled out letter by letter: "Gunhild med h, G-U-N-H-I-L-D", "Tomasz. T-O-M-A-S-Z";
- a nickname made of a word and a first name: "Smede-Peter", "Tømrer-Hans";
- a name broken off and said again: "Kar- Karina", "Ras- Rasmine";
- a name put first and named by "hedder": "Sol hedder hun, ligesom solen";
- an adjective before a first name as a nickname: "Røde Ole", "Skæve Mogens";
- a word used as a nickname, capitalised mid-sentence and taken up by "han"/"hun" at once, asked about
  ("Hvem er Perlen?") or named as someone's partner: "Og så Sjakalen, men han er i Jylland nu",
  "Hendes kæreste er Hollænderen" — then every capitalised use of it in the text ("Kaptajnen siger …").
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

from spacy.lang.da.stop_words import STOP_WORDS

from qcode.anonymise.candidates import PERSON, Candidate
from qcode.anonymise.detectors.common import FILLER_WORDS, KIN_ADDRESS, LOWER, UPPER, is_sentence_initial
from qcode.anonymise.detectors.places import INSTITUTION_HEADS
from qcode.anonymise.detectors.public import PET_NOUNS, public_words
from qcode.anonymise.detectors.shape import NOT_NAMES
from qcode.anonymise.lexicon import country_set, first_name_set, is_word, organisations, regions, towns

DETECTOR = "context"
_CAPITALISED = re.compile(rf"(?<![\w\-'’])(?P<word>[{UPPER}][{LOWER}]{{1,}})(?P<poss>s)?(?![\w\-])")
_SUBJECT_VERB = re.compile(
    r"[ \t]+(?:er|var|har|havde|bor|boede|kom|kommer|sagde|siger|sidder|sad|går|gik|skal|vil|kan|må|fik|får"
    r"|bliver|blev|ringer|ringede|elsker|spiller|leger|hjælper|hjalp)\b")
_DEFINITE = ("en", "et", "ne", "erne", "ene")
_NICKNAME_INITIALS = re.compile(
    r"\b(?:kalder\s+(?:ham|hende|mig|os)|kaldet|kaldes|(?:vi|alle|de)\s+siger)\s+(?P<name>[A-ZÆØÅ]{2,3})\b")
_WHO = r"(?:de\s+andre|alle\s+andre|de\s+fleste|de|di|vi|alle|folk|man)"
_NICKNAME = re.compile(
    rf"\b(?:(?:kalder|kaldte)\s+{_WHO}\s+(?:ham|hende|mig)|{_WHO}\s+(?:kalder|kaldte)\s+(?:ham|hende|mig)"
    rf"|{_WHO}\s+(?:siger|sagde))\s+(?P<name>[A-ZÆØÅ][\w-]+)(?=\s*[.,!?;]|\s*$)"
    # the person first: 'ham kalder vi bare "Skipper"'
    rf"|\b(?:ham|hende)\s+(?:kalder|kaldte)\s+{_WHO}\s+(?:bare\s+|altid\s+|for\s+)*[\"“„]?"
    rf"(?P<name3>[A-ZÆØÅ][\w-]+)(?=[\"”]?\s*[.,!?;]|[\"”]?\s*$)"
    # also quoted and taken up by "som": 'Preben – "Pølle", som de andre kalder ham'
    rf"|(?<![\w-])(?P<name2>[A-ZÆØÅ][\w-]+)[\"”]?,?\s+(?:som\s+)?(?:(?:kalder|kaldte)\s+{_WHO}|{_WHO}\s+(?:kalder|kaldte))"
    r"\s+(?:ham|hende|mig)\b")
_SPELLED = re.compile(r"(?<![\w-])(?P<name>[A-ZÆØÅ](?:-[A-ZÆØÅ]){2,})(?![\w-])")
_WORD_NAME = re.compile(rf"(?<![\w-])(?P<name>[{UPPER}][{LOWER}]+-(?P<first>[{UPPER}][{LOWER}]+))(?![\w-])")
_BROKEN_OFF = re.compile(rf"(?<![\w-])(?P<name>[{UPPER}][{LOWER}]+)-[ \t]+(?P<full>(?P=name)[{LOWER}]+)\b")
_NAMED_AFTER = re.compile(rf"(?<![\w-])(?P<name>[{UPPER}][{LOWER}]+)[ \t]+hedder[ \t]+(?:hun|han)\b")
_ELIDED = re.compile(rf"(?<![\w'’])(?P<name>[{UPPER}][{LOWER}]+)['’](?![\w'’])")
_DISLOCATED = re.compile(
    rf"(?<![\w\-])(?P<name>[{UPPER}][{LOWER}]+),[ \t]+(?:han|hun)[ \t]+"
    r"(?:er|var|har|havde|bor|boede|går|gik|kommer|kom|arbejder|arbejdede|bliver|blev|skal|vil|kan)\b")
# What makes a capitalised ordinary word a person: a pronoun taking it up at once ("Perlen, hun er …",
# "Slangen. Ham skal man passe på", "Sjakalen, men han …"), a question about who it is, a partner.
# After a full stop only a pronoun that must point back: "Slangen. Ham skal man …", "Bølle. Han er min ven"
# ("Alle siger Hej. Han kalder …" starts afresh).
_TAKEN_UP = re.compile(
    r"[,!?]?[ \t]*(?:[–—][ \t]*)?(?:men[ \t]+|og[ \t]+)?(?:han|hun|ham|hende)\b"
    r"|[.!?][ \t]+(?:Ham|Hende)\b"
    r"|[.!?][ \t]+(?:Han|Hun)[ \t]+(?:er|var)[ \t]+(?:min|mit|vores|hans|hendes|en|den)\b")
# "Har du en hund? – Ja, Bamse. Han ligger derude": an animal just mentioned takes "han" too
_PET_BEFORE = re.compile(rf"(?i)\b(?:{PET_NOUNS})\b")
PET_WINDOW = 120
# "Kniven er fra Gellerup, han er i 40'erne", "Rødtop er en ung knægt, først i tyverne, han kommer fra Thy"
# also by a relative clause: "Der er Snuden, der sidder derovre, han hedder …", "Tyrken, som er fra Randers"
_DESCRIBED_THEN_PRONOUN = re.compile(
    r"[ \t]+(?:er|var)[ \t]+[^.!?\n]{0,60}?,[ \t]+(?:han|hun)[ \t]+"
    r"|,[ \t]+(?:der|som)[ \t]+[^.!?\n]{1,40}?,[ \t]+(?:han|hun)[ \t]+"
    rf"|,[ \t]+(?:der|som)[ \t]+(?:er|var|kommer|kom)[ \t]+fra[ \t]+[{UPPER}]"
    # and in dialect: "Fynboen, ded e ejn fra Svendborg"
    rf"|,[ \t]+(?:det|ded|dæ)[ \t]+(?:er|e|æ)[ \t]+(?:en|ejn|æn)[ \t]+fra[ \t]+[{UPPER}]")
_SAYS = re.compile(r"[ \t]+(?:siger|sagde|synes|syntes|mener|mente)\b")
_WHO_IS = re.compile(r"\b(?:[Hh]vem[ \t]+er|kæreste[ \t]+er|kæreste[ \t]+hedder)[ \t]+$")
# A place or an ordinal before the word makes it no nickname: "på Skolen. Hun …", "Christian den Tiende, han"
_NOT_A_PERSON_BEFORE = re.compile(
    r"\b(?:i|på|ved|til|fra|ad|mod|om|af|under|over|gennem|med|den|det|de)[ \t]+$", re.I)
# part of a longer proper name: "Projekt Udenfor. Han …" (but "Og Kaptajnen siger" opens a sentence)
_NOT_A_PERSON_BEFORE_CASED = re.compile(r"(?P<word>[A-ZÆØÅ][\w-]*)[ \t]+$")
# "Røde Ole", "Skæve Mogens": a street nickname of an adjective before a first name
_ADJECTIVE_NAME = re.compile(
    rf"(?<![\w-])(?P<name>(?P<adj>[{UPPER}][{LOWER}]+e)[ \t]+(?P<first>[{UPPER}][{LOWER}]+))\b")
# forms of address and greetings: "Kære Ole" opens a letter, it names no one new
_NOT_NICKNAME_ADJECTIVES = frozenset(
    "kære søde hej hilsen venlige bedste mange alle hele nye andre samme sidste næste første bare lige "
    "kun også måske ikke".split())
# 'Jytte "Lillemor" Bach', 'Kaj "Kajse" Frandsen': a nickname in quotes between a first name and a surname
_QUOTED_NICKNAME = re.compile(
    rf"(?<![\w-])(?P<first>[{UPPER}][{LOWER}]+)[ \t]+[\"“„](?P<nick>[{UPPER}][\w-]+)[\"”][ \t]+"
    rf"(?P<last>[{UPPER}][{LOWER}]+)\b")
_RELATION_COMMA = re.compile(
    r"\b(?:nabo|naboen|ven|vennen|veninde|veninden|kollega|kollegaen|kæreste|kæresten|bror|søster|søn|datter"
    r"|chef|chefen|makker|kammerat),[ \t]+(?P<name>[a-zæøå]{3,}),")


def detect_name_slots(text: str) -> list[Candidate]:
    """Names by their slot in the sentence (see the module doc)."""
    out = _proper_words(text)
    out += _taken_up_words(text)
    for m in _NICKNAME.finditer(text):
        group = next(g for g in ("name", "name2", "name3") if m.group(g))
        name = m.group(group)
        quoted = group != "name" and text[max(0, m.start(group) - 1):m.start(group)] in ('"', "“", "„")
        if name.casefold() in STOP_WORDS or name.casefold() in NOT_NAMES or (
                is_word(name) and name.capitalize() not in first_name_set() and not quoted):
            continue  # an ordinary word counts only quoted as the nickname: '"Pølle", som de kalder ham'

        out.append(Candidate(m.start(group), m.end(group), name, PERSON, name, DETECTOR, 0.7,
                             "a nickname given as one ('kalder de ham …', 'alle siger …')"))
    firsts = first_name_set()
    for m in _SPELLED.finditer(text):
        word = m.group("name").replace("-", "").capitalize()
        # spelled after it was said ("Emre … E-M-R-E", "Yıldız … Y-I-L-D-I-Z"), or a name any list knows
        if word in firsts or word in text or word.upper() in text or _folded(word) in _folded(text):
            out.append(Candidate(m.start(), m.end(), m.group("name"), PERSON, m.group("name"), DETECTOR, 0.8,
                                 f"a name spelled out letter by letter ('{word}')"))
    for m in _WORD_NAME.finditer(text):
        first, part = m.group("first"), m.group("name").split("-")[0]
        if first in firsts and part not in firsts and is_word(part.casefold()):
            out.append(Candidate(m.start(), m.end(), m.group("name"), PERSON, m.group("name"), DETECTOR, 0.7,
                                 "a nickname of a word and a first name ('Smede-Peter')"))
    for m in _BROKEN_OFF.finditer(text):
        full = m.group("full")
        if full in firsts or not is_word(full.casefold()):
            out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), PERSON, m.group("name"),
                                 DETECTOR, 0.7, f"a name broken off and said again ('{full}')"))
    for m in _NAMED_AFTER.finditer(text):
        name = m.group("name")
        if name.casefold() not in STOP_WORDS and name.casefold() not in NOT_NAMES:
            out.append(Candidate(m.start("name"), m.end("name"), name, PERSON, name, DETECTOR, 0.75,
                                 "a name put first and named by 'hedder' ('Sol hedder hun')"))
    for m in _ELIDED.finditer(text):
        name = m.group("name")
        # an ordinary word ("Trin") only counts mid-sentence, where Danish capitalises no common noun
        if name + "e" in first_name_set() and name not in first_name_set() and not (
                is_word(name.casefold()) and is_sentence_initial(text, m.start())):
            out.append(Candidate(m.start("name"), m.end("name"), name, PERSON, name, DETECTOR, 0.7,
                                 f"a first name with its e dropped ('{name}'' for '{name}e')"))
    for m in _QUOTED_NICKNAME.finditer(text):
        if m.group("first") in firsts:
            for group in ("first", "nick", "last"):
                out.append(Candidate(m.start(group), m.end(group), m.group(group), PERSON, m.group(group),
                                     DETECTOR, 0.75,
                                     "a nickname in quotes inside a full name ('Jytte \"Lillemor\" Bach')"))
    for m in _ADJECTIVE_NAME.finditer(text):
        adj = m.group("adj").casefold()
        # mid-sentence only: a capital at a sentence start says nothing ("Bare Lis. Og så …")
        if m.group("first") in firsts and is_word(adj) and adj not in STOP_WORDS \
                and not is_sentence_initial(text, m.start()) \
                and adj not in _NOT_NICKNAME_ADJECTIVES and m.group("adj") not in firsts:
            out.append(Candidate(m.start("name"), m.end("name"), m.group("name"), PERSON, m.group("name"),
                                 DETECTOR, 0.7,
                                 "a nickname of an adjective before a first name ('Røde Ole')"))
    for rx in (_NICKNAME_INITIALS, _DISLOCATED, _RELATION_COMMA):
        for m in rx.finditer(text):
            name = m.group("name")
            if name.casefold() in STOP_WORDS or name.casefold() in NOT_NAMES:
                continue
            if rx is not _NICKNAME_INITIALS and is_word(name) and name.capitalize() not in first_name_set():
                continue
            out.append(Candidate(m.start("name"), m.end("name"), name, PERSON, name, DETECTOR, 0.7,
                                 "a name by its slot (a nickname, a name taken up by 'han'/'hun', or set off "
                                 "after a relation)"))
    return out


def _folded(text: str) -> str:
    """Without diacritics and in lower case, so "Yıldız" and "YILDIZ" compare ("yildiz")."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.replace("ı", "i"))
                   if not unicodedata.combining(ch)).casefold()


def _proper_words(text: str) -> list[Candidate]:
    mid: dict[str, list[re.Match[str]]] = {}
    for m in _CAPITALISED.finditer(text):
        if not is_sentence_initial(text, m.start()):
            mid.setdefault(m.group("word"), []).append(m)
    out: list[Candidate] = []
    lower_counts: Counter[str] | None = None
    for word, matches in mid.items():
        low = word.casefold()
        if len(matches) < 2 or not is_word(low) or word in first_name_set() or _excluded(low):
            continue
        if not any(_SUBJECT_VERB.match(text, m.end()) for m in matches):
            continue
        if lower_counts is None:
            lower_counts = Counter(re.findall(r"(?<![\w\-])[a-zæøå]+(?![\w\-])", text))
        if lower_counts[low]:
            continue  # "ask" in lower case elsewhere: the writer capitalises it for another reason
        for m in matches:
            out.append(Candidate(m.start(), m.end(), m.group(0), PERSON, word, DETECTOR, 0.65,
                                 "a word capitalised mid-sentence again and again, never in lower case, "
                                 "and the subject of a verb: used as a name"))
    return out


def _taken_up_words(text: str) -> list[Candidate]:
    """Ordinary words used as nicknames ("Kaptajnen", "Perlen", "Bølle"), once something in the text says
    the word is a person (see ``_TAKEN_UP``, ``_WHO_IS``); every capitalised use of it is then a name."""
    proper: set[str] = set()  # capitalised mid-sentence somewhere, where Danish capitalises no common noun
    uses: list[re.Match[str]] = []
    for m in _CAPITALISED.finditer(text):
        word = m.group("word")
        if m.group("poss") or not _nickname_word(word):
            continue
        uses.append(m)
        before = text[max(0, m.start() - 24):m.start()]
        cased = _NOT_A_PERSON_BEFORE_CASED.search(before)
        if not (is_sentence_initial(text, m.start()) or _NOT_A_PERSON_BEFORE.search(before)
                or (cased and cased.group("word").casefold() not in STOP_WORDS)):
            proper.add(word)
    named: set[str] = set()
    for m in uses:
        word = m.group("word")
        if word not in proper or word in named:
            continue
        before = text[max(0, m.start() - 24):m.start()]
        described = _DESCRIBED_THEN_PRONOUN.match(text, m.end())
        if described and _PET_BEFORE.search(described.group()):
            described = None  # "Bamse, som er vores hund, han …"
        said_of_a_person = (_WHO_IS.search(before) or _TAKEN_UP.match(text, m.end())
                            or _SAYS.match(text, m.end()) or described)
        if said_of_a_person and not _PET_BEFORE.search(text, max(0, m.start() - PET_WINDOW), m.start()):
            named.add(word)
    if not named:
        return []
    if re.search(rf"(?<![\w-])(?:{'|'.join(w.casefold() for w in named)})(?![\w-])", text):
        # the same word in lower case too ("en ask i skolegården" beside "Ask"): a word here, not a name
        lower = {w for w in named if re.search(rf"(?<![\w-]){w.casefold()}(?![\w-])", text)}
        named -= lower
    out: list[Candidate] = []
    for m in _CAPITALISED.finditer(text):
        word = m.group("word")
        if word in named:
            out.append(Candidate(m.start(), m.end(), m.group(0), PERSON, word, DETECTOR, 0.7,
                                 "an ordinary word used as a nickname: taken up by 'han'/'hun' or asked "
                                 "about ('Hvem er …?') where it is capitalised mid-sentence"))
    return out


@lru_cache(maxsize=16384)
def _nickname_word(word: str) -> bool:
    low = word.casefold()
    # the cheap set look-ups first: most capitalised words are names or stop words
    return (len(word) >= 3 and low not in STOP_WORDS and low not in KIN_ADDRESS and low not in FILLER_WORDS
            and word not in first_name_set() and low not in NOT_NAMES and is_word(low)
            and not low.endswith(INSTITUTION_HEADS) and low not in public_words()
            and low not in _proper_names())


def _excluded(low: str) -> bool:
    """Words capitalised for other reasons: brands and media, places, organisations, feasts and faiths,
    and definite nouns some transcribers capitalise ("Kommunen", "Jobcentret")."""
    if low in NOT_NAMES or low in public_words() or low in _proper_names():
        return True
    return any(low.endswith(end) and is_word(low[: -len(end)]) for end in _DEFINITE)


@lru_cache(maxsize=1)
def _proper_names() -> frozenset[str]:
    return frozenset(w.casefold() for w in (*towns(), *regions(), *organisations(), *country_set()))
