"""CasesModel: the case classification sheet (one row per case: its name, its documents, then one
column per case attribute) as a table model over core rows. Edits are not written here: ``setData``
turns them into requests the dialog makes undo commands of, and the model re-reads when the bridge
says the cases changed."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt, Signal

from qcode.core import cases
from qcode.core.cases import CaseRow, case_rows

CASE_ID_ROLE = Qt.UserRole + 1
NAME_COLUMN, DOCUMENTS_COLUMN, FIRST_ATTRIBUTE_COLUMN = 0, 1, 2

_ROOT = QModelIndex()  # the invisible root; Qt passes it by value


def type_label(type_: str) -> str:
    """An attribute type (text, number, date, boolean) in the UI language."""
    labels = {
        "text": QCoreApplication.translate("CasesModel", "Text"),
        "number": QCoreApplication.translate("CasesModel", "Number"),
        "date": QCoreApplication.translate("CasesModel", "Date (YYYY-MM-DD)"),
        "boolean": QCoreApplication.translate("CasesModel", "Yes/no"),
    }
    return labels.get(type_, type_)


class CasesModel(QAbstractTableModel):
    """Cases × (name, documents, attributes…); the name and attribute cells are editable."""

    rename_requested = Signal(int, str)  # case id, new name
    value_requested = Signal(int, str, str)  # case id, attribute name, new value ("" clears it)

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self._rows: list[CaseRow] = []
        self._types: dict[str, str] = {}  # attribute name → type, by name
        self._attributes: list[str] = []
        self.reload()

    def reload(self) -> None:
        """Re-read cases and attributes (after the cases changed or an attribute was defined)."""
        rows, types = case_rows(self.project), cases.attribute_types(self.project)
        if len(rows) == len(self._rows) and list(types) == self._attributes and rows:
            # Same shape: new values in place. A reset here would close the editor that is committing
            # the very edit this reload shows (the change arrives inside setData's command).
            self._rows, self._types = rows, types
            self.dataChanged.emit(self.index(0, 0), self.index(len(rows) - 1, self.columnCount() - 1))
            return
        self.beginResetModel()
        self._rows, self._types, self._attributes = rows, types, list(types)
        self.endResetModel()

    # -- lookups for the dialog ---------------------------------------------------------------------
    def case_at(self, row: int) -> CaseRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, case_id: int) -> int:
        """The row of a case, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == case_id), -1)

    def attribute_at(self, column: int) -> str | None:
        """The attribute a column shows (None for the name and documents columns)."""
        i = column - FIRST_ATTRIBUTE_COLUMN
        return self._attributes[i] if 0 <= i < len(self._attributes) else None

    def column_of(self, attribute: str) -> int:
        """The column of an attribute, or -1."""
        return self._attributes.index(attribute) + FIRST_ATTRIBUTE_COLUMN if attribute in self._types else -1

    def type_of(self, attribute: str) -> str:
        return self._types.get(attribute, "text")

    # -- the model -----------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else FIRST_ATTRIBUTE_COLUMN + len(self._attributes)

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation != Qt.Horizontal or not 0 <= section < self.columnCount():
            return None
        attribute = self.attribute_at(section)
        if role == Qt.DisplayRole:
            if attribute is not None:
                return attribute
            return self.tr("Case") if section == NAME_COLUMN else self.tr("Documents")
        if role == Qt.ToolTipRole and attribute is not None:
            return type_label(self._types[attribute])
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row, column = self._rows[index.row()], index.column()
        if role == CASE_ID_ROLE:
            return row.id
        if role in (Qt.DisplayRole, Qt.EditRole):
            if column == NAME_COLUMN:
                return row.name
            if column == DOCUMENTS_COLUMN:
                return ", ".join(row.documents)
            return row.values.get(self.attribute_at(column), "")
        if role == Qt.TextAlignmentRole and self._types.get(self.attribute_at(column)) == "number":
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.ToolTipRole and column == DOCUMENTS_COLUMN and row.documents:
            return "\n".join(row.documents)
        return None

    def flags(self, index: QModelIndex) -> Qt.ItemFlags:
        if not index.isValid():
            return Qt.NoItemFlags
        base = Qt.ItemIsEnabled | Qt.ItemIsSelectable
        return base if index.column() == DOCUMENTS_COLUMN else base | Qt.ItemIsEditable

    def setData(self, index: QModelIndex, value, role: int = Qt.EditRole) -> bool:
        # The edit goes through an undo command; the model changes when the bridge says so.
        if role != Qt.EditRole or not index.isValid() or index.column() == DOCUMENTS_COLUMN:
            return False
        row, text = self._rows[index.row()], str(value if value is not None else "").strip()
        if index.column() == NAME_COLUMN:
            if text and text != row.name:
                self.rename_requested.emit(row.id, text)
            return False
        attribute = self.attribute_at(index.column())
        if text != row.values.get(attribute, ""):
            self.value_requested.emit(row.id, attribute, text)
        return False
