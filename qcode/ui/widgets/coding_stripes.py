"""CodingStripes: the NVivo-style margin beside the document view, one vertical stripe per code
present in the document, painted from the same interval index as the highlighter. Hover shows the
code and coder; a click selects the coding; the context menu uncodes it or edits its memo."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QToolTip, QWidget

from qcode.core.coding_index import Span

STRIPE = 5
GAP = 2
PAD = 4
MAX_COLUMNS_WIDTH = 90  # beyond ~13 codes in one document the stripes get thinner, not the margin wider


class CodingStripes(QWidget):
    """Paints for the visible part of its :class:`DocumentView`; asks the view for geometry."""

    coding_clicked = Signal(int)  # coding id
    coding_menu_requested = Signal(int, QPoint)  # coding id, global position

    def __init__(self, view):
        super().__init__(view)
        self.view = view
        self.columns: dict[int, int] = {}  # code id -> column, stable per document
        self._hits: list[tuple[QRect, Span]] = []
        self.setMouseTracking(True)

    def set_columns(self, code_ids: list[int]) -> None:
        """Codes present in the document, in codebook order; one column each."""
        self.columns = {c: i for i, c in enumerate(code_ids)}
        self.view.update_margin()

    def step(self) -> tuple[int, int]:
        """(stripe width, distance between stripe starts) for the current number of columns."""
        n = max(len(self.columns), 1)
        pitch = max(2, min(STRIPE + GAP, MAX_COLUMNS_WIDTH // n))
        return max(1, pitch - (GAP if pitch > 4 else 1)), pitch

    def preferred_width(self) -> int:
        """Width for the current number of columns."""
        return PAD * 2 + max(len(self.columns), 1) * self.step()[1]

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(self.preferred_width(), 0)

    def paintEvent(self, event) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.fillRect(event.rect(), QColor("#f4f4f4"))
        self._hits = []
        view = self.view
        index = view.index
        if not len(index):
            return
        lo, hi = view.visible_range()
        only = view.highlighter.only_code
        width, pitch = self.step()
        for span in index.overlapping(lo, hi):
            if only is not None and span.code_id != only:
                continue
            col = self.columns.get(span.code_id)
            if col is None:
                continue
            top = view.y_of(max(span.start, lo), top=True)
            bottom = view.y_of(min(span.end, hi), top=False)
            rect = QRect(PAD + col * pitch, top, width, max(bottom - top, 3))
            painter.fillRect(rect, QColor(view.colour_of(span.code_id)))
            self._hits.append((rect, span))

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
