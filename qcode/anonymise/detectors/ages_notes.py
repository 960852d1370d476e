"""Ages and people as field notes, case summaries and intake forms write them, not as people say them:

- initials with an age: "K. (42) og hendes søn M. (9)", "T.S., 19, kvinde", "H. (ca. 50, mand)" — the
  initials are a person too, as are initials before a birth year or a full name, or after a relation
  ("S. (f. 1995)", "H.P. – Hans Peter", "en veninde, J.,");
- a name with more than the age in brackets: "Oliver (11, f. 04.02.2013)";
- an age beside a gender word: "informant 3, kvinde, 67", "drenge, ca. 16–17";
- a person described in brackets: "Nis (informant, 78 år)";
- a child's age glued to "-årig" in words: "som femårig";
- a life-event table whose row says someone was born: "2001    Sønnen Patrick født";
- a numbered list of people with their ages: " 1. Alfred (10)", "11. Ask (10) – bor hos mormor".
"""

from __future__ import annotations

import re

from qcode.anonymise.candidates import AGE, PERSON, Candidate
from qcode.anonymise.detectors.common import NAME_WORD, UPPER
from qcode.anonymise.lexicon import is_first_name, is_word
from qcode.anonymise.numbers import AGE_WORD, number_value

DETECTOR = "ages"
_INITIALS = rf"(?<![\w.])(?P<initials>(?:[{UPPER}]\.[ ]?){{1,3}})"
# "K. (42)", "H. (ca. 50, mand)", "T.S., 19, kvinde"
_INITIALS_AGE = re.compile(
    rf"{_INITIALS}(?:\s*\((?:ca\.\s*)?|\s*,\s*(?:ca\.\s*)?)(?P<age>(?P<n>\d{{1,3}})(?:\s*år)?)(?=\s*[,)])")
# "S. (f. 1995)", "H.P. – Hans Peter, 61", "en veninde, J., i Brøndby": initials that stand for a person
_INITIALS_PERSON = re.compile(
    rf"{_INITIALS}(?=\s*\((?:f\.|født)\s*\d|\s*[–-]\s*[{UPPER}][a-zæøå]+\s+[{UPPER}][a-zæøå]+)"
    rf"|\b(?:veninde|kæreste|ven|bror|søster|mor|far|søn|datter|nabo|kollega),[ \t](?P<rel>[{UPPER}]\.)(?=,)")
# "Oliver (11, f. 04.02.2013)": the name's bracket holds the age and more
_NAME_BRACKET = re.compile(rf"(?P<name>{NAME_WORD})\s+\((?P<age>(?P<n>\d{{1,3}})(?:\s*år)?)\s*,")
_GENDER = r"(?:mand|kvinde|dreng|pige|drenge|piger|mænd|kvinder|unge|fyr|dame)"
# "kvinde, 67,", "mand, ca. 50)", "drenge, ca. 16–17,"; "67, kvinde", "ca. 50, mand"
_GENDER_AGE = re.compile(
    rf"(?i)\b{_GENDER}\s*,\s*(?:ca\.\s*)?(?P<age>(?P<n>\d{{1,3}})(?:\s*[-–]\s*(?P<n2>\d{{1,3}}))?(?:\s*år)?)"
    r"(?=\s*[,.;)]|\s*$)"
    rf"|(?:(?<=[(,])|(?<=[(,][ \t]))(?:ca\.\s*)?(?P<age_b>(?P<nb>\d{{1,3}})(?:\s*år)?)\s*,\s*{_GENDER}\b",
    re.MULTILINE)
# "Nis (informant, 78 år)": a bracket describing the person just named
# (not "(… gennemsnit 10,1 år)": a decimal comma)
_DESCRIBED = re.compile(rf"(?P<name>{NAME_WORD})\s+\([^()\n]{{1,40}}(?:(?<!\d),|,(?=\s))\s*"
                       r"(?P<age>(?P<n>\d{1,3})\s*år)\s*\)")
# "som femårig", "en toårig dreng" (not "en femårig uddannelse": a duration)
_AGE_WORD_GLUED = AGE_WORD.removesuffix(r"(?![\wæøå])")  # the number runs on into "-årig"
_AARIG_WORD = re.compile(
    rf"(?i)\b(?:som|var|er|blev)\s+(?P<age>(?P<n>{_AGE_WORD_GLUED})årig)\b"
    rf"|\b(?:en|et|den|min|sin|hans|hendes)\s+(?P<age2>(?P<n2>{_AGE_WORD_GLUED})årige?)\s+"
    r"(?:dreng|pige|søn|datter|barn|knægt|tøs|baby)\b")
# A numbered or bulleted list of people with their ages: " 1. Alfred (10)", "- Ask (10) – bor hos mormor",
# "15. Kristian "Krille" (10)". Three such rows make it a class or group list, whatever the names are.
_LIST_ROW = re.compile(
    rf"(?m)^[ \t]*(?:\d{{1,2}}[.)]|[-•*–])[ \t]+(?P<name>{NAME_WORD})(?:[ \t]+[{UPPER}]\.)?"
    r"(?:[ \t]+[\"“„][^\"”\n]{1,20}[\"”])?[ \t]+\((?P<age>(?P<n>\d{1,2}))(?:[ \t]*år)?\)")
LIST_ROWS = 3
# A pupil in a school social worker's notes: "Mathias W., 8. kl., 14 år", "Amira Haddad, 7.a, 13 år",
# "Sara-Louise ("Lulu"), 9.c, 15."
_PUPIL = re.compile(
    rf"(?P<name>{NAME_WORD})(?:[ \t]+(?:{NAME_WORD}|[{UPPER}]\.))?(?:[ \t]+\([^()\n]{{1,20}}\))?,[ \t]*"
    r"\d{1,2}\.[ \t]?(?:kl\.|klasse|[a-zæøå]\b),[ \t]*(?P<age>(?P<n>\d{1,2})(?:[ \t]*år)?)(?![\d.,]\d)")
# "Edith (f. 17.08.1931, 92)": the age after a birth date in the name's bracket
_BORN_THEN_AGE = re.compile(
    r"\((?:f\.|født)[ \t]*\d{1,2}[./-]\d{1,2}[./-]\d{2,4},[ \t]*(?P<age>(?P<n>\d{1,3})(?:[ \t]*år)?)\)")
# "Født: 2. november 1971 (52 år)": the age in brackets after a date of birth
# also after a CPR number: "CPR 120688-1457 (38 år)"
_BIRTH_THEN_AGE = re.compile(
    r"(?i)\b(?:født|f\.|cpr(?:-?nr\.?|-nummer)?)\s*:?\s*[^()\n]{4,25}?\((?P<age>(?P<n>\d{1,3})[ \t]*år)\)")
# "for en tolvårig, der hader én": a child named by its age alone
_AARIG_NOUN = re.compile(
    rf"(?i)\b(?:en|et|den)\s+(?P<age>(?P<n>{_AGE_WORD_GLUED})årig)(?=\s*[,.;!?]|\s+(?:der|som)\b)")
# "mentalt som en 8-årig", "han er ikke som en otteårig": a comparison, no one's age
_COMPARED = re.compile(r"(?i)\b(?:som|ligesom|ligner)[ \t]+(?:en|et)[ \t]+$")


def compared_to_an_age(text: str, pos: int) -> bool:
    """Whether "en N-årig" at ``pos`` (its number) follows "som en", "ligner en": a likeness, not an age."""
    return _COMPARED.search(text, max(0, pos - 16), pos) is not None


# "2001    Sønnen Patrick født": a row of a life-event table
_TABLE_BIRTH = re.compile(r"(?m)^[ \t]*(?P<age>(?P<n>(?:19|20)\d\d))\b[ \t]+[^\n]{0,60}?\bfødt\b")


def detect_note_ages(text: str) -> list[Candidate]:
    """Ages (and the initials that carry them) in the styles of notes and forms listed above."""
    out: list[Candidate] = []

    def add(m: re.Match[str], group: str, number: str, reason: str) -> None:
        value = number_value(number)
        if value is None or not 0 < value <= 110:
            return
        surface = m.group(group)
        out.append(Candidate(m.start(group), m.end(group), surface, AGE, number, DETECTOR, 0.85, reason))

    for m in _INITIALS_AGE.finditer(text):
        initials = m.group("initials").rstrip()
        out.append(Candidate(m.start("initials"), m.start("initials") + len(initials), initials, PERSON,
                             initials, "notes", 0.8, "initials with an age, as field notes write a person"))
        add(m, "age", m.group("n"), "an age after a person's initials")
    for m in _INITIALS_PERSON.finditer(text):
        group = "initials" if m.group("initials") else "rel"
        initials = m.group(group).rstrip()
        why = "initials standing for a person (a birth year, a full name or a relation beside)"
        start = m.start(group)
        out.append(Candidate(start, start + len(initials), initials, PERSON, initials, "notes", 0.8, why))
    for m in _NAME_BRACKET.finditer(text):
        if _a_name(m.group("name")):
            add(m, "age", m.group("n"), f"an age in the bracket after '{m.group('name')}'")
    for m in _GENDER_AGE.finditer(text):
        if m.group("age"):
            add(m, "age", m.group("n"), "an age beside a gender word ('kvinde, 67')")
        else:
            add(m, "age_b", m.group("nb"), "an age beside a gender word ('67, kvinde')")
    for m in _DESCRIBED.finditer(text):
        if _a_name(m.group("name")):
            add(m, "age", m.group("n"), f"an age in the bracket describing '{m.group('name')}'")
    for m in _AARIG_WORD.finditer(text):
        group, number = ("age", m.group("n")) if m.group("age") else ("age2", m.group("n2"))
        add(m, group, number, "an age in words glued to '-årig'")
    for m in _PUPIL.finditer(text):
        add(m, "age", m.group("n"), "a pupil's age in notes ('Mathias W., 8. kl., 14 år')")
    for m in _BORN_THEN_AGE.finditer(text):
        add(m, "age", m.group("n"), "an age after a birth date in brackets")
    for m in _BIRTH_THEN_AGE.finditer(text):
        add(m, "age", m.group("n"), "an age in brackets after a date of birth")
    for m in _AARIG_NOUN.finditer(text):
        if compared_to_an_age(text, m.start("age")):
            continue
        add(m, "age", m.group("n"), "a child named by its age ('en tolvårig')")
    rows = list(_LIST_ROW.finditer(text))
    if len(rows) >= LIST_ROWS:
        for m in rows:
            name = m.group("name")
            out.append(Candidate(m.start("name"), m.end("name"), name, PERSON, name, "notes", 0.8,
                                 "a name in a numbered list of people with their ages"))
            add(m, "age", m.group("n"), "an age in a numbered list of people")
    for m in _TABLE_BIRTH.finditer(text):
        out.append(Candidate(m.start("age"), m.end("age"), m.group("age"), AGE, m.group("n"), DETECTOR, 0.85,
                             "the year of a life-event table's row that says someone was born"))
    return out


def _a_name(word: str) -> bool:
    return is_first_name(word) or not is_word(word)
