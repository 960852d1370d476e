"""A de-hyphenated view of a document's text with an offset map back to the original.

Transcripts and PDF extracts split words across lines ("Ma-" + newline + "thias") and carry soft
hyphens (U+00AD). Detectors run on the joined view so "Mathias" is found; every offset they report
is mapped back through :meth:`TextView.to_original` before it leaves detection.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

SOFT_HYPHEN = "\u00ad"
# A hyphen at the end of a line, the word continuing on the next: "Ma-" + "thias" is one word split
# there; before a capital ("Anne-" + "Mette") the hyphen is real and only the line break goes.
_LINE_HYPHEN = re.compile(r"(?<=\w)-[ \t]*(?:\r\n|\r|\n)[ \t]*(?=\w)")


@dataclass
class TextView:
    """``text`` is what detectors see; removed ranges are remembered so offsets map back."""

    original: str
    text: str
    # view offsets where characters were removed, and how many were removed before each
    _cuts: list[int] = field(default_factory=list)
    _shift: list[int] = field(default_factory=list)

    def to_original(self, pos: int) -> int:
        """Original offset of view offset ``pos`` (a start or an end both map correctly)."""
        i = bisect_right(self._cuts, pos)
        return pos + (self._shift[i - 1] if i else 0)

    def span_to_original(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the view span; the end stays inclusive of a joined line break."""
        o_start = self.to_original(start)
        # the end of a span is the position after its last character: map that character instead
        o_end = self.to_original(end - 1) + 1 if end > start else o_start
        return o_start, o_end

    @property
    def is_identity(self) -> bool:
        """True when the view is the original text unchanged."""
        return not self._cuts


def dehyphenate(text: str) -> TextView:
    """Join words split by a line-end hyphen or a soft hyphen; other text is left as it is."""
    if SOFT_HYPHEN not in text and "-" not in text:
        return TextView(text, text)
    pieces: list[str] = []
    cuts: list[int] = []
    shift: list[int] = []
    removed = 0
    last = 0
    view_len = 0
    for m in re.finditer(rf"{SOFT_HYPHEN}|{_LINE_HYPHEN.pattern}", text):
        start = m.start()
        if m.group(0) != SOFT_HYPHEN and text[m.end() : m.end() + 1].isupper():
            start += 1  # "Anne-" + "Mette": keep the hyphen, drop only the line break
        pieces.append(text[last:start])
        view_len += start - last
        removed += m.end() - start
        # view characters from view_len on sit ``removed`` characters further right in the original
        cuts.append(view_len)
        shift.append(removed)
        last = m.end()
    if not cuts:
        return TextView(text, text)
    pieces.append(text[last:])
    return TextView(text, "".join(pieces), cuts, shift)
