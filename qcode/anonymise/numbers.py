"""Danish number words as they are said about ages: "fem", "sytten", "fyrre", "toogtyve", "halvtreds".

Shared by the age detector (to find "jeg er halvtreds") and the pseudonym rules (to generalise it).
"""

from __future__ import annotations

import re
from functools import lru_cache

_UNITS = {"en": 1, "et": 1, "én": 1, "to": 2, "tre": 3, "fire": 4, "fem": 5, "seks": 6, "syv": 7, "otte": 8,
          "ni": 9}
_TEENS = {"ti": 10, "elleve": 11, "tolv": 12, "tretten": 13, "fjorten": 14, "femten": 15, "seksten": 16,
          "sytten": 17, "atten": 18, "nitten": 19}
_TENS = {"tyve": 20, "tredive": 30, "tredve": 30, "fyrre": 40, "fyrretyve": 40, "halvtreds": 50,
         "halvtredsindstyve": 50, "tres": 60, "tresindstyve": 60, "halvfjerds": 70, "halvfjerdsindstyve": 70,
         "firs": 80, "firsindstyve": 80, "halvfems": 90, "halvfemsindstyve": 90,
         # the old and dialect count by twenties' neighbours, still heard from the elderly and in Jutland
         "sekstyve": 60, "syvtyve": 70, "ottetyve": 80, "nityve": 90}


def _spoken_variants(word: str) -> list[str]:
    """A word as transcribers write it from speech: the final e dropped ("tyv'", "fyrretyv'") and
    the Jutland w for v ("sekstyw'")."""
    forms = [word]
    if word.endswith("e"):
        forms += [word[:-1] + "'", word[:-1] + "’"]
    if "tyv" in word:
        forms += [f.replace("tyv", "tyw") for f in forms]
    return forms


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# Longest first, so "fyrretyve" wins over "fyrre"; "en"/"et" are articles far more often than ages and
# are left out, "to" only counts when "år" follows ("to år" can still be a duration; the rules guard it).
_TENS_WORDS = _alternation([f for word in _TENS for f in _spoken_variants(word)])
AGE_WORD = (
    # also spaced, as the old and dialect speakers are transcribed: "to og halvfems", "syv å tres"
    # or hyphenated: "ni-å-halvfjerds"
    rf"(?<![\wæøå])(?:(?:{_alternation([u for u in _UNITS if u != 'én'])})"
    r"(?:og|[ \t]+(?:og|å)[ \t]+|-(?:og|å)-)"
    rf"(?:{_TENS_WORDS})"
    # the tens first, as some speakers and writers put it: "fyrreogfem"
    rf"|(?:{_TENS_WORDS})og(?:{_alternation([u for u in _UNITS if u not in ('en', 'et', 'én')])})"
    rf"|{_TENS_WORDS}|{_alternation(list(_TEENS))}"
    rf"|{_alternation([u for u in _UNITS if u not in ('en', 'et', 'én', 'to')])}|to(?=\s*år\b)"
    # a toddler's age: "min datter er halvandet", "han er halvandet år"
    r"|halvandet(?=\s*år\b|[ \t]*[.,;!?]|[ \t]*$))(?![\wæøå])"
)
_COMPOUND = re.compile(rf"({_alternation(list(_UNITS))})og({_alternation(list(_TENS))})")
_REVERSED = re.compile(rf"({_alternation(list(_TENS))})og({_alternation(list(_UNITS))})")


def _standard(word: str) -> str:
    """"Sekstyw'" → "sekstyve": the written form of a number word spelt as spoken."""
    word = re.sub(r"[ \t]+(?:og|å)[ \t]+|-(?:og|å)-", "og", word.strip().casefold().replace("’", "'"))
    if word.endswith("'"):
        word = word[:-1] + "e"
    word = word.replace("tyw", "tyv")
    return word + "e" if word.endswith("tyv") else word


def number_value(word: str) -> int | None:
    """The value of a number written in digits or as a Danish word ("toogtyve" → 22); else None."""
    word = _standard(word)
    if word.isdigit():
        return int(word)
    if word in _UNITS:
        return _UNITS[word]
    if word == "halvandet":
        return 1  # one and a half: the age a reader sees is "1"
    if word in _TEENS:
        return _TEENS[word]
    if word in _TENS:
        return _TENS[word]
    compound = _COMPOUND.fullmatch(word)
    if compound:
        return _UNITS[compound.group(1)] + _TENS[compound.group(2)]
    reversed_ = _REVERSED.fullmatch(word)
    if reversed_:
        return _TENS[reversed_.group(1)] + _UNITS[reversed_.group(2)]
    return None


# A number said in several words: "nitten hundrede og otteogfirs" (1988), "otte tusind to hundrede og ti"
# (8210), "nittenhundredeogtres". Hundreds and thousands only come after a unit or a teen.
_SIMPLE = _alternation([f for w in (*_UNITS, *_TEENS, *_TENS) for f in _spoken_variants(w)] + ["hundred"])
_ONE_WORD = (rf"(?:(?:{_alternation(list(_UNITS))})og(?:{_TENS_WORDS})|{_SIMPLE})")
_SCALE = r"(?:hundrede|hundred|tusinde|tusind)"
SPOKEN_NUMBER = (
    rf"(?<![\wæøå])(?:{_ONE_WORD})(?:[ -]?(?:og[ -]?)?(?:{_SCALE}|{_ONE_WORD}))*(?![\wæøå])"
)
_PIECE = re.compile(rf"{_SCALE}|{_ONE_WORD}|og", re.IGNORECASE)
_SPOKEN_WORD = re.compile(SPOKEN_NUMBER, re.IGNORECASE)


@lru_cache(maxsize=4096)
def is_number_word(word: str) -> bool:
    """One word that is a number said in words ("syv", "fireoghalvfjerds", "nittenhundredeogtres")."""
    return _SPOKEN_WORD.fullmatch(word) is not None


def spoken_value(words: str) -> int | None:
    """The value of a number said in words ("nitten hundrede og otteogfirs" → 1988), else None."""
    total = current = 0
    seen = False
    for piece in _PIECE.findall(words.casefold()):
        if piece == "og":
            continue
        if piece.startswith("hundred"):
            current = (current or 1) * 100
        elif piece.startswith("tusind"):
            total += (current or 1) * 1000
            current = 0
        else:
            value = number_value(piece)
            if value is None:
                return None
            current += value
        seen = True
    return total + current if seen else None


# A text with neither a digit nor a number word holds no age, and the age rules (some fifty passes over the
# text) need not run: most quoted passages have no number at all. Number words here: those of AGE_WORD,
# also glued to "-årig" or a decade's "-erne"/"-ere" ("otteårig", "halvtredserne"), "en"/"et"/"to" before
# "år", the dialects' "-tyw'" forms and English number words.
_MAY_HOLD_NUMBER = re.compile(
    rf"\d|½|{AGE_WORD}"
    rf"|(?<![\wæøå])(?:{_alternation(list(_UNITS) + list(_TEENS))})(?:årig|tyw)"
    # a tens word with anything after it: "fyrrerne", "tresserne", "halvtredsårig", "sekstyw'"
    rf"|(?<![\wæøå])(?:{_alternation([f for w in _TENS for f in _spoken_variants(w)])})"
    r"|(?<![\wæøå])(?:en|et|én|ét|to)\s+(?:halvt\s+)?år\b"
    # a small child's age in a word: "hun er to.", "han var halvandet"
    r"|\b(?:er|var)\s+(?:\w+\s+)?(?:to|halvandet)\b"
    r"|(?<![\wæøå])(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
    r"|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    r"(?![\wæøå])",
    re.IGNORECASE)


def may_hold_a_number(text: str) -> bool:
    """False only when ``text`` has no digit and no word a number could be said with (see above)."""
    return _MAY_HOLD_NUMBER.search(text) is not None
