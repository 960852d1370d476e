"""Contact identifiers said in words, as a transcriber writes down speech:

- a house number in words after a street name: "Gudrunsvej nummer fireoghalvfjerds, tredje sal til
  venstre", "Vestergade syv, anden sal";
- a postcode in words before a town: "otte tusind to hundrede og ti Aarhus V", "otte-tusind Aarhus C";
- a phone or CPR number read in pairs of number words after a cue: "mit nummer er tyve, toogtredive,
  femoghalvfjerds, nul ni", "cpr-nummeret er femten nul tre toogfirs fireogfyrre seksten".

Digits read one by one and birth years in words are in ``contact``; this module reads whole number words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import lru_cache

from qcode.anonymise.candidates import ADDRESS, CPR, PHONE, POSTCODE, Candidate
from qcode.anonymise.detectors.common import is_sentence_initial
from qcode.anonymise.detectors.contact import ADDRESS_REST, STREET_SUFFIXES, for_public_body, valid_cpr
from qcode.anonymise.lexicon import is_word, towns
from qcode.anonymise.numbers import is_number_word, number_value, spoken_value

DETECTOR = "contact"

_WORD = re.compile(r"[^\W\d_]+")
_JOINER = re.compile(r"[ \t]*[,–—-]?[ \t]*")
# "å" is the dialects' "og": "syv å halvfems" (97)
_GLUE = frozenset({"og", "å", "nul", "hundrede", "hundred", "tusind", "tusinde", "streg", "bindestreg"})
_RUN_START = re.compile(
    r"(?i)(?<![\w-])(?:nul|to|tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|tretten|fjorten|femten|seksten"
    r"|sytten|atten|nitten|tyv|tred|fyrre|halvt|halvf|tres|firs|enog|etog|hundred|tusind|sekstyv|syvtyv"
    r"|ottetyv|nityv)[^\W\d_]*")
_NOT_HOUSE = re.compile(
    r"\s*(?:år|kr|kroner|km|kilometer|meter|minutter|timer|gange|gang|procent|stk|dage|uger|måneder"
    r"|mennesker|personer|børn|mand|af\b|ud\b)", re.IGNORECASE)
# "nede ved biblioteket, Willy Sørensens Plads nummer et", "hos Mændenes Hjem, nede på Lille Istedgade nummer
# to": a public building's address, not somebody's home
_PUBLIC_PLACE = re.compile(
    r"\b(?:biblioteket|rådhuset|kirken|hospitalet|sygehuset|stationen|banegården|svømmehallen|hallen"
    r"|herberget|forsorgshjemmet|varmestuen|værestedet|Hjem|Hus|jobcentret|borgerservice|skolen)\b"
    r"(?![^.!?\n]*\b(?:min|mit|mine|hans|hendes|vores|deres|bor|boede)\b)[^.!?\n]*$")
_STREET_END = re.compile(rf"(?i)(?:{STREET_SUFFIXES})$")
_CUE = re.compile(
    r"(?i)\b(?:nummer|nummeret|numre|telefon\w*|mobil\w*|fastnet\w*|tlf\.?|ring\w*|cpr\w*|personnummer\w*)\b")


def detect_spoken_contacts(text: str) -> list[Candidate]:
    """Addresses, postcodes and phone/CPR numbers said in number words (see the module doc)."""
    out: list[Candidate] = []

    def add(start: int, end: int, label: str, reason: str, core: str) -> None:
        out.append(Candidate(start, end, text[start:end], label, core, DETECTOR, 0.9, reason))

    runs = _runs(text)
    ends = _addresses(text, runs, add)
    _postcodes(text, runs, ends, add)
    _pairs(text, runs, add)
    return out


def _runs(text: str) -> list[list[tuple[int, int]]]:
    """Stretches of number words ("tyve, toogtredive, nul ni", "otte tusind to hundrede og ti"), each a
    list of word spans. A run starts at a word the start pattern finds (anything but "en"/"et", which are
    articles far more often) and goes on word by word; a pattern for whole runs tried at every position
    cost ten times more."""
    runs: list[list[tuple[int, int]]] = []
    pos = 0
    for m in _RUN_START.finditer(text):
        if m.start() < pos or not is_number_word(m.group(0).casefold()):
            continue
        run = [(m.start(), m.end())]
        while (gap := _JOINER.match(text, run[-1][1])) and (nxt := _WORD.match(text, gap.end())) \
                and nxt.start() > run[-1][1]:
            word = nxt.group(0).casefold()
            if not (is_number_word(word) or word in _GLUE):
                break
            run.append((nxt.start(), nxt.end()))
        if text[run[-1][0]:run[-1][1]].casefold() in ("og", "å"):
            run.pop()  # "tyve og" + a noun
        pos = run[-1][1]
        runs.append(run)
    return runs


def _numbers(text: str, run: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The numbers of a run, split where a comma or a new number starts: "syv, anden" → one number;
    "otte tusind to hundrede og ti" → one number."""
    parts: list[tuple[int, int]] = []
    for start, end in run:
        if parts and "," not in text[parts[-1][1]:start]:
            parts[-1] = (parts[-1][0], end)
        else:
            parts.append((start, end))
    return parts


def _addresses(text: str, runs: list[list[tuple[int, int]]], add: Callable[..., None]) -> list[int]:
    ends: list[int] = []
    for run in runs:
        start, end = _numbers(text, run)[0]
        value = spoken_value(text[start:end])
        if value is None or not 0 < value < 1000 or text[start:end].casefold() in ("en", "et"):
            continue
        before = text[max(0, start - 60):start]
        words = before.split()
        nummer = bool(words) and words[-1].casefold() in ("nummer", "nr.", "nr")
        street = words[-2] if nummer and len(words) > 1 else (words[-1] if words else "")
        street_start = max(0, start - 60) + before.rfind(street)
        rest = ADDRESS_REST.match(text, end)
        # "Ruten nummer fireogtredive, stuen": a capitalised name, "nummer" and a floor make an address
        # whatever the street is called
        named = street[:1].isupper() and nummer and rest is not None \
            and not is_sentence_initial(text, street_start)
        if not street.isalpha() or not (_STREET_END.search(street) or named) or _NOT_HOUSE.match(text, end):
            continue
        # "på marken to gange": an ordinary word before a number needs "nummer" or a floor after it
        if is_word(street.casefold()) and not (nummer or rest):
            continue
        if for_public_body(text, street_start) or _PUBLIC_PLACE.search(text, max(0, street_start - 50),
                                                                           street_start):
            continue
        stop = rest.end() if rest else end
        # the core names the whole address: a core of one number word ("syv") would be replaced wherever the
        # project says "syv"
        add(street_start, stop, ADDRESS, "street name and a house number said in words",
            f"{text[street_start:start].strip()} {value}")
        ends.append(stop)
    return ends


def _postcodes(text: str, runs: list[list[tuple[int, int]]], ends: list[int],
               add: Callable[..., None]) -> None:
    for run in runs:
        for start, end in _numbers(text, run):
            value = spoken_value(text[start:end])
            digits = _digits(text[start:end])
            if digits and len(digits) == 4 and digits[0] != "0":
                value = int(digits)  # "seks-tre-seks-nul", "syvogtredive-tredive": read in digits or pairs
            if value is None or not 1000 <= value <= 9990:
                continue
            town = _WORD.match(text, end + 1) if text[end:end + 1] in (" ", "\t") else None
            after_address = any(0 <= start - e <= 12 for e in ends)
            if not after_address and (town is None or town.group(0).casefold() not in _town_words()):
                continue
            add(start, end, POSTCODE, "a postcode said in words before a town", str(value))


def _pairs(text: str, runs: list[list[tuple[int, int]]], add: Callable[..., None]) -> None:
    for run in runs:
        if len(run) < 3:
            continue
        start, end = run[0][0], run[-1][1]
        digits = _digits(text[start:end])
        if digits is None:
            continue
        # a cue before it, or a "nul" inside it: no count or list of ages says "nul tre"
        nul = any(text[a:b].casefold() == "nul" for a, b in run)
        if not (nul or _CUE.search(text, max(0, start - 80), start)):
            continue
        core = digits  # the number itself: a core of one number word would be replaced all over the project
        if len(digits) == 10 and valid_cpr(digits[:2], digits[2:4], digits[4:6]):
            add(start, end, CPR, "a CPR number read in number words", core)
        elif len(digits) == 8 and digits[0] not in "01" and not for_public_body(text, start):
            add(start, end, PHONE, "a phone number read in number words", core)


def _digits(spoken: str) -> str | None:
    """"tyve, toogtredive, nul ni" → "203209": each number word as the digits it stands for."""
    digits = ""
    pieces = [p for p in re.split(r"[ \t]*[,–—-]?[ \t]+|[-–—]", spoken.strip()) if p]
    values: list[int | None] = []
    for piece in pieces:
        word = piece.casefold()
        if word in ("og", "å") and values and values[-1] is not None and values[-1] < 10:
            values.append(None)  # "syv og halvfems": the unit waits for its tens
            continue
        if word == "nul":
            values.append(0)
            continue
        if word in ("streg", "bindestreg"):
            continue  # "tooghalvfjerds, streg, et-et-tre-tre": the CPR number's hyphen said aloud
        value = number_value(piece)
        if value is None or value > 99:
            return None
        if values and values[-1] is None:  # "syv og halvfems" → 97
            values.pop()
            unit = values.pop()
            if unit is None or value % 10 or value < 20:
                return None
            value += unit
        values.append(value)
    if any(v is None for v in values):
        return None
    for value in values:
        # "nul seks" is one pair (06); a unit alone after a pair is a digit ("… elleve, nul otte")
        digits += str(value)
    return digits


@lru_cache(maxsize=1)
def _town_words() -> frozenset[str]:
    return frozenset(t.split()[0].casefold() for t in towns())
