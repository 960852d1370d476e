"""Danish words: tokenising, the stop-word list (``resources/stopwords/da.txt``) and lemmas from spaCy's
Danish lookup table (package ``spacy-lookups-data``), read once and cached.

The raw JSON table is read instead of ``spacy.lookups`` because search needs the reverse direction
(lemma → every inflected form), and spaCy's tables store only hashes of the keys.
"""

from __future__ import annotations

import gzip
import json
import re
from functools import cache
from pathlib import Path

import spacy_lookups_data

from qcode.resources import resource

# Letters only (no digits or underscores); Python's \w already covers æ, ø and å.
WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")


def words(text: str) -> list[str]:
    """The words of a text, lower case (hyphenated compounds kept whole)."""
    return [w.lower() for w in WORD.findall(text)]


@cache
def stop_words() -> frozenset[str]:
    """The Danish stop words (spaCy's list plus interview fillers)."""
    lines = resource("stopwords", "da.txt").read_text(encoding="utf-8").splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


@cache
def _lemma_table() -> dict[str, str]:
    path = Path(spacy_lookups_data.__file__).parent / "data" / "da_lemma_lookup.json.gz"
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        return json.load(handle)


def lemma(word: str) -> str:
    """The dictionary form of a Danish word ("børnene" → "barn"); the word itself when unknown."""
    lowered = word.lower()
    return _lemma_table().get(lowered, lowered)


@cache
def _forms_by_lemma() -> dict[str, tuple[str, ...]]:
    grouped: dict[str, list[str]] = {}
    for form, base in _lemma_table().items():
        grouped.setdefault(base, []).append(form)
    return {base: tuple(forms) for base, forms in grouped.items()}


def forms(word: str) -> list[str]:
    """Every known form sharing the word's lemma, the word and its lemma first ("barn" → barn, børn, …)."""
    base = lemma(word)
    found = [word.lower(), base, *_forms_by_lemma().get(base, ())]
    return list(dict.fromkeys(found))
