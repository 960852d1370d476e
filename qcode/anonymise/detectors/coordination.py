"""Names coordinated with a found person: "Bamse og Lillemor", "Tulle eller Mette".

A capitalised word joined by "og"/"eller" to a person name is most likely a person too, even
when it is also an ordinary word ("Bamse", "Lillemor") or stands at the start of a sentence, where
capitals say nothing. Pronouns, role words, fillers, brands and known places are never taken. A comma
is no join: "Ja, Palle" and "Jamen, Line" address someone.
"""

from __future__ import annotations

import re

from spacy.lang.da.stop_words import STOP_WORDS

from qcode.anonymise.candidates import PERSON, Candidate
from qcode.anonymise.detectors.common import FILLER_WORDS, NAME_WORD
from qcode.anonymise.detectors.shape import NOT_NAMES
from qcode.anonymise.detectors.structure import is_role
from qcode.anonymise.lexicon import country_set

DETECTOR = "context"
_JOIN = r"[ \t]+(?:og|eller|and|or)[ \t]+"  # "Oleh and Taras": code-switching speakers too
_LEFT = re.compile(rf"(?<![\w-])(?P<name>{NAME_WORD}){_JOIN}$")
_RIGHT = re.compile(rf"^{_JOIN}(?P<name>{NAME_WORD})(?![\w-])")
# Family words that are capitalised at a sentence start: "Mor og Lone" names one person, not two.
_KIN = frozenset("mor far bror søster farmor farfar mormor morfar onkel tante mine min".split())


def _acceptable(word: str) -> bool:
    low = word.casefold()
    return not (low in STOP_WORDS or low in NOT_NAMES or low in _KIN or low in FILLER_WORDS
                or is_role(low)
                or word in country_set() or (word.isupper() and len(word) <= 3))


def detect_coordinated(text: str, found: list[Candidate]) -> list[Candidate]:
    """Persons coordinated with the PERSON candidates in ``found`` that no candidate covers yet."""
    covered = [(c.start, c.end) for c in found]
    out: list[Candidate] = []

    def take(start: int, word: str) -> None:
        end = start + len(word)
        if _acceptable(word) and not any(s < end and start < e for s, e in covered):
            out.append(Candidate(start, end, word, PERSON, word, DETECTOR, 0.6))
            covered.append((start, end))

    for cand in [c for c in found if c.label == PERSON]:
        left = _LEFT.search(text, max(0, cand.start - 40), cand.start)
        if left:
            take(left.start("name"), left.group("name"))
        right = _RIGHT.search(text[cand.end:cand.end + 40])
        if right:
            take(cand.end + right.start("name"), right.group("name"))
    return out
