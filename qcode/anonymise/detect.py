"""Entry point of detection: text in, non-overlapping :class:`Candidate` records out.

Builds the de-hyphenated view, runs the spaCy pipeline from :mod:`pipeline` over it, drops what must
stay (public names, pets) and what is no name (English words, compounds), resolves overlaps and maps
every offset back to the text that was given. :func:`detect_full` also returns what was kept and
dropped, and why (``qcode anonymise --explain``).
"""

from __future__ import annotations

import hashlib
import re
from collections import OrderedDict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field

from spacy.lang.da.stop_words import STOP_WORDS
from spacy.tokens import Doc

from qcode.anonymise.candidates import ORG, PERSON, PLACE, Candidate
from qcode.anonymise.detectors.common import HEAD_AFTER, KIN_ADDRESS, is_sentence_initial, said_in_lower_case
from qcode.anonymise.detectors.english import english_not_a_name
from qcode.anonymise.detectors.model import detect_with_model_many, loaded_model
from qcode.anonymise.detectors.public import Kept
from qcode.anonymise.detectors.shape import NOT_NAMES
from qcode.anonymise.lexicon import is_first_name, is_ordinary_word, surname_set
from qcode.anonymise.merge import PRIORITY, resolve_overlaps
from qcode.anonymise.numbers import is_number_word
from qcode.anonymise.pipeline import CTX, DROPPED, FOUND, KEPT, MODEL_FOUND, TEXT, build_pipeline
from qcode.anonymise.text_view import TextView, dehyphenate

# Guesses (not lists or rules) that an English word in a code-switching transcript ("She", "Only")
# or a role word must not pass as a name.
_GUESSES = frozenset({"model", "shape", "propagated"})
# After a possessive "Hans" at a sentence start comes a lower-case noun; after the name "Hans" a verb.
_NOUN_AFTER = re.compile(
    r"[ \t]+(?!(?:er|var|har|havde|kom|kommer|sagde|siger|bor|boede|blev|bliver|gik|går|kan|kunne|skal"
    r"|skulle|vil|ville|fik|får|ringede|ringer|tog|tager|synes|mente|sidder|sad|spurgte|hedder|døde|og|eller"
    r"|fortalte|fortæller|arbejder|arbejdede|hjalp|hjælper|plejer|plejede)\b)[a-zæøå][\w-]+")
_STREET_AFTER = re.compile(rf"(?<=s){HEAD_AFTER}")
_SAINT_BEFORE = re.compile(r"\b(?:Sankt|Skt\.|Sct\.)[ \t]*$")
# only where a place or institution named after the saint follows, which the place and organisation rules
# replace: "Sct. Nicolai Tjenesten" (an organisation no list spells so) stays a name to replace
_SAINTS_PLACE_AFTER = re.compile(HEAD_AFTER)
# "Vi kalder ham Sankt Peder": a nickname, the person behind it is meant
_NICKNAMED_BEFORE = re.compile(r"\b(?:kald\w*|hedder|siger)[ \t]+(?:\w+[ \t]+)?(?:Sankt|Skt\.|Sct\.)[ \t]*$")
# "Downs syndrom", "Parkinsons sygdom", "Aspergers": a condition named after its describer
_EPONYM_AFTER = re.compile(r"(?<=s)[ \t]+(?:syndrom|syndromet|sygdom|sygdommen)\b", re.IGNORECASE)
_GENRE = ("interview", "interviews", "gruppe", "samtale", "transskription", "transskript", "referat")


@dataclass
class Detection:
    """What detection decided for one text: candidates, stretches kept on purpose, and dropped
    candidates with the reason (all in offsets of the text given)."""

    candidates: list[Candidate]
    kept: list[Kept] = field(default_factory=list)
    dropped: list[tuple[Candidate, str]] = field(default_factory=list)


def detect(
    text: str,
    *,
    known: Mapping[str, str] | None = None,
    places: Iterable[str] = (),
    orgs: Iterable[str] = (),
    use_model: bool = True,
) -> list[Candidate]:
    """Candidate identifiers in ``text``, sorted by start, never overlapping, offsets into ``text``.

    :param known: accepted surface forms/cores in the project register → label; matched everywhere.
    :param places: the user's own place names; :param orgs: the user's own organisations.
    :param use_model: also run a statistical NER when one is installed or shipped.
    """
    return detect_full(text, known=known, places=places, orgs=orgs, use_model=use_model).candidates


def detect_full(text: str, *, known: Mapping[str, str] | None = None, places: Iterable[str] = (),
                orgs: Iterable[str] = (), use_model: bool = True,
                model_found: list[Candidate] | None = None) -> Detection:
    """:func:`detect` with the kept stretches and the dropped candidates (for ``--explain``).

    :param model_found: the statistical model's hits on this text from :func:`model_hits_many`, when
        the caller had the model read many texts at once.
    """
    if not text:
        return Detection([])
    return _detect_view(dehyphenate(text), text, known, places, orgs, use_model,
                        model_found if use_model else None)


def model_hits_many(texts: Sequence[str], batch_size: int = 4) -> list[list[Candidate]]:
    """The statistical model's hits on each text, read in batches, for ``detect_full(model_found=…)``
    (offsets are those of the text's de-hyphenated view, which detection reads)."""
    return detect_with_model_many([dehyphenate(text).text for text in texts], batch_size=batch_size)


def detect_many(texts: Sequence[str], *, use_model: bool = True) -> list[list[Candidate]]:
    """:func:`detect` for many texts; the statistical model reads them in batches (about twice as fast
    as one text at a time, which matters for the leak check of a thousand short quotes)."""
    views = [dehyphenate(text) for text in texts]
    model_found = detect_with_model_many([v.text for v in views]) if use_model else [[] for _ in views]
    return [_detect_view(view, text, None, (), (), use_model, found).candidates if text else []
            for view, text, found in zip(views, texts, model_found, strict=True)]


# Detection is a pure function of the text (no register, no project lists), so a text checked again in
# the same process (the export after an acknowledged warning, the same quotes to .xlsx) is not read by the
# model again. Keyed by a digest, not the text; bounded, oldest out first.
_CACHE: OrderedDict[tuple[bytes, object], list[Candidate]] = OrderedDict()
_CACHE_SIZE = 50_000


def detect_many_cached(texts: Sequence[str]) -> list[list[Candidate]]:
    """:func:`detect_many` with the model, remembering each text's candidates for this process."""
    model = id(loaded_model())  # a different model (or none) finds other things
    keys = [(hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=20).digest(), model)
            for text in texts]
    missing = {key: i for i, key in enumerate(keys) if key not in _CACHE}
    for key, found in zip(missing, detect_many([texts[i] for i in missing.values()]), strict=True):
        _CACHE[key] = found
    out = []
    for key in keys:
        _CACHE.move_to_end(key)
        out.append(list(_CACHE[key]))
    while len(_CACHE) > _CACHE_SIZE:
        _CACHE.popitem(last=False)
    return out


def _detect_view(view: TextView, text: str, known: Mapping[str, str] | None, places: Iterable[str],
                 orgs: Iterable[str], use_model: bool,
                 model_found: list[Candidate] | None) -> Detection:
    nlp = build_pipeline()
    # The components read the text from user_data, never the tokens, so the Doc stays empty: building
    # tokens (and a lexeme for every new word) cost a quarter of the detection time.
    doc = Doc(nlp.vocab)
    doc.user_data[TEXT] = view.text
    doc.user_data[CTX] = {"known": dict(known or {}), "places": tuple(places), "orgs": tuple(orgs),
                          "use_model": use_model}
    if model_found is not None:
        doc.user_data[CTX][MODEL_FOUND] = model_found
    for _name, component in nlp.pipeline:
        doc = component(doc)
    kept: list[Kept] = doc.user_data.get(KEPT, [])
    found: list[Candidate] = []
    dropped: list[tuple[Candidate, str]] = list(doc.user_data[CTX].get(DROPPED, []))
    for cand in doc.user_data.get(FOUND, []):
        reason = _why_not(view.text, cand, kept)
        if reason:
            dropped.append((cand, reason))
        else:
            found.append(cand)
    chosen = resolve_overlaps(found)
    winners = set(chosen)
    for cand in found:
        if cand not in winners:
            other = next((w for w in chosen if w.start < cand.end and cand.start < w.end), None)
            dropped.append((cand, f"overlaps '{other.surface}' ({other.detector}), which wins"
                            if other else "duplicate"))
    if not view.is_identity:
        chosen = [_to_original(c, text, view) for c in chosen]
        dropped = [(_to_original(c, text, view), why) for c, why in dropped]
        kept = [Kept(*view.span_to_original(k.start, k.end), k.surface, k.reason, k.listed) for k in kept]
    return Detection(chosen, kept, dropped)


def _why_not(text: str, cand: Candidate, kept: list[Kept]) -> str:
    """Why a candidate is dropped before overlaps are resolved ("" when it is not)."""
    if cand.detector != "contact":
        inside = next((k for k in kept if k.start < cand.end and cand.start < k.end), None)
        if inside is not None:
            return f"kept: {inside.reason}"
    if cand.label in (PERSON, PLACE, ORG) and cand.detector in _GUESSES and english_not_a_name(cand.core):
        return "an English word, an English pronoun and its verb ('She said') or an interjection, not a name"
    if cand.detector in _GUESSES and said_in_lower_case(text, cand.surface) \
            and not is_first_name(cand.surface):
        return "a word this text writes in lower case again and again, not a name"
    if cand.label in (PERSON, PLACE, ORG) and cand.detector in _GUESSES and " " not in cand.core and (
            is_number_word(cand.core.casefold()) or cand.core.casefold().rstrip(".") in NOT_NAMES):
        return "a number said in words, a weekday or a word that is never a name"
    # only a function word ("Hans" = his): "Sten kan være hård", "Aksel lavede mad" are the names
    if cand.label == PERSON and " " not in cand.core and cand.core.casefold() in STOP_WORDS \
            and cand.detector in ("register", "propagated", "model", "lexicon") \
            and is_sentence_initial(text, cand.start) and _NOUN_AFTER.match(text, cand.end):
        return "a word at the start of a sentence before a noun ('Hans kone'), not a name"
    if cand.core.casefold().endswith(_GENRE) and (
            (cand.label == PERSON and cand.detector != "structure")
            or (cand.label in (PLACE, ORG) and cand.detector in _GUESSES and " " not in cand.core)):
        return "a genre word heading a transcript ('Fokusgruppe', 'Gruppeinterview')"
    if cand.label == PERSON and cand.detector in ("model", "shape") and " " not in cand.core \
            and is_ordinary_word(cand.core) and not is_first_name(cand.core) \
            and cand.core not in surname_set():
        return "an ordinary Danish noun, not a name"
    if cand.label == PERSON and cand.detector != "register" and _STREET_AFTER.match(text, cand.end):
        return "part of a place or an institution named after a person ('Willy Sørensens Plads')"
    if cand.label == PERSON and cand.detector not in ("register", "structure") \
            and _SAINT_BEFORE.search(text, max(0, cand.start - 8), cand.start) \
            and _SAINTS_PLACE_AFTER.match(text, cand.start + len(cand.surface.split()[0])) \
            and not _NICKNAMED_BEFORE.search(text, max(0, cand.start - 40), cand.start):
        return "a saint's name ('Sankt Nikolaj Kirke')"
    if cand.label == PERSON and cand.detector != "register" and _EPONYM_AFTER.match(text, cand.end):
        return "a condition named after a person ('Downs syndrom')"
    if _in_compound(text, cand):
        return "part of a compound with a lower-case word"
    return ""


def _in_compound(text: str, cand: Candidate) -> bool:
    """A name glued to a lower-case word is part of a common noun ("Olsen-banden"), unless the
    project register says otherwise (the register's own matches are kept) or the word is a family word
    the name is said with ("Dodde-mormor", "Jens-morfar")."""
    if not (cand.label == PERSON and cand.detector not in ("register", "structure")
            and text[cand.end:cand.end + 1] == "-" and text[cand.end + 1:cand.end + 2].islower()):
        return False
    word = _LOWER_WORD.match(text, cand.end + 1)
    return word is None or word.group() not in KIN_ADDRESS


_LOWER_WORD = re.compile(r"[a-zæøå]+")


def _to_original(cand: Candidate, text: str, view: TextView) -> Candidate:
    start, end = view.span_to_original(cand.start, cand.end)
    return Candidate(start, end, text[start:end], cand.label, cand.core, cand.detector, cand.score,
                     cand.reason)


__all__ = ["PRIORITY", "Detection", "detect", "detect_full", "detect_many", "detect_many_cached",
           "model_hits_many"]
