"""A sorted interval index over one document's codings, for painting: which codings cover which
stretch of text. Built once per document (and after each change of its codings), queried per
paragraph by the GUI's highlighter and margin. Units are whatever the caller builds it with (the
GUI uses UTF-16 positions). No Qt, no SQL."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from qcode.core.types import CodeId, CoderId, CodingId


@dataclass(frozen=True)
class Span:
    """One coding as painted: its range, code, coder and id."""

    start: int
    end: int
    code_id: CodeId
    coding_id: CodingId
    coder_id: CoderId = CoderId(0)


class CodingIndex:
    """Elementary segments between every coding edge, each with the codings that cover it."""

    def __init__(self, spans: Iterable[Span]):
        self.spans = sorted((s for s in spans if s.end > s.start), key=lambda s: (s.start, s.end))
        edges = sorted({p for s in self.spans for p in (s.start, s.end)})
        self._bounds = edges
        # Sweep: the active set between consecutive edges.
        starts: dict[int, list[Span]] = {}
        ends: dict[int, list[Span]] = {}
        for s in self.spans:
            starts.setdefault(s.start, []).append(s)
            ends.setdefault(s.end, []).append(s)
        active: dict[int, Span] = {}
        self._active: list[tuple[Span, ...]] = []
        for edge in edges:
            for s in ends.get(edge, ()):
                active.pop(s.coding_id, None)
            for s in starts.get(edge, ()):
                active[s.coding_id] = s
            self._active.append(tuple(active.values()))

    def __len__(self) -> int:
        return len(self.spans)

    def segments(self, lo: int, hi: int) -> list[tuple[int, int, tuple[Span, ...]]]:
        """Non-empty covered pieces of ``[lo, hi)`` as (start, end, covering spans)."""
        bounds = self._bounds
        if not bounds or hi <= lo:
            return []
        i = max(bisect_right(bounds, lo) - 1, 0)
        out = []
        while i < len(bounds) - 1 and bounds[i] < hi:
            covering = self._active[i]
            if covering:
                s, e = max(bounds[i], lo), min(bounds[i + 1], hi)
                if e > s:
                    out.append((s, e, covering))
            i += 1
        return out

    def at(self, position: int) -> tuple[Span, ...]:
        """The spans covering one position."""
        i = bisect_right(self._bounds, position) - 1
        if i < 0 or i >= len(self._bounds) - 1:
            return ()
        return self._active[i]

    def overlapping(self, lo: int, hi: int) -> list[Span]:
        """Every span that overlaps ``[lo, hi)``, in start order."""
        seen: dict[int, Span] = {}
        for _s, _e, covering in self.segments(lo, hi):
            for span in covering:
                seen.setdefault(span.coding_id, span)
        return sorted(seen.values(), key=lambda s: (s.start, s.end))

    def next_start(self, position: int, code_id: CodeId | None = None) -> Span | None:
        """The first span starting after ``position`` (of one code, if given)."""
        keys = [s.start for s in self.spans]
        for s in self.spans[bisect_right(keys, position):]:
            if code_id is None or s.code_id == code_id:
                return s
        return None

    def previous_start(self, position: int, code_id: CodeId | None = None) -> Span | None:
        """The last span starting before ``position`` (of one code, if given)."""
        keys = [s.start for s in self.spans]
        for s in reversed(self.spans[:bisect_left(keys, position)]):
            if code_id is None or s.code_id == code_id:
                return s
        return None
