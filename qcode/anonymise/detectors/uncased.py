"""Names, places and organisations in text without capitals (speech-to-text output: "jeg hedder mikkel og
bor i silkeborg").

Capitals carry most of the other detectors; in a transcript written all in lower case they say nothing.
Here the name lists carry it, with a homograph guard: a listed first name that is no Danish word
("mikkel", "sabrina") is a name anywhere; one that is also a word ("lis", "bo", "lærke", "maj") or a
word no list knows ("milla", "yara") needs evidence from its context: a naming verb ("hedder",
"kalder vi hende"), a relation noun or title before it ("min søster", "doktor"), a surname after it,
or being coordinated with a name already found ("yara og adam"). Towns that are words ("give",
"tarm") need a place preposition. Only documents that are (nearly) all lower case are read this way,
so capitalised text keeps the stricter rules of the other detectors.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from functools import lru_cache

from spacy.lang.da.stop_words import STOP_WORDS

from qcode.anonymise.candidates import ORG, PERSON, PLACE, Candidate
from qcode.anonymise.detectors.english import ENGLISH_WORDS, INTERJECTIONS
from qcode.anonymise.detectors.public import public_words
from qcode.anonymise.detectors.shape import FILLER
from qcode.anonymise.detectors.structure import is_role
from qcode.anonymise.lexicon import (
    country_set,
    first_name_set,
    foreign_cities,
    foreign_countries,
    is_homograph,
    is_ordinary_word,
    is_word,
    organisations,
    regions,
    surname_set,
    towns,
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
_RELATIONS = frozenset(
    """veninde veninden ven vennen kammerat kammeraten kæreste kæresten søster søsteren bror broren
    lillebror storebror lillesøster storesøster mor moren far faren søn sønnen datter datteren kollega
    kollegaen mand manden kone konen nabo naboen onkel tante fætter kusine eks ekskæreste svigerinde
    svoger svigermor svigerfar farmor farfar mormor morfar barnebarn barnebarnet børnebarn pædagog
    pædagogen kontaktperson kontaktpædagog sagsbehandler sagsbehandleren mentor psykolog læge lægen
    makker makkeren chef chefen præst præsten bostøtte støttekontaktperson misbrugskonsulent
    jobkonsulent rådgiver socialrådgiver terapeut sygeplejerske hjemmehjælper hjemmehjælperen lærer
    læreren underviser doktor dr pastor professor overlæge fru hr frk stedfar stedmor plejemor plejefar
    papfar papmor mama mormor farmor bedstemor bedstefar oldemor ven veninder kammerater drengen pigen
    ægtemand hustru samlever forlovede kusinen fætteren nevø niece gudmor gudfar træner træneren""".split()
)
# Compounds of a relation or a helper: "klasselæreren", "studievejleder", "hjemmesygeplejersken".
_RELATION_ENDINGS = ("lærer", "læreren", "vejleder", "vejlederen", "pædagog", "pædagogen", "rådgiver",
                     "rådgiveren", "kammerat", "kammeraten", "veninde", "veninden", "makker", "makkeren",
                     "plejerske", "plejersken", "konsulent", "konsulenten", "søster", "søsteren", "broren")
# "milla hun sender penge": spoken Danish repeats the subject as a pronoun right after a name.
# Spoken function words the stop list lacks: "alle siger bare maj", "hun kalder mig sin datter".
_FUNCTION_WORDS = frozenset(
    """bare sin sit sine lige altid aldrig også vel jo nu så da godt ikke heller nok sgu altså egentlig
    faktisk måske stadig stadigvæk igen sammen hjemme ellers bagefter først sidst lidt meget mere mest
    helt hele
    sådan sådanne noget nogen nogle ingen hver hvert alle andre anden andet samme selv selve egen eget
    fru hr frk mama mor far mormor morfar farmor farfar mami papa baba bror søster""".split()
)
_PRONOUN_AFTER = frozenset("han hun".split())
_NICKNAME_AFTER = frozenset("som ham hende han hun".split())
# A word after which a homograph is the ordinary word: "en lærke", "det er min lykke", "i skoven".
_COMMON_BEFORE = frozenset(
    "en et den det de denne dette disse en anden sådan sådanne nogen noget ingen al alt hele stor stort "
    "lille god godt ny nyt gammel hver hvert meget mere mest af".split())
_PLACE_BEFORE = frozenset("i fra til ved på nær omkring mod udenfor over via gennem".split())
_PARTICLES = frozenset("al el bin ibn abu umm ben bint van von der den de da di du la le ter af á".split())
# Organisations: an institution noun followed by its name ("herberget fyrtårnet", "vuggestuen
# solstrålen"), or a name followed by an institution word ("resenbro skole", "holbæk sygehus").
_INSTITUTIONS = frozenset(
    """herberget værestedet ældrecentret seniorklubben opholdsstedet vuggestuen børnehaven bostedet
    plejehjemmet krisecentret varmestuen forsorgshjemmet klubben foreningen kollegiet caféen cafeen
    fritidsklubben ungdomsklubben efterskolen
    lokalcentret familiehuset medborgerhuset beboerhuset højskolen friskolen skolen centret centeret
    botilbuddet dagtilbuddet aktivitetscentret sprogcentret sprogskolen asylcentret
    behandlingsstedet behandlingscentret misbrugscentret""".split())
_INSTITUTION_HEADS = frozenset(
    "skole skolen sygehus sygehuset hospital hospitalet gymnasium efterskole friskole plejehjem kirke "
    "sprogcenter center centret idrætsforening boldklub".split())
_INSTITUTION_ENDINGS = ("hjemmet", "stedet", "centret", "centeret", "huset", "stuen", "haven", "klubben",
                        "skolen", "tilbuddet", "behandlingen")
_HEAD_ENDINGS = ("klub", "værft", "skole", "gymnasium", "sygehus", "hospital", "kirke", "fabrik", "forening",
                 "center", "bibliotek")
# Ordinary words that end like the name of a place or a house ("solgården", "egelunden", "fyrtårnet").
_NAME_ENDINGS = ("gården", "lunden", "huset", "strålen", "tårnet", "klubben", "højen", "bakken", "hjemmet")
_COMPOUND_HEADS = ("skolen", "skole", "klubben", "gymnasium", "gymnasiet", "hospitalet", "centret", "hjemmet",
                   "børnehave", "børnehaven", "vuggestuen", "plejehjem", "plejehjemmet")
# "jobcentret", "sprogskolen": the generic public service, not a named institution
_GENERIC_PREFIXES = ("job", "sprog", "krise", "sundheds", "social", "børne", "ungdoms", "fritids",
                     "aktivitets", "misbrugs", "behandlings", "dag", "special", "folke", "kommune")
_HEAD_FIRST = frozenset("sprogcenter center jobcenter sprogskolen".split())
_VERB_ENDINGS = ("er", "ede", "te", "es", "ende")
_NAME_THEN = re.compile(r"[ \t]+(?:og|om|hvor|som|der|i|på|hver|ovre|inde|ude)\b")


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


Tokens = list[tuple[int, int, str]]  # (start, end, case-folded word)
Lookup = dict[tuple[str, ...], str]
Add = Callable[..., None]  # add(first token, end token, label, reason, score=…, core=…)
Lexicons = tuple[frozenset[str], frozenset[str], dict[tuple[str, ...], str], dict[tuple[str, ...], str]]


@lru_cache(maxsize=1)
def _lists() -> Lexicons:
    firsts = frozenset(n.casefold() for n in first_name_set())
    surnames = frozenset(n.casefold() for n in surname_set())
    places: dict[tuple[str, ...], str] = {}
    for entry in (*towns(), *regions(), *foreign_countries(), *foreign_cities()):
        places.setdefault(tuple(entry.casefold().split()), PLACE)
    orgs: dict[tuple[str, ...], str] = {}
    public = public_words()
    for entry in organisations():
        key = tuple(entry.casefold().split())
        if " ".join(key) not in public:
            orgs[key] = ORG
    return firsts, surnames, places, orgs


def _first(low: str, firsts: frozenset[str]) -> bool:
    return low in firsts or ("-" in low and all(p in firsts for p in low.split("-")))


def _plain(low: str) -> bool:
    """A token that may be a name at all: no function word, English word, role, relation or title."""
    return not (low in STOP_WORDS or low in _FUNCTION_WORDS or low in ENGLISH_WORDS or low in _RELATIONS
                or is_role(low) or len(low) < 2)


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
        if count >= 2 and all(_plain(w) and not is_role(w) and w not in _GENERIC_LABELS
                              and (_first(w, firsts) or not is_word(w)) for w in words):
            names.update(words)
    for m in _ROLE_HEADER.finditer(text):
        words = m.group("name").casefold().replace("-", " ").split()
        # a first and a last name, neither an ordinary word ("Interviewer: Ja, …" is a turn, not a header)
        if len(words) >= 2 and all(_plain(w) and (_first(w, firsts) or not is_word(w)) for w in words):
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
    firsts, surnames, places, orgs = _lists()
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

    _organisations(text, tokens, lows, orgs, places, add)
    _places(text, tokens, lows, places, add)
    names: dict[str, str] = {}
    # a name known from another document is evidence here only when it is no Danish word ("mikkel");
    # "bo", "hans" or "maj" must show they are names in this document's own context
    for k in known:
        low = k.casefold()
        if k and " " not in k and _plain(low) and not (is_word(low) or is_homograph(low)):
            names[low] = "known from another document"
    for low in strong:
        names.setdefault(low, "a speaker label or a name in the header")
    for i, low in enumerate(lows):
        if i in taken or not _plain(low):
            continue
        listed = _first(low, firsts)
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
    if prev in _RELATIONS or (prev.endswith(_RELATION_ENDINGS) and len(prev) > 7 and _plain(prev)):
        if nxt in _SUBJECT_VERBS:  # "pædagogen pil siger": a relation, then the subject of a verb
            return f"after the relation word '{prev}', subject of '{nxt}' (naming)"
        return f"after the relation word '{prev}'"
    if listed and _LISTED_BEFORE.search(before):
        return f"after '{' '.join(before.split()[-2:])}'"
    if nxt in surnames and _plain(nxt) and (listed or not is_word(lows[i])):
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
                and _plain(lows[end + 1]):
            end += 2
            continue
        if _plain(low) and (low in surnames or (not is_word(low) and (low in firsts or len(low) > 3)
                                                and low not in _INSTITUTION_HEADS)):
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
                if not _plain(other) or other in _RELATIONS or other in _INSTITUTION_HEADS:
                    continue
                after = lows[k + 1] if k + 1 < len(lows) and k > i else ""
                # "rasmus eller ras ham kender jeg", "sebastian eller basse som alle kalder ham"
                nickname = lows[(i + k) // 2] == "eller" and k > i and after in _NICKNAME_AFTER
                if _first(other, firsts) or not is_word(other) or nickname:
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


# "bor i avedøre", "flyttede vi til aasiaat", "sidder inde nu i horserød": a verb of living, moving or being
# somewhere (perhaps with its subject after it), or "nu"/"der"/"ovre" before the preposition
_PLACE_VERB = re.compile(
    r"\b(?:bor|boede|boet|bo|flyttede|flytter|flyttet|født|opvokset|vokset op|kommer|kom|er|var|ude|ovre"
    r"|rejse|rejste|tog|ferie|ligger|nu|derovre|derude|dernede|deroppe)"
    r"(?: (?:jeg|vi|de|han|hun|du|i))? (?:i|fra|til)$|\b(?:været|ferie|tage|rejse|rejste) på$")


_CLAUSE_END = re.compile(r"[ \t]*(?:[.,;:!?]|\n|$| (?:og|men|når|hvor|der|så|eller|hvis|fordi)\b)")


@lru_cache(maxsize=1)
def _regions() -> frozenset[tuple[str, ...]]:
    """Islands, landscapes and districts: "på bornholm", "på amager" is the place, not a word."""
    return frozenset(tuple(r.casefold().split()) for r in regions())


def _places(text: str, tokens: Tokens, lows: list[str], places: Lookup, add: Add) -> None:
    placed: set[int] = set()
    for i in range(len(lows)):
        for n in (3, 2, 1):
            key = tuple(lows[i:i + n])
            if len(key) < n or key not in places:
                continue
            prev = lows[i - 1] if i else ""
            gap = text[tokens[i - 1][1]:tokens[i][0]] if i else ""
            # a single word needs a place preposition, a postcode or another place before it
            cue = (prev in _PLACE_BEFORE or (prev == "for" and i > 1 and lows[i - 2] == "uden")
                   or re.search(r"\b\d{4}\s*$", gap) is not None
                   or (prev in ("og", "eller") and i - 1 in placed))
            if n == 1 and (key[0] in STOP_WORDS or not cue or (prev == "på" and is_ordinary_word(key[0])
                                                                 and (key[0],) not in _regions())):
                break
            add(i, i + n, PLACE, "place list" + (f" after '{prev}'" if n == 1 else ""), 0.7)
            placed.add(i + n)
            break
    for i in range(1, len(lows)):
        low = lows[i]
        before = " ".join(lows[max(0, i - 3):i])
        # "bor i avedøre", "er fra lesbos": a word no list knows after a verb of living or coming from
        if not (_plain(low) and not is_ordinary_word(low) and not _first(low, _lists()[0])
                and low.capitalize() not in country_set() and low not in ENGLISH_WORDS):
            continue
        if _PLACE_VERB.search(before):
            add(i, i + 1, PLACE, f"unknown word after '{before.split()[-2]} {lows[i - 1]}'", 0.6)
        elif lows[i - 1] in ("i", "på") and not is_word(low) and _CLAUSE_END.match(text, tokens[i][1]) \
                and text[tokens[i - 1][1]:tokens[i][0]].isspace():  # not "erne" of "i 90’erne"
            # "en tankstation i tolne.", "et kollegium i emdrup og …": an unknown word ending a place phrase
            add(i, i + 1, PLACE, f"unknown word ending a phrase after '{lows[i - 1]}'", 0.6)


def _organisations(text: str, tokens: Tokens, lows: list[str], orgs: Lookup, places: Lookup,
                   add: Add) -> None:
    for i in range(len(lows)):
        for n in (4, 3, 2, 1):
            key = tuple(lows[i:i + n])
            if len(key) == n and key in orgs and not (n == 1 and is_word(key[0])):
                add(i, i + n, ORG, "organisation list", 0.7)
                break
    for i, low in enumerate(lows):
        # "nørremarkskolen", "tirsdagsklubben": a compound no dictionary knows with an institution head
        if low.endswith(_COMPOUND_HEADS) and not is_word(low) and _plain(low) and len(low) > 8 \
                and not low.startswith(_GENERIC_PREFIXES):
            add(i, i + 1, ORG, "a compound ending in an institution word", 0.6)
    for i, low in enumerate(lows[:-1]):
        nxt = lows[i + 1]
        # "vuggestuen mariehønen", "krisecentret valmuen": a definite noun naming the institution
        definite = nxt.endswith(("en", "et")) and len(nxt) > 4 and is_word(nxt)
        named = not is_word(nxt) or nxt.endswith(_NAME_ENDINGS) or definite
        # "kvindehjemmet ly, …": a word right before a comma or full stop is the institution's name
        named = named or (_plain(nxt) and text[tokens[i + 1][1]:tokens[i + 1][1] + 1] in (",", "."))
        # "børnehaven tusindfryd og …", "værestedet tusindfryd om tirsdagen": a noun (no verb, no function
        # word) between the institution word and the next clause or phrase
        named = named or (_plain(nxt) and nxt not in STOP_WORDS and not nxt.endswith(_VERB_ENDINGS)
                          and _NAME_THEN.match(text, tokens[i + 1][1]) is not None)
        institution = low in _INSTITUTIONS or (low.endswith(_INSTITUTION_ENDINGS) and len(low) > 9
                                               and not low.startswith(_GENERIC_PREFIXES))
        if institution and _plain(nxt) and named:
            add(i + 1, i + 2, ORG, f"name after the institution word '{low}'", 0.65)
        elif low in _HEAD_FIRST and _plain(nxt) and (not is_word(nxt) or (nxt,) in places):
            add(i, i + 2, ORG, f"'{low}' and a name", 0.65)
        elif (nxt in _INSTITUTION_HEADS or (nxt.endswith(_HEAD_ENDINGS) and len(nxt) > 6)) and _plain(low) \
                and (not is_word(low) or (low,) in places or (low[:-1],) in places) \
                and ((low,) in places or (low[:-1],) in places or not low.endswith("s")):
            # "yaras skole" is her school; "husum bokseklub", "midtfyns gymnasium" are places' own
            add(i, i + 2, ORG, f"a name before '{nxt}'", 0.65)
