"""Resolution of overlapping candidates: one winner per stretch of text, sorted by offset."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable

from qcode.anonymise.candidates import Candidate

# Who wins an overlap: what a person already accepted, then what the document says about itself,
# then the rules, then the lists, then guesses.
# Contact identifiers have a fixed shape, so they win over any name or age guess inside them
# ("lærke punktum sandberg snabel a …" is one e-mail, "født 12. august 1990" a birth date, not "født 12").
PRIORITY = {"register": 0, "contact": 1, "structure": 2, "ages": 3, "lexicon": 4, "traditions": 4, "orgs": 5,
            "places": 6, "context": 7, "notes": 7, "uncased": 8, "model": 9, "propagated": 10, "shape": 11}


_LISTS = frozenset({"orgs", "places"})
_GUESSES = frozenset({"lexicon", "model", "propagated", "shape", "context", "uncased"})


def resolve_overlaps(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates sorted by start; on overlap the higher-priority, then longer, one wins.

    A person's full name takes the priority of the strongest detector that found a part of it: the
    register knowing "Karen" must not cut "Karen Margrethe Lauridsen" down to "Karen" (the other
    parts would stay in the text). Likewise a listed organisation or place of several words wins over a
    name guessed inside it ("Sankt Hans", the hospital).
    """
    items = [c for c in candidates if c.end > c.start]
    rank = {id(c): PRIORITY.get(c.detector, 99) for c in items}
    ordered = sorted(items, key=lambda c: (c.start, c.start - c.end))
    for i, outer in enumerate(ordered):
        listed = outer.detector in _LISTS and " " in outer.core
        if outer.label != "PERSON" and not listed:
            continue
        for inner in ordered[i + 1:]:
            if inner.start >= outer.end:
                break
            if inner.end > outer.end or (inner.end - inner.start) >= (outer.end - outer.start):
                continue
            # a listed "Sankt Hans" (hospital) is not the person "Hans" a name rule saw in it
            both_persons = outer.label == "PERSON" and inner.label == "PERSON"
            if both_persons or (listed and inner.detector in _GUESSES):
                rank[id(outer)] = min(rank[id(outer)], rank[id(inner)])
    ranked = sorted(items, key=lambda c: (rank[id(c)], -(c.end - c.start), -c.score, c.start))
    starts: list[int] = []
    chosen: dict[int, Candidate] = {}
    for cand in ranked:
        i = bisect_left(starts, cand.start)
        # the neighbour on the left may reach into us; the one on the right may start before our end
        if i > 0 and chosen[starts[i - 1]].end > cand.start:
            continue
        if i < len(starts) and starts[i] < cand.end:
            continue
        insort(starts, cand.start)
        chosen[cand.start] = cand
    return [chosen[s] for s in starts]
