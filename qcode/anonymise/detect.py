"""Entry point of detection: text in, non-overlapping :class:`Candidate` records out.

Builds the de-hyphenated view, runs the spaCy pipeline from :mod:`pipeline` over it, resolves
overlaps and maps every offset back to the text that was given.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from qcode.anonymise.candidates import PERSON, Candidate
from qcode.anonymise.detectors.model import detect_with_model_many
from qcode.anonymise.merge import resolve_overlaps
from qcode.anonymise.pipeline import CTX, FOUND, MODEL_FOUND, build_pipeline
from qcode.anonymise.text_view import TextView, dehyphenate


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
    if not text:
        return []
    return _detect_view(dehyphenate(text), text, known, places, orgs, use_model, None)


def detect_many(texts: Sequence[str], *, use_model: bool = True) -> list[list[Candidate]]:
    """:func:`detect` for many texts; the statistical model reads them in batches (about twice as fast
    as one text at a time, which matters for the leak check of a thousand short quotes)."""
    views = [dehyphenate(text) for text in texts]
    model_found = detect_with_model_many([v.text for v in views]) if use_model else [[] for _ in views]
    return [_detect_view(view, text, None, (), (), use_model, found) if text else []
            for view, text, found in zip(views, texts, model_found, strict=True)]


def _detect_view(view: TextView, text: str, known: Mapping[str, str] | None, places: Iterable[str],
                 orgs: Iterable[str], use_model: bool,
                 model_found: list[Candidate] | None) -> list[Candidate]:
    nlp = build_pipeline()
    doc = nlp.make_doc(view.text)
    doc.user_data[CTX] = {"known": dict(known or {}), "places": tuple(places), "orgs": tuple(orgs),
                          "use_model": use_model}
    if model_found is not None:
        doc.user_data[CTX][MODEL_FOUND] = model_found
    for _name, component in nlp.pipeline:
        doc = component(doc)
    found: list[Candidate] = [c for c in doc.user_data.get(FOUND, []) if not _in_compound(view.text, c)]
    if not view.is_identity:
        found = [_to_original(c, text, view) for c in found]
    return resolve_overlaps(found)


def _in_compound(text: str, cand: Candidate) -> bool:
    """A name glued to a lower-case word is part of a common noun ("Olsen-banden"), unless the
    project register says otherwise (the register's own matches are kept)."""
    return (cand.label == PERSON and cand.detector not in ("register", "structure")
            and text[cand.end:cand.end + 1] == "-" and text[cand.end + 1:cand.end + 2].islower())

def _to_original(cand: Candidate, text: str, view: TextView) -> Candidate:
    start, end = view.span_to_original(cand.start, cand.end)
    return Candidate(start, end, text[start:end], cand.label, cand.core, cand.detector, cand.score,
                     cand.reason)
