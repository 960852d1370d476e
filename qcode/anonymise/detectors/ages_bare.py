"""A bare number said as a sentence of its own, when the conversation makes it an age:

- an echo of an age just said: "Han er femoghalvtreds." – "Tamam, femoghalvtreds.",
  "Du er femogfyrre, skat." – "Oh. Ja. Forty-five.";
- a hesitant answer: "Jeg er… vent. Halvfjerds? Nej, enoghalvfjerds.";
- an introduction: "Jeg er Rozhin. Kurder fra Qamishli i Syrien. 29.";
- the answer to an age question: "Hvor gammel er du?" – "Tooghalvfjerds.";
- a birth year said again in full: "Født i 66, altså 1966".

A bare number anywhere else stays (a count, a table cell, a year): the rules need one of these cues.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from qcode.anonymise.candidates import AGE, Candidate
from qcode.anonymise.detectors.common import MONTH_NAMES
from qcode.anonymise.detectors.english import ENGLISH_NUMBER, english_value
from qcode.anonymise.numbers import AGE_WORD, number_value

DETECTOR = "ages"
_INTERJECTION = r"(?:ja|jo|nej|nå|okay|ok|oh|åh|øh|tamam|yes|no|yeah|altså|eller|or|måske|snarere|nærmere)"
# One sentence that is only a number (and perhaps "år"), after an interjection or two.
_BARE = re.compile(
    # a turn that finishes the one before with a dash: "Per er 63–" | "Ejnar: –64, mor."
    rf"(?i)(?:^|(?<=[.!?…\]:)])[ \t]+|(?<=\n)|(?<=>))[ \t]*[–—]?(?P<lead>(?:{_INTERJECTION}[,.!]?[ \t]+)*)"
    rf"(?P<age>(?P<n>\d{{1,3}}|{AGE_WORD}|{ENGLISH_NUMBER})(?:[ \t]+(?:år|years))?)[ \t]*"
    # not a date: "Dato: 14. november 2023"
    rf"(?=[.!?…](?!\d)(?![ \t]*(?:{MONTH_NAMES})\b)"
    # "Treogtres, ja.", "Otteogfirs, skat.": an echo or a correction with a word of address after it
    r"|,[ \t]*(?:bliver|fylder|snart|ja|jo|nej|skat|ikke|ik['’]?|altså|yes|okay|mor|far)\b"
    # when the age is reached: "Toogtyve i januar."
    rf"|[ \t]+(?:i|til|på)[ \t]+(?:{MONTH_NAMES}|sommer|vinter|jul|foråret|efteråret)[.!?]"
    # a name of address closing it: "–64, Else."
    r"|,[ \t]*[A-ZÆØÅ][a-zæøå]+[.!?]|$)",
    re.MULTILINE)
_HESITANT = re.compile(
    r"(?i)\b(?:jeg|han|hun|du|i['’]m|i am)\s+(?:er|var|bliver|blev|fylder)?\s*(?:…|\.\.\.|,?\s*øh\b)"
    r"[^\n.!?]{0,3}(?:\s*\w+[.,!]?){0,3}\s*$")
_ABBREVIATION_BEFORE = re.compile(r"(?i)\b(?:kl|nr|ca|pkt|str|tlf|s|side|kap|bd|vol|ang|jf|mht)\.[ \t]*$")
_INTRODUCTION = re.compile(r"(?i)\b(?:jeg\s+er|jeg\s+hedder|mit\s+navn\s+er|i['’]m|my\s+name\s+is)\s+\w")
# "Frederikke: Frederikke, men alle siger Freddie. Fjorten.": a turn that opens with the speaker's own name
_SELF_NAMED = re.compile(r"[ \t]*(?P<label>[^\W\d_]+)[ \t]*:[ \t]*(?P=label)\b", re.IGNORECASE)
_AGE_QUESTION = re.compile(r"(?i)\bhvor\s+gammel\b|\bhow\s+old\b|\bdin\s+alder\b|\balder\s*\?")
_CORRECTING = re.compile(r"(?i)^(?:nej|eller|or|no|måske|snarere|nærmere)\b")
CORRECTION_WINDOW = 80
# "… og jeg er" | cue 4, its times | "<v Aputsiaq>treoghalvtreds år.": a sentence cut by a subtitle cue
_CUT_BY_CUE = re.compile(
    r"(?i)\b(?:jeg|han|hun|du)\s+(?:er|var|bliver|blev|fylder)[ \t]*(?:</v>)?[ \t]*\r?\n(?:[ \t]*\r?\n)*"
    r"[ \t]*\d+[ \t]*\r?\n[ \t]*[\d:.,]+[ \t]*-->[ \t]*[\d:.,]+[^\n]*\r?\n[ \t]*(?:<v[^>]*>)?[ \t]*$")
ECHO_WINDOW = 400
# "Født i 66, altså 1966": a birth year said again in full
_RESTATED_YEAR = re.compile(
    r"[ \t]*,?[ \t]*(?:altså|dvs\.?|det vil sige|eller|nej)[ \t,]+(?P<year>(?:19|20)\d\d)\b", re.IGNORECASE)


def detect_bare_ages(text: str, ages: Iterable[Candidate]) -> list[Candidate]:
    """Bare numbers that are ages by their place in the conversation; ``ages`` are the ages found."""
    ages = [c for c in ages if c.label == AGE]
    earlier = sorted((c.start, c.end, _value(c.core)) for c in ages)
    out: list[Candidate] = []
    for c in ages:
        if c.reason == "age rule 'born'" and (m := _RESTATED_YEAR.match(text, c.end)):
            year = m.group("year")
            out.append(Candidate(m.start("year"), m.end("year"), year, AGE, year, DETECTOR, 0.8,
                                 "a birth year said again in full"))
    for m in _BARE.finditer(text):
        value = _value(m.group("n"))
        if value is None or not 0 < value <= 110:
            continue
        start = m.start("age")
        why = _why(text, m, value, earlier)
        if why is None:
            continue
        out.append(Candidate(start, m.end("age"), m.group("age"), AGE, str(value), DETECTOR, 0.8, why))
        earlier.append((start, m.end("age"), value))
        earlier.sort()
    return out


_LIST_NUMBER = re.compile(r"[ \t]*\d{1,2}[.)][ \t]+\S")


def _in_numbered_list(text: str, pos: int) -> bool:
    """Whether the line at ``pos`` is a numbered row with another numbered row just above or below."""
    start = text.rfind("\n", 0, pos) + 1
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    end = text.find("\n", pos)
    return bool((start > 0 and _LIST_NUMBER.match(text, above, start))
                or (end >= 0 and _LIST_NUMBER.match(text, end + 1)))


def _value(word: str) -> int | None:
    return number_value(re.sub(r"(?i)\s*(?:år|years)$", "", word)) or english_value(word)


def _why(text: str, m: re.Match[str], value: int, earlier: list[tuple[int, int, int | None]]) -> str | None:
    start = m.start("age")
    if _ABBREVIATION_BEFORE.search(text, max(0, m.start() - 8), m.start("lead")):
        return None  # "hjemme efter kl. 16.": the full stop was an abbreviation's, no sentence begins
    if _LIST_NUMBER.match(text, text.rfind("\n", 0, start) + 1) and _in_numbered_list(text, start):
        return None  # "10. Mathilde (10)": the number of a list's row
    if any(s < start and start - e <= ECHO_WINDOW and v == value for s, e, v in earlier):
        return "a bare number repeating an age just said"
    lead_start = m.start("lead")
    line_start = text.rfind("\n", 0, start) + 1
    # "Han er halvfems." – "Gerda: Otteogfirs, skat.": the next turn answers an age with another
    if text[line_start:lead_start].strip().rstrip("–—").rstrip().endswith(":") and any(
            0 <= line_start - e <= 120 and "\n" in text[e:line_start] for _, e, _ in earlier):
        return "a bare number opening the turn after an age was said"
    # "Han siger, han er 80, men ingen ved det rigtigt. (griner) Måske 85.": in the same turn
    if _CORRECTING.match(m.group("lead")) and any(
            0 <= lead_start - e <= CORRECTION_WINDOW and "\n" not in text[e:lead_start]
            for _, e, _ in earlier):
        return "a bare number correcting an age ('… nej …')"
    if _CUT_BY_CUE.search(text, max(0, start - 160), lead_start):
        return "a bare number finishing a sentence a subtitle cue cut ('jeg er' | 'treoghalvtreds år')"
    before = text[max(line_start, start - 60):lead_start]
    if _HESITANT.search(before):
        return "a bare number after a hesitant 'jeg er …'"
    if value >= 10 and (_INTRODUCTION.search(text, max(line_start, start - 120), start)
                        or _SELF_NAMED.match(text, line_start, start)):
        return "a bare number in a speaker's introduction"
    previous = text[max(0, text.rfind("\n", 0, max(0, line_start - 2)) - 200):line_start]
    if _AGE_QUESTION.search(previous) or _AGE_QUESTION.search(text, line_start, lead_start):
        return "a bare number answering an age question"
    return None
