"""Optional statistical NER: an installed ``da_core_news_*``/DaCy pipeline, else qcode's shipped model.

Nothing is ever downloaded. Hits are filtered, because a model trained on news sees names in
interview furniture: headings, role words ("Interviewer"), sentence-initial fillers ("Altså"). The
shipped model reads case-free name-list features that :func:`mark_first_names` sets (its pipeline's
``qcode_first_name`` component), so it also finds names in lower-case speech-to-text output; there, and
only there, hits without a capital are kept.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy
from spacy.attrs import NORM, ORTH, TAG
from spacy.lang.da.stop_words import STOP_WORDS
from spacy.language import Language
from thinc.api import NumpyOps
from threadpoolctl import ThreadpoolController

from qcode.anonymise.candidates import ORG, PERSON, PLACE, Candidate
from qcode.anonymise.detectors.common import FILLER_WORDS, is_sentence_initial
from qcode.anonymise.detectors.english import ENGLISH_WORDS, INTERJECTIONS
from qcode.anonymise.detectors.shape import FILLER, IDIOM, NOT_NAMES
from qcode.anonymise.detectors.structure import ROLES
from qcode.anonymise.lexicon import (
    country_set,
    foreign_cities,
    is_first_name,
    is_homograph,
    is_word,
    organisations,
    regions,
    surname_set,
    towns,
)
from qcode.resources import resource

DETECTOR = "model"
INSTALLED = ("da_dacy_large_trf", "da_dacy_medium_trf", "da_dacy_small_trf", "da_core_news_trf",
             "da_core_news_lg", "da_core_news_md", "da_core_news_sm")
_LABELS = {"PER": PERSON, "PERSON": PERSON, "LOC": PLACE, "GPE": PLACE, "ORG": ORG}


@lru_cache(maxsize=1)
def find_model() -> str | None:
    """Name or path of the NER to use: an installed Danish pipeline first, then the shipped one."""
    for name in INSTALLED:
        if importlib.util.find_spec(name) is not None:
            return name
    try:
        shipped = resource("models", "ner-da")
    except FileNotFoundError:
        return None
    return str(shipped) if (Path(shipped) / "meta.json").is_file() else None


@lru_cache(maxsize=1)
def _load() -> Any:
    import spacy  # noqa: PLC0415 (the model is loaded only when detection first needs it)

    name = find_model()
    if name is None:
        return None
    nlp = spacy.load(name)
    nlp.max_length = 20_000_000
    # only the entity recogniser (and what it listens to) is needed
    keep = {"ner", "tok2vec", "transformer", "qcode_first_name"}
    disable = [p for p in nlp.pipe_names if p not in keep]
    for pipe in disable:
        nlp.disable_pipe(pipe)
    _use_numpy_blas(nlp)
    return nlp


def _use_numpy_blas(nlp: Any) -> None:
    """Multiply the model's matrices with numpy's BLAS (OpenBLAS) instead of thinc's default, BLIS.

    BLIS picks its kernels by processor and falls back to a slow generic one where it has none (an AMD
    EPYC here: 2.8x slower than OpenBLAS, both on one thread). Same weights and operations, so the same
    entities: compared on 157 transcripts (5,737 entities) and 1,759 quotes, every one the same.
    Detection and the leak check both load the model here, so they multiply the same way."""
    ops = NumpyOps(use_blis=False)
    for _name, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for node in model.walk():
                node.ops = ops


FIRST_NAME_NORM = "<fornavn>"
LOWER_CASE = "qcode_lower_case"  # doc.user_data key: mark_first_names found the text lower-case


@lru_cache(maxsize=1)
def _lists() -> tuple[frozenset[str], ...]:
    """Case-folded one-word entries of the surname, Danish place, foreign place and organisation lists."""
    def fold(words: Iterable[str]) -> frozenset[str]:
        return frozenset(w.casefold() for w in words if " " not in w)

    return (fold(surname_set()), fold(towns() + regions()), fold(country_set() | set(foreign_cities())),
            fold(organisations()))


@lru_cache(maxsize=65536)
def name_features(word: str) -> tuple[str, str]:
    """(NORM, list class) of ``word`` in any case: the shipped model's name-list features.

    The class spells which lists know the word: F first name, S surname, T Danish town or region,
    C country or foreign city, O organisation, W ordinary Danish word (form or stop word), G when the
    lists know it only without a genitive s ("Mettes"); else K for a compound of Danish words
    ("kuffertlåget", "bank-ansatte"; the word-form list has few compounds, and an unknown word is a
    name's strongest sign in lower-case text), U for a word nothing knows (foreign names mostly), "."
    for abbreviations and initials, # for numbers, nothing for punctuation. Case-free on purpose, so
    lower-case speech-to-text output gets the same features as written text. A first name that is no
    ordinary word gets the NORM ``<fornavn>`` so the model learns "a first name" rather than the names
    of its training data; "Per", "Hans", "Bo" keep their NORM, because whether they are names depends
    on the context.
    """
    if not word[:1].isalpha():
        return word.lower(), "#" if word[:1].isdigit() else ""
    if "." in word:
        return word.lower(), "."
    cls = _classes(word)
    if not cls.strip("W") and len(word) > 3 and word[-1] in "s'’":
        stem = _classes(word[:-1])
        if stem.replace("W", ""):
            cls += stem.replace("W", "") + "G"
            if "F" in stem and "W" not in stem:
                return FIRST_NAME_NORM + "s", cls
    if not cls:
        cls = "K" if _is_compound(word.casefold()) else "U"
    return (FIRST_NAME_NORM if "F" in cls and "W" not in cls else word.lower()), cls


def _classes(word: str) -> str:
    surnames, places, abroad, orgs = _lists()
    low = word.casefold()
    flags = (("F", is_first_name(word)), ("S", low in surnames), ("T", low in places), ("C", low in abroad),
             ("O", low in orgs), ("W", low in STOP_WORDS or is_word(low)))
    return "".join(flag for flag, hit in flags if hit)


def _is_compound(low: str) -> bool:
    """True for Danish words glued together ("kuffert|låget", "arbejd|s|marked") or hyphenated."""
    if "-" in low:
        parts = [p for p in low.split("-") if p]
        return bool(parts) and all(is_word(p) or _is_compound(p) for p in parts)
    for i in range(3, len(low) - 3):
        head, tail = low[:i], low[i:]
        if is_word(tail) and (is_word(head) or (head[-1] in "se" and is_word(head[:-1]))):
            return True
    return False


@Language.component("qcode_first_name")
def mark_first_names(doc: Any) -> Any:
    """Set the shipped model's name-list features on every token: NORM and the list class (in TAG).

    See :func:`name_features`; TAG is free because the model's pipeline has no tagger. In a lower-case
    document (:func:`is_lower_case`) every class gets an "l": there a name need not have a capital. In
    written text a word without a capital is no name, whatever the lists say, so its class is just
    "x": the model cannot see far enough to tell the two kinds of text apart by itself, and without
    this it learns from the lower-case copies that "vind" or "liv" may be names in written text too.
    """
    lower = doc.user_data.get(LOWER_CASE)
    if lower is None:  # detect_with_model_many sets it from the text; doc.text rebuilds it from the tokens
        lower = doc.user_data[LOWER_CASE] = is_lower_case(doc.text)
    if not len(doc):
        return doc
    # Word by word through hashes, not Token objects (making a Token per word cost more than the lists):
    # each distinct word's (NORM, TAG) is worked out once per process and written with one from_array.
    strings = doc.vocab.strings
    table = _FEATURES.setdefault((id(strings), lower), {})
    if len(table) > 500_000:
        table.clear()
    pairs = []
    for orth in doc.to_array(ORTH).tolist():
        pair = table.get(orth)
        if pair is None:
            text = strings[orth]
            norm, cls = name_features(text)
            tag = cls + "l" if lower else ("x" if text[:1].islower() else cls)
            pair = table[orth] = (strings.add(norm), strings.add(tag))
        pairs.append(pair)
    doc.from_array([NORM, TAG], numpy.array(pairs, dtype="uint64"))
    return doc


_FEATURES: dict[tuple[int, bool], dict[int, tuple[int, int]]] = {}


# a speaker label or time stamp at the start of a line, which has its capital whatever the text
_LINE_LABEL = re.compile(r"^\s*(?:\[[\d:.]+\]\s*)?(?:[^\s:]{1,25}(?:[ _]\w{1,3})?\s*:\s)?")
# a full stop after a short word is mostly an abbreviation ("bl. a.", "ca.", "kr."), not a sentence end
_SENTENCE_BREAK = re.compile(r"(?:(?<=\w{4})\.|[!?…])[.!?…]*\s+")
_FIRST_WORD_CHAR = re.compile(r"\w")


def is_lower_case(text: str) -> bool:
    """True for text without the capitals of written Danish (speech-to-text output): fewer than half of
    its sentences start with a capital. Speaker labels and time stamps at line starts are not counted."""
    starts = capitals = 0
    for line in text.splitlines():
        label = _LINE_LABEL.match(line)  # always matches (every part is optional)
        line = line[label.end() if label else 0:]
        for sentence in _SENTENCE_BREAK.split(line):
            first = _FIRST_WORD_CHAR.search(sentence)
            if first and first.group().isalpha():  # "1994 var …" says nothing
                starts += 1
                capitals += first.group().isupper()
    return starts > 0 and capitals * 2 < starts


def _plausible(text: str, start: int, end: int, label: str, lower: bool = False) -> bool:
    """Drop the model's typical false hits in transcripts.

    :param lower: ``text`` is lower-case speech-to-text output (:func:`is_lower_case`), where a name
        needs no capital; in written text a hit without one is a mistake.
    """
    surface = text[start:end]
    words = surface.split()
    low = surface.casefold()
    if not (lower or surface[:1].isupper()) or low in STOP_WORDS or low in FILLER_WORDS or low in ROLES:
        return False
    if any(w.casefold() in ROLES for w in words):
        return False
    # a heading line ("INTERVIEW", "Baggrund") or a speaker label is handled by the structure rules
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if line == surface or text[end : end + 1] == ":":
        return False
    if surface in country_set() or (lower and surface.title() in country_set()) or low in NOT_NAMES:
        return False  # "Danmark", "Facebook": a country or a brand alone identifies nobody
    if len(words) == 1 and surface.isupper() and len(surface) <= 4:
        return False  # acronyms: diagnoses and school types ("ADD", "HF") more often than employers
    if len(words) == 1 and is_sentence_initial(text, start):
        # capitals at a sentence start say nothing: an ordinary word there is no name
        if is_word(surface) or FILLER.match(surface):
            return False
        if label == PERSON and is_first_name(surface):
            return not is_homograph(surface)
    if IDIOM.search(text[max(0, start - 14) : start]):
        return False  # "hr. og fru Jensen" is everybody
    if lower and surface.islower() and not _lower_case_name(words):
        return False
    return True


def _lower_case_name(words: list[str]) -> bool:
    """Whether a hit without capitals can be a name: no English word, interjection, brand or medium
    in it ("like seriously", "strøm inshallah"), and not only ordinary Danish words ("i netto", "dr"),
    unless a name list knows one of them ("lærke", "bo"). Without capitals the model has only the
    name-list features to go by, and a word it has seen capitalised as a name in training is no name
    when it is also an ordinary word in lower-case speech."""
    folded = [w.casefold().strip("'’.,") for w in words]
    if any(w in ENGLISH_WORDS or w in INTERJECTIONS or w in NOT_NAMES or "'" in w or "’" in w
           for w in folded):
        return False
    known_name = any(is_first_name(w.title()) or w in _lists()[0] for w in folded)
    ordinary = all(len(w) <= 2 or w in STOP_WORDS or is_word(w) for w in folded)
    return known_name or not ordinary


def loaded_model() -> Any:
    """The statistical NER, loaded once per process (None when none is installed or shipped)."""
    return _load()


def detect_with_model(text: str) -> list[Candidate]:
    """Entities the statistical model finds, filtered; empty when no model is available."""
    return detect_with_model_many([text])[0]


def detect_with_model_many(texts: list[str], batch_size: int = 64) -> list[list[Candidate]]:
    """:func:`detect_with_model` for each text, run through the model in batches."""
    nlp = _load()
    if nlp is None:
        return [[] for _ in texts]
    # Texts of like length go together: a batch is padded to its longest text, so a short quote
    # batched with a whole transcript would cost as much as the transcript.
    order = sorted(range(len(texts)), key=lambda i: len(texts[i]))
    out: list[list[Candidate]] = [[] for _ in texts]
    docs = (_made(nlp, texts[i]) for i in order)
    # One BLAS thread: the model's matrices are small (a batch of quotes or sentences), and OpenBLAS's
    # threads mostly wait for each other there; two threads took 1.3-1.9x the time of one for the leak
    # check of 1,759 quotes on a shared 2-core machine.
    with _blas_controller().limit(limits=1, user_api="blas"):
        for i, doc in zip(order, nlp.pipe(docs, batch_size=batch_size), strict=True):
            out[i] = _candidates(texts[i], doc)
    return out


@lru_cache(maxsize=1)
def _blas_controller() -> ThreadpoolController:
    return ThreadpoolController()  # finds the loaded BLAS libraries once, not on every call


def _made(nlp: Any, text: str) -> Any:
    doc = nlp.make_doc(text)
    doc.user_data[LOWER_CASE] = is_lower_case(text)
    return doc


# A title or office in front of a name is no part of it ("fru Jensen", "finansminister Ole Hansen"), nor is
# a letter's closing ("Mvh Jannie"):
# the model sometimes takes it in, most often a capitalised one at a sentence start.
_TITLE = re.compile(
    r"(?i)(?:fru|frk\.|frøken|hr\.?|herr|dr\.?|doktor|pastor|præst|professor|lektor|overlæge|formand"
    r"|borgmester|\w*minister|\w*direktør|\w*chef"
    # a closing in front of a signature: "Mvh Jannie", "Kærlig hilsen Bente"
    r"|mvh\.?|kh\.?|vh\.?|(?:med\s+)?(?:venlig|kærlig)\s+hilsen|hilsen)\s+(?=\w)"
)


_QUOTES = "'’‘\"“”«»"


def _candidates(text: str, doc: Any) -> list[Candidate]:
    out: list[Candidate] = []
    lower = False
    if doc.ents:
        lower = doc.user_data[LOWER_CASE] if LOWER_CASE in doc.user_data else is_lower_case(text)
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        start, end = ent.start_char, ent.end_char
        if label == PERSON and (title := _TITLE.match(text, start, end)):
            start = title.end()
        # a closing quote is no part of the name ("i Danmark’"); a lone "’" is no entity at all
        while end > start and text[end - 1] in _QUOTES and not (text[end - 1] in "'’" and end - start > 1
                                                                and text[end - 2] in "sxz"):
            end -= 1
        while start < end and text[start] in _QUOTES:
            start += 1
        if start == end:
            continue
        if label is None or not _plausible(text, start, end, label, lower):
            continue
        out.append(Candidate(start, end, text[start:end], label, text[start:end], DETECTOR, 0.6))
    return out
