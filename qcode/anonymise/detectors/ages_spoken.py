"""Ages as people say them and as transcribers list them, beyond the core rules of ``ages``:

- corrections and hesitations: "37 nej 38 år", "19, nej, 20", "58, eller 59", "seksten – nej, femten";
- ages said in English by code-switching speakers: "i was like fifteen", "my mom is fifty-one";
- a named person's age: "malthe er 21", "Den store, Inuk, er tretten", "Den mindste er fire";
- participant lists and titles: "NK = Nivi Kleist, 42 år; M.K. = Maria Kleemann (51)",
  "Samtale med Kim 33 år.m4a", "Sofie-Amalie. Femten år.", "Jeg er Tobias. Syvogtyve.".

Hypothetical and future ages stay ("when i'm thirty", "når jeg bliver 40"): the same guards as ``ages``.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Iterator

from qcode.anonymise.candidates import AGE, Candidate
from qcode.anonymise.detectors.common import LOWER, UPPER
from qcode.anonymise.detectors.english import ENGLISH_NUMBER, english_value
from qcode.anonymise.detectors.public import pet_names
from qcode.anonymise.lexicon import is_first_name, is_word
from qcode.anonymise.numbers import AGE_WORD, number_value

DETECTOR = "ages"
_NUM = rf"(?:\d{{1,3}}|{AGE_WORD})"
_COPULA = r"(?:er|var|ær|æ|wa['’]|blev|bliver|is|was|am|['’]m|må være|skal være)"
# "37 nej 38 år", "19, nej, 20", "58, eller 59", "seksten – nej, femten"
# also across a word and a pause: "Jeg var sytten dengang. Nej, vent – atten"
_ANY_NUM = rf"(?:{_NUM}|{ENGLISH_NUMBER})"
_CORRECTION = re.compile(
    rf"(?i)(?P<first>{_ANY_NUM})(?:\s*år)?(?:\s+(?:dengang|da|der|nu|ikke|vist))?\s*(?:(?:\.\.\.|…|[,.–-])\s*)?"
    # a stage direction between: "Jeg var fyrre. (tænker) Nej, niogtredive."
    r"(?:[(\[][^)\]\n]{1,30}[)\]]\s*)?"
    rf"(?:nej|eller|or|no|(?:[{UPPER}][{LOWER}]+\s+)?retter\s+sig(?:\s+selv)?\s*:|retter\s+(?:sig\s+)?til"
    r"|korrigeret\s*:"
    rf"|(?<=\.\.\.\s)|(?<=…\s))\s*[,.–-]?\s*"
    # "46 eller er det 47", "27, retter til 28"
    # "19 eller noget, nej 20"
    rf"(?:(?:vent|undskyld|altså|øh|hov|rettere|hvad\s+siger\s+jeg|er\s+det|noget|nej)\s*[,.–-]?\s*){{0,2}}"
    rf"(?P<age>(?P<n>{_ANY_NUM})(?:\s*år\b)?)(?![\d,.]\d)")
# "Jeg var tretten der. Fjorten? Nej, tretten": a guess asked and answered right after an age
_GUESS = re.compile(rf"(?i)(?<![\w-])(?P<q>{_NUM})\?\s+(?:nej|ja)\s*[,.]?\s*(?P<age>(?P<n>{_NUM}))(?![\w-])")
_ENGLISH = re.compile(
    rf"(?i)\b(?:{_COPULA}|i['’]m|im|she['’]s|he['’]s|like)\s+"
    r"(?:like\s+|only\s+|just\s+|bare\s+|nu\s+|maybe\s+|about\s+|around\s+|almost\s+)?"
    rf"(?P<age>{ENGLISH_NUMBER})\b"
    r"(?!\s*(?:kroner|kr|dollars|euro|minutes|minutter|years ago|gange|times|procent))")
# "She was 22 and very brave", "Mihaela is 38": digits count only after an English subject and verb
# ("er 22" is no age)
_ENGLISH_DIGITS = re.compile(
    r"(?:\b(?i:she|he|i|you|they)|(?<![\w-])[A-ZÆØÅ][a-zæøåăâîșțşţ]+)\s+(?i:was|is|am|were)\s+"
    r"(?i:only\s+|just\s+|about\s+|almost\s+)?"
    r"(?P<age>\d{1,2})\b(?![.,:]\d|\s*(?:%|kr|dollars|euro|minutes|hours|days|weeks|months|times|o['’]clock"
    r"|am\b|pm\b|percent|kilo|kg|km|\w+ (?:ago|late)))")
_ENGLISH_HYPOTHETICAL = re.compile(
    r"\b(?i:when|if|når|hvis|until|til|before|after|inden|før)\s+(?:(?i:i|you|he|she|we|jeg|du|han|hun)"
    r"|[A-ZÆØÅ][a-zæøå]+)\b"
    r"[^.!?\n]{0,12}$")
_NAME = rf"[{UPPER}{LOWER}][{LOWER}]+(?:-[{UPPER}{LOWER}][{LOWER}]+)?"
# "malthe er 21", "Den store, Inuk, er tretten", "Çağrı er 24"
# also with a nickname set off by dashes and a filler: "Dariia – Dasha – er syv", "Kay er like 17"
_NAMED = re.compile(rf"(?<![\w-])(?P<name>{_NAME})(?:\s*[–—]\s*{_NAME}\s*[–—])?,?\s+"
                    r"(?:er|var|blev|må være)\s+"
                    r"(?:nu\s+|kun\s+|lige\s+|like\s+|knap\s+|næsten\s+)?"
                    rf"(?P<age>(?P<n>{_NUM})(?:\s*år\b)?)(?![\d,.]\d)")
# "Den mindste er fire", "Den ældste, Yahye, er femten", "den lille er to år"
_YOUNGEST = re.compile(
    rf"(?i)\b(?:den|det)\s+(?:mindste|yngste|ældste|store|lille|største|næstældste|næstyngste)"
    rf"(?:\s*,\s*{_NAME}\s*,)?\s+(?:er|var|blev)\s+(?:nu\s+|kun\s+)?(?P<age>(?P<n>{_NUM})(?:\s*år\b)?)(?![\d,.]\d)")
# In a header or title: "Kleist, 42 år", "Kleemann (51)", "Kim 33 år", "Kowalczyk, toogtredive år"
_LISTED = re.compile(
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)(?:\s*,\s*|\s+)(?P<age>(?P<n>{_NUM})\s*år)\b"
    rf"|(?P<name2>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)\s*\((?P<age2>(?P<n2>\d{{1,3}})(?:\s*år)?)\)")
# "Sofie-Amalie. Femten år.", "Jeg er Tobias. Syvogtyve.": a bare age as its own sentence after a name
_AFTER_NAME = re.compile(
    rf"(?P<name>[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)?)\.\s+"
    rf"(?P<age>(?P<n>{AGE_WORD}|\d{{2}})(?:\s+år)?)(?![.,:]\d)(?=\s*[.!]|\s*$)", re.IGNORECASE)
# "Han er to.", "da han var to, kunne han …", "Inuk, han er halvandet": a small child's age said as a
# word that is far more often a count ("to børn", "halvandet år"), so only closing a clause after a
# singular subject
_SMALL_CHILD = re.compile(
    rf"(?<![\w-])(?:(?P<pronoun>[Hh]an|[Hh]un)|(?P<name>{_NAME}))\s+(?:er|var)\s+(?:kun\s+|lige\s+|bare\s+|nu\s+)?"
    r"(?P<age>(?P<n>to|halvandet))(?=[ \t]*[.!;]|[ \t]*,(?![ \t]*(?:tre|\d))|[ \t]*\r?$)", re.MULTILINE)
_PAST = re.compile(r"(?i)\b(?:was|were|var)\s+(?:\w+\s+)?$")
_WHEN_BEFORE = re.compile(r"(?i)\b(?:når|hvis|indtil|til|før|inden|when|if|until)\s+$")
# "Jeg har tre: Maryan, 7, Liibaan, 4, og Najma": names listed with their ages between commas
_NAME_AGE_LIST = re.compile(
    rf"(?<![\w-])(?P<name>{_NAME}),[ \t]+(?P<age>(?P<n>\d{{1,2}}|{AGE_WORD})),"
    rf"(?=[ \t]+(?:og[ \t]+)?(?P<next>{_NAME})\b)")
_NOT_AFTER = re.compile(r"\s*(?:kroner|kr\b|procent|%|gange|timer|minutter|dage|uger|måneder|mennesker|børn|"
                        r"meter|"
                        r"km\b|kilo|grader|"
                        r"personer|mand\b|job|år\s+siden|til\s+(?:sommer|jul|vinter|foråret|efteråret))")
HEADER_LINES = 20


def detect_spoken_ages(text: str, names: Collection[str] = ()) -> list[Candidate]:
    """Ages said in corrections, in English, after a name or a child word, and in header lists."""
    out: list[Candidate] = []
    lowered = {n.casefold() for n in names}

    def is_name(word: str) -> bool:
        return word.casefold() in lowered or is_first_name(word)

    def add(m: re.Match[str], group: str, reason: str, core: str | None = None) -> None:
        value = core or m.group(group)
        number = number_value(re.sub(r"\s*år$", "", value)) or english_value(value)
        if number is None or not 0 < number <= 110 or _NOT_AFTER.match(text, m.end(group)):
            return
        out.append(Candidate(m.start(group), m.end(group), m.group(group), AGE, str(number), DETECTOR, 0.85,
                             reason))

    for m in _near(_CORRECTION, text, _CORRECTION_WORD, 60, 80):
        # only when the first number is itself an age the core rules or this module take
        if _said_as_age(text, m.start("first")):
            add(m, "age", "an age corrected ('… nej …')", core=m.group("n"))
    for m in _near(_GUESS, text, _QUESTION_MARK, 25, 50):
        if _AN_AGE_BEFORE.search(text, max(0, m.start() - 50), m.start()):
            add(m, "q", "an age guessed and corrected ('Fjorten? Nej, tretten')")
            add(m, "age", "an age guessed and corrected ('Fjorten? Nej, tretten')")
    for m in [*_ENGLISH.finditer(text), *_ENGLISH_DIGITS.finditer(text)]:
        # "when she was sixty-six" is a past age; "when I'm thirty" is still to come
        past = _PAST.search(text[max(0, m.start("age") - 20):m.start("age")])
        if past or not _ENGLISH_HYPOTHETICAL.search(text, max(0, m.start() - 30), m.start("age")):
            add(m, "age", "an age said in English")
    for m in _PARALLEL.finditer(text):
        # "Elvis er fire, Samanta er to": the second of two parallel ages ("to" too) of a name no list knows
        name = m.group("name")
        if (is_name(name) or not is_word(name)) and _said_as_age(text, m.start("first")):
            add(m, "age", "the second of two ages said side by side", core=m.group("n"))
    for t in _SUBJECT_VERB.finditer(text):  # "jeg var", "de er": only there can "N og M" be two ages
        # "de er selv 81 og 79", "jeg var vel ni og ti": one word may come between
        joined = _AND_AGE.match(text, t.end()) or _AND_AGE.match(text, _skip_word(text, t.end()))
        if joined and _said_as_age(text, joined.start("first")):
            add(joined, "age", "a second age joined by 'og'", core=joined.group("n"))
    for m in _NAMED.finditer(text):
        # "Hvis det slutter, når Sofiia er atten": an age still to come
        if is_name(m.group("name")) and not _WHEN_BEFORE.search(text, max(0, m.start() - 12), m.start()) \
                and m.group("name") not in pet_names(text):  # "hunden, Tasso … Tasso er tretten år"
            add(m, "age", f"the age of '{m.group('name')}'", core=m.group("n"))
    for m in _SMALL_CHILD.finditer(text):
        name = m.group("name")
        if (m.group("pronoun") or (is_name(name) and name not in pet_names(text))) \
                and not _WHEN_BEFORE.search(text, max(0, m.start() - 12), m.start()):
            add(m, "age", "a small child's age in a word ('han er to')",
                core="1" if m.group("n") == "halvandet" else None)
    for m in _NAME_AGE_LIST.finditer(text):
        if is_name(m.group("name")) and (is_name(m.group("next")) or not is_word(m.group("next"))):
            add(m, "age", f"an age in a list of names ('{m.group('name')}, {m.group('n')}, …')",
                core=m.group("n"))
    for m in _YOUNGEST.finditer(text):
        add(m, "age", "the age of a child ('den mindste er …')", core=m.group("n"))
    header_end = _offset_of_line(text, HEADER_LINES)
    for m in _LISTED.finditer(text, 0, header_end):
        group, name = ("age", m.group("name")) if m.group("age") else ("age2", m.group("name2"))
        if is_name(name) or not is_word(name):  # "Snart to år" is a duration
            add(m, group, f"an age beside the name '{name}' in the header")
    for m in _AFTER_NAME.finditer(text):
        if is_name(m.group("name")):
            add(m, "age", f"a bare age after the name '{m.group('name')}'", core=m.group("n"))
    return out


# "da jeg var ni og ti", "de er fire og seks": a second number joined to an age
_AND_AGE = re.compile(
    rf"(?i)(?<![\w-])(?P<first>{_NUM})(?:\s*år)?\s+og\s+(?P<age>(?P<n>{_NUM})(?:\s*år\b)?)(?![\w-])")
_PARALLEL = re.compile(
    rf"(?<![\w-])[{UPPER}][{LOWER}]+\s+(?:er|var)\s+(?P<first>{_NUM})(?:\s*år)?\s*[,;]\s*(?:og\s+)?"
    rf"(?P<name>[{UPPER}][{LOWER}]+)\s+(?:er|var)\s+(?P<age>(?P<n>to|{_NUM})(?:\s*år\b)?)(?![\w-]|[,.]\d)")
# who the numbers are said of: a person ("jeg var", "de er" after names, "han er"), not things
_SUBJECT_VERB = re.compile(r"(?i)\b(?:jeg|a|han|hun|du|de|vi)\s+(?:\w+\s+)?(?:er|var|æ|blev)\s+")
_ONE_WORD = re.compile(r"[^\W\d_]+\s+")


def _skip_word(text: str, pos: int) -> int:
    """Past one word after the verb ("jeg var vel ni og ti", "de er selv 81 og 79")."""
    m = _ONE_WORD.match(text, pos)
    return m.end() if m else pos
_AN_AGE_BEFORE = re.compile(rf"(?i)\b(?:{_COPULA}|fyldt|fylder)\s+(?:\w+\s+)?{_NUM}\b")


# "Klokken var ti, nej elleve": a time, not an age
_TIME_SUBJECT = re.compile(
    r"(?i)\b(?:klokken|kl\.?|tiden|bussen|toget|prisen|den|det)\s+(?:er|var|blev)\s*(?:\w+\s+)?$")


_CORRECTION_WORD = re.compile(r"(?i)\b(?:nej|eller|or|no|retter\s+sig|retter\s+til|korrigeret)\b|\.\.\.|…")
_QUESTION_MARK = re.compile(r"\?")


def _near(rx: re.Pattern[str], text: str, trigger: re.Pattern[str], before: int,
          after: int) -> Iterator[re.Match[str]]:
    """The matches of ``rx`` around each match of ``trigger``, each once: trying a pattern that opens with
    every number word at every position of a long text cost more than all the other age rules."""
    seen = -1
    for t in trigger.finditer(text):
        start = max(seen + 1, t.start() - before)
        for m in rx.finditer(text, start, min(len(text), t.end() + after)):
            if m.start() > seen and m.start() <= t.start() <= m.end():
                seen = m.start()
                yield m


def _said_as_age(text: str, pos: int) -> bool:
    before = text[max(0, pos - 40):pos]
    if _TIME_SUBJECT.search(before):
        return False
    if re.search(rf"(?i)(?:\b{_COPULA}|\b(?:fyldt|fylder)|,)\s*(?:\w+\s+){{0,2}}$", before):
        return True
    # the answer to "Hvor gammel er du?" a turn or two before
    return re.search(r"(?i)\bhvor\s+gammel\b", text[max(0, pos - 150):pos]) is not None


def _offset_of_line(text: str, lines: int) -> int:
    pos = 0
    for _ in range(lines):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos
