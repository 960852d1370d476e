"""CasesDialog (Tools → Cases and attributes…): the case classification sheet, as NVivo's case
classifications and MAXQDA's document variables. One row per case with its documents and one
column per attribute; values, case names and document links are edited here. Every edit is an undo
command on the main window's stack (Ctrl+Z works in the dialog and in the window), new cases and
attributes included. The sheet re-reads whenever the project's cases change, whoever changed them."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.core import cases, documents
from qcode.core.cases import ATTRIBUTE_TYPES
from qcode.core.errors import QcodeError
from qcode.ui import i18n
from qcode.ui.bridge import ProjectEvents
from qcode.ui.commands import CoreCommand, push
from qcode.ui.commands.cases import (
    AddCaseCommand,
    DefineAttributeCommand,
    LinkDocumentCommand,
    RenameCaseCommand,
    SetAttributeCommand,
)
from qcode.ui.dialogs import ask
from qcode.ui.models.cases_model import DOCUMENTS_COLUMN, NAME_COLUMN, CasesModel, type_label

OBJECT_NAME = "qcode_cases_dialog"


class NewAttributeDialog(QDialog):
    """Asks for a new attribute's name and type."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New attribute"))
        self.name = QLineEdit(self)
        self.type = QComboBox(self)
        for type_ in ATTRIBUTE_TYPES:
            self.type.addItem(type_label(type_), type_)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Type:"), self.type)
        form.addRow(buttons)

    @classmethod
    def get(cls, parent: QWidget | None) -> tuple[str, str] | None:
        """(name, type) of the new attribute, or None when cancelled or left without a name."""
        dialog = cls(parent)
        if dialog.exec() != QDialog.Accepted or not dialog.name.text().strip():
            return None
        return dialog.name.text().strip(), dialog.type.currentData()


class CasesDialog(QDialog):
    """The case sheet of one project; edits go on ``stack`` (the main window's when it has one)."""

    def __init__(self, events: ProjectEvents, parent: QWidget | None = None, stack: QUndoStack | None = None):
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.setWindowFlag(Qt.WindowMaximizeButtonHint)
        self.resize(900, 480)
        self.events, self.project = events, events.project
        self.stack = stack if stack is not None else QUndoStack(self)
        self.model = CasesModel(self.project, self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.DoubleClicked | QAbstractItemView.EditKeyPressed
                                   | QAbstractItemView.AnyKeyPressed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.new_case_button = QPushButton(self)
        self.new_attribute_button = QPushButton(self)
        self.link_button = QPushButton(self)
        self.unlink_button = QPushButton(self)
        self.close_button = QPushButton(self)
        buttons = QHBoxLayout()
        for button in (self.new_case_button, self.new_attribute_button, self.link_button, self.unlink_button):
            buttons.addWidget(button)
        for button in self.findChildren(QPushButton):
            button.setAutoDefault(False)  # Return in the table must not press a button
        buttons.addStretch()
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.undo_action = self.stack.createUndoAction(self)
        self.redo_action = self.stack.createRedoAction(self)
        self.undo_action.setShortcuts(QKeySequence.Undo)
        self.redo_action.setShortcuts([*QKeySequence.keyBindings(QKeySequence.Redo), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])
        self.new_case_button.clicked.connect(self.new_case)
        self.new_attribute_button.clicked.connect(self.new_attribute)
        self.link_button.clicked.connect(lambda: self.link_document(True))
        self.unlink_button.clicked.connect(lambda: self.link_document(False))
        self.close_button.clicked.connect(self.close)
        self.model.rename_requested.connect(self.rename_case)
        self.model.value_requested.connect(self.set_value)
        events.cases_changed.connect(self.reload)
        events.documents_changed.connect(self.reload)
        events.closing.connect(self.close)  # the sheet goes with its project (and its undo stack)
        # The sheet shows and edits stored case names: it goes when the pseudonymised view comes on.
        events.view_mode_changed.connect(self._view_mode_changed)
        self.table.selectionModel().currentChanged.connect(self._update_buttons)
        self.retranslate()
        self._fit_columns()
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Cases and attributes – %1").replace("%1", self.project.path.stem))
        self.new_case_button.setText(self.tr("New case…"))
        self.new_attribute_button.setText(self.tr("New attribute…"))
        self.link_button.setText(self.tr("Link document…"))
        self.unlink_button.setText(self.tr("Unlink document…"))
        self.close_button.setText(self.tr("Close"))
        self.table.setToolTip(self.tr("Double-click a cell to edit it; an empty value clears it."))
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, max(self.model.columnCount() - 1, 0))

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def closeEvent(self, event) -> None:  # noqa: N802
        self.setObjectName("")  # queued for deletion: open_cases must not find it
        super().closeEvent(event)

    # -- refresh ------------------------------------------------------------------------------------
    def _view_mode_changed(self, pseudonymised: bool) -> None:
        if pseudonymised:
            self.close()

    def reload(self, *_ids) -> None:
        """Re-read the sheet, keeping the current cell on the same case and column."""
        current = self.table.currentIndex()
        case = self.model.case_at(current.row()) if current.isValid() else None
        attribute = self.model.attribute_at(current.column()) if current.isValid() else None
        self.model.reload()
        if case is not None:
            row = self.model.row_of(case.id)
            column = self.model.column_of(attribute) if attribute is not None else current.column()
            if row >= 0 and column >= 0:
                self.table.setCurrentIndex(self.model.index(row, column))
        self._update_buttons()

    def _fit_columns(self) -> None:
        header = self.table.horizontalHeader()
        header.resizeSection(NAME_COLUMN, 160)
        header.resizeSection(DOCUMENTS_COLUMN, 220)

    def current_case(self):
        """The case of the current row, or None."""
        index = self.table.currentIndex()
        return self.model.case_at(index.row()) if index.isValid() else None

    def _update_buttons(self, *_args) -> None:
        case = self.current_case()
        self.link_button.setEnabled(case is not None)
        self.unlink_button.setEnabled(case is not None and bool(case.documents))

    # -- edits --------------------------------------------------------------------------------------
    def _push(self, command: CoreCommand) -> bool:
        """Push an edit; show the core's refusal (the cell keeps its value). True when it was made."""
        error = push(self.stack, command)
        if error is not None:
            self.show_error(error)
        return error is None

    def show_error(self, error: QcodeError) -> None:
        ask.inform(self, self.tr("Cases and attributes"), error.message(i18n.current_language()))

    def set_value(self, case_id: int, attribute: str, text: str) -> bool:
        """Set (or, given "", clear) a case's attribute value as an undoable edit."""
        case = self.model.case_at(self.model.row_of(case_id))
        if case is None:
            return False
        old, new = case.values.get(attribute), (text or None)
        if old == new:
            return False
        return self._push(SetAttributeCommand(self.project, case_id, case.name, attribute,
                                              self.model.type_of(attribute), old, new))

    def rename_case(self, case_id: int, name: str) -> bool:
        """Rename a case as an undoable edit."""
        case = self.model.case_at(self.model.row_of(case_id))
        if case is None or name == case.name:
            return False
        return self._push(RenameCaseCommand(self.project, case_id, case.name, name))

    def new_case(self) -> int | None:
        """Ask for a name and add a case; the new case's row becomes current."""
        name = ask.text(self, self.tr("New case"), self.tr("Name of the case (e.g. the interviewee):"))
        if not name or not name.strip():
            return None
        command = AddCaseCommand(self.project, name)
        if not self._push(command):
            return None
        case_id = command.case_id
        self.table.setCurrentIndex(self.model.index(self.model.row_of(case_id), NAME_COLUMN))
        return case_id

    def new_attribute(self) -> str | None:
        """Ask for a name and type and add an (empty) attribute column."""
        answer = NewAttributeDialog.get(self)
        if answer is None:
            return None
        name, type_ = answer
        if name in cases.attribute_types(self.project):
            ask.inform(self, self.tr("New attribute"),
                       self.tr("There is already an attribute '%1'.").replace("%1", name))
            return None
        if not self._push(DefineAttributeCommand(self.project, name, type_)):
            return None
        row = max(self.table.currentIndex().row(), 0)
        if self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(row, self.model.column_of(name)))
        return name

    def link_document(self, link: bool = True) -> bool:
        """Link a chosen document to the current case (or unlink one of its documents)."""
        case = self.current_case()
        if case is None:
            return False
        names = {d.name: d.id for d in documents.list_documents(self.project)}
        choices = ([n for n in names if n not in case.documents] if link
                   else [n for n in case.documents if n in names])
        if not choices:
            return False
        title = self.tr("Link document") if link else self.tr("Unlink document")
        label = (self.tr("Document that belongs to '%1':") if link
                 else self.tr("Document that does not belong to '%1':")).replace("%1", case.name)
        chosen = ask.choose(self, title, label, choices)
        if chosen is None:
            return False
        return self._push(LinkDocumentCommand(self.project, case.id, case.name, names[chosen], chosen, link))


def open_cases(parent: QWidget | None, events: ProjectEvents) -> CasesDialog:
    """Show the parent's case sheet for ``events.project`` (one per window, built on first use); its
    edits go on the parent's undo stack when it has one."""
    dialog = parent.findChild(CasesDialog, OBJECT_NAME) if parent is not None else None
    if dialog is not None and dialog.events is not events:
        dialog.close()
        dialog = None
    if dialog is None:
        stack_of = getattr(parent, "undo_stack", None)
        dialog = CasesDialog(events, parent, stack_of() if callable(stack_of) else None)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
