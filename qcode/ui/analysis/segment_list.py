"""Passages as rows in an analysis view: a table model of segments (or other passage records) and a
list that asks to jump to a passage in its document."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QTableView, QVBoxLayout, QWidget

from qcode.core.report_segments import Segment
from qcode.ui.analysis.display import shown_segments

_ROOT = QModelIndex()


class SegmentTableModel(QAbstractTableModel):
    """Passages as rows, for a list that jumps to the text: the passage record under ``Qt.UserRole``,
    and the text in the last column, on one line in the cell and whole in its tooltip. A subclass sets
    ``headers`` and says what the columns before the text show (:meth:`columns`)."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.segments: list = []
        self.code_paths: dict[int, str] = {}

    def columns(self, segment) -> tuple[str, ...]:
        """What a segment shows before its text."""
        raise NotImplementedError

    def text(self, segment) -> str:
        """The passage's text (the last column)."""
        return segment.text

    def _reset(self, segments: Sequence, code_paths: dict[int, str]) -> None:
        self.beginResetModel()
        self.segments, self.code_paths = shown_segments(self, segments), code_paths
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.segments)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        s = self.segments[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            text = self.text(s)
            values = (*self.columns(s), text if role == Qt.ToolTipRole else " ".join(text.split()))
            return values[index.column()]
        if role == Qt.UserRole:
            return s
        return None

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None


class SegmentModel(SegmentTableModel):
    """Segments as rows: document, code, coder, speaker, text (or the turn, when context is on)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = (self.tr("Document"), self.tr("Code"), self.tr("Coder"), self.tr("Speaker"),
                        self.tr("Text"))
        self.show_context = False

    def set_segments(self, segments: Sequence[Segment], code_paths: dict[int, str],
                     show_context: bool = False) -> None:
        self.show_context = show_context
        self._reset(segments, code_paths)

    def columns(self, s: Segment) -> tuple[str, ...]:
        return (s.document_name, self.code_paths.get(s.code_id, "") if s.code_id else "", s.coder_name,
                s.speaker)

    def text(self, s: Segment) -> str:
        return s.context if self.show_context and s.context else s.text


class SegmentList(QWidget):
    """A list of segments; double-click (or Enter) asks to show the passage in its document."""

    jump_requested = Signal(int, int, int)  # document id, start, end (str offsets)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = SegmentModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_segments(self, segments: Sequence[Segment], code_paths: dict[int, str],
                     show_context: bool = False) -> None:
        self.model.set_segments(segments, code_paths, show_context)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)

    def _activated(self, index: QModelIndex) -> None:
        segment: Segment = self.model.data(index, Qt.UserRole)
        if segment is not None:
            self.jump_requested.emit(segment.document_id, segment.start, segment.end)
