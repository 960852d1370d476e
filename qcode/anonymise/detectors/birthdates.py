"""Dates of birth given without the word "født" beside them:

- the answer to a question about one: "din fødselsdato til samtykkeerklæringen" | "fjerde september nitten
  treogfirs";
- a child's date in brackets after the name, as letters and case files write it: "om Magnus (03.09.2010)",
  when the date lies years before the dates of the document (a meeting's date beside a name stays).
"""

from __future__ import annotations

import re

from qcode.anonymise.candidates import BIRTHDATE, Candidate
from qcode.anonymise.detectors.common import LOWER, UPPER
from qcode.anonymise.detectors.dates import DATE, MONTHS, ORDINAL
from qcode.anonymise.lexicon import is_first_name

DETECTOR = "contact"
_ASKED = re.compile(
    r"(?i)\b(?:fødselsdato|fødselsdag|født)\b(?P<rest>[^\n]{0,80})\r?\n(?:[ \t]*\r?\n)*"
    # the answer opens the next turn, after its time stamp and label
    r"[ \t]*(?:\[[^\]\n]{1,20}\][ \t]*)?(?:[^\n:]{1,40}:[ \t]*)?(?:(?:øh|ja|jamen|det\s+er)[, \t]+)*"
    rf"(?P<date>{DATE}|(?:\d{{1,2}}\.?|{ORDINAL})[ \t]+(?:{MONTHS})\b)")
# asked of the one who answers ("din fødselsdato", "hvornår er du født?"), not told of someone else
_ASKING = re.compile(r"(?i)\?|\b(?:din|dit|jeres|hvornår)\b")
_NAME_THEN_DATE = re.compile(
    rf"(?<![\w-])(?P<name>[{UPPER}][{LOWER}]+)[ \t]*"
    r"\((?P<date>\d{1,2}[./-]\d{1,2}[./-](?P<year>(?:19|20)\d\d))\)")
_YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
# a date this many years before the newest year the document names is no meeting's or letter's date
YEARS_BEFORE = 3


def detect_birthdates(text: str) -> list[Candidate]:
    """Dates of birth answered to a question or given in brackets after a first name (see above)."""
    out: list[Candidate] = []
    for m in _ASKED.finditer(text):
        question = text[max(0, m.start() - 40):m.end("rest")]
        if _ASKING.search(question):
            out.append(Candidate(m.start("date"), m.end("date"), m.group("date"), BIRTHDATE, m.group("date"),
                                 DETECTOR, 0.9, "a date answering a question about a date of birth"))
    brackets = [m for m in _NAME_THEN_DATE.finditer(text) if is_first_name(m.group("name"))]
    if brackets:
        newest = max(int(y.group()) for y in _YEAR.finditer(text))  # the brackets' own years at least
        for m in brackets:
            if newest - int(m.group("year")) >= YEARS_BEFORE:
                date = m.group("date")
                out.append(Candidate(m.start("date"), m.end("date"), date, BIRTHDATE, date, DETECTOR, 0.9,
                                     "a date in brackets after a first name, years back"))
    return out
