"""Danish number words as they are said about ages: "fem", "sytten", "fyrre", "toogtyve", "halvtreds".

Shared by the age detector (to find "jeg er halvtreds") and the pseudonym rules (to generalise it).
"""

from __future__ import annotations

import re

_UNITS = {"en": 1, "et": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
          "ni": 9}
_TEENS = {"ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
          "sytten": 17, "atten": 18, "nitten": 19}
_TENS = {"tyve": 20, "tredive": 30, "tredve": 30, "fyrre": 40, "fyrretyve": 40, "halvtreds": 50,
         "halvtredsindstyve": 50, "tres": 60, "tresindstyve": 60, "halvfjerds": 70, "halvfjerdsindstyve": 70,
         "firs": 80, "firsindstyve": 80, "halvfems": 90, "halvfemsindstyve": 90}


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# Longest first, so "fyrretyve" wins over "fyrre"; "en"/"et" are articles far more often than ages and
# are left out, "to" only counts when "år" follows ("to år" can still be a duration; the rules guard it).
_TENS_WORDS = _alternation(list(_TENS))
AGE_WORD = (
    rf"(?<![\wæøå])(?:(?:{_alternation([u for u in _UNITS if u != 'én'])})og(?:{_TENS_WORDS})"
    rf"|{_TENS_WORDS}|{_alternation(list(_TEENS))}"
    rf"|{_alternation([u for u in _UNITS if u not in ('en', 'et', 'én', 'to')])}|to(?=\s*år\b))(?![\wæøå])"
)
_COMPOUND = re.compile(rf"({_alternation(list(_UNITS))})og({_alternation(list(_TENS))})")


def number_value(word: str) -> int | None:
    """The value of a number written in digits or as a Danish word ("toogtyve" → 22); else None."""
    word = word.strip().casefold()
    if word.isdigit():
        return int(word)
    if word in _UNITS:
        return _UNITS[word]
    if word in _TEENS:
        return _TEENS[word]
    if word in _TENS:
        return _TENS[word]
    compound = _COMPOUND.fullmatch(word)
    if compound:
        return _UNITS[compound.group(1)] + _TENS[compound.group(2)]
    return None
