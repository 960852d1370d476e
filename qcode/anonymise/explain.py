"""Why the anonymiser decided what it did (``qcode anonymise --explain``): for every mention that is
replaced, left for review, kept on purpose or dropped, the detector that fired and its reason (rule,
list, context words, score, the document a known name came from).

Runs detection as the batch and the project do (names found in one text are looked for in the next,
with the evidence of the new context), but records instead of rendering. No Qt, no SQL.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from qcode.anonymise.candidates import CONTEXT_BOUND, Candidate
from qcode.anonymise.linking import link_document
from qcode.anonymise.register import AUTO_ACCEPT_SCORE
from qcode.anonymise.triage import waits_for_review, why_text

REPLACED, REVIEW, KEPT, DROPPED = "replaced", "review", "kept", "dropped"

# What a detector means when its candidate carries no reason of its own.
_DEFAULT_WHY = {
    "structure": "the document names this person (speaker label, header, title or closing)",
    "register": "a name known from the register or an earlier document",
    "lexicon": "first-name list, in name position",
    "context": "after a relation word, a title or a naming verb, or coordinated with a name",
    "model": "the statistical NER model",
    "shape": "a capitalised word mid-sentence that no dictionary knows",
    "places": "place list",
    "orgs": "organisation list",
    "propagated": "found elsewhere in this document",
    "notes": "initials with an age, as field notes write a person",
}


@dataclass(frozen=True)
class Decision:
    """One decision about one stretch of one text."""

    document: str
    line: int
    start: int
    end: int
    surface: str
    kind: str
    decision: str  # replaced, review, kept, dropped
    detector: str
    score: float
    why: str


def _line(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def explain_texts(texts: Sequence[tuple[str, str]], *, known: Mapping[str, str] | None = None,
                  places: Iterable[str] = (), orgs: Iterable[str] = (),
                  use_model: bool = True) -> list[Decision]:
    """Decisions for ``(name, text)`` pairs, in order; names found in one text are known in the next."""
    from qcode.anonymise.detect import detect_full  # noqa: PLC0415 (spaCy loads only when detection runs)

    known = dict(known or {})
    origin = dict.fromkeys(known, "the project register")
    decisions: list[Decision] = []
    places, orgs = tuple(places), tuple(orgs)
    for name, text in texts:
        found = detect_full(text, known=dict(known), places=places, orgs=orgs, use_model=use_model)
        rows: list[Decision] = []
        # a detector that found exactly what a winner found is named beside it, not as a drop
        also: dict[tuple[int, int], list[str]] = {}
        spans = {(c.start, c.end) for c in found.candidates}
        dropped = []
        for cand, why in found.dropped:
            if (cand.start, cand.end) in spans and why.startswith("overlaps"):
                also.setdefault((cand.start, cand.end), []).append(cand.detector)
            else:
                dropped.append((cand, why))
        waits = _waiting(text, found.candidates)
        for cand in found.candidates:
            state = REPLACED if cand.score >= AUTO_ACCEPT_SCORE and not waits[id(cand)] else REVIEW
            others = sorted(set(also.get((cand.start, cand.end), ())) - {cand.detector})
            why = _why(cand, origin) + (f" (also: {', '.join(others)})" if others else "")
            if waits[id(cand)]:
                why += f"; waits for review: {why_text(waits[id(cand)])} (replaced until rejected)"
            rows.append(_decision(name, text, cand, state, why))
        for kept in found.kept:
            rows.append(Decision(name, _line(text, kept.start), kept.start, kept.end, kept.surface, "-", KEPT,
                                 "public", 1.0, kept.reason))
        for cand, why in dropped:
            rows.append(_decision(name, text, cand, DROPPED, f"{_why(cand, origin)}; dropped: {why}"))
        decisions.extend(sorted(rows, key=lambda d: (d.start, d.decision != REPLACED)))
        for cand in found.candidates:
            if cand.label not in CONTEXT_BOUND and cand.score >= AUTO_ACCEPT_SCORE and cand.core not in known:
                known[cand.core] = cand.label
                origin[cand.core] = name
    return decisions


def _waiting(text: str, candidates: Sequence[Candidate]) -> dict[int, str]:
    """id(candidate) → why the entity it makes would wait for review in a project ("" if it would not),
    judged on every candidate of the same person (``linking``) or the same string in the text."""
    linked = link_document(text, candidates)
    groups: dict[tuple[str, str], list[Candidate]] = {}
    for one in linked:
        groups.setdefault((one.candidate.label, one.person), []).append(one.candidate)
    why = {key: waits_for_review(key[0], key[1], group) for key, group in groups.items()}
    # a nickname joined into its full name is one candidate of its own: judged as written, too
    waits = {id(one.candidate): why[(one.candidate.label, one.person)] for one in linked}
    return {id(c): waits.get(id(c), waits_for_review(c.label, c.core, [c])) for c in candidates}


def _decision(name: str, text: str, cand: Candidate, state: str, why: str) -> Decision:
    return Decision(name, _line(text, cand.start), cand.start, cand.end, cand.surface, cand.label, state,
                    cand.detector, cand.score, why)


def _why(cand: Candidate, origin: Mapping[str, str]) -> str:
    why = cand.reason or _DEFAULT_WHY.get(cand.detector, cand.detector)
    if cand.detector == "register":
        folded = cand.core.casefold()
        source = origin.get(cand.core) or next((v for k, v in origin.items() if k.casefold() == folded), "")
        if source:
            why += f" (known from {source})"
    return why
