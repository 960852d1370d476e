"""Names, places and organisations in text without capitals (speech-to-text output: "jeg hedder mikkel og
bor i silkeborg").

Capitals carry most of the other detectors; in a transcript written all in lower case they say nothing.
Here the name lists carry it, with a homograph guard: a listed first name that is no Danish word
("mikkel", "sabrina") is a name anywhere; one that is also a word ("lis", "bo", "lærke", "maj") or a
word no list knows ("milla", "yara") needs evidence from its context: a naming verb ("hedder",
"kalder vi hende"), a relation noun or title before it ("min søster", "doktor"), a surname after it,
or being coordinated with a name already found ("yara og adam"). Towns that are words ("give",
"tarm") need a place preposition. Only documents that are (nearly) all lower case are read this way,
so capitalised text keeps the stricter rules of the other detectors. This module finds the persons;
places and organisations are :mod:`qcode.anonymise.detectors.uncased_places`, the shared word lists
:mod:`qcode.anonymise.detectors.uncased_words`.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable

from qcode.anonymise.candidates import PERSON, Candidate
from qcode.anonymise.detectors.english import INTERJECTIONS
from qcode.anonymise.detectors.shape import FILLER
from qcode.anonymise.detectors.structure import is_role
from qcode.anonymise.detectors.uncased_places import INSTITUTION_HEADS, find_organisations, find_places
from qcode.anonymise.detectors.uncased_words import (
    RELATIONS,
    Add,
    Tokens,
    is_first_name,
    may_be_name,
    word_lists,
)
from qcode.anonymise.lexicon import (
    is_homograph,
    is_word,
)

DETECTOR = "uncased"

_TOKEN = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
# Speaker labels and time codes are not speech: "SPEAKER_01:", "Taler 2:", "[00:03:12]", "<v Speaker 1>"
_LABEL = re.compile(
    r"(?m)^[ \t]*(?:\[?\d[\d:.,]*\]?[ \t]*)?(?:<v [^>]*>"
    r"|(?i:speaker|taler|spk|deltager)[ _]?\d+[ \t]*(?:\([\d:.,]+\))?[ \t]*(?:[\d:.,]+[ \t]*$|:)?"
    r"|[^\n:]{1,30}:(?=[ \t])|\d[\d:., >-]*$)")
_SENTENCE_START = re.compile(r"(?:^|[.!?][ \t]+)[ \t]*[\"“(]?(?P<w>[^\W\d_])", re.MULTILINE)
_GENERIC_LABELS = frozenset("speaker speaker_00 taler deltager interviewer webvtt note".split())

# Words before a name that say it is one.
_NAMING = frozenset("hedder hed hedde kaldet kaldes kalder kaldte navn navnet døbt".split())
# Compounds of a relation or a helper: "klasselæreren", "studievejleder", "hjemmesygeplejersken".
_RELATION_ENDINGS = ("lærer", "læreren", "vejleder", "vejlederen", "pædagog", "pædagogen", "rådgiver",
                     "rådgiveren", "kammerat", "kammeraten", "veninde", "veninden", "makker", "makkeren",
                     "plejerske", "plejersken", "konsulent", "konsulenten", "søster", "søsteren", "broren")
# "milla hun sender penge": spoken Danish repeats the subject as a pronoun right after a name.
_PRONOUN_AFTER = frozenset("han hun".split())
_NICKNAME_AFTER = frozenset("som ham hende han hun".split())
# A word after which a homograph is the ordinary word: "en lærke", "det er min lykke", "i skoven".
_COMMON_BEFORE = frozenset(
    "en et den det de denne dette disse en anden sådan sådanne nogen noget ingen al alt hele stor stort "
    "lille god godt ny nyt gammel hver hvert meget mere mest af".split())
_PARTICLES = frozenset("al el bin ibn abu umm ben bint van von der den de da di du la le ter af á".split())


def is_uncased(text: str) -> bool:
    """True when the speech in ``text`` is written without capitals (speech-to-text output)."""
    speech = _LABEL.sub(" ", text)
    # a line's first word is often a speaker label or a time code ("Speaker 2 (00:00:15):")
    words = [w for line in speech.splitlines() for w in _TOKEN.findall(line)[1:]
             if w.casefold() not in _GENERIC_LABELS and w != "I"]
    if len(words) < 20 or sum(w[:1].isupper() for w in words) / len(words) >= 0.03:
        return False
    # spoken Danish has few capitals anyway; a cased transcript still opens its sentences with one
    starts = [m.group("w") for m in _SENTENCE_START.finditer(speech)]
    return not starts or sum(s.isupper() for s in starts) / len(starts) < 0.3




def lower_case_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every sentence of a capitalised transcript that was typed all in lower case (a
    tired or hurried transcriber: "jeg ser tit milla og hendes mand"): at least four words of speech
    after any speaker label and not one capital, where a cased transcript opens every sentence with one."""
    found = []
    position = 0
    for line in text.splitlines(keepends=True):
        label = _LABEL.match(line)
        offset = label.end() if label else 0
        words = [w for w in _TOKEN.findall(line[offset:]) if w != "I"]
        if len(words) >= 4 and not any(w[:1].isupper() for w in words):  # the whole turn
            found.append((position + offset, position + len(line.rstrip("\r\n"))))
            position += len(line)
            continue
        for sentence in _SENTENCE.finditer(line, offset):
            words = [w for w in _TOKEN.findall(sentence.group(0)) if w != "I"]
            if len(words) >= 4 and not any(w[:1].isupper() for w in words):
                start = position + (offset if sentence.start() <= offset and label else sentence.start())
                found.append((start, position + sentence.end()))
        position += len(line)
    return found


_SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?]+|$)", re.MULTILINE)
# A speaker label that is a name ("Lærke:", "lærke:") at the start of a line.
_NAME_LABEL = re.compile(r"(?m)^[ \t]*(?P<name>[^\W\d_]+(?:[ -][^\W\d_]+)?)[ \t]*:")
# A header line's role and the name after it ("interviewer: trine ørskov.", "informant: ivalo kreutzmann,")
_ROLE_HEADER = re.compile(
    r"(?i)\b(?:interviewer|informant|interviewperson|deltager|transskribent|transskriberet af|moderator"
    r"|tolk)\s*:\s*(?P<name>[^\W\d_]+(?:[ -][^\W\d_]+){0,2})(?=\s*[,.;\n]|\s*$)")


def _strong_names(text: str, firsts: frozenset[str]) -> set[str]:
    """Names the transcript itself declares, case-folded: a recurring speaker label that is a name (not
    a role such as "Interviewer", "I", "IP", and not a header field such as "Dato:"), and the name after
    a role in a header ("interviewer: trine ørskov")."""
    labels: dict[str, int] = {}
    for m in _NAME_LABEL.finditer(text):
        low = m.group("name").casefold()
        labels[low] = labels.get(low, 0) + 1
    names = set()
    for label, count in labels.items():
        words = label.replace("-", " ").split()
        if count >= 2 and all(may_be_name(w) and not is_role(w) and w not in _GENERIC_LABELS
                              and (is_first_name(w, firsts) or not is_word(w)) for w in words):
            names.update(words)
    for m in _ROLE_HEADER.finditer(text):
        words = m.group("name").casefold().replace("-", " ").split()
        # a first and a last name, neither an ordinary word ("Interviewer: Ja, …" is a turn, not a header)
        if len(words) >= 2 and all(may_be_name(w) and (is_first_name(w, firsts) or not is_word(w))
                                   for w in words):
            names.update(words)
    return names


def _declared_spans(text: str, strong: set[str]) -> list[tuple[int, int]]:
    """Lower-case speaker labels and header names of ``strong``, to be read with the stretches."""
    spans = [(m.start("name"), m.end("name")) for m in _NAME_LABEL.finditer(text)
             if m.group("name").islower() and set(m.group("name").replace("-", " ").split()) <= strong]
    spans += [(m.start("name"), m.end("name")) for m in _ROLE_HEADER.finditer(text)
              if m.group("name").islower() and set(m.group("name").replace("-", " ").split()) <= strong]
    return spans


_MID_SENTENCE_CAPITAL = re.compile(r"(?<=[\w,;] )(?P<w>[A-ZÆØÅ][a-zæøå]+(?:-[A-ZÆØÅ][a-zæøå]+)?)\b")


def _capitalised_elsewhere(text: str, stretches: list[tuple[int, int]]) -> list[str]:
    """Words the transcriber capitalised in the middle of a sentence outside the lower-case stretches:
    proper nouns of this document, so their lower-case mentions in the stretches are names too."""
    inside = _inside(stretches)
    return [m.group("w") for m in _MID_SENTENCE_CAPITAL.finditer(text) if not inside(m.start())]


def _inside(stretches: list[tuple[int, int]]) -> Callable[[int], bool]:
    starts = [s for s, _e in stretches]

    def inside(position: int) -> bool:
        k = bisect_right(starts, position) - 1
        return k >= 0 and position < stretches[k][1]
    return inside


def detect_uncased(text: str, known: Iterable[str] = ()) -> list[Candidate]:
    """Persons, places and organisations of a lower-case document, or of the lines typed in lower case
    in a capitalised one (empty when there are none)."""
    firsts, surnames, places, orgs = word_lists()
    if is_uncased(text):
        tokens = [(m.start(), m.end(), m.group(0).casefold()) for m in _TOKEN.finditer(text)]
        strong = _strong_names(text, firsts)
    else:
        stretches = lower_case_lines(text)
        if not stretches:
            return []
        known = [*known, *_capitalised_elsewhere(text, stretches)]
        strong = _strong_names(text, firsts)
        stretches = sorted({*stretches, *_declared_spans(text, strong)})
        tokens = []
        for start, end in stretches:  # a line break token keeps a phrase from running on into the next line
            tokens += [(m.start(), m.end(), m.group(0).casefold()) for m in _TOKEN.finditer(text, start, end)]
            tokens.append((end, end, "\n"))
    lows = [t[2] for t in tokens]
    out: list[Candidate] = []
    taken: set[int] = set()

    def add(i: int, j: int, label: str, reason: str, score: float = 0.7, core: str | None = None) -> None:
        if any(k in taken for k in range(i, j)):
            return
        taken.update(range(i, j))
        start, end = tokens[i][0], tokens[j - 1][1]
        surface = text[start:end]
        out.append(Candidate(start, end, surface, label, core or surface, DETECTOR, score, reason))

    find_organisations(text, tokens, lows, orgs, places, add)
    find_places(text, tokens, lows, places, add)
    names: dict[str, str] = {}
    # a name known from another document is evidence here only when it is no Danish word ("mikkel");
    # "bo", "hans" or "maj" must show they are names in this document's own context
    for k in known:
        low = k.casefold()
        if k and " " not in k and may_be_name(low) and not (is_word(low) or is_homograph(low)):
            names[low] = "known from another document"
    for low in strong:
        names.setdefault(low, "a speaker label or a name in the header")
    for i, low in enumerate(lows):
        if i in taken or not may_be_name(low):
            continue
        listed = is_first_name(low, firsts)
        ambiguous = is_word(low) or is_homograph(low)
        cue = _cue(text, tokens, lows, i, listed, surnames)
        if text[tokens[i][1]:tokens[i][1] + 1] == "." and not listed and len(low) <= 5:
            continue  # "tidl.", "ca.": an abbreviation
        if listed and not ambiguous:
            reason = "lexicon: first name that is no Danish word" + (f", {cue}" if cue else "")
        elif cue and (listed or not ambiguous or "(naming)" in cue):
            reason = ("lexicon: first name, " if listed else "unknown word, ") + cue
        else:
            continue
        j = _extend(i + 1, text, tokens, surnames, firsts)
        add(i, j, PERSON, reason, 0.75 if listed else 0.65)
        names.setdefault(low, reason)
    _coordinated(tokens, lows, firsts, names, add, taken)
    _propagate(tokens, lows, names, add, taken)
    return out


# Before a name: a naming verb ("hedder", "vi kaldte ham", "alle siger bare"), "gift med", "jeg er" (for
# a listed first name).
_NAMED_BEFORE = re.compile(
    r"(?:\b(?:hedder|hed|hedde|kaldet|kaldes|navn er|name is|døbt)"
    r"|\bkald(?:er|te|e)\s+(?:mig|ham|hende|os|dem)"
    r"|\b(?:alle|de|vi|folk)\s+(?:siger|sagde|kalder|kaldte)(?:\s+(?:bare|altid|for))?"
    r"|\b(?:gift|sammen|skilt|kæreste|forlovet)\s+(?:med|fra))\s*,?\s*$")
_LISTED_BEFORE = re.compile(r"\b(?:jeg er|i'm|i am|det er|det var|der er|hedder|hilse på)\s*,?\s*$")
# After a name in subject position: a finite verb ("kaj har et drivhus", "aksel blev dårlig").
_SUBJECT_VERBS = frozenset(
    """har havde er var blev bliver kom kommer sagde siger bor boede ringer ringede døde gik går tog tager
    fik får kan kunne skal skulle vil ville synes mente sidder sad spurgte hjalp hjælper arbejder
    arbejdede plejer plejede vidste ved lavede laver elsker elskede hentede henter sendte sender""".split())
_CLAUSE_START = frozenset("og men så da når hvis at fordi mens hvor der".split())


def _cue(text: str, tokens: list[tuple[int, int, str]], lows: list[str], i: int, listed: bool,
         surnames: frozenset[str]) -> str:
    """The context that says token ``i`` is a name ("" when nothing does)."""
    prev = lows[i - 1] if i else ""
    nxt = lows[i + 1] if i + 1 < len(lows) else ""
    before = text[max(0, tokens[i][0] - 40):tokens[i][0]]
    if _NAMED_BEFORE.search(before):
        return f"after '{before.split()[-1] if before.split() else ''}' (naming)"
    if prev in RELATIONS or (prev.endswith(_RELATION_ENDINGS) and len(prev) > 7 and may_be_name(prev)):
        if nxt in _SUBJECT_VERBS:  # "pædagogen pil siger": a relation, then the subject of a verb
            return f"after the relation word '{prev}', subject of '{nxt}' (naming)"
        return f"after the relation word '{prev}'"
    if listed and _LISTED_BEFORE.search(before):
        return f"after '{' '.join(before.split()[-2:])}'"
    if nxt in surnames and may_be_name(nxt) and (listed or not is_word(lows[i])):
        return f"before the surname '{nxt}'"
    if nxt == "som" and "kalder" in lows[i + 2:i + 5]:
        return "'… som vi kalder'"
    if nxt == "og" and i + 2 < len(lows) and lows[i + 2] == "jeg":
        return "'… og jeg'"
    # a word no dictionary knows, opening a clause before a verb: "det er der hvor mo arbejder"
    unknown = not is_word(lows[i]) and lows[i] not in INTERJECTIONS and not FILLER.match(lows[i])
    if (listed or unknown) and nxt in _SUBJECT_VERBS:
        gap = text[tokens[i - 1][1]:tokens[i][0]] if i else "\n"
        if not i or "\n" in gap or any(c in gap for c in ",.;:!?") or prev in _CLAUSE_START:
            return f"subject of '{nxt}'"
    if listed and nxt in _PRONOUN_AFTER and lows[i + 2:i + 3] and lows[i + 2] in _SUBJECT_VERBS:
        return f"'{lows[i]} {nxt} {lows[i + 2]}' (a name repeated as a pronoun)"
    return ""


def _extend(j: int, text: str, tokens: list[tuple[int, int, str]], surnames: frozenset[str],
            firsts: frozenset[str]) -> int:
    """Past the first name: surnames, second first names and particles ("nour al hassan"), never over
    punctuation ("klaus: aahhr" is a label and a filler)."""
    lows = [t[2] for t in tokens]
    end = j
    while end < len(lows) and end - j < 3 and not text[tokens[end - 1][1]:tokens[end][0]].strip():
        low = lows[end]
        if low in _PARTICLES and end + 1 < len(lows) and not is_word(lows[end + 1]) \
                and may_be_name(lows[end + 1]):
            end += 2
            continue
        if may_be_name(low) and (low in surnames or (not is_word(low) and (low in firsts or len(low) > 3)
                                                   and low not in INSTITUTION_HEADS)):
            end += 1
            continue
        break
    return end


def _coordinated(tokens: Tokens, lows: list[str], firsts: frozenset[str], names: dict[str, str], add: Add,
                 taken: set[int]) -> None:
    """"yara og adam", "ella og milla": a word joined to a name by og/eller is one too."""
    for _round in range(2):
        for i, low in enumerate(lows):
            if low not in names or i in taken and _round and False:
                continue
            for k in (i - 2, i + 2):
                if not 0 <= k < len(lows) or k in taken or lows[(i + k) // 2] not in ("og", "eller"):
                    continue
                other = lows[k]
                if not may_be_name(other) or other in RELATIONS or other in INSTITUTION_HEADS:
                    continue
                after = lows[k + 1] if k + 1 < len(lows) and k > i else ""
                # "rasmus eller ras ham kender jeg", "sebastian eller basse som alle kalder ham"
                nickname = lows[(i + k) // 2] == "eller" and k > i and after in _NICKNAME_AFTER
                if is_first_name(other, firsts) or not is_word(other) or nickname:
                    add(k, k + 1, PERSON, f"coordinated with the name '{low}'", 0.6)
                    names.setdefault(other, "coordinated")


def _propagate(tokens: Tokens, lows: list[str], names: dict[str, str], add: Add, taken: set[int]) -> None:
    """Every other mention of a name found in this document; a name that is also a word ("lærke",
    "bo") not after an article or determiner ("en lærke", "at bo")."""
    for i, low in enumerate(lows):
        if i in taken or low not in names:
            continue
        prev = lows[i - 1] if i else ""
        if (is_word(low) or is_homograph(low)) and (prev in _COMMON_BEFORE or prev in ("at", "og", "for")):
            continue
        add(i, i + 1, PERSON, f"name found elsewhere in the document ({names[low]})", 0.6)
