"""The interval index the document view paints from."""

from __future__ import annotations

import random

from qcode.core.coding_index import CodingIndex, Span


def brute(spans, lo, hi):
    return sorted((s for s in spans if s.start < hi and s.end > lo), key=lambda s: (s.start, s.end))


def test_segments_split_at_every_edge():
    a, b = Span(0, 10, 1, 1), Span(5, 15, 2, 2)
    index = CodingIndex([b, a])
    segs = [(s, e, {x.code_id for x in c}) for s, e, c in index.segments(0, 20)]
    assert segs == [(0, 5, {1}), (5, 10, {1, 2}), (10, 15, {2})]
    assert index.segments(7, 12) == [(7, 10, index.segments(5, 10)[0][2]), (10, 12, (b,))]


def test_at_and_gaps():
    index = CodingIndex([Span(2, 4, 1, 1), Span(8, 9, 1, 2)])
    assert index.at(3)[0].coding_id == 1
    assert index.at(4) == ()
    assert index.at(5) == ()
    assert index.at(100) == ()
    assert [s for s in index.segments(4, 8)] == []


def test_overlapping_matches_brute_force():
    rng = random.Random(3)
    spans = []
    for i in range(300):
        s = rng.randrange(0, 1000)
        spans.append(Span(s, s + rng.randrange(1, 80), rng.randrange(1, 6), i))
    index = CodingIndex(spans)
    for _ in range(200):
        lo = rng.randrange(0, 1100)
        hi = lo + rng.randrange(1, 120)
        assert index.overlapping(lo, hi) == brute(spans, lo, hi)


def test_next_and_previous_of_a_code():
    spans = [Span(0, 5, 1, 1), Span(10, 12, 2, 2), Span(20, 25, 1, 3)]
    index = CodingIndex(spans)
    assert index.next_start(0, 1).coding_id == 3
    assert index.next_start(0).coding_id == 2
    assert index.previous_start(20, 1).coding_id == 1
    assert index.previous_start(0, 1) is None
