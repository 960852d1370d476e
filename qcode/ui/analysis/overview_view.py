"""The lead's overview (Analysis → Overview): a line of headline numbers and three sortable tables, per
document (case, length, coded share, codings, coders, last change, anonymisation, double coding,
adjudication), per coder and per code, optionally for the cases with one value of an attribute. Every
table exports like the others (pseudonymised, leak-checked). The numbers come from
:mod:`qcode.analysis.overview`; this module only shows them."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.overview import Overview, filter_values, overview
from qcode.analysis.table import Table
from qcode.core.errors import QcodeError
from qcode.ui import i18n
from qcode.ui.analysis.export_buttons import ExportButtons
from qcode.ui.analysis.records_model import RecordsModel
from qcode.ui.analysis.table_model import TotalsLastProxy, fit_columns, make_table_view
from qcode.ui.live_texts import LiveTexts


class OverviewView(QWidget):
    """Progress per document, coder and code; ``refresh()`` re-reads the project."""

    jump_requested = Signal(int, int, int)  # document id, start, end: a double-clicked document opens

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.result: Overview | None = None
        live = LiveTexts(self)  # the controls' texts follow a language switch
        self.attribute = QComboBox(self)
        self.value = QComboBox(self)
        self.clear_button = QPushButton(self)
        live.bind(self.clear_button.setText, lambda: self.tr("All cases"))
        self.summary = QLabel(self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        self.export = ExportButtons(self._export_tables, self)
        self.tabs = QTabWidget(self)
        self.models: dict[str, RecordsModel] = {}
        self.views: dict[str, QTableView] = {}
        self.proxies: dict[str, TotalsLastProxy] = {}
        titles = {"documents": lambda: self.tr("Documents"), "coders": lambda: self.tr("Coders"),
                  "codes": lambda: self.tr("Codes")}
        for key, title in titles.items():
            model = RecordsModel(self)
            view, proxy = make_table_view(model, self)
            view.verticalHeader().hide()
            view.setSelectionBehavior(QTableView.SelectRows)
            self.models[key], self.views[key], self.proxies[key] = model, view, proxy
            live.tab(self.tabs, view, title)
        self.views["documents"].doubleClicked.connect(self._open_document)
        self._unfitted: set[str] = set()
        self.tabs.currentChanged.connect(lambda _index: self._fit_current())
        controls = QHBoxLayout()
        controls.addWidget(live.label(lambda: self.tr("Cases with")))
        controls.addWidget(self.attribute)
        controls.addWidget(QLabel("=", self))
        controls.addWidget(self.value)
        controls.addWidget(self.clear_button)
        controls.addStretch()
        controls.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(self.summary)
        layout.addWidget(self.tabs, 1)
        self.attribute.currentIndexChanged.connect(self._attribute_changed)
        self.value.currentIndexChanged.connect(self.refresh)
        self.clear_button.clicked.connect(lambda: self.set_filter(None))
        live.relabel(self.attribute, lambda: {None: self.tr("(any attribute)")})
        self.refresh()

    def _fill_attributes(self) -> None:
        current = self.attribute.currentData() if self.attribute.count() else None
        self.attribute.blockSignals(True)
        self.attribute.clear()
        self.attribute.addItem(self.tr("(any attribute)"), None)
        self._values = filter_values(self.project)
        for name in self._values:
            self.attribute.addItem(name, name)
        self.attribute.setCurrentIndex(max(0, self.attribute.findData(current)))
        self.attribute.blockSignals(False)
        self._fill_values()

    def _fill_values(self) -> None:
        current = self.value.currentData()
        self.value.blockSignals(True)
        self.value.clear()
        for value in self._values.get(self.attribute.currentData(), []):
            self.value.addItem(value, value)
        self.value.setCurrentIndex(max(0, self.value.findData(current)))
        self.value.setEnabled(self.value.count() > 0)
        self.value.blockSignals(False)

    def _attribute_changed(self) -> None:
        self._fill_values()
        self.refresh()

    def set_filter(self, attribute: str | None, value: str | None = None) -> None:
        """Show only the cases with ``attribute`` = ``value`` (None: every document)."""
        self.attribute.setCurrentIndex(max(0, self.attribute.findData(attribute)))
        if value is not None:
            self.value.setCurrentIndex(self.value.findData(value))

    def filters(self) -> dict[str, list[str]]:
        """The filter as :func:`qcode.analysis.overview.overview` takes it."""
        attribute, value = self.attribute.currentData(), self.value.currentData()
        return {attribute: [value]} if attribute and value is not None else {}

    def refresh(self, *_args) -> None:
        """Recompute the tables from the project."""
        self._fill_attributes()
        try:
            self.result = overview(self.project, self.filters(), i18n.current_language())
        except QcodeError as error:  # an attribute deleted meanwhile
            self.summary.setText(error.message(i18n.current_language()))
            return
        for key in self.models:
            self.models[key].set_table(getattr(self.result, key))
        # sizing columns asks for every cell: only for the tab on screen, the others when shown
        self._unfitted = set(self.models)
        self._fit_current()
        self.summary.setText(self.result.counts.sentence(i18n.current_language()))

    def _fit_current(self) -> None:
        key = list(self.models)[self.tabs.currentIndex()]
        if key in self._unfitted:
            self._unfitted.discard(key)
            fit_columns(self.views[key])

    def table(self, key: str) -> Table | None:
        """The table shown on tab ``key`` (documents, coders, codes)."""
        return getattr(self.result, key) if self.result else None

    def _export_tables(self) -> list[Table]:
        """The visible tab's table first (CSV and the clipboard take that one), then the others."""
        if self.result is None:
            return []
        keys = list(self.models)
        current = keys[self.tabs.currentIndex()]
        return [getattr(self.result, k) for k in [current, *(k for k in keys if k != current)]]

    def _open_document(self, index: QModelIndex) -> None:
        source = self.proxies["documents"].mapToSource(index)
        key = self.models["documents"].data(source, Qt.UserRole)
        if key and key[0] is not None:
            self.jump_requested.emit(int(key[0]), 0, 0)
