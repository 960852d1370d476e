"""CodingHighlighter: paints codings in their codes' colours, plus speaker labels and timestamps,
one paragraph at a time from a Qt-free :class:`CodingIndex`. Overlaps stay legible: the background
is a blend of the codes' tints and an underline in the last code's colour marks stacked codings.
The formats never become part of the document's text or its undo history.

A long document is highlighted lazily: a paragraph only once it comes on screen (the document view says
when), and from then on whenever Qt asks, like every paragraph of a short one. Until then it is skipped;
whatever the index holds when it comes is what it shows, so a coding made meanwhile is painted too."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import lru_cache

from PySide6.QtGui import QBrush, QColor, QFont, QSyntaxHighlighter, QTextCharFormat

from qcode.core.coding_index import CodingIndex
from qcode.ui.text_offsets import ASTRAL

TIMESTAMP = re.compile(r"[\[(]?\b\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\b[\])]?")
TINT = 0.38  # share of the code colour over white; light enough to read black text on
# Looked up once: a document's first highlight makes a format for each of some thousands of overlap
# combinations, and each enum look-up or implicit QColor -> QBrush conversion costs microseconds there.
_SINGLE_UNDERLINE = QTextCharFormat.SingleUnderline
_BOLD = QFont.Bold


@lru_cache(maxsize=1024)
def _tinted(colour: str) -> tuple[float, float, float]:
    # Parsing a colour name is the costly part; a document's overlaps reuse a few dozen colours
    # in thousands of combinations.
    c = QColor(colour)
    return (255 - (255 - c.red()) * TINT, 255 - (255 - c.green()) * TINT, 255 - (255 - c.blue()) * TINT)


@lru_cache(maxsize=1024)
def _underline(colour: str) -> QColor:
    return QColor(colour).darker(130)


def tint(colours: list[str]) -> QColor:
    """The background for text coded with these code colours: each tinted, then averaged."""
    r = g = b = 0.0
    for colour in colours:
        tr, tg, tb = _tinted(colour)
        r, g, b = r + tr, g + tg, b + tb
    n = max(len(colours), 1)
    return QColor(round(r / n), round(g / n), round(b / n))


class CodingHighlighter(QSyntaxHighlighter):
    """Formats each block from the index; positions are UTF-16 (Qt) positions."""

    def __init__(self, document):
        super().__init__(document)
        self.index = CodingIndex([])
        self.colours: dict[int, str] = {}
        self.only_code: int | None = None
        self._labels: list[tuple[int, int]] = []
        self._label_starts: list[int] = []
        self._cache: dict[tuple, QTextCharFormat] = {}
        self._lazy = False
        self._shown: set[int] = set()  # numbers of the paragraphs that have come on screen (lazy only)

    def set_data(self, index: CodingIndex, colours: dict[int, str], labels: list[tuple[int, int]]) -> None:
        """New codings, code colours and speaker label spans; the caller rehighlights."""
        self.index = index
        if colours != self.colours:
            self._cache.clear()
        self.colours = colours
        self._labels = sorted(labels)
        self._label_starts = [s for s, _ in self._labels]

    # -- highlighting a long document lazily -------------------------------------------------------
    def set_lazy(self, lazy: bool) -> None:
        """With ``lazy``, a paragraph is highlighted only after :meth:`highlight_block` was called for
        it; without, every paragraph is, as the text is set. Call before the text is set."""
        self._lazy, self._shown = lazy, set()

    @property
    def pending(self) -> bool:
        """Whether some paragraphs wait to come on screen before they are highlighted."""
        return self._lazy and len(self._shown) < self.document().blockCount()

    def highlight_block(self, block) -> None:
        """A paragraph has come on screen: highlight it (once; later changes highlight it again)."""
        number = block.blockNumber()
        if self._lazy and number not in self._shown:
            self._shown.add(number)
            self.rehighlightBlock(block)

    def format_for(self, code_ids: tuple[int, ...], kind: str = "") -> QTextCharFormat:
        """The (cached) format for a stretch coded with ``code_ids``; kind is '', 'label' or 'time'."""
        key = (code_ids, kind)
        fmt = self._cache.get(key)
        if fmt is None:
            fmt = QTextCharFormat()
            colours = [self.colours.get(c, "#999999") for c in code_ids]
            if colours:
                fmt.setBackground(QBrush(tint(colours)))
                if len(colours) > 1:
                    fmt.setFontUnderline(True)
                    fmt.setUnderlineStyle(_SINGLE_UNDERLINE)
                    fmt.setUnderlineColor(_underline(colours[-1]))
            if kind == "label":
                fmt.setFontWeight(_BOLD)
                fmt.setForeground(QColor("#1a4f8b"))
            elif kind == "time":
                fmt.setForeground(QColor("#7a7a7a"))
                fmt.setFontItalic(True)
            self._cache[key] = fmt
        return fmt

    def _marks(self, text: str, pos: int, end: int) -> list[tuple[int, int, str]]:
        """Speaker labels and timestamps in this block, as absolute Qt positions."""
        marks = []
        i = max(bisect_left(self._label_starts, pos) - 1, 0)
        while i < len(self._labels) and self._labels[i][0] < end:
            s, e = self._labels[i]
            if e > pos:
                marks.append((max(s, pos), min(e, end), "label"))
            i += 1
        if ":" in text:
            astral = not text.isascii() and ASTRAL.search(text) is not None
            for m in TIMESTAMP.finditer(text):
                s, e = m.span()
                if astral:  # block-local UTF-16 positions
                    s = len(text[:s].encode("utf-16-le")) // 2
                    e = len(text[:m.end()].encode("utf-16-le")) // 2
                marks.append((pos + s, pos + e, "time"))
        return marks

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt name)
        block = self.currentBlock()
        if self._lazy and block.blockNumber() not in self._shown:
            return  # not on screen yet
        pos = block.position()
        end = pos + block.length() - 1
        segments = self.index.segments(pos, end)
        if self.only_code is not None:
            segments = [(s, e, tuple(x for x in cov if x.code_id == self.only_code))
                        for s, e, cov in segments]
        marks = self._marks(text, pos, end)
        if not marks:
            for s, e, covering in segments:
                ids = tuple(dict.fromkeys(x.code_id for x in covering))
                if ids:
                    self.setFormat(s - pos, e - s, self.format_for(ids))
            return
        # Combine codings (background) with marks (weight/colour): sweep over every edge.
        edges = sorted({p for s, e, _ in segments for p in (s, e)} | {p for s, e, _ in marks for p in (s, e)})
        for a, b in zip(edges, edges[1:], strict=False):
            ids: tuple[int, ...] = ()
            for s, e, covering in segments:
                if s <= a < e:
                    ids = tuple(dict.fromkeys(x.code_id for x in covering))
                    break
            kind = next((k for s, e, k in marks if s <= a < e), "")
            if ids or kind:
                self.setFormat(a - pos, b - a, self.format_for(ids, kind))
