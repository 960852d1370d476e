"""The coder comparison view (inter-coder agreement): choose coders A and B, the segment threshold and
roll-up; a table of codes × (agreement %, kappa, characters only A or only B coded, segment agreement)
with kappa shaded from red (no better than chance) to green (full agreement); the selected row's
disagreeing segments below, a double-click shows one in its document. The numbers come from
:mod:`qcode.analysis.agreement`; this module only shows them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.agreement import (
    DEFAULT_THRESHOLD,
    Agreement,
    AgreementRow,
    SegmentCheck,
    agreement_tables,
    compare_coders,
)
from qcode.analysis.codetree import code_rows
from qcode.core.coders import list_coders
from qcode.core.errors import QcodeError, ui_language
from qcode.ui.analysis.common import (
    SORT_ROLE,
    TOTAL_ROLE,
    ExportButtons,
    SegmentTableModel,
    TotalsLastProxy,
    fit_columns,
)

_ROOT = QModelIndex()
KAPPA_COLUMN = 1


def kappa_colour(kappa: float) -> QColor:
    """Red at kappa ≤ 0 (chance), through amber, to green at 1; light enough to read black text on."""
    share = min(1.0, max(0.0, kappa))
    return QColor.fromHsv(round(120 * share), 110, 245)


def _number(value: float | None, decimals: int) -> str:
    return "–" if value is None else f"{value:.{decimals}f}"


class AgreementModel(QAbstractTableModel):
    """Rows of an :class:`Agreement` (per code, optionally per document under it, and overall)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AgreementRow] = []
        self.headers: list[str] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_result(self, result: Agreement | None, per_document: bool) -> None:
        """Show ``result`` (None: nothing), with a row per document under each code when asked."""
        self.beginResetModel()
        self.rows = []
        if result is not None:
            cells: dict[int | None, list[AgreementRow]] = {}
            for cell in result.cells:
                cells.setdefault(cell.code_id, []).append(cell)
            for row in result.codes:
                self.rows.append(row)
                if per_document:
                    self.rows.extend(cells.get(row.code_id, []))
            self.rows.append(result.overall)
            a, b = result.label_a, result.label_b
            self.headers = [self.tr("Agreement %"), self.tr("Kappa"),
                            self.tr("Only %1 (chars)").replace("%1", a),
                            self.tr("Only %1 (chars)").replace("%1", b), self.tr("Segment agreement %")]
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or not self.rows else len(self.headers)

    def _value(self, row: AgreementRow, column: int) -> float | None:
        c = row.chars
        return (c.percent, c.kappa, c.only_a, c.only_b, row.segment_percent)[column]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        value = self._value(row, index.column())
        overall = row.code_id is None
        if role == Qt.DisplayRole:
            decimals = 2 if index.column() == KAPPA_COLUMN else 1
            return str(value) if isinstance(value, int) else _number(value, decimals)
        if role == SORT_ROLE:
            return -2.0 if value is None else value
        if role == TOTAL_ROLE:
            return overall
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and overall:
            return self._bold
        if role == Qt.BackgroundRole and index.column() == KAPPA_COLUMN and value is not None:
            return QBrush(kappa_colour(value))
        if role == Qt.UserRole:
            return row
        return None

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal:
            return self.headers[section] if role == Qt.DisplayRole and section < len(self.headers) else None
        if section >= len(self.rows):
            return None
        row = self.rows[section]
        if role == Qt.DisplayRole:
            if row.code_id is None:
                return self.tr("Overall")
            if row.document_id is not None:
                return "    " * (row.depth + 1) + "· " + row.document_name
            return "    " * row.depth + row.path.split("/")[-1]
        if role == Qt.ToolTipRole:
            return row.path + (f" – {row.document_name}" if row.document_name else "")
        return None


class DisagreementModel(SegmentTableModel):
    """Unmatched segments: document, code, who coded it, how much the other side coded, the text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = (self.tr("Document"), self.tr("Code"), self.tr("Coded by"),
                        self.tr("Other coder coded %"), self.tr("Text"))

    def set_segments(self, segments: list[SegmentCheck], paths: dict[int, str]) -> None:
        self._reset(segments, paths)

    def columns(self, s: SegmentCheck) -> tuple[str, ...]:
        return (s.document_name, self.code_paths.get(s.code_id, ""), s.coder, f"{s.covered_percent:.0f}")


class AgreementView(QWidget):
    """Compare two coders; ``refresh()`` re-reads the coders and recomputes."""

    jump_requested = Signal(int, int, int)  # document id, start, end (str offsets)

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.result: Agreement | None = None
        self.coder_a = QComboBox(self)
        self.coder_b = QComboBox(self)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(1, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(round(DEFAULT_THRESHOLD))
        self.threshold.setToolTip(self.tr("A segment counts as matched when the other coder coded at least "
                                          "this share of it with the same code."))
        self.rollup = QCheckBox(self.tr("Roll up sub-codes"), self)
        self.per_document = QCheckBox(self.tr("Show each document"), self)
        self.export = ExportButtons(lambda: agreement_tables(self.result) if self.result else [], self)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b03a2e")
        self.message.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = AgreementModel(self)
        self.proxy = TotalsLastProxy(self)
        self.proxy.setSourceModel(self.model)
        self.view = QTableView(self)
        self.view.setModel(self.proxy)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(-1, Qt.AscendingOrder)  # the code tree's order until a header is clicked
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.verticalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
        self.view.selectionModel().currentRowChanged.connect(self._row_changed)
        self.detail_label = QLabel(self.tr("Select a code to see where the coders disagree."), self)
        self.disagreements = DisagreementModel(self)
        self.detail = QTableView(self)
        self.detail.setModel(self.disagreements)
        self.detail.setSelectionBehavior(QTableView.SelectRows)
        self.detail.horizontalHeader().setStretchLastSection(True)
        self.detail.activated.connect(self._jump)
        self.detail.doubleClicked.connect(self._jump)

        controls = QHBoxLayout()
        for label, widget in ((self.tr("Coder A:"), self.coder_a), (self.tr("Coder B:"), self.coder_b),
                              (self.tr("Segment matched at:"), self.threshold)):
            controls.addWidget(QLabel(label, self))
            controls.addWidget(widget)
        controls.addWidget(self.rollup)
        controls.addWidget(self.per_document)
        controls.addStretch()
        controls.addWidget(self.export)
        bottom = QWidget(self)
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 0, 0, 0)
        bottom_layout.addWidget(self.detail_label)
        bottom_layout.addWidget(self.detail)
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self._fill()
        for combo in (self.coder_a, self.coder_b):
            combo.currentIndexChanged.connect(self.run)
        self.threshold.valueChanged.connect(self.run)
        self.rollup.toggled.connect(self.run)
        self.per_document.toggled.connect(self._show)
        self.run()

    def _fill(self) -> None:
        """Fill both coder lists, keeping the choices; new lists start with the first two coders."""
        names = [c.name for c in list_coders(self.project)]
        for index, combo in enumerate((self.coder_a, self.coder_b)):
            current = combo.currentText()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(names)
            if current in names:
                combo.setCurrentText(current)
            elif index < len(names):
                combo.setCurrentIndex(index)
            combo.blockSignals(False)

    def select(self, coder_a: str, coder_b: str, threshold: int | None = None, rollup: bool | None = None,
               per_document: bool | None = None) -> Agreement | None:
        """Set the controls as a user would (for the main window and tests) and compare."""
        for widget in (self.coder_a, self.coder_b, self.threshold, self.rollup, self.per_document):
            widget.blockSignals(True)
        self.coder_a.setCurrentText(coder_a)
        self.coder_b.setCurrentText(coder_b)
        if threshold is not None:
            self.threshold.setValue(threshold)
        if rollup is not None:
            self.rollup.setChecked(rollup)
        if per_document is not None:
            self.per_document.setChecked(per_document)
        for widget in (self.coder_a, self.coder_b, self.threshold, self.rollup, self.per_document):
            widget.blockSignals(False)
        return self.run()

    def refresh(self) -> None:
        """Re-read the coders and compare again (the project changed)."""
        self._fill()
        self.run()

    def run(self, *_args) -> Agreement | None:
        """Compare the chosen coders; a refusal (no such coder, no codings, …) is said above the table."""
        self.message.clear()
        try:
            self.result = compare_coders(self.project, [self.coder_a.currentText()],
                                         [self.coder_b.currentText()], rollup=self.rollup.isChecked(),
                                         threshold=self.threshold.value())
        except QcodeError as error:
            self.result = None
            self.message.setText(error.message(ui_language()))
        self.message.setVisible(bool(self.message.text()))
        self._show()
        return self.result

    def _show(self, *_args) -> None:
        self.model.set_result(self.result, self.per_document.isChecked())
        fit_columns(self.view)
        self.disagreements.set_segments([], {})
        self.detail_label.setText(self.tr("Select a code to see where the coders disagree."))
        if self.result is None:
            self.summary.clear()
            return
        names = ", ".join(name for _, name in self.result.documents)
        text = self.tr("Compared documents: %1.").replace("%1", names)
        if self.result.skipped:
            text += " " + self.tr("Left out, coded by one coder only: %1.").replace(
                "%1", ", ".join(self.result.skipped))
        self.summary.setText(text)

    def show_disagreements(self, row: AgreementRow) -> int:
        """List the unmatched segments behind ``row``; returns how many there are."""
        found = row.disagreements
        paths = {r.id: r.path for r in code_rows(self.project)}
        name = row.path if row.code_id is not None else self.tr("all codes")
        if row.document_name:
            name += f" – {row.document_name}"
        self.detail_label.setText(self.tr("%1 disagreeing segments for %2").replace("%1", str(len(found)))
                                  .replace("%2", name))
        self.disagreements.set_segments(found, paths)
        self.detail.resizeColumnsToContents()
        self.detail.horizontalHeader().setStretchLastSection(True)
        return len(found)

    def _row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        row = self.proxy.data(current, Qt.UserRole) if current.isValid() else None
        if row is not None:
            self.show_disagreements(row)

    def _jump(self, index: QModelIndex) -> None:
        segment = self.disagreements.data(index, Qt.UserRole)
        if segment is not None:
            self.jump_requested.emit(segment.document_id, segment.start, segment.end)
