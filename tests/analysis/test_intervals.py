"""Range algebra used by the coding query."""

from __future__ import annotations

import pytest

from qcode.analysis.intervals import intersect, merge, subtract


@pytest.mark.parametrize(("ranges", "expected"), [
    ([], []),
    ([(5, 9), (0, 2)], [(0, 2), (5, 9)]),
    ([(0, 5), (5, 7)], [(0, 7)]),  # touching ranges join
    ([(0, 10), (2, 3), (9, 12)], [(0, 12)]),
])
def test_merge(ranges, expected):
    assert merge(ranges) == expected


@pytest.mark.parametrize(("a", "b", "both", "a_only"), [
    ([(0, 10)], [(2, 4), (6, 8)], [(2, 4), (6, 8)], [(0, 2), (4, 6), (8, 10)]),
    ([(0, 5), (10, 15)], [(3, 12)], [(3, 5), (10, 12)], [(0, 3), (12, 15)]),
    ([(0, 5)], [(5, 9)], [], [(0, 5)]),
    ([(2, 4)], [(0, 10)], [(2, 4)], []),
    ([(0, 4)], [], [], [(0, 4)]),
])
def test_intersect_and_subtract(a, b, both, a_only):
    assert intersect(a, b) == both
    assert subtract(a, b) == a_only
