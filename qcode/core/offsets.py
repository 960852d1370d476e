"""Pure functions that carry coding offsets across an edit of a document's text.

An edit is a list of non-overlapping replacements ``(start, end, new_text)`` in old-text offsets.
A coding boundary inside a replaced span snaps outward so the coding still covers the replacement.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Replacement:
    start: int
    end: int
    text: str


def apply_replacements(text: str, replacements: Sequence[Replacement]) -> str:
    """The text after all replacements."""
    parts: list[str] = []
    cursor = 0
    for rep in sorted(replacements, key=lambda r: r.start):
        if rep.start < cursor or rep.end < rep.start or rep.end > len(text):
            raise ValueError(f"overlapping or out-of-range replacement {rep}")
        parts.append(text[cursor:rep.start])
        parts.append(rep.text)
        cursor = rep.end
    parts.append(text[cursor:])
    return "".join(parts)


class OffsetMap:
    """Maps offsets of the old text to offsets of the new text."""

    def __init__(self, replacements: Sequence[Replacement]):
        self._reps = sorted(replacements, key=lambda r: r.start)
        self._ends = [r.end for r in self._reps]
        self._shift_after: list[int] = []  # total shift once replacement i is passed
        shift = 0
        for rep in self._reps:
            shift += len(rep.text) - (rep.end - rep.start)
            self._shift_after.append(shift)

    def _inside(self, offset: int) -> int:
        """Index of the replacement strictly containing ``offset``, or -1."""
        index = bisect_right(self._ends, offset)
        if index < len(self._reps) and self._reps[index].start < offset < self._reps[index].end:
            return index
        return -1

    def _shift(self, offset: int) -> int:
        """Shift of everything that ends at or before ``offset``."""
        index = bisect_right(self._ends, offset) - 1
        return self._shift_after[index] if index >= 0 else 0

    def map_start(self, offset: int) -> int:
        """A start offset: inside a replacement it moves to the replacement's new start."""
        index = self._inside(offset)
        if index >= 0:
            offset = self._reps[index].start
        return offset + self._shift(offset)

    def map_end(self, offset: int) -> int:
        """An end offset: inside a replacement it moves to the replacement's new end."""
        index = self._inside(offset)
        if index >= 0:
            offset = self._reps[index].end
        return offset + self._shift(offset)

    def map_range(self, start: int, end: int) -> tuple[int, int]:
        """A coding's range; never collapses to empty."""
        new_start, new_end = self.map_start(start), self.map_end(end)
        return new_start, max(new_end, new_start + 1)
