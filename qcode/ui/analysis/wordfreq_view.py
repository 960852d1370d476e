"""Word frequencies of a code's segments, one document, or all documents, with the Danish stop-word
list and lemmas as options; a sortable table, a bar chart of the top words, and CSV/Excel export.
Counting runs on a worker thread (about 2 s over a 1,000-document project) with its own connection."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QSplitter, QVBoxLayout, QWidget
from shiboken6 import isValid

from qcode.analysis.codetree import code_rows
from qcode.analysis.table import Table
from qcode.analysis.wordfreq import word_frequencies
from qcode.core.documents import list_documents
from qcode.core.errors import QcodeError, ui_language
from qcode.ui.analysis.charts import chart_canvas
from qcode.ui.analysis.export_buttons import ExportButtons
from qcode.ui.analysis.table_model import TableModel, fit_columns, make_table_view
from qcode.ui.live_texts import LiveTexts
from qcode.ui.workers import start_in_background


def count_job(project, options: dict, progress, cancelled) -> Table | None:
    """The worker-thread part, on the worker's own connection to the project."""
    table = word_frequencies(project, limit=200, cancelled=cancelled, **options)
    return None if cancelled() else table  # stopped part-way: closing the project


class WordFrequencyView(QWidget):
    """Most frequent words; the source is all documents, one document or one code."""

    jump_requested = Signal(int, int, int)  # unused here; every view offers it to the window

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.table: Table | None = None
        live = LiveTexts(self)  # the controls' texts follow a language switch
        self.source = QComboBox(self)
        self.lemmas = QCheckBox(self)
        live.bind(self.lemmas.setText, lambda: self.tr("Count lemmas"))
        self.lemmas.setChecked(True)
        self.stop_words = QCheckBox(self)
        live.bind(self.stop_words.setText, lambda: self.tr("Leave out stop words"))
        self.stop_words.setChecked(True)
        self.export = ExportButtons(lambda: [self.table] if self.table else [], self)
        self.model = TableModel(self, heat=False)
        self.view, self.proxy = make_table_view(self.model, self)
        self.canvas = chart_canvas(self)
        self.status = QLabel(self)
        self.generation = 0  # results of an older run that finish late are dropped
        self.busy = False
        controls = QHBoxLayout()
        controls.addWidget(live.label(lambda: self.tr("Words of:")))
        controls.addWidget(self.source, 1)
        controls.addWidget(self.lemmas)
        controls.addWidget(self.stop_words)
        controls.addWidget(self.status)
        controls.addWidget(self.export)
        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self.view)
        split.addWidget(self.canvas)
        layout = QVBoxLayout(self)
        layout.addLayout(controls)
        layout.addWidget(split, 1)
        self._fill_sources()
        live.on_switch(self._fill_sources)  # keeps the chosen source
        self.source.currentIndexChanged.connect(self.run)
        for box in (self.lemmas, self.stop_words):
            box.toggled.connect(self.run)
        self.run()

    def _fill_sources(self) -> None:
        current = self.source.currentData()
        self.source.blockSignals(True)
        self.source.clear()
        self.source.addItem(self.tr("All documents"), ("all", None))
        for doc in list_documents(self.project):
            self.source.addItem(self.tr("Document: %1").replace("%1", doc.name), ("document", doc.id))
        for row in code_rows(self.project):
            self.source.addItem(self.tr("Code: %1").replace("%1", row.path), ("code", row.id))
        self.source.setCurrentIndex(max(0, self.source.findData(current)))
        self.source.blockSignals(False)

    def refresh(self) -> None:
        """Re-read documents and codes, then recount."""
        self._fill_sources()
        self.run()

    def run(self, *_args) -> None:
        """Count the words of the chosen source on a worker thread; the table follows when done."""
        kind, key = self.source.currentData() or ("all", None)
        options = {"code": key if kind == "code" else None,
                   "document_id": key if kind == "document" else None,
                   "lemmas": self.lemmas.isChecked(), "stop_words": self.stop_words.isChecked()}
        self.generation += 1
        generation = self.generation
        self.busy = True
        self.status.setText(self.tr("Counting words…"))
        start_in_background(count_job, options, project=self.project,
                            on_done=lambda table: isValid(self) and self._counted(generation, table),
                            on_error=lambda error: isValid(self) and self._failed(generation, error))

    def _failed(self, generation: int, error: BaseException) -> None:
        if generation != self.generation:
            return
        self.busy = False
        self.status.setText(error.message(ui_language()) if isinstance(error, QcodeError) else str(error))

    def _counted(self, generation: int, table: Table | None) -> None:
        if generation != self.generation or table is None:
            return
        self.busy = False
        self.status.setText("")
        self.table = table
        self.model.set_table(self.table)
        fit_columns(self.view)
        figure = self.canvas.figure
        figure.clear()
        axes = figure.add_subplot()
        top = list(zip(self.model.table.rows, (v[0] for v in self.model.table.values), strict=True))[:20]
        if top:
            axes.barh(range(len(top)), [n for _, n in top], color="#2e86c1")
            axes.set_yticks(range(len(top)), [w for w, _ in top])
            axes.invert_yaxis()
            axes.spines[["top", "right"]].set_visible(False)
        self.canvas.draw_idle()
