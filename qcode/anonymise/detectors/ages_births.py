"""Birth years and dates as ages give them, rules for ``ages`` (which applies its guards to them): "F. 1978",
"født i '78", "født lige her på gården i 1952", "I am born 1995", "fik vi Mette i 1971, og Lars i 1974",
"hun er fra november '21", "Fra 82, så jeg er 41", a timeline row "1979    Født i Skive"; and what follows
an age or a birth year in the same breath ("78 år – fra 1945", "hun i -49").
"""

from __future__ import annotations

import re

from qcode.anonymise.detectors.common import MONTH_NAMES, NAME_WORD

BIRTH_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "F. 1978", "født i 1978", "f. 78", "født i '78", "årgang 1978"
    ("born", re.compile(
        r"(?<![\w])(?P<age>(?:[Ff]\.|[Ff](?:ødt|ø['’]d)(?:[ \t]+i)?|FØDT(?:[ \t]+I)?|[Åå]rgang)[ \t]*['’-]?"
        r"(?P<n>(?:19|20)?\d{2}))(?!\d)")),  # one line: "født" ending a table row is not the next row's year
    # "født i Sisimiut i 1994", "født på Bornholm i 1961": the year after the birthplace
    # also "født lige her på Kjærsgården i 1952"
    ("born_place", re.compile(
        rf"(?<![\w])[Ff]ødt\s+(?:i|på)\s+{NAME_WORD}(?:\s+{NAME_WORD})?\s+(?:i|år)\s+"
        r"(?P<age>(?P<n>(?:19|20)\d{2}))(?!\d)"
        r"|(?<![\w])[Ff]ødt\s+[^.,;:!?\n\d]{1,40}?\bi\s+(?P<age2>(?P<n2>(?:19|20)\d{2}))(?!\d)")),
    # "I am born 1995", "she was born in 1989"
    ("born_english", re.compile(r"(?i)\bborn\s+(?:in\s+)?(?P<age>(?P<n>(?:19|20)\d{2}))(?!\d)")),
    # "Og så fik vi Susanne i 1975, og Michael i 1978": a child's birth year
    ("born_child", re.compile(
        rf"\bfik\s+(?:vi|jeg|hun|han|de|a)\s+(?P<name>{NAME_WORD})\s+i\s+(?P<age>(?P<n>(?:19|20)\d{{2}}))(?!\d)")),
    # "Jeg er fra 94, opvokset i Mjølnerparken", "han er fra '88": a person "from" a year is born in it
    ("born_from", re.compile(
        # also in dialect and with the month: "hun æ fra '34", "hun er fra november '21"
        # and with a particle: "jeg er jo fra 86"
        r"(?i)\b(?:jeg|han|hun|du|a)\s+(?:er|var|æ|ær)\s+(?:(?:selv|jo|nu|også|vel|faktisk|egentlig)\s+){0,2}fra\s+"
        rf"(?:(?:{MONTH_NAMES})\s+)?"
        r"['’]?(?P<age>(?P<n>(?:19|20)?\d{2}))"
        r"(?=\s*(?:[,.;!?]|og\b|$))")),
    # "Fra 82, så jeg er 41": a year someone is from, with the age it makes
    ("born_so", re.compile(
        r"(?i)\bfra\s+['’]?(?P<age>(?P<n>(?:19|20)?\d{2})),\s+så\s+(?:jeg|han|hun|du|a)\s+(?:er|var)\s+\d")),
    # a timeline: "1979    Født i Skive"
    ("born_timeline", re.compile(r"(?m)^[ \t]*(?P<age>(?P<n>(?:19|20)\d{2}))[ \t]+[Ff]ødt\b")),
]
# "Jeg er 78 år – fra 1945, såmænd": the year of birth said after the age
BORN_AFTER_AGE = re.compile(r"\s*[–—,]\s*fra\s+['’]?(?P<age>(?P<n>(?:19|20)\d{2}|\d{2}))(?![\d.,]\d)"
                            r"(?![ \t]*(?:[–—-]|til\b))")
# "fik vi Susanne i 1975, og Michael i 1978": the next child's birth year
CHILD_MORE = re.compile(rf",?\s+og\s+{NAME_WORD}\s+i\s+(?P<age>(?P<n>(?:19|20)\d{{2}}))(?!\d)")
# "A er født i -46, hun i -49": the next person's birth year in the same breath
BORN_MORE = re.compile(
    r"(?:\s*,|\s+og)\s+(?:han|hun|[A-ZÆØÅ][\w'’]+|(?:min|hans|hendes)\s+\w+)\s+(?:i\s+)?['’-]?"
    r"(?P<age>(?P<n>(?:19|20)?\d{2}))(?![\d,.]\d|\s*(?:år|kr|%))")
