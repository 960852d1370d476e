"""The coder comparison view (inter-coder agreement): choose coders A and B, the segment threshold, the
unit (characters, sentences or turns), roll-up and whether documents only one coder coded count; a table
of codes × (agreement %, kappa, alpha, units only A or only B coded, segment agreement) with the pooled
and the mean overall rows, kappa and alpha shaded from red (no better than chance) to green (full
agreement); the selected row's disagreeing segments below, a double-click shows one in its document;
Adjudicate… settles them. "All coders" shows Krippendorff's alpha among every coder instead. The numbers
come from :mod:`qcode.analysis.agreement` and :mod:`qcode.analysis.agreement_alpha`; this module only
shows them; the table models are in :mod:`qcode.ui.analysis.agreement_models`."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
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
    compare_coders,
)
from qcode.analysis.agreement_alpha import AlphaAgreement, alpha_agreement, alpha_tables
from qcode.analysis.agreement_tables import agreement_tables
from qcode.analysis.agreement_units import UNITS
from qcode.analysis.codetree import code_rows
from qcode.core.coders import list_coders
from qcode.core.errors import QcodeError, ui_language
from qcode.core.reports import code_document_counts
from qcode.core.visibility import consensus_coders
from qcode.ui.analysis.agreement_models import AgreementModel, AlphaModel, DisagreementModel, unit_label
from qcode.ui.analysis.export_buttons import ExportButtons
from qcode.ui.analysis.table_model import TotalsLastProxy, fit_columns
from qcode.ui.dialogs.adjudication_dialog import open_adjudication
from qcode.ui.live_texts import LiveTexts


class AgreementView(QWidget):
    """Compare two coders; ``refresh()`` re-reads the coders and recomputes."""

    jump_requested = Signal(int, int, int)  # document id, start, end (str offsets)

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.result: Agreement | None = None
        self.alpha_result: AlphaAgreement | None = None
        self.coder_a = QComboBox(self)
        self.coder_b = QComboBox(self)
        self.threshold = QSpinBox(self)
        self.threshold.setRange(1, 100)
        self.threshold.setSuffix(" %")
        self.threshold.setValue(round(DEFAULT_THRESHOLD))
        live = LiveTexts(self)  # the controls' texts follow a language switch
        live.bind(self.threshold.setToolTip, lambda: self.tr(
            "A segment counts as matched when the other coder coded at least this share of it with the "
            "same code."))
        self.rollup, self.per_document, self.include_single, self.all_coders = (
            QCheckBox(self) for _ in range(4))
        live.bind(self.rollup.setText, lambda: self.tr("Roll up sub-codes"))
        live.bind(self.per_document.setText, lambda: self.tr("Show each document"))
        self.unit = QComboBox(self)
        live.items(self.unit, lambda: {unit: unit_label(unit) for unit in UNITS})
        live.bind(self.unit.setToolTip, lambda: self.tr(
            "What percent agreement, kappa and alpha count: every character (as NVivo), every sentence or "
            "every speaker turn a coder coded."))
        live.bind(self.include_single.setText, lambda: self.tr("Count documents only one coder coded"))
        live.bind(self.include_single.setToolTip, lambda: self.tr(
            "Off: such documents are left out and listed. On: they count, as documents where the other "
            "coder coded nothing."))
        live.bind(self.all_coders.setText, lambda: self.tr("All coders (Krippendorff's alpha)"))
        self.adjudicate = QPushButton(self)
        live.bind(self.adjudicate.setText, lambda: self.tr("Adjudicate…"))
        live.bind(self.adjudicate.setToolTip,
                  lambda: self.tr("Settle where the two coders disagree, into a consensus layer."))
        self.adjudicate.clicked.connect(self.open_adjudication)
        self.export = ExportButtons(self._tables, self)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b03a2e")
        self.message.setWordWrap(True)
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.model = AgreementModel(self)
        self.alpha_model = AlphaModel(self)
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
        for column in range(len(self.disagreements.headers) - 1):  # whole headers, never "her coder coded"
            self.detail.horizontalHeader().setSectionResizeMode(column, QHeaderView.ResizeToContents)
        self.detail.activated.connect(self._jump)
        self.detail.doubleClicked.connect(self._jump)

        controls = QHBoxLayout()
        for label, widget in ((lambda: self.tr("Coder A:"), self.coder_a),
                              (lambda: self.tr("Coder B:"), self.coder_b),
                              (lambda: self.tr("Segment matched at:"), self.threshold),
                              (lambda: self.tr("Unit:"), self.unit)):
            controls.addWidget(live.label(label))
            controls.addWidget(widget)
        controls.addStretch()
        controls.addWidget(self.adjudicate)
        controls.addWidget(self.export)
        options = QHBoxLayout()
        for widget in (self.rollup, self.per_document, self.include_single, self.all_coders):
            options.addWidget(widget)
        options.addStretch()
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
        layout.addLayout(options)
        layout.addWidget(self.message)
        layout.addWidget(self.summary)
        layout.addWidget(split, 1)
        self._fill()
        for combo in (self.coder_a, self.coder_b):
            combo.currentIndexChanged.connect(self.run)
        self.threshold.valueChanged.connect(self.run)
        self.rollup.toggled.connect(self.run)
        self.unit.currentIndexChanged.connect(self.run)
        self.include_single.toggled.connect(self.run)
        self.all_coders.toggled.connect(self.run)
        self.per_document.toggled.connect(self._show)
        self.run()

    def _tables(self) -> list:
        if self.all_coders.isChecked():
            return alpha_tables(self.alpha_result) if self.alpha_result else []
        return agreement_tables(self.result) if self.result else []

    def coders_for_alpha(self) -> list[str]:
        """Every coder with codings, but the consensus layer's."""
        consensus = set(consensus_coders(self.project))
        coding = {row[2] for row in code_document_counts(self.project, by_coder=True)}
        return [c.name for c in list_coders(self.project) if c.name not in consensus and c.id in coding]

    def open_adjudication(self) -> None:
        """Adjudicate the two chosen coders' disagreements (over the analysis window's ProjectEvents)."""
        window = self.window()
        open_adjudication(window, window.events, ([self.coder_a.currentText()],
                                                  [self.coder_b.currentText()]))

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
               per_document: bool | None = None, unit: str | None = None,
               include_single: bool | None = None, all_coders: bool | None = None) -> Agreement | None:
        """Set the controls as a user would (for the main window and tests) and compare."""
        widgets = (self.coder_a, self.coder_b, self.threshold, self.rollup, self.per_document, self.unit,
                   self.include_single, self.all_coders)
        for widget in widgets:
            widget.blockSignals(True)
        self.coder_a.setCurrentText(coder_a)
        self.coder_b.setCurrentText(coder_b)
        if threshold is not None:
            self.threshold.setValue(threshold)
        for box, value in ((self.rollup, rollup), (self.per_document, per_document),
                           (self.include_single, include_single), (self.all_coders, all_coders)):
            if value is not None:
                box.setChecked(value)
        if unit is not None:
            self.unit.setCurrentIndex(UNITS.index(unit))
        for widget in widgets:
            widget.blockSignals(False)
        return self.run()

    def refresh(self) -> None:
        """Re-read the coders and compare again (the project changed)."""
        self._fill()
        self.run()

    def run(self, *_args) -> Agreement | None:
        """Compare the chosen coders; a refusal (no such coder, no codings, …) is said above the table."""
        self.message.clear()
        alpha = self.all_coders.isChecked()
        for widget in (self.coder_a, self.coder_b, self.threshold, self.adjudicate):
            widget.setEnabled(not alpha)
        self.result = self.alpha_result = None
        try:
            if alpha:
                self.alpha_result = alpha_agreement(
                    self.project, self.coders_for_alpha(), rollup=self.rollup.isChecked(),
                    unit=self.unit.currentData(), include_single=self.include_single.isChecked())
            else:
                self.result = compare_coders(self.project, [self.coder_a.currentText()],
                                             [self.coder_b.currentText()], rollup=self.rollup.isChecked(),
                                             threshold=self.threshold.value(), unit=self.unit.currentData(),
                                             include_single=self.include_single.isChecked())
        except QcodeError as error:
            self.message.setText(error.message(ui_language()))
        self.message.setVisible(bool(self.message.text()))
        self._show()
        return self.result

    def _show(self, *_args) -> None:
        alpha = self.all_coders.isChecked()
        wanted = self.alpha_model if alpha else self.model
        if self.proxy.sourceModel() is not wanted:
            self.proxy.setSourceModel(wanted)
        self.model.set_result(self.result, self.per_document.isChecked())
        self.alpha_model.set_result(self.alpha_result, self.per_document.isChecked())
        fit_columns(self.view)
        self.disagreements.set_segments([], {})
        self.detail_label.setText(self.tr("Select a code to see where the coders disagree."))
        result = self.alpha_result if alpha else self.result
        if result is None:
            self.summary.clear()
            return
        names = ", ".join(name for _, name in result.documents)
        text = self.tr("Unit: %1.").replace("%1", unit_label(result.unit)) + " "
        text += self.tr("Compared documents: %1.").replace("%1", names)
        if alpha:
            text += " " + self.tr("Coders: %1.").replace("%1", ", ".join(result.coders))
            if result.skipped:
                text += " " + self.tr("Left out, coded by one coder only: %1.").replace(
                    "%1", ", ".join(result.skipped))
        elif self.result.include_single and self.result.single:
            text += " " + self.tr("Counted although only one coder coded them: %1.").replace(
                "%1", ", ".join(f"{name} ({side})" for name, side in self.result.single))
        elif self.result.skipped:
            text += " " + self.tr("Left out, coded by one coder only: %1.").replace(
                "%1", ", ".join(self.result.skipped))
        if not alpha and self.result.segment_kappa is not None:
            text += " " + self.tr("Segment kappa (MAXQDA, all codes): %1.").replace(
                "%1", f"{self.result.segment_kappa:.2f}")
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
        if isinstance(row, AgreementRow):
            self.show_disagreements(row)

    def _jump(self, index: QModelIndex) -> None:
        segment = self.disagreements.data(index, Qt.UserRole)
        if segment is not None:
            self.jump_requested.emit(segment.document_id, segment.start, segment.end)
