"""The one place where Python string offsets (code points, as stored) and Qt text positions (UTF-16
code units) are converted. Characters outside the Basic Multilingual Plane (emoji, some symbols)
take one code point but two UTF-16 units; everything else is one of each."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetConverter:
    """Converts offsets for one text; O(1) for texts without astral characters, O(log n) with."""

    def __init__(self, text: str):
        # Code-point indices of astral characters, and where each one ends in UTF-16 units.
        self._astral = [m.start() for m in ASTRAL.finditer(text)] if not text.isascii() else []
        self._ends16 = [i + k + 2 for k, i in enumerate(self._astral)]
        self.length = len(text)
        self.length16 = len(text) + len(self._astral)

    def to_qt(self, offset: int) -> int:
        """Code-point offset → UTF-16 position."""
        if not self._astral:
            return offset
        return offset + bisect_left(self._astral, offset)

    def from_qt(self, position: int) -> int:
        """UTF-16 position → code-point offset; a position inside a surrogate pair rounds down."""
        if not self._astral:
            return position
        # Astral characters that end at or before `position` each add one extra unit.
        before = bisect_right(self._ends16, position)
        offset = position - before
        if before < len(self._astral) and self._astral[before] < offset:
            offset = self._astral[before]  # inside the pair: round down to the character's start
        return offset


def to_qt(text: str, offset: int) -> int:
    """Code-point offset in ``text`` → UTF-16 position (one-off use; keep a converter for many)."""
    return OffsetConverter(text).to_qt(offset)


def from_qt(text: str, position: int) -> int:
    """UTF-16 position in ``text`` → code-point offset (one-off use)."""
    return OffsetConverter(text).from_qt(position)
