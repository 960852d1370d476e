"""The saturation view (Analysis → Saturation): interviews in the order they were coded, imported or by a
case attribute; the chart (new codes per interview, codes so far, share of codings in codes seen before)
with the reading in words above it, and the table beside it. The table exports like every table; the
chart is saved as PNG or SVG through :func:`qcode.export.run.export_saturation_chart` (leak-checked and
logged like every export)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.saturation import Saturation, saturation, saturation_table
from qcode.analysis.saturation_chart import draw_saturation
from qcode.analysis.table import Table
from qcode.core.errors import QcodeError
from qcode.core.reports import attribute_names
from qcode.export.run import export_saturation_chart
from qcode.ui import i18n
from qcode.ui.analysis.charts import chart_canvas
from qcode.ui.analysis.export_buttons import ExportButtons, ask_save_path
from qcode.ui.analysis.records_model import RecordsModel
from qcode.ui.analysis.table_model import fit_columns, make_table_view
from qcode.ui.dialogs import ask
from qcode.ui.live_texts import LiveTexts


class SaturationView(QWidget):
    """The saturation curve and its table; ``refresh()`` re-reads the project."""

    jump_requested = Signal(int, int, int)  # document id, start, end: a double-clicked interview opens

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.result: Saturation | None = None
        self.table: Table | None = None
        live = LiveTexts(self)  # the controls' texts follow a language switch
        self.order = QComboBox(self)
        self.top_level = QCheckBox(self)
        live.bind(self.top_level.setText, lambda: self.tr("Top-level codes only"))
        live.bind(self.top_level.setToolTip,
                  lambda: self.tr("Count each coding for its top-level code (themes, not codes)"))
        self.save_button = QPushButton(self)
        live.bind(self.save_button.setText, lambda: self.tr("Save chart…"))
        self.export = ExportButtons(lambda: [self.table] if self.table else [], self)
        self.reading = QLabel(self)
        bold = QFont()
        bold.setBold(True)
        self.reading.setFont(bold)
        self.note = QLabel(self)
        self.canvas = chart_canvas(self)
        self.model = RecordsModel(self)
        self.view, self.proxy = make_table_view(self.model, self)
        self.view.verticalHeader().hide()
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.doubleClicked.connect(self._open_document)
        controls = QHBoxLayout()
        controls.addWidget(live.label(lambda: self.tr("Order:")))
        controls.addWidget(self.order)
        controls.addWidget(self.top_level)
        controls.addStretch()
        controls.addWidget(self.save_button)
        controls.addWidget(self.export)
        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self.canvas)
        split.addWidget(self.view)
        split.setSizes([620, 480])
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.reading)
        layout.addWidget(self.note)
        layout.addWidget(split, 1)
        self._fill_orders()
        live.on_switch(self._fill_orders)  # keeps the chosen order
        self.order.currentIndexChanged.connect(self.refresh)
        self.top_level.toggled.connect(self.refresh)
        self.save_button.clicked.connect(self.save_chart)
        self.refresh()

    def _fill_orders(self) -> None:
        current = self.order.currentData()
        self.order.blockSignals(True)
        self.order.clear()
        # data "coded", "imported" or "attribute:NAME" (a string: Qt keeps it as it is)
        self.order.addItem(self.tr("As coded (first coding)"), "coded")
        self.order.addItem(self.tr("As imported"), "imported")
        for name, _type in attribute_names(self.project):
            self.order.addItem(self.tr("By attribute: %1").replace("%1", name), f"attribute:{name}")
        self.order.setCurrentIndex(max(0, self.order.findData(current)))
        self.order.blockSignals(False)

    def set_order(self, order: str, attribute: str | None = None) -> None:
        """Choose the order ('coded', 'imported' or 'attribute' with its name), as the control does."""
        self.order.setCurrentIndex(self.order.findData(f"attribute:{attribute}" if attribute else order))

    def _order(self) -> tuple[str, str | None]:
        order, _, attribute = (self.order.currentData() or "coded").partition(":")
        return order, attribute or None

    def refresh(self, *_args) -> None:
        """Recompute the curve, the chart and the table."""
        self._fill_orders()
        order, attribute = self._order()
        lang = i18n.current_language()
        try:
            self.result = saturation(self.project, order, attribute, top_level=self.top_level.isChecked())
        except QcodeError as error:
            self.reading.setText(error.message(lang))
            return
        self.table = saturation_table(self.result, lang)
        self.model.set_table(self.table)
        fit_columns(self.view)
        self.reading.setText(self.result.reading(lang))
        self.note.setText(self.tr("%1 documents not coded yet are left out.").replace(
            "%1", str(self.result.uncoded)) if self.result.uncoded else "")
        self.note.setVisible(bool(self.result.uncoded))
        draw_saturation(self.canvas.figure, self.result, lang)
        self.canvas.draw_idle()

    def save_chart(self) -> str | None:
        """Ask for a .png or .svg file and export the chart there; returns the path written."""
        path = ask_save_path(self, self.tr("Save chart"), "PNG (*.png);;SVG (*.svg)")
        if not path:
            return None
        if Path(path).suffix.lower() not in (".png", ".svg"):
            path += ".png"
        order, attribute = self._order()
        try:
            export_saturation_chart(self.project, path, order=order, attribute=attribute,
                                    top_level=self.top_level.isChecked(), lang=i18n.current_language())
        except QcodeError as error:
            ask.inform(self, self.tr("Save chart"), error.message(i18n.current_language()))
            return None
        return path

    def _open_document(self, index: QModelIndex) -> None:
        key = self.model.data(self.proxy.mapToSource(index), Qt.UserRole)
        if key and key[0] is not None:
            self.jump_requested.emit(int(key[0]), 0, 0)
