"""Danish age expressions: "23 år", "23-årig", "den 56-årige", "da jeg var 25", "fyldt 50", "F. 1978" ….

Only a person's own age is taken. Durations ("for 5 år siden", "i 23 år", "de sidste 20 år", "jeg var
2 år på efterskole"), years ("siden 92"), hypothetical ages ("hvis jeg var 55"), thresholds and groups
("under 18", "18+", "de 30-49-årige", "mellem 17 og 30") are left alone: every rule needs a clue that
a person *is* that age (a singular subject with a copula, "gammel", "-årig", a name beside it).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection

from qcode.anonymise.candidates import AGE, Candidate
from qcode.anonymise.detectors.common import NAME_WORD
from qcode.anonymise.lexicon import is_first_name

DETECTOR = "ages"

_NUM = r"(?P<n>\d{1,3})(?:\s*[-–]\s*\d{1,3})?"
_YEARS = r"\s*år\b"
_SUBJECT = r"(?:jeg|du|han|hun|Jeg|Du|Han|Hun)"
_COPULA = r"(?:er|var|blev|bliver|fylder|fyldte|fyldt|runder|rundede|rundet)"
_ADVERB = (
    r"(?:(?:nu|kun|bare|lige|næsten|snart|allerede|omkring|cirka|ca\.|godt|faktisk|jo|da|også|vel|sgu|nok)\s+)"
)
_UNITS = (
    r"%|procent|kr\b|kroner|timer|time\b|gange|minutter|kilo|kg\b|uger|dage|måneder|sider|point|meter|km\b"
    r"|mennesker|personer|stk|grader|cm\b|m2|procent|tusind|millioner|mio|børn|styk|øl|flasker|cigaretter"
)
# After "N år" these mean a stretch of time, not an age: "jeg var 2 år på efterskole".
_DURATION_AFTER = (
    r"\s+(?:i|på|hos|ved|med|til|om|inde|ude|væk|der|derude|hjemme|siden|senere|efter|før|tidligere)\b"
)
_NOT_AFTER = re.compile(rf"\s*(?:{_UNITS})|\s+(?:år\s+)?siden\b|\s+mere\b|\s*\+|\s*['’]?erne")
_HYPOTHETICAL = re.compile(r"\b(?:hvis|som om|når man|forestil|tænk hvis|gad vide)\b", re.I)
_SENTENCE_BREAK = re.compile(r"[.!?\n]")

_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "34 år gammel", "15-16 år gamle"
    ("gammel", re.compile(rf"(?<![\d,.])(?P<age>{_NUM}\s*år)\s+gam(?:mel|le)\b")),
    # "jeg er 42 år", "da jeg var 25", "jeg fylder eller er 42 år nu", "Line er 28"
    ("subject", re.compile(
        rf"\b{_SUBJECT}\s+(?:(?!ikke\b)[a-zæøå]+\s+){{0,2}}?{_COPULA}\s+{_ADVERB}{{0,2}}"
        rf"(?P<age>{_NUM}(?:{_YEARS})?)(?![\d,.]\d)")),
    # "Line er 28", "Palle blev 50 år"
    ("name_subject", re.compile(
        rf"(?<![\w])(?P<name>{NAME_WORD})\s+{_COPULA}\s+{_ADVERB}{{0,2}}(?P<age>{_NUM}(?:{_YEARS})?)(?![\d,.]\d)")),
    # "dengang var jeg 16"
    ("inverted", re.compile(
        rf"\b{_COPULA}\s+(?:jeg|du|han|hun)\s+{_ADVERB}{{0,2}}(?P<age>{_NUM}(?:{_YEARS})?)(?![\d,.]\d)")),
    # "fyldt 50", "fylder 40 til sommer"
    ("fyldt", re.compile(rf"\b(?:fyldt|fyldte|fylder|fylde|runder|rundede)\s+{_ADVERB}{{0,2}}"
                         rf"(?P<age>{_NUM}(?:{_YEARS})?)(?![\d,.]\d)", re.I)),
    # "23-årig", "som 12-årig", "51 årig"
    ("aarig", re.compile(r"(?<![\d–-])(?P<age>(?P<n>\d{1,3})[-‐ ]?årig)(?![\wæøå])")),
    # "den 56-årige", "min 12-årige søn" (not "de 30-årige")
    ("aarige", re.compile(
        r"\b(?:den|min|mit|sin|sit|hans|hendes|din|dit|vores|jeres|deres|Den|Min|Hans|Hendes)\s+"
        r"(?P<age>(?P<n>\d{1,3})[-‐ ]?årige)\b")),
    # "i midten af 20'erne", "i sine 40'ere", "hun er i tyverne"
    ("decade", re.compile(
        r"\b(?:i\s+(?:midten|starten|slutningen|begyndelsen)\s+af|midt\s+i|sidst\s+i|først\s+i|i)\s+"
        r"(?:(?P<poss>mine|sine|hans|hendes|dine|vores|deres)\s+)?"
        r"(?P<age>(?P<n>[1-9]0)\s?['’´]?\s?(?:erne|ere)|(?P<word>tyverne|trediverne|fyrrerne|halvtredserne"
        r"|tresserne|halvfjerdserne|firserne|halvfemserne))", re.I)),
    # "F. 1978", "født i 1978", "f. 78"
    ("born", re.compile(
        r"(?<![\w])(?P<age>(?:[Ff]\.|[Ff]ødt(?:\s+i)?|FØDT(?:\s+I)?)\s*(?P<n>(?:19|20)?\d{2}))(?!\d)")),
    # "Palle, 46 år", "(Line, 28 år)"
    ("name_comma", re.compile(rf"(?P<name>{NAME_WORD}),\s*(?P<age>(?P<n>\d{{1,3}})\s*år)\b")),
    # "Line (28)"
    ("name_paren", re.compile(rf"(?P<name>{NAME_WORD})\s+\((?P<age>(?P<n>\d{{1,3}})(?:\s*år)?)\)")),
    # "en på 8 og en på 5 år", "min søn på 12"
    ("child", re.compile(
        r"\b(?:[Ee]n|[Ee]t|[ÉéEe]n|[ÉéEe]t|barn|barnet|søn|sønnen|datter|datteren|dreng|drengen|pige|pigen|baby|knægt|tøs"
        r"|lillebror|lillesøster|storebror|storesøster)\s+på\s+(?P<age>(?P<n>\d{1,2})(?:\s*år)?)(?![\d,.]\d)")),
]


def _clause_before(text: str, pos: int) -> str:
    """The text of the current sentence before ``pos`` (at most 60 characters)."""
    window = text[max(0, pos - 60) : pos]
    parts = _SENTENCE_BREAK.split(window)
    return parts[-1]


def _accept(rule: str, m: re.Match[str], text: str, is_name: Callable[[str], bool]) -> bool:
    age_end = m.end("age")
    after = text[age_end : age_end + 24]
    surface = m.group("age")
    if rule in ("subject", "name_subject", "inverted", "fyldt", "child"):
        if _NOT_AFTER.match(after):
            return False
        if surface.rstrip().endswith("år") and re.match(_DURATION_AFTER, after) and rule != "child":
            return False
        if _HYPOTHETICAL.search(_clause_before(text, m.start())):
            return False
        n = int(m.group("n"))
        if n > 110 or (n == 0):
            return False
    if rule == "decade":
        n = int(m.group("n")) if m.group("n") else 0
        word = (m.group("word") or "").lower()
        young = n in (20, 30, 40) or word in ("tyverne", "trediverne", "fyrrerne")
        # "sidst i 90'erne" is a date; a possessive or "er i" makes any decade an age
        before = _clause_before(text, m.start())
        copula = re.search(r"\b(?:er|var|blev)\s*$", before) is not None
        return bool(m.group("poss")) or copula or young
    if rule in ("name_comma", "name_paren", "name_subject"):
        return is_name(m.group("name"))
    if rule == "born":
        n = m.group("n")
        return len(n) == 4 or m.group("age")[:1] in "fF"
    return True


def detect_ages(text: str, names: Collection[str] = ()) -> list[Candidate]:
    """Ages of persons in ``text``; ``names`` are the document's known names (for "Line (28)")."""

    def is_name(word: str) -> bool:
        return word in names or is_first_name(word)

    out: list[Candidate] = []
    for rule, rx in _RULES:
        for m in rx.finditer(text):
            if not _accept(rule, m, text, is_name):
                continue
            start, end = m.start("age"), m.end("age")
            surface = text[start:end]
            if rule in ("born", "decade"):
                core = m.group("n") or m.group("word")
            else:
                # "15-16 år" → "15-16", "51-årig" → "51"
                core = re.sub(r"\s*år$|[-‐ ]?årige?$", "", surface).strip()
            out.append(Candidate(start, end, surface, AGE, core, DETECTOR, 0.9))
    return out
