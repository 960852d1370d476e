"""CodingStripes: the NVivo-style margin beside the document view, one vertical stripe per code
present in the document, painted from the same interval index as the highlighter. With stripes per coder
(NVivo's "coding stripes by user") every coder has a lane of their own: a line in the coder's colour on
its left, the code stripes inside it, each coder's with its own pattern (solid, hatched, dotted, …), so
two coders' codings of one code stand side by side. Hover shows the code and coder; a click selects the
coding; the context menu uncodes it or edits its memo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from qcode.core.coding_index import Span

STRIPE = 5
GAP = 2
PAD = 4
MEMO_CAP = 4  # px: the dark cap on the stripe of a coding with a memo
# The margin has one width whatever the number of codes (NVivo and MAXQDA do the same): a margin that
# widened with each new code re-wrapped the transcript under the mouse. Beyond ~5 codes in one document
# the stripes get thinner instead. The stripes stand at the margin's right, beside the text.
COLUMNS_WIDTH = 40
LANE_GAP = 5  # room between two coders' lanes, for the lane's coloured line
# a coder's pattern over their stripes, by lane: the first solid, then hatched, dotted, crossed
LANE_PATTERNS = (None, Qt.BDiagPattern, Qt.Dense5Pattern, Qt.DiagCrossPattern, Qt.FDiagPattern,
                 Qt.Dense6Pattern)


class CodingStripes(QWidget):
    """Paints for the visible part of its :class:`DocumentView`; asks the view for geometry."""

    coding_clicked = Signal(int)  # coding id
    coding_menu_requested = Signal(int, QPoint)  # coding id, global position

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.columns: dict[object, int] = {}  # code id (or (coder id, code id)) -> column
        self.lanes: list[tuple[int, str]] = []  # per coder lane: (coder id, colour), in column order
        self._lane_of_column: list[int] = []
        self._hits: list[tuple[QRect, Span]] = []
        self.memo_marks: list[int] = []
        self.setMouseTracking(True)

    @property
    def by_coder(self) -> bool:
        return bool(self.lanes)

    def set_columns(self, keys: list[object], lanes: list[tuple[int, str]] | None = None) -> None:
        """One column per key: code ids in codebook order, or with ``lanes`` (coder id, colour) the
        (coder id, code id) pairs grouped by coder in lane order."""
        self.columns = {k: i for i, k in enumerate(keys)}
        self.lanes = list(lanes or [])
        lane_index = {coder: i for i, (coder, _colour) in enumerate(self.lanes)}
        self._lane_of_column = [lane_index[k[0]] if self.lanes else 0 for k in keys]  # type: ignore[index]
        self.view.update_margin()

    def key_of(self, span: Span) -> object:
        return (span.coder_id, span.code_id) if self.lanes else span.code_id

    def column_x(self, column: int) -> int:
        """Left edge of a column (lanes leave room for their line)."""
        lane = self._lane_of_column[column] if column < len(self._lane_of_column) else 0
        pitch = self.step()[1]
        used = len(self.columns) * pitch + LANE_GAP * len(self.lanes)
        right = max(0, COLUMNS_WIDTH - used)  # the stripes hug the text
        return PAD + right + (LANE_GAP * (lane + 1) if self.lanes else 0) + column * pitch

    def step(self) -> tuple[int, int]:
        """(stripe width, distance between stripe starts) for the current number of columns."""
        n = max(len(self.columns), 1)
        room = COLUMNS_WIDTH - LANE_GAP * len(self.lanes)
        pitch = max(2, min(STRIPE + GAP, room // n))
        return max(1, pitch - (GAP if pitch > 4 else 1)), pitch

    def preferred_width(self) -> int:
        """The margin's width: fixed, so the text never moves when a code is added or removed."""
        return PAD * 2 + COLUMNS_WIDTH

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.preferred_width(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#f4f4f4"))
        self._hits = []
        self.memo_marks: list[int] = []  # coding ids drawn with a memo mark (for tests)
        view = self.view
        index = view.index
        if not len(index):
            return
        lo, hi = view.visible_range()
        only = view.highlighter.only_code
        width, _pitch = self.step()
        for lane, (_coder, colour) in enumerate(self.lanes):  # each coder's lane: a line in their colour
            first = self._lane_of_column.index(lane) if lane in self._lane_of_column else None
            if first is not None:
                painter.fillRect(QRect(self.column_x(first) - 3, 0, 2, self.height()), QColor(colour))
        for span in index.overlapping(lo, hi):
            if only is not None and span.code_id != only:
                continue
            col = self.columns.get(self.key_of(span))
            if col is None:
                continue
            top = view.y_of(max(span.start, lo), top=True)
            bottom = view.y_of(min(span.end, hi), top=False)
            rect = QRect(self.column_x(col), top, width, max(bottom - top, 3))
            painter.fillRect(rect, QColor(view.colour_of(span.code_id)))
            pattern = LANE_PATTERNS[self._lane_of_column[col] % len(LANE_PATTERNS)] if self.lanes else None
            if pattern is not None:
                painter.fillRect(rect, QBrush(QColor("white"), pattern))
            self._hits.append((rect, span))
            if view.memo_of(span.coding_id):
                # A coding with a memo: a dark cap on its stripe, as NVivo marks annotated passages.
                cap = QRect(rect.left() - 1, rect.top(), rect.width() + 2, MEMO_CAP)
                painter.fillRect(cap, QColor("#202020"))
                self.memo_marks.append(span.coding_id)

    def span_at(self, point: QPoint) -> Span | None:
        """The stripe under a point (the shortest, when several overlap)."""
        hits = [span for rect, span in self._hits if rect.adjusted(-1, 0, 1, 0).contains(point)]
        return min(hits, key=lambda s: s.end - s.start) if hits else None

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        span = self.span_at(event.position().toPoint())
        if span is None:
            QToolTip.hideText()
            return
        QToolTip.showText(event.globalPosition().toPoint(), self.view.describe(span), self)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        span = self.span_at(event.position().toPoint())
        if span is None:
            return
        if event.button() == Qt.RightButton:
            self.coding_menu_requested.emit(span.coding_id, event.globalPosition().toPoint())
        else:
            self.coding_clicked.emit(span.coding_id)
