"""The codebook history window (Analysis → Codebook history, or "History…" on a code): every rename,
move, merge, split and delete with when, who, the coding counts and the reason; changes that were undone
on request; a reason given or changed afterwards (an undoable edit); and below, the codings behind the
selected change or code with the code names they were made under. Tables export like every table."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.codebook_story import describe, history_table
from qcode.analysis.coding_origins import origins_table
from qcode.analysis.table import Table
from qcode.core.codebook import code_path
from qcode.core.codebook_history import CodeEvent, code_events, set_reason
from qcode.core.errors import QcodeError
from qcode.export.pseudonymiser import Pseudonymiser
from qcode.export.report_tables import pseudonymised_display_table
from qcode.ui import i18n
from qcode.ui.analysis.export_buttons import ExportButtons
from qcode.ui.analysis.table_model import TableModel, fit_columns, make_table_view
from qcode.ui.bridge import ProjectEvents
from qcode.ui.commands import push
from qcode.ui.commands.codebook_history import SetReasonCommand
from qcode.ui.dialogs import ask
from qcode.ui.dialogs.code_change import ReasonDialog

UNDONE = QColor("#888888")


class HistoryModel(TableModel):
    """The history table; undone changes in grey."""

    def __init__(self, parent=None):
        super().__init__(parent, heat=False)
        self.events: list[CodeEvent] = []
        self._grey = QBrush(UNDONE)
        self.pseudo: Pseudonymiser | None = None  # the pseudonymised view's texts; None: as stored

    def set_events(self, events: list[CodeEvent], table: Table, pseudo: Pseudonymiser | None = None) -> None:
        self.events, self.pseudo = events, pseudo
        self.set_table(table if pseudo is None else pseudonymised_display_table(pseudo.project, table))

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if role == Qt.ForegroundRole and index.isValid() and self.events[index.row()].undone:
            return self._grey
        if role == Qt.ToolTipRole and index.isValid():
            tip = describe(self.events[index.row()], i18n.current_language(), coder=True)
            return tip if self.pseudo is None else self.pseudo.text(tip)
        return super().data(index, role)


class CodebookHistoryDialog(QDialog):
    """Non-modal; refreshes itself when the project's codebook changes."""

    def __init__(self, parent: QWidget | None, events: ProjectEvents, code_id: int | None = None):
        super().__init__(parent)
        project = events.project
        self.events_bridge = events
        self.setObjectName("qcode_codebook_history")
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.project, self.code_id = project, code_id
        self.resize(1100, 680)
        self.events: list[CodeEvent] = []
        self.origins: Table | None = None
        self.heading = QLabel(self)
        self.show_undone = QCheckBox(self.tr("Show changes that were undone"), self)
        self.all_codes_button = QPushButton(self.tr("All codes"), self)
        self.reason_button = QPushButton(self.tr("Reason…"), self)
        self.model = HistoryModel(self)
        self.view, self.proxy = make_table_view(self.model, self)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setSelectionMode(QTableView.SingleSelection)
        self.view.setWordWrap(True)
        self.export = ExportButtons(lambda: [self.model.table] if self.model.table else [], self)
        self.origin_label = QLabel(self)
        self.origin_model = TableModel(self, heat=False)
        self.origin_view, self.origin_proxy = make_table_view(self.origin_model, self)
        self.origin_export = ExportButtons(lambda: [self.origins] if self.origins else [], self)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.show_undone)
        top.addWidget(self.all_codes_button)
        top.addWidget(self.reason_button)
        top.addWidget(self.export)
        lower = QWidget(self)
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_bar = QHBoxLayout()
        lower_bar.addWidget(self.origin_label, 1)
        lower_bar.addWidget(self.origin_export)
        lower_layout.addLayout(lower_bar)
        lower_layout.addWidget(self.origin_view)
        split = QSplitter(Qt.Vertical, self)
        split.addWidget(self.view)
        split.addWidget(lower)
        split.setSizes([380, 260])
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self.show_undone.toggled.connect(self.refresh)
        self.all_codes_button.clicked.connect(lambda: self.set_code(None))
        self.reason_button.clicked.connect(self.edit_reason)
        self.view.selectionModel().currentRowChanged.connect(lambda *_: self._show_origins())
        events.codebook_changed.connect(self._changed)
        events.codings_changed.connect(self._changed)
        events.closing.connect(self.close)  # the history goes with its project
        events.view_mode_changed.connect(self.refresh)  # names as the main window shows them
        self.refresh()

    def _changed(self, *_args) -> None:
        if self.project.db is not None:
            self.refresh()

    def set_code(self, code_id: int | None) -> None:
        """Show the changes of one code (with its sub-codes), or of every code."""
        self.code_id = code_id
        self.refresh()

    def refresh(self, *_args) -> None:
        """Re-read the history."""
        lang = i18n.current_language()
        # The pseudonymised view reaches this window too: code names (an in-vivo code quotes the text),
        # sentences, reasons, documents and passages as the exports give them.
        pseudo = Pseudonymiser(self.project) if self.events_bridge.pseudonymised else None
        self.events = code_events(self.project, include_undone=self.show_undone.isChecked(),
                                  code_id=self.code_id)
        self.model.set_events(self.events, history_table(self.events, lang), pseudo)
        fit_columns(self.view)
        header = self.view.horizontalHeader()
        # A long sentence in one column must not push the reason (the last) out of sight.
        widest = max(160, self.view.viewport().width() // 3)
        for column in range(header.count() - 1):
            header.resizeSection(column, min(header.sectionSize(column), widest))
        header.setStretchLastSection(True)
        if self.code_id is None:
            self.heading.setText(self.tr("Every change of the codebook"))
            self.setWindowTitle(self.tr("Codebook history"))
        else:
            try:
                path = code_path(self.project, self.code_id)
            except QcodeError:  # the code was deleted meanwhile: its history is still there
                path = f"#{self.code_id}"
            if pseudo is not None:
                path = pseudo.text(path)
            self.heading.setText(self.tr("Changes of '%1'").replace("%1", path))
            self.setWindowTitle(self.tr("Codebook history: %1").replace("%1", path))
        self.all_codes_button.setEnabled(self.code_id is not None)
        # A reason is edited from its stored words, which the pseudonymised view does not show.
        self.reason_button.setEnabled(pseudo is None)
        self.reason_button.setToolTip(self.tr("Turn off the pseudonymised view to edit a reason.")
                                      if pseudo is not None else "")
        self._show_origins()

    def current_event(self) -> CodeEvent | None:
        """The selected change, if any."""
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.events[self.proxy.mapToSource(index).row()]

    def select_row(self, row: int) -> None:
        """Select the ``row``-th change (as shown)."""
        self.view.selectRow(row)
        self.view.setCurrentIndex(self.proxy.index(row, 0))

    def _show_origins(self) -> None:
        lang = i18n.current_language()
        event = self.current_event()
        try:
            if event is not None and event.kind in ("merge", "split") and not event.undone:
                self.origins = origins_table(self.project, log_id=event.log_id, lang=lang)
                self.origin_label.setText(self.tr("Codings this change moved, and where they were made"))
            elif self.code_id is not None:
                self.origins = origins_table(self.project, code=self.code_id, lang=lang)
                self.origin_label.setText(
                    self.tr("Codings of this code, and the names they were made under"))
            else:
                self.origins = None
                self.origin_label.setText(self.tr("Select a merge or split to see the codings it moved."))
        except QcodeError:
            self.origins = None
        if self.origins is not None and self.model.pseudo is not None:
            self.origins = pseudonymised_display_table(self.project, self.origins)
        self.origin_model.set_table(self.origins or Table("", "", [], [], []))
        fit_columns(self.origin_view)

    def edit_reason(self) -> None:
        """Give the selected change a reason (or change it); undoable from the main window."""
        event = self.current_event()
        if event is None or self.model.pseudo is not None:
            return
        text = describe(event, i18n.current_language(), reason=False)
        reason = ReasonDialog.ask_reason(self, self.tr("Reason for the change"), text, event.reason)
        if reason is None or reason == event.reason:
            return
        stack = self._undo_stack()
        if stack is not None:
            error = push(stack, SetReasonCommand(self.project, event.log_id, reason))
            if error is not None:
                ask.inform(self, self.windowTitle(), error.message(i18n.current_language()))
        else:
            set_reason(self.project, event.log_id, reason)

    def _undo_stack(self):
        parent_stack = getattr(self.parent(), "undo_stack", None)
        if callable(parent_stack) and getattr(self.parent(), "project", None) is self.project:
            return parent_stack()
        return None


def open_history(parent: QWidget | None, events: ProjectEvents,
                 code_id: int | None = None) -> CodebookHistoryDialog:
    """Show the codebook history window (one per parent) of ``events.project``, for ``code_id`` or every
    code; it follows the project's changes through the workspace's ``events``."""
    dialog = None
    if parent is not None:
        dialog = parent.findChild(CodebookHistoryDialog, "qcode_codebook_history")
    if dialog is not None and dialog.events_bridge is not events:
        dialog.close()
        dialog = None
    if dialog is None:
        dialog = CodebookHistoryDialog(parent, events, code_id)
    else:
        dialog.set_code(code_id)
    dialog.show()
    dialog.raise_()
    return dialog
