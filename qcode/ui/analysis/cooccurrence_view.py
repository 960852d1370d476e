"""The co-occurrence view: codes × codes (overlapping codings or the same speaker turn), heat-shaded and
sortable, with the segments behind the selected cell one click away, and CSV/Excel export."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget

from qcode.analysis.codetree import code_rows
from qcode.analysis.cooccurrence import cooccurrence_segments, cooccurrence_table
from qcode.analysis.table import Table
from qcode.ui.analysis.export_buttons import ExportButtons
from qcode.ui.analysis.segment_list import SegmentList
from qcode.ui.analysis.table_model import TableModel, fit_columns, make_table_view
from qcode.ui.live_texts import LiveTexts


class CooccurrenceView(QWidget):
    """Code co-occurrence matrix; click a cell for its segments, double-click a segment to jump."""

    jump_requested = Signal(int, int, int)  # document id, start, end

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.table: Table | None = None
        live = LiveTexts(self)  # the controls' texts follow a language switch
        self.mode = QComboBox(self)
        live.items(self.mode, lambda: {"overlap": self.tr("Overlapping codings"),
                                       "turn": self.tr("Same speaker turn")})
        self.rollup = QCheckBox(self)
        live.bind(self.rollup.setText, lambda: self.tr("Roll up sub-codes"))
        self.export = ExportButtons(lambda: [self.table] if self.table else [], self)
        self.model = TableModel(self)
        self.view, self.proxy = make_table_view(self.model, self)
        self.view.clicked.connect(self._cell_clicked)
        self.segment_label = QLabel(self.tr("Click a cell to see its segments."), self)
        self.segments = SegmentList(self)
        self.segments.jump_requested.connect(self.jump_requested)

        controls = QHBoxLayout()
        controls.addWidget(live.label(lambda: self.tr("Co-occurring when:")))
        controls.addWidget(self.mode)
        controls.addWidget(self.rollup)
        controls.addStretch()
        controls.addWidget(self.export)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.segment_label)
        bottom_layout.addWidget(self.segments)
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(bottom)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(split, 1)
        self.mode.currentIndexChanged.connect(self.refresh)
        self.rollup.toggled.connect(self.refresh)
        self.refresh()

    def refresh(self, *_args) -> None:
        """Recompute the matrix from the project."""
        self.table = cooccurrence_table(self.project, self.mode.currentData(), rollup=self.rollup.isChecked())
        self.model.set_table(self.table)
        fit_columns(self.view)
        self.segments.set_segments([], {})

    def show_cell(self, code_a: int, code_b: int) -> int:
        """Show the segments behind the (code_a, code_b) cell; returns how many there are."""
        found = cooccurrence_segments(self.project, code_a, code_b, self.mode.currentData(),
                                      rollup=self.rollup.isChecked())
        paths = {r.id: r.path for r in code_rows(self.project)}
        text = self.tr("%1 segments where %2 and %3 co-occur").replace("%1", str(len(found)))
        text = text.replace("%2", paths.get(code_a, "?")).replace("%3", paths.get(code_b, "?"))
        self.segment_label.setText(text)
        self.segments.set_segments(found, paths)
        return len(found)

    def _cell_clicked(self, index: QModelIndex) -> None:
        keys = self.proxy.data(index, Qt.UserRole)
        if keys and keys[0] is not None and keys[1] is not None and keys[0] != keys[1]:
            self.show_cell(keys[0], keys[1])
