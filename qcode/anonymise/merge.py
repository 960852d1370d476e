"""Resolution of overlapping candidates: one winner per stretch of text, sorted by offset."""

from __future__ import annotations

from bisect import bisect_left, insort
from collections.abc import Iterable

from qcode.anonymise.candidates import Candidate

# Who wins an overlap: what a person already accepted, then what the document says about itself,
# then the rules, then the lists, then guesses.
PRIORITY = {"register": 0, "structure": 1, "ages": 2, "lexicon": 3, "orgs": 4, "places": 5, "context": 6,
            "model": 7, "propagated": 8, "shape": 9}


def resolve_overlaps(candidates: Iterable[Candidate]) -> list[Candidate]:
    """Non-overlapping candidates sorted by start; on overlap the higher-priority, then longer, one wins."""
    ranked = sorted(
        (c for c in candidates if c.end > c.start),
        key=lambda c: (PRIORITY.get(c.detector, 9), -(c.end - c.start), -c.score, c.start),
    )
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
