"""Optional statistical NER: an installed ``da_core_news_*``/DaCy pipeline, else qcode's shipped model.

Nothing is ever downloaded. Hits are filtered, because a model trained on news sees names in
interview furniture: headings, role words ("Interviewer"), sentence-initial fillers ("Altså").
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
from pathlib import Path
from typing import Any

from spacy.lang.da.stop_words import STOP_WORDS
from spacy.language import Language

from qcode.anonymise.candidates import ORG, PERSON, PLACE, Candidate
from qcode.anonymise.detectors.common import FILLER_WORDS, is_sentence_initial
from qcode.anonymise.detectors.shape import FILLER, IDIOM, NOT_NAMES
from qcode.anonymise.detectors.structure import ROLES
from qcode.anonymise.lexicon import country_set, is_first_name, is_homograph, is_word
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
    return nlp


FIRST_NAME_NORM = "<fornavn>"


@Language.component("qcode_first_name")
def mark_first_names(doc: Any) -> Any:
    """Give every capitalised known first name the NORM ``<fornavn>``: the model's name-list feature
    (registered here, where it is defined, as the ``qcode_first_name`` component the shipped model uses)."""
    for token in doc:
        if token.text[:1].isupper() and is_first_name(token.text):
            token.norm_ = FIRST_NAME_NORM
    return doc


def _plausible(text: str, start: int, end: int, label: str) -> bool:
    """Drop the model's typical false hits in transcripts."""
    surface = text[start:end]
    words = surface.split()
    low = surface.casefold()
    if not surface[:1].isupper() or low in STOP_WORDS or low in FILLER_WORDS or low in ROLES:
        return False
    if any(w.casefold() in ROLES for w in words):
        return False
    # a heading line ("INTERVIEW", "Baggrund") or a speaker label is handled by the structure rules
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : line_end if line_end >= 0 else len(text)].strip()
    if line == surface or text[end : end + 1] == ":":
        return False
    if surface in country_set() or low in NOT_NAMES:
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
    return True


def detect_with_model(text: str) -> list[Candidate]:
    """Entities the statistical model finds, filtered; empty when no model is available."""
    return detect_with_model_many([text])[0]


def detect_with_model_many(texts: list[str], batch_size: int = 64) -> list[list[Candidate]]:
    """:func:`detect_with_model` for each text, run through the model in batches."""
    nlp = _load()
    if nlp is None:
        return [[] for _ in texts]
    return [_candidates(text, doc) for text, doc in zip(texts, nlp.pipe(texts, batch_size=batch_size),
                                                         strict=True)]


def _candidates(text: str, doc: Any) -> list[Candidate]:
    out: list[Candidate] = []
    for ent in doc.ents:
        label = _LABELS.get(ent.label_)
        if label is None or not _plausible(text, ent.start_char, ent.end_char, label):
            continue
        out.append(Candidate(ent.start_char, ent.end_char, ent.text, label, ent.text, DETECTOR, 0.6))
    return out
