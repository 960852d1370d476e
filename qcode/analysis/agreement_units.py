"""What an agreement statistic counts (its unit) and Krippendorff's alpha, for qcode's coder comparisons.

Units: ``characters`` (NVivo's unit: every character of a compared document), ``sentences`` (a
sentence ends at . ! ? or … followed by white space, and at every line end) and ``turns`` (the speaker
turns; a document without turns is cut into paragraphs). A coder coded a sentence or turn with a code
when one of their codings of it overlaps that unit by at least one character.

Krippendorff's alpha (nominal) is computed from the coincidence matrix of the values the coders gave
each unit (1 coded, 0 not coded, None for a coder who did not code that document at all: missing
data). Units with fewer than two values are not pairable and drop out, as in Krippendorff (2011).
Alpha is undefined (None) when every pairable value is the same. No Qt, no SQL.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence

UNITS = ("characters", "sentences", "turns")
_SENTENCE_END = re.compile(r"[.!?…]+[\"'»”’)]*(?=\s)")

Pattern = tuple[int | None, ...]  # one value per coder: 1 coded, 0 not, None missing


def sentence_ranges(text: str) -> list[tuple[int, int]]:
    """The sentences of a text as (start, end), white space trimmed; line ends always end one."""
    out: list[tuple[int, int]] = []
    line_start = 0
    for line in text.split("\n"):
        cuts = [line_start] + [line_start + m.end() for m in _SENTENCE_END.finditer(line)]
        cuts.append(line_start + len(line))
        for start, end in zip(cuts, cuts[1:], strict=False):
            while start < end and text[start].isspace():
                start += 1
            while end > start and text[end - 1].isspace():
                end -= 1
            if end > start:
                out.append((start, end))
        line_start += len(line) + 1
    return out


def paragraph_ranges(text: str) -> list[tuple[int, int]]:
    """Non-blank lines as (start, end)."""
    out, position = [], 0
    for line in text.split("\n"):
        if line.strip():
            out.append((position, position + len(line)))
        position += len(line) + 1
    return out


def unit_ranges(unit: str, text: str, turns: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """The units of one document, in text order (not used for characters)."""
    if unit == "sentences":
        return sentence_ranges(text)
    if unit == "turns":
        return sorted(turns) if turns else paragraph_ranges(text)
    raise ValueError(unit)


def coded_units(units: Sequence[tuple[int, int]], ranges: Sequence[tuple[int, int]]) -> set[int]:
    """Indexes of the units that any of the (merged, sorted) ``ranges`` overlaps."""
    starts = [s for s, _ in units]
    ends = [e for _, e in units]
    hit: set[int] = set()
    for start, end in ranges:
        # units with unit.end > start and unit.start < end
        first = bisect_right(ends, start)
        last = bisect_left(starts, end)
        hit.update(range(first, last))
    return hit


def char_patterns(length: int, coders: Sequence[Sequence[tuple[int, int]] | None]) -> Counter:
    """Characters of a document of ``length`` by the pattern of coders that coded them (merged ranges
    per coder; None for a coder whose values are missing in this document)."""
    edges = {0, length}
    for ranges in coders:
        for s, e in ranges or ():
            edges.update((s, e))
    points = sorted(p for p in edges if 0 <= p <= length)
    counts: Counter = Counter()
    cursors = [0] * len(coders)
    for a, b in zip(points, points[1:], strict=False):
        values: list[int | None] = []
        for i, ranges in enumerate(coders):
            if ranges is None:
                values.append(None)
                continue
            j = cursors[i]
            while j < len(ranges) and ranges[j][1] <= a:
                j += 1
            cursors[i] = j
            values.append(1 if j < len(ranges) and ranges[j][0] <= a else 0)
        counts[tuple(values)] += b - a
    return counts


def unit_patterns(n_units: int, coders: Sequence[set[int] | None]) -> Counter:
    """Units by the pattern of coders that coded them (sets of coded unit indexes; None: missing)."""
    counts: Counter = Counter()
    special = sorted(set().union(*(c for c in coders if c)))
    for u in special:
        counts[tuple(None if c is None else int(u in c) for c in coders)] += 1
    rest = n_units - len(special)
    if rest:
        counts[tuple(None if c is None else 0 for c in coders)] += rest
    return counts


def alpha(patterns: Mapping[Pattern, int] | Iterable[tuple[Pattern, int]]) -> float | None:
    """Krippendorff's alpha for nominal data from counts of unit patterns; None where undefined."""
    items = patterns.items() if isinstance(patterns, Mapping) else patterns
    o: dict[tuple[int, int], float] = defaultdict(float)  # coincidences (value c, value k), weighted
    for pattern, count in items:
        values = [v for v in pattern if v is not None]
        m = len(values)
        if m < 2 or not count:
            continue
        tally = Counter(values)
        for c, nc in tally.items():
            for k, nk in tally.items():
                pairs = nc * (nk - (1 if c == k else 0))
                if pairs:
                    o[(c, k)] += count * pairs / (m - 1)
    n_c: dict[int, float] = defaultdict(float)
    for (c, _k), value in o.items():
        n_c[c] += value
    n = sum(n_c.values())
    if n <= 1:
        return None
    disagree = sum(v for (c, k), v in o.items() if c != k)
    expected = sum(n_c[c] * n_c[k] for c in n_c for k in n_c if c != k)
    if expected == 0:
        return None
    return 1 - (n - 1) * disagree / expected


def binary_alpha(both: int, only_a: int, only_b: int, neither: int) -> float | None:
    """Alpha for two coders and one code from the four counts (no missing values), in integers so
    identical codings give exactly 1: alpha = 1 - (n - 1)·d / (n0·n1) with n = 2·units pairable values."""
    d = only_a + only_b
    n1 = 2 * both + d
    n0 = 2 * neither + d
    if n0 == 0 or n1 == 0:
        return None
    n = n0 + n1
    return (n0 * n1 - (n - 1) * d) / (n0 * n1)
