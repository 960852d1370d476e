"""Document structure: speaker labels, header metadata and closings that name the interviewee.

A transcript says who speaks: "Line: …", "[00:02:17] Uffe: …", "ANNE-METTE:<tab>…", a Teams line
"Christine  00:01:44", a header "Interviewperson: Palle, 46 år" or "INTERVIEW MED ANNE-METTE", and
closings like "(Line, 28 år)". Those give the document's own names, which are then matched
everywhere in the document. Roles (Interviewer, I, IP, Informant …) are not names.
"""

from __future__ import annotations

import re
from difflib import get_close_matches
from functools import lru_cache

from spacy.lang.da.stop_words import STOP_WORDS

from qcode.anonymise.candidates import PERSON, Candidate
from qcode.anonymise.detectors.common import LOWER, NAME_WORD, NOT_INITIALS, UPPER
from qcode.anonymise.lexicon import is_first_name, is_word

DETECTOR = "structure"

ROLES = frozenset(
    """i ip iv int interviewer intervieweren interviewperson interviewpersonen interviewede informant
    informanten deltager deltageren deltagere respondent respondenten moderator facilitator forsker
    forskeren bruger borger borgeren person kvinde mand stemme ukendt alle flere sted dato tid tidspunkt
    optagelse varighed transskription transskribent transskriberet note noter emne tema projekt interview
    baggrund kommentar spørgsmål svar speaker taler ordstyrer medarbejder medarbejderen leder rådgiver
    sagsbehandler underviser lærer pædagog kontaktperson mor far barn ung q a r spm sv tolk tolken
    assistent ass observatør referent mod medinterviewer intervieweren ordstyreren bisidder
    pårørende partner ægtefælle inf obs del fac res ref iw ivr int1 int2 sp
    fra til cc bcc emne sendt vedhæftet vedhæftning from to sent subject attachment re fw vs
    tlf telefon mobil mail e-mail adresse cpr cpr-nr personnummer fødselsdato postnr""".split()
)
_LONG_ROLES = [r for r in ROLES if len(r) >= 6]
# Words that can open a line and be followed by a colon without being a speaker ("Ja: det …" typo).
_NOT_LABELS = frozenset("ja nej jo okay ok øh øhm mm mhm hmm nå jamen altså tak hej godt fint".split())
_NOT_LABELS |= STOP_WORDS
# a header's field keys: "Age: 46" is no speaker called Age
_NOT_LABELS |= frozenset("age alder gender køn sex navn name dato date".split())

_TIME = r"\[?\(?\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\)?\]?"
_LABEL_WORD = rf"[{UPPER}][{UPPER}{LOWER}'’.\-]*"
_COLON_LABEL = re.compile(
    rf"^[ \t\ufeff]*(?:{_TIME}[ \t]*)?"
    rf"(?P<label>{_LABEL_WORD}(?:[ ][{UPPER}{LOWER}0-9][\w'’.\-]*){{0,2}})"
    # "Palle (IP):", "Interviewer (I):"
    rf"(?:[ \t]*\([^()\r\n]{{1,25}}\))?[ \t]*:[ \t]",
    re.MULTILINE,
)
_TEAMS_LABEL = re.compile(
    rf"^[ \t\ufeff]*(?P<label>{_LABEL_WORD}(?:[ ]{_LABEL_WORD}){{0,2}})[ \t]+{_TIME}[ \t]*\r?$", re.MULTILINE
)
_HEADER_KEYS = (
    r"interviewperson|interviewede|informant|deltager|respondent|navn|ip|borger|bruger|interviewer"
    r"|interviewere|transskribent|medvirkende|deltagere"
)
_HEADER = re.compile(
    rf"^[ \t\ufeff]*(?P<key>(?i:{_HEADER_KEYS}))[ \t]*:[ \t]*(?P<value>[^\r\n]+)", re.MULTILINE
)
# Only the top of a transcript is its header; further down "Interviewer: Snakker du …" is a turn.
HEADER_LINES = 20
# A header value is a name and then nothing, a comma or a parenthesis: "Palle, 46 år", "Uffe (51-årig)".
_VALUE_END = re.compile(r"\s*(?:$|[,(;–—-]|\s(?:og|fra|i)\s)")
# A value that reads like speech ("Nårh, så du ville …?") is the first turn, not metadata.
_SENTENCE = re.compile(
    r"\?|,\s+(?:så|det|men|og|jeg|du|der|hvad|hvor|ja|nej|altså|jamen|hvis|når)\b|(?:\S+\s+){10}"
)
_INTERVIEW_WITH = re.compile(
    rf"\b(?i:interview|samtale)\s+(?i:med)\s+(?P<value>{NAME_WORD}(?:[ ]{NAME_WORD})*)"
)
# Initials given for a person in the header: "INT = PH", "Int.: JB (noter)", "Observatør: JK",
# "LH = Louise Holm (interviewer)", "interviewer PS"
_INITIALS_FOR = re.compile(
    r"(?:\b(?i:int|int\.|interviewer|observatør|obs|moderator|mod|transskribent|referent|noter)"
    r"[ \t]*[:=][ \t]*"
    r"|\b(?i:interviewer|observatør|moderator)[ \t]+)(?P<ini>[A-ZÆØÅ]{2,3})\b(?![:.-]\w)"
    r"|(?<![\w.])(?P<ini2>[A-ZÆØÅ]{2,3})[ \t]*=[ \t]*[A-ZÆØÅ][a-zæøå]+")
# Anywhere in the text, who wrote a note: "Noteret af: MJ", "[Noter, DS: …]", "[Note, MJ: …]", "/LKS"
_INITIALS_SIGNED = re.compile(
    r"\b(?i:noteret|skrevet|refereret|transskriberet|udskrift|udskrevet|interviewet|udført|indtalt|ført)"
    r"[ \t]+af[ \t]*:?[ \t]*"
    r"(?P<ini>[A-ZÆØÅ]{2,3})\b(?![:.-]\w)"
    r"|\[(?i:noter?|kommentar|komm\.|obs)[ \t]*,[ \t]*(?P<ini2>[A-ZÆØÅ]{2,3})[ \t]*:"
    # an e-mail or a journal entry closing with the writer's initials: "… om en uges tid. /ASB"
    r"|(?:(?<=[ \t])|(?<=^))/[ \t]?(?P<ini3>[A-ZÆØÅ]{2,4})[ \t]*\r?$"
    # a role abbreviation before initials, as dictation lines write them: "Diktat: … / sekr. ABN"
    r"|\b(?i:sekr|sygepl|spl|pæd|stud|sagsbeh|socialrådg|ass)\.[ \t]*(?P<ini4>[A-ZÆØÅ]{2,4})\b(?![:.-]\w)",
    re.MULTILINE)
_LEADING_NAMES = re.compile(rf"(?P<name>{NAME_WORD}(?:[ ]{NAME_WORD}){{0,3}})")
_CLOSING = re.compile(rf"\((?P<name>{NAME_WORD}(?:[ ]{NAME_WORD})?),\s*\d{{1,3}}\s*år\)")
_NAME_THEN_AGE = re.compile(rf"(?<![\w])(?P<name>{NAME_WORD})[ \t]+\(\d{{1,3}}\)")


def is_role(word: str) -> bool:
    """A role word, also misspelt ("Interivewer", "Intervieweer")."""
    if word in ROLES:
        return True
    return len(word) >= 6 and _near_role(word)


@lru_cache(maxsize=16384)
def _near_role(word: str) -> bool:
    # the fuzzy comparison costs ~0.5 ms a word and the same words come back in every document
    return bool(get_close_matches(word, _LONG_ROLES, n=1, cutoff=0.8))


def _name_like(label: str) -> bool:
    """A label (one to three words) is a person's name unless it is a role or an ordinary word."""
    words = label.split(" ")
    low = [w.casefold().rstrip(".") for w in words]
    if any(is_role(w) for w in low) or any(ch.isdigit() for ch in label):
        return False
    # "LH", "M.K.", "JMK" are a person's initials (a role is caught above, a code like "D1" by its digit)
    if len(words) == 1 and low[0] in _NOT_LABELS:
        return False
    if re.search(r"(?i)-(?:id|nr)\.?$", label):
        return False  # "Møde-ID:", "Sags-nr.:" are fields
    return all(w[:1].isupper() for w in words)


def _name_parts(value: str) -> list[tuple[int, int, str]]:
    """Name(s) at the start of a header value: "Palle, 46 år" → Palle; "I" or "mand" → nothing."""
    m = _LEADING_NAMES.match(value.strip())
    if not m:
        return []
    offset = len(value) - len(value.lstrip())
    name = m.group("name")
    if not _VALUE_END.match(value.strip()[m.end():]) or _SENTENCE.search(value):
        return []
    if not _name_like(name):
        return []
    return [(offset + m.start(), offset + m.end(), name)]


def _line_offset(text: str, lines: int) -> int:
    """Offset just after the first ``lines`` lines of ``text``."""
    pos = 0
    for _ in range(lines):
        nxt = text.find("\n", pos)
        if nxt < 0:
            return len(text)
        pos = nxt + 1
    return pos


def detect_structure(text: str) -> tuple[list[Candidate], set[str]]:
    """Candidates from labels, headers and closings, and the set of names the document itself declares."""
    found: list[Candidate] = []
    names: set[str] = set()
    labels: dict[str, list[tuple[int, int]]] = {}
    for rx in (_COLON_LABEL, _TEAMS_LABEL):
        for m in rx.finditer(text):
            labels.setdefault(m.group("label"), []).append((m.start("label"), m.end("label")))
    header_keys = {"interviewer", "interviewere"}
    for label, spans in labels.items():
        if label.casefold() in header_keys or not _name_like(label):
            continue
        # a one-off label that is an ordinary word and no first name is a slip ("Afbrydelse:"); a
        # one-off label no dictionary knows is kept: a misspelt speaker ("PalIe") still identifies
        if len(spans) == 1 and " " not in label and is_word(label) and not is_first_name(label):
            continue
        names.add(label)
        for start, end in spans:
            found.append(Candidate(start, end, label, PERSON, label, DETECTOR, 1.0))
    header_end = _line_offset(text, HEADER_LINES)
    for m in _HEADER.finditer(text, 0, header_end):
        value_start = m.start("value")
        for s, e, name in _name_parts(m.group("value")):
            names.add(name)
            found.append(Candidate(value_start + s, value_start + e, name, PERSON, name, DETECTOR, 1.0))
    for rx in (_INTERVIEW_WITH, _CLOSING):
        for m in rx.finditer(text):
            group = "value" if rx is _INTERVIEW_WITH else "name"
            name = m.group(group)
            if _name_like(name):
                names.add(name)
                found.append(Candidate(m.start(group), m.end(group), name, PERSON, name, DETECTOR, 1.0))
    signed = [(m, "in the header") for m in _INITIALS_FOR.finditer(text, 0, header_end)]
    signed += [(m, "signing a note") for m in _INITIALS_SIGNED.finditer(text)]
    for m, where in signed:
        group = next(g for g in ("ini", "ini2", "ini3", "ini4") if m.groupdict().get(g))
        initials = m.group(group)
        if not is_role(initials.casefold()) and initials not in NOT_INITIALS:
            names.add(initials)
            found.append(Candidate(m.start(group), m.end(group), initials, PERSON, initials, DETECTOR, 0.9,
                                   f"initials given for a person {where}"))
    for m in _NAME_THEN_AGE.finditer(text):
        name = m.group("name")
        if is_first_name(name):
            names.add(name)
            found.append(Candidate(m.start("name"), m.end("name"), name, PERSON, name, DETECTOR, 0.9))
    return found, names | _parts(names)


def _parts(names: set[str]) -> set[str]:
    """"Anne-Mette" and "Palle Hansen" are also mentioned as "Mette", "Anne", "Palle", "Hansen"."""
    parts: set[str] = set()
    for name in names:
        pieces = re.split(r"[ -]", name)
        if len(pieces) < 2:
            continue
        for piece in pieces:
            # "Kasper bostøtte" (a contact's name in a phone): the lower-case word says who he is, it is
            # no name of his
            if len(piece) > 1 and piece[:1].isupper() and piece.casefold() not in _NOT_LABELS \
                    and not is_role(piece.casefold()):
                parts.add(piece)
    return parts
