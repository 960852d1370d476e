"""Search hits spread to the unit a coder codes: the whole sentence or the whole speaker turn around
each hit, as NVivo's "spread coding" does for text search results. Hits in the same sentence or turn
become one range, so coding them codes it once."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace
from typing import TypeVar

from qcode.analysis.agreement_units import sentence_ranges
from qcode.core.documents import get_document, turns_for_document
from qcode.core.project import Project

UNITS = ("hit", "sentence", "turn")
H = TypeVar("H")  # a hit: anything with document_id, start and end (a dataclass)


def _around(ranges: list[tuple[int, int]], start: int, end: int) -> tuple[int, int]:
    """The union of the ranges ``[start, end)`` overlaps (itself when it overlaps none)."""
    starts = [s for s, _e in ranges]
    first = max(0, bisect_right(starts, start) - 1)
    covering = [(s, e) for s, e in ranges[first:] if s < max(end, start + 1) and e > start]
    if not covering:
        return start, end
    return min(start, covering[0][0]), max(end, covering[-1][1])


def _after_label(text: str, labels: list[tuple[int, int]], start: int, limit: int) -> int:
    """``start`` moved past a speaker label ("Birgit: ") it sits in, never past the hit itself: the
    label is not what the speaker said."""
    for label_start, label_end in labels:
        # a sentence may also begin right after the name, at the label's colon
        if label_start <= start <= label_end <= limit:
            start = label_end
            while start < limit and (text[start].isspace() or text[start] in ":;.-–"):
                start += 1
            break
    return start


def spread_hits(project: Project, hits: Sequence[H], unit: str) -> list[H]:
    """``hits`` widened to their sentence or turn ("hit": unchanged), one per distinct range."""
    if unit == "hit":
        return list(hits)
    units: dict[int, list[tuple[int, int]]] = {}
    texts: dict[int, str] = {}
    labels: dict[int, list[tuple[int, int]]] = {}
    out: list[H] = []
    seen: set[tuple[int, int, int]] = set()
    for hit in hits:
        doc = hit.document_id  # type: ignore[attr-defined]
        if doc not in units:
            texts[doc] = get_document(project, doc).text
            turns = turns_for_document(project, doc)
            labels[doc] = [(t.label_start, t.label_end) for t in turns
                           if t.label_start is not None and t.label_end is not None]
            units[doc] = (sentence_ranges(texts[doc]) if unit == "sentence"
                          else sorted((t.start, t.end) for t in turns))
        start, end = _around(units[doc], hit.start, hit.end)  # type: ignore[attr-defined]
        start = _after_label(texts[doc], labels[doc], start, hit.start)  # type: ignore[attr-defined]
        if (doc, start, end) not in seen:
            seen.add((doc, start, end))
            out.append(replace(hit, start=start, end=end))  # type: ignore[type-var]
    return out
