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
from qcode.anonymise.detectors.contact import _REST, _SUFFIXES, _for_public_body, _valid_cpr
from qcode.anonymise.lexicon import is_word, towns
from qcode.anonymise.numbers import SPOKEN_NUMBER, number_value, spoken_value

DETECTOR = "contact"

_STREET_WORDS = re.compile(
    rf"(?i)(?<![\w-])(?P<street>[^\W\d_][\w'’-]*?(?:{_SUFFIXES}))[ \t]+"
    rf"(?P<nummer>(?:nummer|nr\.?)[ \t]+)?(?P<number>{SPOKEN_NUMBER})")
_NOT_HOUSE = re.compile(
    r"\s*(?:år|kr|kroner|km|kilometer|meter|minutter|timer|gange|procent|stk|dage|uger|måneder|mennesker"
    r"|personer|børn|mand|af\b|ud\b)", re.IGNORECASE)
_POSTCODE_WORDS = re.compile(rf"(?i)(?P<code>{SPOKEN_NUMBER})[ \t]+(?P<town>[^\W\d_][\w-]*)")
_PAIR = rf"(?:nul[ \t-]+\w+|{SPOKEN_NUMBER})"
_PAIRS = re.compile(rf"(?i)(?<![\w-]){_PAIR}(?:[ \t]*[,-]?[ \t]+{_PAIR}){{2,7}}")
_CUE = re.compile(r"(?i)\b(?:nummer|nummeret|telefon\w*|mobil\w*|tlf\.?|ring\w*|cpr\w*|personnummer\w*)\b")


def detect_spoken_contacts(text: str) -> list[Candidate]:
    """Addresses, postcodes and phone/CPR numbers said in number words (see the module doc)."""
    out: list[Candidate] = []

    def add(start: int, end: int, label: str, reason: str, core: str) -> None:
        out.append(Candidate(start, end, text[start:end], label, core, DETECTOR, 0.9, reason))

    ends = _addresses(text, add)
    _postcodes(text, ends, add)
    _pairs(text, add)
    return out


def _addresses(text: str, add: Callable[..., None]) -> list[int]:
    ends: list[int] = []
    for m in _STREET_WORDS.finditer(text):
        value = spoken_value(m.group("number"))
        if value is None or not 0 < value < 1000 or _NOT_HOUSE.match(text, m.end()):
            continue
        street = m.group("street")
        # "på marken to gange": an ordinary word before a number needs "nummer" or a floor after it
        rest = _REST.match(text, m.end())
        if is_word(street.casefold()) and not (m.group("nummer") or rest):
            continue
        if _for_public_body(text, m.start()):
            continue
        end = rest.end() if rest else m.end()
        add(m.start(), end, ADDRESS, "street name and a house number said in words", m.group("number"))
        ends.append(end)
    return ends


def _postcodes(text: str, ends: list[int], add: Callable[..., None]) -> None:
    for m in _POSTCODE_WORDS.finditer(text):
        value = spoken_value(m.group("code"))
        if value is None or not 1000 <= value <= 9990:
            continue
        town = m.group("town").casefold()
        after_address = any(0 <= m.start() - e <= 12 for e in ends)
        if town not in _town_words() and not after_address:
            continue
        add(m.start("code"), m.end("code"), POSTCODE, "a postcode said in words before a town",
            m.group("code").split()[0])


def _pairs(text: str, add: Callable[..., None]) -> None:
    for m in _PAIRS.finditer(text):
        if not _CUE.search(text, max(0, m.start() - 40), m.start()):
            continue
        digits = _digits(m.group(0))
        if digits is None:
            continue
        first = re.match(r"[\w-]+", m.group(0))
        core = first.group(0) if first else m.group(0)
        if len(digits) == 10 and _valid_cpr(digits[:2], digits[2:4], digits[4:6]):
            add(m.start(), m.end(), CPR, "a CPR number read in number words", core)
        elif len(digits) == 8 and digits[0] not in "01" and not _for_public_body(text, m.start()):
            add(m.start(), m.end(), PHONE, "a phone number read in number words", core)


def _digits(spoken: str) -> str | None:
    """"tyve, toogtredive, nul ni" → "203209": each number word as the digits it stands for."""
    digits = ""
    for piece in re.split(r"[ \t]*[,-]?[ \t]+", spoken.strip()):
        if piece.casefold() == "nul":
            digits += "0"
            continue
        value = number_value(piece)
        if value is None or value > 99:
            return None
        digits += str(value)
    return digits


@lru_cache(maxsize=1)
def _town_words() -> frozenset[str]:
    return frozenset(t.split()[0].casefold() for t in towns())
