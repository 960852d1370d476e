"""Small text helpers the detectors share: Danish name-form patterns and sentence position."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from functools import lru_cache

# Danish letters plus every other Latin letter names arrive with ("Małgorzata", "Ayşe", "Đorđe").
_LATIN = [chr(c) for c in range(0x00C0, 0x0250) if chr(c).isalpha()]
UPPER = "A-Z" + "".join(c for c in _LATIN if c.isupper())
LOWER = "a-z" + "".join(c for c in _LATIN if c.islower())
LETTER = rf"[{UPPER}{LOWER}]"
# A capitalised word, possibly hyphenated ("Anne-Mette", "Hans-Henrik"), or an all-caps one.
# "McKenzie", "DeShawn", "O'Brien": a particle glued to a capitalised name
GLUED_PARTICLE = r"(?:Mc|Mac|O['’]|D['’]|De|Di|La|Le)?"
NAME_WORD = (rf"(?:{GLUED_PARTICLE}[{UPPER}][{LOWER}]+(?:-[{UPPER}][{LOWER}]+)*"
             rf"|[{UPPER}]{{2,}}(?:-[{UPPER}]{{2,}})*)")
APOSTROPHES = "'’´`"
# Danish genitive: "Lines", "Mathias'", "Mathias’", also with an apostrophe-s after an abbreviation.
POSSESSIVE = rf"(?:[sS](?![{LOWER}])|[{APOSTROPHES}][sS]?)?"
# Upper-case shorthand that is no person's initials, whatever names a document holds
NOT_INITIALS = frozenset("DR TV SU OK EU FN PC IT ID CV KL DSB USA UK MR CT EKG ADHD PTSD SMS PDF NN AA NA "
                         "BH IP INT KOL INR".split())
MONTH_NAMES = "januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december"
# Spoken openers that a capital at a turn's start makes look like names ("Jamen, Line …").
FILLER_WORDS = frozenset(
    "altså jamen nå okay øh hmm ja nej jo men og så hej tak godt fint nemlig præcis".split())
_SENTENCE_END = set(".!?:;…\"”“«»'’‘([–—")


def is_sentence_initial(text: str, pos: int) -> bool:
    """True when the word at ``pos`` opens a sentence, a line, a turn or a quotation."""
    i = pos - 1
    while i >= 0 and text[i] in " \t":
        i -= 1
    if i < 0 or text[i] in "\r\n":
        return True
    ch = text[i]
    if ch in "’'‘\"”“«»([–—-":
        # an opening quote or dash: look at what precedes it
        j = i - 1
        while j >= 0 and text[j] in " \t":
            j -= 1
        # a quotation opens a sentence even after a comma: sagde han, ’Tom ...
        return j < 0 or text[j] in "\r\n," or text[j] in _SENTENCE_END
    if ch == "." and i >= 2 and text[i - 2 : i + 1].lower() in ("hr.", "fr."):
        return False
    if ch == "]":
        # a transcriber's note between two sentences: "skizofreni. [griner] Hans datter …"
        opening = text.rfind("[", max(0, i - 60), i)
        if opening >= 0:
            return is_sentence_initial(text, opening)
    return ch in _SENTENCE_END


def case_variants(name: str) -> set[str]:
    """The forms a name takes in transcripts: as given, Title-Case and UPPER ("Anne-Mette", "ANNE-METTE")."""
    title = "-".join(p[:1].upper() + p[1:].lower() for p in name.split("-"))
    title = " ".join(w[:1].upper() + w[1:] for w in title.split(" "))
    return {name, title, name.upper()}


def names_regex(names: Iterable[str]) -> re.Pattern[str] | None:
    """One case-sensitive pattern for all ``names`` with Danish possessive endings.

    Longer forms come first so "Anne-Mette" wins over "Anne". A name may not sit inside a word or
    after "letter-" ("Mette" in "Anne-Mette"), but may be followed by a hyphen ("Hus Forbi-sælger").
    """
    forms = sorted({n for n in names if n}, key=len, reverse=True)
    if not forms:
        return None
    # grouped by first character, so the engine rejects most words after one comparison
    by_first: dict[str, list[str]] = {}
    for form in forms:
        by_first.setdefault(form[0], []).append(re.escape(form[1:]))
    alternation = "|".join(f"{re.escape(c)}(?:{'|'.join(rests)})" for c, rests in sorted(by_first.items()))
    return re.compile(
        rf"(?<![\w])(?<!\w-)(?P<core>{alternation})(?P<poss>{POSSESSIVE})(?![\w])"
    )


_LOWER_WORD = re.compile(r"(?<![\w\-'’])[a-zæøåäöüéè]+(?![\w\-'’])")


@lru_cache(maxsize=8)
def lower_case_words(text: str) -> Counter[str]:
    """How often each word stands in ``text`` in lower case (cached for the last few texts)."""
    return Counter(_LOWER_WORD.findall(text))


def said_in_lower_case(text: str, word: str) -> bool:
    """A capitalised word that the same text writes in lower case again and again ("Ded" beside a dozen
    "ded", "Hanj" beside "hanj" in a dialect transcript): a word of the text's own language, not a name,
    which Danish capitalises everywhere. A name typed in lower case now and then by speech-to-text
    ("danylo") is rarer than that."""
    if " " in word or not word[:1].isupper():
        return False
    # twice is enough where sentences start with capitals; a text that often starts them in lower case
    # (speech-to-text) writes names in lower case too ("danylo"), so there it takes four times
    return lower_case_words(text)[word.casefold()] >= (2 if _starts_cased(text) else 4)


# a sentence's end, not an ellipsis ("femogfyrre... nej"), then its first letter (after a speaker label)
_SENTENCE_START = re.compile(
    r"(?:(?<!\.)[.!?](?!\.)\s+|\n[ \t]*(?:[^\W\d_][\w ]{0,25}:[ \t]*)?)(?P<c>[^\W\d_])")


@lru_cache(maxsize=8)
def _starts_cased(text: str) -> bool:
    """Nineteen sentences in twenty or more start with a capital letter."""
    starts = [m.group("c") for m in _SENTENCE_START.finditer(text)]
    return not starts or sum(c.isupper() for c in starts) >= 0.95 * len(starts)


# Family words said as names of address ("Mormor, hun siger …", "Dodde-mormor"): no nickname of someone else
KIN_ADDRESS = frozenset("mor far mormor morfar farmor farfar bror søster onkel tante moster faster mutter "
                        "fatter bedste bedstemor bedstefar oldemor oldefar svigermor svigerfar".split())

# Capitalised words for a place or an institution named after someone ("Dronning Louises Bro", "Willy
# Sørensens Plads", "Sankt Nikolaj Kirke"): a name before one of them names the place, not a person there
NAMED_AFTER_HEADS = frozenset(
    "Plads Vej Gade Allé Alle Boulevard Stræde Torv Park Have Bro Kvarter Anlæg Havn Hospital Sygehus "
    "Skole Kirke Kirkegård Kapel Sogn Stift Kollegium Stiftelse Institut Hotel Kaserne Center Hjem "
    "Plejehjem".split())
HEAD_AFTER = rf"[ \t]+(?:{'|'.join(sorted(NAMED_AFTER_HEADS, key=len, reverse=True))})\b"
