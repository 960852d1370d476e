"""First names and full names from the Danish name lists, with the homograph rule.

A capitalised word in the first-name list is a name. If the name is also an ordinary Danish word
("Per", "Line", "Bo", "Tom") it is taken only in name position: not at the start of a sentence, or
there only before a verb ("Per kom"), a comma ("Lotte, jeg …") or a surname. A surname alone is not
taken ("hr. og fru Jensen" is an idiom); any capitalised word after a first name extends it to a
full name ("Kjeld Christensen", "Henrik S. Nissen"), and initials before a surname are a name
("H.C. Andersen"). A capitalised word after a relation noun or "hedder" ("min veninde Lien") is taken
as a name even when no list knows it.
"""

from __future__ import annotations

import re

from spacy.lang.da.stop_words import STOP_WORDS

from qcode.anonymise.candidates import PERSON, Candidate
from qcode.anonymise.detectors.common import (
    GLUED_PARTICLE,
    KIN_ADDRESS,
    LOWER,
    NAME_WORD,
    NAMED_AFTER_HEADS,
    UPPER,
    is_sentence_initial,
)
from qcode.anonymise.detectors.english import INTERJECTIONS
from qcode.anonymise.lexicon import first_name_set, homograph_set, is_word, surname_set

DETECTOR = "lexicon"

_TOKEN = re.compile(rf"(?<![\w-])(?P<name>{NAME_WORD})(?P<poss>s(?![\w])|['’](?![\w]))?(?![\w])")
_RELATIONS = (
    "veninde|veninden|ven|vennen|kammerat|kammeraten|kæreste|kæresten|søster|søsteren|bror|broren|"
    "lillebror|storebror|lillesøster|storesøster|mor|moren|far|faren|søn|sønnen|datter|datteren|"
    "kollega|kollegaen|mand|manden|kone|konen|nabo|naboen|onkel|tante|fætter|kusine|eks|ekskæreste|"
    "svigerinde|svoger|svigermor|svigerfar|farmor|farfar|mormor|morfar|barnebarn|pædagog|pædagogen|"
    "kontaktperson|sagsbehandler|sagsbehandleren|mentor|psykolog|læge|hedder|hed|kaldet|kaldes|"
    "sælger|sælgeren|makker|makkeren|bekendt|medbeboer|bofælle|værelseskammerat|chef|chefen|mester|"
    "præst|præsten|bostøtte|bostøtten|støttekontaktperson|misbrugskonsulent|jobkonsulent|rådgiver|"
    "socialrådgiver|terapeut|sygeplejerske|hjemmehjælper|hjemmehjælperen|lærer|læreren|underviser|"
    "doktor|dr\\.|pastor|professor|overlæge|familien|dreng|drengen|pige|pigen|knægt|knægten|baby|babyen"
    # religious titles: "Imamen, sheikh Abdelkarim", "imam Yusuf"
    "|imam|imamen|sheikh|sheik|shaykh|hodja|præst|rabbiner"
    "|kalder mig|kalder ham|kalder hende|kaldte mig|kaldte ham|kaldte hende|kalde mig"
    # a nickname: "men alle siger Bamse", "vi kaldte Marwan for \"Doktoren\""
    "|alle siger|vi siger|de siger|folk siger|alle kalder mig|alle kalder ham|alle kalder hende"
    "|kald(?:e|er|te)[ \t]+[A-ZÆØÅ][a-zæøå]+[ \t]+for"
    # a nickname in quotes: 'Oskar kaldte Dorte "Dodde-mormor"'
    "|kald(?:e|er|te)[ \t]+[A-ZÆØÅ][a-zæøå]+(?=[ \t]+[\"“„»])"
    # code-switching speakers: "my son, Jhun-Jhun", "my auntie Nenita"
    "|(?:[Ww]e |they |people )?called (?:her|him|me)"
    "|[Mm]y (?:son|daughter|auntie|aunt|uncle|friend|wife|husband|brother|sister|mother|father|mom|mum|dad"
    "|cousin|grandma|grandmother|grandpa|grandfather|boyfriend|girlfriend|neighbou?r|boss|cousin)"
)
# "hun hedder egentlig Siriporn", "min datter, Nok.": an adverb may come between; a name set off by commas
# after the relation is a name even when it is also a function word
_AFTER_RELATION = re.compile(
    rf"\b(?:{_RELATIONS}|Dr\.|Doktor|Pastor|Professor|Overlæge|Lærer|Pædagog|Præst|Sygeplejerske|Læge"
    rf"|Familien|kalder sig|kaldte sig|kaldt)"
    rf"(?P<comma>,)?[ \t]+"
    rf"(?:(?:egentlig|faktisk|officielt|rigtigt|bare)[ \t]+)?[\"“»']?"
    rf"(?P<name>{GLUED_PARTICLE}[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w])"
)
# "Og så var der Sol, min ekskæreste.": a name set off before a relation said of it
_BEFORE_RELATION = re.compile(
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?),[ \t]+"
    rf"(?:min|mit|mine|hans|hendes|vores|deres|din)[ \t]+(?:{_RELATIONS})\b")
# "min mor er Moffe", "hans kæreste er Tine": a relation said to be someone by name
_RELATION_IS = re.compile(
    rf"\b(?i:min|mit|hans|hendes|vores|deres|din)[ \t]+(?:{_RELATIONS})[ \t]+(?:er|var)[ \t]+"
    rf"(?P<name>{GLUED_PARTICLE}[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?![\w])")
# "Bamse egentlig hedder Jonas": the word before is a nickname of the same person
_NICKNAME_OF = re.compile(
    rf"(?P<name>[{UPPER}][{LOWER}]+)[ \t]+(?:egentlig|faktisk|rigtigt)[ \t]+hedder[ \t]+[{UPPER}][{LOWER}]+")
# "Det var Bulder, altså Søren Lauridsen", "Mulle. Michael Vinter hedder han": a word explained by the
# full name of whom it stands for
# also a pet form said before the full name: "Og så er der mig. Flemse. Flemming Aagaard."
_EXPLAINED_BY_NAME = re.compile(
    rf"(?P<name>[{UPPER}][{LOWER}]+)(?:,[ \t]+(?:altså|dvs\.?|det[ \t]+vil[ \t]+sige)[ \t]+"
    rf"(?P<first>[{UPPER}][{LOWER}]+)"
    rf"[ \t]+[{UPPER}][{LOWER}]+"
    rf"|\.[ \t]+(?P<first3>[{UPPER}][{LOWER}]+)[ \t]+[{UPPER}][{LOWER}]+[.,]"
    # "Der var også Polakken – Tomasz, tror jeg": a nickname and the first name behind it
    rf"|[ \t]+[–—][ \t]+(?P<first4>[{UPPER}][{LOWER}]+)(?=[ \t]*[,.–—])"
    rf"|\.[ \t]+(?P<first2>[{UPPER}][{LOWER}]+)[ \t]+[{UPPER}][{LOWER}]+[ \t]+hedder[ \t]+(?:han|hun)\b)")
# "så ringer Svenne fra fiskeauktionen": a word no dictionary knows as the subject after its verb
_INVERTED_SUBJECT = re.compile(
    r"\b(?:så|da|nu|og|men|tit|altid|nogle[ \t]+gange)[ \t]+(?:ringer|ringede|kommer|kom|siger|sagde|spurgte"
    rf"|skriver|skrev|råber|råbte)[ \t]+(?P<name>[{UPPER}][{LOWER}]+)"
    r"(?=[ \t]+(?:fra|og|med|ind|over|forbi)\b|[,.!?])")
_NAME_CALLS = re.compile(rf"kald\w*[ \t]+[{UPPER}]")
# "Min mor opdagede det. Helle. Hun er sygeplejerske": a name said as a sentence of its own and taken up
_ALONE_THEN_PRONOUN = re.compile(r"\.[ \t]+(?:Han|Hun|Ham|Hende)\b")
_APPOSITION_GOES_ON = re.compile(r"[ \t]*(?:,|(?:fra|som|der|fra|på|i|og)\b)")
_POSTAL_DISTRICT = re.compile(rf"\b\d{{4}}[ \t]+[{UPPER}][{LOWER}]+[ \t]+$")
_APPOSITION_END = re.compile(r"[ \t]*(?:[.,;!?)]|$)", re.MULTILINE)
_INITIALS = re.compile(rf"(?<![\w.])(?:[{UPPER}]\.[ ]?){{1,3}}(?P<last>[{UPPER}][{LOWER}]+)(?![\w])")
# Between the parts of a full name: a space, perhaps middle initials ("Henrik S. Nissen").
_GAP = re.compile(r" (?:[A-ZÆØÅ]\. ?)*")
# Verbs that follow a subject: a homograph at the start of a sentence followed by one is a name.
_SUBJECT_VERB = re.compile(
    r"\s+(?:er|var|har|havde|kom|kommer|sagde|siger|bor|boede|blev|bliver|gik|går|kan|kunne|skal|skulle|vil"
    r"|ville|fik|får|ringede|ringer|tog|tager|synes|syntes|mente|sidder|sad|spurgte|spørger|hedder|døde"
    r"|fortalte|fortæller|arbejder|arbejdede|plejer|plejede|hjalp|hjælper|(?:og|and)\s+[A-ZÆØÅ][a-zæøå]+"
    # code-switching speakers: "Lotte is like mother for me"
    r"|is|was|has|had|says|said|helps|helped|lives|lived)\b"
    r"|\s*,\s+(?:jeg|du|han|hun|vi|kan|vil|skal|har|er|hvad|hvor|hvordan|kom|hør|se)\b"
)


# A first name said alone as the first words of a turn: "Deltager 2: Arne. Niogfirs …", "Per. Han bor i
# Sverige" (the answer to "what is your name" or "and your father?"), however common the word.
_ANSWER = re.compile(
    rf"[ \t]*(?:[^\n:]{{1,30}}:[ \t]+)?(?P<word>[{UPPER}][{LOWER}]+)\.(?:[ \t]|$)", re.MULTILINE)


def _is_answer(text: str, pos: int) -> bool:
    answer = _ANSWER.match(text, text.rfind("\n", 0, pos) + 1)
    return answer is not None and answer.start("word") == pos


def _title(word: str) -> str:
    return "-".join(p[:1].upper() + p[1:].lower() for p in word.split("-"))


def _is_first(word: str, firsts: frozenset[str]) -> bool:
    title = _title(word)
    return title in firsts or ("-" in title and all(p in firsts for p in title.split("-")))


def detect_names(text: str) -> list[Candidate]:
    """Names from the lists, in name position; full names run on over following surnames."""
    firsts, surnames, homographs = first_name_set(), surname_set(), homograph_set()
    out: list[Candidate] = []
    matches = list(_TOKEN.finditer(text))
    skip_until = -1
    for i, m in enumerate(matches):
        if m.start() < skip_until:
            continue
        word = m.group("name")
        upper = word.isupper()
        if upper and len(word) < 3:
            continue  # "IP", "OK", "TV"
        if not _is_first(word, firsts):
            # "Lines", "Mettes": the genitive s is glued to the name
            if not (word.endswith("s") and len(word) > 3 and _is_first(word[:-1], firsts)):
                continue
            word = word[:-1]
        initial = is_sentence_initial(text, m.start())
        # a following surname (or second first name) makes a full name and settles any doubt
        end = m.end()
        core_end = m.start() + len(word)
        j = i + 1
        while j < len(matches) and not m.group("poss"):
            nxt = matches[j]
            nxt_word = nxt.group("name")
            # "Henrik S. Nissen", "Victor Borge": a capitalised word right after a first name is a
            # surname in Danish, whatever list knows it
            gap = _GAP.fullmatch(text, end, nxt.start())
            if not gap or nxt_word.casefold() in STOP_WORDS or nxt_word.isupper() != upper \
                    or (nxt_word in NAMED_AFTER_HEADS and text[nxt.start() - 2] == "s"):
                break  # "Ingrids Hospital", "Louises Bro": a place named after the person
            if "." not in gap.group(0) and is_sentence_initial(text, nxt.start()):
                break
            end, core_end = nxt.end(), nxt.end("name")
            if not nxt.group("poss") and nxt_word.endswith("s") and nxt_word[:-1] in surnames:
                core_end -= 1  # "Jens Madsens udvisning"
            j += 1
            if nxt.group("poss") or core_end < end:
                break
        full = j > i + 1
        if word.casefold() in homographs and not full:
            # at a sentence start "Per dag" is the preposition, "Per kom" the name
            named_here = (_SUBJECT_VERB.match(text, m.end()) or _is_answer(text, m.start())
                          or _ALONE_THEN_PRONOUN.match(text, m.end()))
            if upper or (initial and not named_here):
                continue
        skip_until = end
        poss = text[core_end:end]
        if poss and poss in "'’" and text[core_end - 1] not in "sxz":
            end = core_end
        score = 0.9 if not initial else 0.75
        out.append(Candidate(m.start(), end, text[m.start():end], PERSON, text[m.start():core_end],
                             DETECTOR, score))
    for m in _INITIALS.finditer(text):
        # "H.C. Andersen", "K. Jensen": initials before a surname or a word no dictionary knows
        last = m.group("last")
        if _POSTAL_DISTRICT.search(text, max(0, m.start() - 40), m.start()):
            continue  # "2300 København S. Bank på": the postal district's letter, not an initial
        if last in surnames or not is_word(last):
            out.append(Candidate(m.start(), m.end(), m.group(0), PERSON, m.group(0), DETECTOR, 0.8))
    for m in _AFTER_RELATION.finditer(text):
        name = m.group("name")
        if name.casefold() in STOP_WORDS and not (m.group("comma") and _APPOSITION_END.match(text, m.end())):
            continue
        if name.casefold() in KIN_ADDRESS and _NAME_CALLS.match(m.group(0)):
            continue  # 'dem kalder Mathilde "Bedste"': a child's word for a grandparent, not a nickname
        out.append(Candidate(m.start("name"), m.end("name"), name, PERSON, name, "context", 0.7))
    for m in _BEFORE_RELATION.finditer(text):
        name = m.group("name")
        # at a sentence start a word ("Godt, min ven.") unless it is no word, a first name, or the sentence
        # goes on about the person ("Basse, min ven fra skolen, hans forældre …")
        initial = is_sentence_initial(text, m.start()) and is_word(name) and name not in first_name_set() \
            and (name.casefold() in INTERJECTIONS or len(name) < 4
                 or not _APPOSITION_GOES_ON.match(text, m.end()))
        if name.casefold() not in STOP_WORDS and not initial:
            out.append(Candidate(m.start("name"), m.end("name"), name, PERSON, name, "context", 0.7))
    for m in _RELATION_IS.finditer(text):
        name = m.group("name")
        if name.casefold() not in STOP_WORDS and not is_word(name.casefold()) or name in first_name_set():
            out.append(Candidate(m.start("name"), m.end("name"), name, PERSON, name, "context", 0.7))
    for m in _NICKNAME_OF.finditer(text):
        name = m.group("name")
        if name.casefold() not in STOP_WORDS:
            out.append(Candidate(m.start("name"), m.end("name"), name, PERSON, name, "context", 0.7))
    for m in _EXPLAINED_BY_NAME.finditer(text):
        name = m.group("name")
        first = m.group("first") or m.group("first2") or m.group("first3") or m.group("first4")
        if m.group("first4") and (name in first_name_set() or is_sentence_initial(text, m.start("name"))):
            continue  # a nickname mid-sentence ("også Polakken – Tomasz"); "Anne – Tomasz" lists two
        if m.group("first3") and (first[:3] != name[:3] or name == first):
            continue  # a pet form shares the name's beginning ("Flemse" of "Flemming")
        known = first in first_name_set() or (m.group("first4") is not None and not is_word(first))
        if known and name.casefold() not in STOP_WORDS:
            out.append(Candidate(m.start("name"), m.end("name"), name, PERSON, name, "context", 0.7,
                                 "a nickname explained by a full name ('Bulder, altså Søren Lauridsen')"))
    for m in _INVERTED_SUBJECT.finditer(text):
        name = m.group("name")
        if not is_word(name.casefold()) and name.casefold() not in STOP_WORDS:
            out.append(Candidate(m.start("name"), m.end("name"), name, PERSON, name, "context", 0.7,
                                 "a word no dictionary knows as the subject after its verb ('så ringer …')"))
    return out
