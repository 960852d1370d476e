"""Two segment views: retrieval of a code's segments (with sub-codes, the whole speaker turn as
context, and coder / case-attribute filters) and the coding query (AND / OR / NOT over codes, scoped to
documents, cases and speakers). Double-clicking a segment asks to show it in its document."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.codetree import code_rows
from qcode.analysis.query import run_query
from qcode.analysis.retrieval import retrieve, segments_table
from qcode.core.cases import list_cases
from qcode.core.coders import list_coders
from qcode.core.documents import list_documents
from qcode.core.errors import QcodeError, ui_language
from qcode.core.report_segments import Segment, attribute_values, speakers
from qcode.core.reports import attribute_names
from qcode.ui.analysis.export_buttons import ExportButtons
from qcode.ui.analysis.segment_list import SegmentList
from qcode.ui.live_texts import LiveTexts


class SegmentsView(QWidget):
    """Every segment of one code, filtered; ``refresh()`` re-runs the retrieval."""

    jump_requested = Signal(int, int, int)  # document id, start, end

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.found: list[Segment] = []
        live = LiveTexts(self)  # the controls' texts follow a language switch
        self.code = QComboBox(self)
        self.subcodes = QCheckBox(self)
        live.bind(self.subcodes.setText, lambda: self.tr("Include sub-codes"))
        self.subcodes.setChecked(True)
        self.context = QCheckBox(self)
        live.bind(self.context.setText, lambda: self.tr("Show the whole speaker turn"))
        self.coder = QComboBox(self)
        live.relabel(self.coder, lambda: {None: self.tr("All coders")})
        self.attribute = QComboBox(self)
        live.relabel(self.attribute, lambda: {None: self.tr("(any)")})
        self.value = QComboBox(self)
        self.count = QLabel(self)
        self.list = SegmentList(self)
        self.list.jump_requested.connect(self.jump_requested)
        self.export = ExportButtons(self._tables, self)
        grid = QGridLayout()
        grid.addWidget(live.label(lambda: self.tr("Code:")), 0, 0)
        grid.addWidget(self.code, 0, 1)
        grid.addWidget(self.subcodes, 0, 2)
        grid.addWidget(self.context, 0, 3)
        grid.addWidget(live.label(lambda: self.tr("Coder:")), 1, 0)
        grid.addWidget(self.coder, 1, 1)
        grid.addWidget(live.label(lambda: self.tr("Case attribute:")), 1, 2)
        grid.addWidget(self.attribute, 1, 3)
        grid.addWidget(self.value, 1, 4)
        grid.setColumnStretch(5, 1)
        bar = QHBoxLayout()
        bar.addWidget(self.count)
        bar.addStretch()
        bar.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(grid)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self._fill()
        for combo in (self.code, self.coder, self.value):
            combo.currentIndexChanged.connect(self.run)
        self.attribute.currentIndexChanged.connect(self._fill_values)
        for box in (self.subcodes, self.context):
            box.toggled.connect(self.run)
        self.run()

    def _tables(self) -> list:
        return [segments_table(self.project, self.found, title=self.code.currentText().strip() or "Segments")]

    def _fill(self) -> None:
        for combo in (self.code, self.coder, self.attribute):
            combo.blockSignals(True)
        current = self.code.currentData()
        self.code.clear()
        for row in code_rows(self.project):
            self.code.addItem("    " * row.depth + row.name, row.id)
        self.code.setCurrentIndex(max(0, self.code.findData(current)))
        coder = self.coder.currentData()
        self.coder.clear()
        self.coder.addItem(self.tr("All coders"), None)
        for c in list_coders(self.project):
            self.coder.addItem(c.name, c.name)
        self.coder.setCurrentIndex(max(0, self.coder.findData(coder)))
        attribute = self.attribute.currentData()
        self.attribute.clear()
        self.attribute.addItem(self.tr("(any)"), None)
        for name, _type in attribute_names(self.project):
            self.attribute.addItem(name, name)
        self.attribute.setCurrentIndex(max(0, self.attribute.findData(attribute)))
        for combo in (self.code, self.coder, self.attribute):
            combo.blockSignals(False)
        self._fill_values(run=False)

    def _fill_values(self, *_args, run: bool = True) -> None:
        self.value.blockSignals(True)
        current = self.value.currentData()
        self.value.clear()
        name = self.attribute.currentData()
        if name:
            for value in attribute_values(self.project, name):
                self.value.addItem(value, value)
            self.value.setCurrentIndex(max(0, self.value.findData(current)))
        self.value.setEnabled(bool(name))
        self.value.blockSignals(False)
        if run:
            self.run()

    def select(self, code_id: int, coder: str | None = None, attribute: str | None = None,
               value: str | None = None, context: bool | None = None) -> None:
        """Set the controls as a user would (for the main window and tests)."""
        self.code.setCurrentIndex(self.code.findData(code_id))
        self.coder.setCurrentIndex(max(0, self.coder.findData(coder)))
        self.attribute.setCurrentIndex(max(0, self.attribute.findData(attribute)))
        if value is not None:
            self.value.setCurrentIndex(self.value.findData(value))
        if context is not None:
            self.context.setChecked(context)
        self.run()

    def refresh(self) -> None:
        """Re-read codes, coders and attributes, then re-run."""
        self._fill()
        self.run()

    def run(self, *_args) -> None:
        """Retrieve the segments for the current choices."""
        code_id = self.code.currentData()
        if code_id is None:
            self.found = []
        else:
            coder = self.coder.currentData()
            name, value = self.attribute.currentData(), self.value.currentData()
            self.found = retrieve(self.project, code_id, include_subcodes=self.subcodes.isChecked(),
                                  with_turn=self.context.isChecked(), coders=[coder] if coder else [],
                                  attributes={name: [value]} if name and value is not None else None)
        n = len(self.found)
        self.count.setText(self.tr("1 segment") if n == 1 else self.tr("%1 segments").replace("%1", str(n)))
        paths = {r.id: r.path for r in code_rows(self.project)}
        self.list.set_segments(self.found, paths, show_context=self.context.isChecked())


def _checkable_list(parent: QWidget, items: list[tuple[str, object]]) -> QListWidget:
    widget = QListWidget(parent)
    for label, data in items:
        item = QListWidgetItem(label, widget)
        item.setData(Qt.UserRole, data)
        item.setFlags(item.flags() | Qt.ItemIsUserCheckable)
        item.setCheckState(Qt.Unchecked)
    widget.setMaximumHeight(110)
    return widget


def _checked(widget: QListWidget) -> list:
    return [widget.item(i).data(Qt.UserRole) for i in range(widget.count())
            if widget.item(i).checkState() == Qt.Checked]


class QueryView(QWidget):
    """A coding query over codes with AND / OR / NOT; nothing ticked in a scope list means no limit."""

    jump_requested = Signal(int, int, int)  # document id, start, end

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.found: list[Segment] = []
        live = LiveTexts(self)  # the controls' texts follow a language switch
        self.query = QLineEdit(self)
        live.bind(self.query.setPlaceholderText,
                  lambda: self.tr("e.g. ensomhed AND (netværk OR stigma) AND NOT ønsker"))
        self.run_button = QPushButton(self)
        live.bind(self.run_button.setText, lambda: self.tr("Run"))
        self.subcodes = QCheckBox(self)
        live.bind(self.subcodes.setText, lambda: self.tr("Include sub-codes"))
        self.subcodes.setChecked(True)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b03a2e")
        self.count = QLabel(self)
        self.list = SegmentList(self)
        self.list.jump_requested.connect(self.jump_requested)
        self.export = ExportButtons(lambda: [segments_table(self.project, self.found,
                                                            title=self.query.text() or "Query")], self)
        self.scopes = QHBoxLayout()
        self._build_scopes()
        line = QHBoxLayout()
        line.addWidget(live.label(lambda: self.tr("Query:")))
        line.addWidget(self.query, 1)
        line.addWidget(self.subcodes)
        line.addWidget(self.run_button)
        bar = QHBoxLayout()
        bar.addWidget(self.count)
        bar.addWidget(self.message, 1)
        bar.addWidget(self.export)
        layout = QVBoxLayout(self)
        layout.addLayout(line)
        layout.addLayout(self.scopes)
        layout.addLayout(bar)
        layout.addWidget(self.list, 1)
        self.run_button.clicked.connect(self.run)
        self.query.returnPressed.connect(self.run)

    def _build_scopes(self) -> None:
        while self.scopes.count():
            item = self.scopes.takeAt(0)
            if item.widget():
                item.widget().deleteLater()
        self.documents = _checkable_list(self, [(d.name, d.id) for d in list_documents(self.project)])
        self.cases = _checkable_list(self, [(c.name, c.id) for c in list_cases(self.project)])
        self.speakers = _checkable_list(self, [(s, s) for s in speakers(self.project)])
        scopes = ((self.tr("Only documents:"), self.documents), (self.tr("Only cases:"), self.cases),
                  (self.tr("Only speakers:"), self.speakers))
        for title, widget in scopes:
            column = QVBoxLayout()
            column.addWidget(QLabel(title, self))
            column.addWidget(widget)
            self.scopes.addLayout(column)

    def refresh(self) -> None:
        """Re-read documents, cases and speakers (keeping the ticks) and re-run the current query."""
        ticked = [set(_checked(w)) for w in (self.documents, self.cases, self.speakers)]
        self._build_scopes()
        for widget, keep in zip((self.documents, self.cases, self.speakers), ticked, strict=True):
            for i in range(widget.count()):
                if widget.item(i).data(Qt.UserRole) in keep:
                    widget.item(i).setCheckState(Qt.Checked)
        if self.query.text().strip():
            self.run()

    def run(self, *_args) -> list[Segment]:
        """Run the query; a query that cannot be read is explained below the field."""
        self.message.clear()
        try:
            self.found = run_query(self.project, self.query.text(),
                                   include_subcodes=self.subcodes.isChecked(),
                                   document_ids=_checked(self.documents), case_ids=_checked(self.cases),
                                   speakers=_checked(self.speakers))
        except QcodeError as error:
            self.found = []
            self.message.setText(error.message(ui_language()))
        n = len(self.found)
        self.count.setText(self.tr("1 segment") if n == 1 else self.tr("%1 segments").replace("%1", str(n)))
        self.list.set_segments(self.found, {r.id: r.path for r in code_rows(self.project)})
        return self.found
