"""Context-aware propagation: a name confirmed in one document is looked for in the others with the
evidence of its new context, not as a bare string.

"Vinter" the person in one interview is no reason to replace "Vinter" opening a sentence about the
season in the next, nor "Bo" in "Bo og jeg" a reason to take "Bo" in "Bo sammen med…". A known name
that is also an ordinary word, an English word or an interjection is taken in a new document only in
name position: capitalised mid-sentence, before a verb as a subject ("Bo kom"), after a relation word,
a title or a naming verb ("min mand Bo", "hedder Bo"), or beside another capitalised name ("Bo
Lauridsen"). A name that is no word ("Mikkel", "Nhung") needs no evidence.
"""

from __future__ import annotations

import re

from qcode.anonymise.detectors.common import is_sentence_initial
from qcode.anonymise.detectors.english import ENGLISH_WORDS, INTERJECTIONS
from qcode.anonymise.lexicon import is_homograph, is_ordinary_word

_SUBJECT_VERB = re.compile(
    # "er"/"var" are left out: "Vinter er hård" is the season as often as "Bo er syg" is the man
    r"[ \t]+(?:har|havde|kom|kommer|sagde|siger|bor|boede|gik|går|kan|kunne|skal|skulle"
    r"|vil|ville|fik|får|ringede|ringer|tog|tager|synes|mente|sidder|sad|spurgte|hedder|døde|fortalte"
    r"|fortæller|arbejder|arbejdede|hjalp|hjælper|plejer|plejede)\b|\s*[,:]\s")
_CUE_BEFORE = re.compile(
    r"(?i)\b(?:hedder|hed|kaldet|kalder\s+\w+|min|mit|din|hans|hendes|vores|deres|søster|bror|mor|far|mand"
    r"|kone|kæreste|ven|veninde|datter|søn|nabo|kollega|makker|fru|hr\.?|doktor|dr\.?|pastor|med|og|til)"
    r"[ \t,]+$")
_NAME_BESIDE = re.compile(r"^[ \t]+[A-ZÆØÅ][a-zæøå]+|[A-ZÆØÅ][a-zæøå]+[ \t]+$")


def ambiguous(form: str) -> bool:
    """True when a known name is also a word people say ("Vinter", "Bo", "Only", "Tamam")."""
    low = form.casefold()
    return " " not in form and (is_homograph(low) or is_ordinary_word(low) or low in ENGLISH_WORDS
                                or low in INTERJECTIONS or len(low) <= 2)


def evidence(text: str, start: int, end: int, form: str) -> str:
    """Why the known name ``form`` at ``[start, end)`` is that name here ("" when nothing says so)."""
    if not ambiguous(form):
        return "a known name that is no ordinary word"
    if text[start:start + 1].islower():
        return ""
    if not is_sentence_initial(text, start):
        return "capitalised mid-sentence"
    if _SUBJECT_VERB.match(text, end):
        return "the subject of a verb"
    if _CUE_BEFORE.search(text, max(0, start - 24), start):
        return "after a relation word, a title or a naming verb"
    if _NAME_BESIDE.match(text, end) or _NAME_BESIDE.search(text, max(0, start - 24), start):
        return "beside another capitalised name"
    return ""
