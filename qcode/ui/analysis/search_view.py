"""Text search across all documents (Danish-aware, optional lemma match), results in context (KWIC)
with a tick per hit, and "code ticked hits" after a confirmation: the ticks are the review step."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QUndoStack
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.codetree import code_rows
from qcode.analysis.hit_spread import spread_hits
from qcode.analysis.search import Hit, hits_table, search
from qcode.core.errors import QcodeError, ui_language
from qcode.ui.analysis.export_buttons import ExportButtons
from qcode.ui.commands import push
from qcode.ui.commands.coding import CodeHitsCommand
from qcode.ui.dialogs import ask
from qcode.ui.live_texts import LiveTexts

HIT_ROLE = Qt.UserRole + 1
_ROOT = QModelIndex()


class HitModel(QAbstractTableModel):
    """Search hits with a tick each (column 0): document, text before, the hit, text after."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = (self.tr("Document"), self.tr("Before"), self.tr("Hit"), self.tr("After"))
        self.hits: list[Hit] = []
        self.ticked: list[bool] = []
        self._bold = QFont()
        self._bold.setBold(True)

    def set_hits(self, hits: list[Hit]) -> None:
        self.beginResetModel()
        self.hits, self.ticked = list(hits), [True] * len(hits)
        self.endResetModel()

    def set_all(self, ticked: bool) -> None:
        self.ticked = [ticked] * len(self.hits)
        if self.hits:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self.hits) - 1, 0), [Qt.CheckStateRole])

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.hits)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else 4

    def flags(self, index: QModelIndex):
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return base | Qt.ItemIsUserCheckable if index.column() == 0 else base

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        hit, column = self.hits[index.row()], index.column()
        if role == Qt.DisplayRole:
            return (hit.document_name, hit.left, hit.match, hit.right)[column]
        if role == Qt.CheckStateRole and column == 0:
            return Qt.Checked if self.ticked[index.row()] else Qt.Unchecked
        if role == Qt.TextAlignmentRole and column == 1:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and column == 2:
            return self._bold
        if role == HIT_ROLE:
            return hit
        return None

    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:  # noqa: N802
        if role != Qt.CheckStateRole or index.column() != 0:
            return False
        self.ticked[index.row()] = Qt.CheckState(value) == Qt.Checked
        self.dataChanged.emit(index, index, [Qt.CheckStateRole])
        return True

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None


class SearchView(QWidget):
    """Search, review (untick what should not be coded) and code the rest in one step."""

    jump_requested = Signal(int, int, int)  # document id, start, end

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.hits: list[Hit] = []
        # The analysis window passes on its main window's undo stack (a callable: the stack belongs
        # to the open project's workspace).
        self._host_stack = getattr(parent, "undo_stack", None)
        self._own_stack: QUndoStack | None = None
        live = LiveTexts(self)  # the controls' texts follow a language switch
        self.query = QLineEdit(self)
        live.bind(self.query.setPlaceholderText,
                  lambda: self.tr("Word or phrase; end a word with * to match its beginning"))
        self.lemmas = QCheckBox(self)
        live.bind(self.lemmas.setText, lambda: self.tr("All inflected forms (lemma)"))
        self.whole_words = QCheckBox(self)
        live.bind(self.whole_words.setText, lambda: self.tr("Whole words"))
        self.whole_words.setChecked(True)
        self.search_button = QPushButton(self)
        live.bind(self.search_button.setText, lambda: self.tr("Search"))
        self.message = QLabel(self)
        self.model = HitModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(3, QHeaderView.Stretch)
        self.view.doubleClicked.connect(self._activated)
        self.all_button = QPushButton(self)
        live.bind(self.all_button.setText, lambda: self.tr("Tick all"))
        self.none_button = QPushButton(self)
        live.bind(self.none_button.setText, lambda: self.tr("Tick none"))
        self.code = QComboBox(self)
        self.spread = QComboBox(self)  # what a ticked hit codes: the words, or their sentence or turn
        live.items(self.spread, lambda: {"hit": self.tr("the hit"), "sentence": self.tr("its sentence"),
                                         "turn": self.tr("its turn")})
        self.code_button = QPushButton(self)
        live.bind(self.code_button.setText, lambda: self.tr("Code ticked hits…"))
        self.export = ExportButtons(lambda: [hits_table(self.hits, self.query.text())], self)

        line = QHBoxLayout()
        line.addWidget(self.query, 1)
        line.addWidget(self.lemmas)
        line.addWidget(self.whole_words)
        line.addWidget(self.search_button)
        line.addWidget(self.export)
        bar = QHBoxLayout()
        bar.addWidget(self.message, 1)
        bar.addWidget(self.all_button)
        bar.addWidget(self.none_button)
        bar.addWidget(live.label(lambda: self.tr("Code:")))
        bar.addWidget(self.code)
        bar.addWidget(self.spread)
        bar.addWidget(self.code_button)
        layout = QVBoxLayout(self)
        layout.addLayout(line)
        layout.addWidget(self.view, 1)
        layout.addLayout(bar)
        self.search_button.clicked.connect(self.run)
        self.query.returnPressed.connect(self.run)
        self.all_button.clicked.connect(lambda: self._tick_all(True))
        self.none_button.clicked.connect(lambda: self._tick_all(False))
        self.code_button.clicked.connect(self.code_ticked)
        self._fill_codes()

    def _fill_codes(self) -> None:
        current = self.code.currentData()
        self.code.clear()
        for row in code_rows(self.project):
            self.code.addItem("    " * row.depth + row.name, row.id)
        self.code.setCurrentIndex(max(0, self.code.findData(current)))

    def refresh(self) -> None:
        """Re-read the codes (a search is only re-run on request: ticks would be lost)."""
        self._fill_codes()

    def run(self, *_args) -> list[Hit]:
        """Search and list the hits, all ticked."""
        try:
            self.hits = search(self.project, self.query.text(), lemmas=self.lemmas.isChecked(),
                               whole_words=self.whole_words.isChecked())
        except QcodeError as error:
            self.hits = []
            self.model.set_hits([])
            self.message.setText(error.message(ui_language()))
            return []
        self.model.set_hits(self.hits)
        documents = len({h.document_id for h in self.hits})
        self.message.setText(self.tr("%1 hits in %2 documents").replace("%1", str(len(self.hits)))
                             .replace("%2", str(documents)))
        return self.hits

    def _tick_all(self, ticked: bool) -> None:
        self.model.set_all(ticked)

    def set_ticked(self, row: int, ticked: bool) -> None:
        """Tick or untick one hit (as a click on its box does)."""
        state = Qt.Checked if ticked else Qt.Unchecked
        self.model.setData(self.model.index(row, 0), state, Qt.CheckStateRole)

    def ticked_hits(self) -> list[Hit]:
        """The hits still ticked after review."""
        return [hit for hit, ticked in zip(self.model.hits, self.model.ticked, strict=True) if ticked]

    def code_ticked(self) -> int:
        """Ask, then code every ticked hit with the chosen code as one undo step; returns how many."""
        hits, code_id = self.ticked_hits(), self.code.currentData()
        if not hits or code_id is None:
            return 0
        hits = spread_hits(self.project, hits, self.spread.currentData())
        question = self.tr("Code %1 hits with '%2'?").replace("%1", str(len(hits))).replace(
            "%2", self.code.currentText().strip())
        if self.spread.currentData() != "hit":
            question += "\n" + self.tr("Each is spread to %1.").replace("%1", self.spread.currentText())
        if not ask.proceed(self, self.tr("Code search hits"), question, self.tr("&Code")):
            return 0
        command = CodeHitsCommand(self.project, code_id, hits, self.code.currentText().strip())
        error = push(self._undo_stack(), command)
        if error is not None:
            self.message.setText(error.message(ui_language()))
            return 0
        self.message.setText(self.tr("Coded %1 hits.").replace("%1", str(len(hits))))
        return len(hits)

    def _undo_stack(self) -> QUndoStack:
        """The main window's undo stack, so Edit → Undo there takes the step back; a stack of the
        view's own when it runs without a main window."""
        stack = self._host_stack() if self._host_stack is not None else None
        if stack is None:
            if self._own_stack is None:
                self._own_stack = QUndoStack(self)
            stack = self._own_stack
        return stack

    def _activated(self, index: QModelIndex) -> None:
        hit: Hit = self.model.data(index, HIT_ROLE)
        if hit is not None:
            self.jump_requested.emit(hit.document_id, hit.start, hit.end)
