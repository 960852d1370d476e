"""The leak check's own net for contact identifiers, independent of detection: a CPR number or an
e-mail address in an export blocks it, a Danish phone number is a warning (eight digits can also be an
amount). Detection replaces these where it finds them; this catches what it missed. No Qt, no SQL.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from datetime import date

CONTACT = "CONTACT"

_CPR = re.compile(r"(?<![\d-])(\d{2})(\d{2})(\d{2})[-\s]?(\d{4})(?![\d-])")
_EMAIL = re.compile(r"(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\d+])(?:(?:\+|00)45[\s-]?)?\d{2}[\s-]?\d{2}[\s-]?\d{2}[\s-]?\d{2}(?![\d])")
# A number read out digit by digit, as speech-to-text writes it: "to seks fire fire nul syv tre et"
_DIGIT = r"(?:nul|en|et|én|to|tre|fire|fem|seks|syv|otte|ni|\d)"
_SPOKEN = re.compile(rf"(?i)(?<![\w-]){_DIGIT}(?:[ \t,]+{_DIGIT}){{7,11}}(?![\w-])")


# An hour read out is no age: "klokken halv ni", "kvart over ni", "ti minutter i ni", "i går kl. 9",
# "ni om morgenen". A recorded age written as a bare number word ("ni") matches those words.
_CLOCK_BEFORE = re.compile(r"(?i)(?:\bklokken|\bkl\.?|\bhalv|\bkvart\s+(?:over|i|på)|"
                           r"\b(?:minutter|min\.?|\d{1,2}|fem|ti|tyve)\s+(?:over|i|på))\s*$")
_CLOCK_AFTER = re.compile(r"(?i)(?:[.:]\d{2}\b|\s+(?:om\s+(?:morgenen|formiddagen|eftermiddagen|aftenen"
                          r"|natten)|i\s+(?:morges|aftes)))")
_AGE_WORD = re.compile(r"(?i)år|aar")


def clock_time(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a number) is an hour: the words before or after it tell a time of day.
    A hit with "år" in it ("ni år", "9-årig") is an age wherever it stands."""
    if _AGE_WORD.search(text, start, end):
        return False
    return bool(_CLOCK_BEFORE.search(text[max(0, start - 24):start]) or _CLOCK_AFTER.match(text, end))


def _is_date(day: str, month: str, year: str) -> bool:
    try:
        date(2000 + int(year) if int(year) < 100 else int(year), int(month), int(day))
    except ValueError:
        return False
    return True


def contact_identifiers(text: str) -> Iterator[tuple[int, int, bool]]:
    """(start, end, blocking) of every CPR number and e-mail address (blocking) and Danish phone number
    or number read out digit by digit (a warning) in ``text``."""
    cpr_at = set()
    for m in _CPR.finditer(text):
        if _is_date(m.group(1), m.group(2), m.group(3)):
            cpr_at.add(m.start())
            yield m.start(), m.end(), True
    for m in _EMAIL.finditer(text):
        yield m.start(), m.end(), True
    for m in _PHONE.finditer(text):
        if m.start() not in cpr_at:
            yield m.start(), m.end(), False
    for m in _SPOKEN.finditer(text):
        yield m.start(), m.end(), False
