"""A light table model for report tables that are lists of records (one row per document, coder, code or
interview, no totals): the row label is the first column instead of a vertical header, so a 1,000-row
table asks Python for the cells on screen only (a vertical header measures every row's label), which
keeps the lead's overview opening in well under 200 ms. Sorting works through
:class:`~qcode.ui.analysis.table_model.TotalsLastProxy` like every analysis table."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt

from qcode.analysis.table import Table
from qcode.ui import i18n
from qcode.ui.analysis.display import shown_table
from qcode.ui.analysis.table_model import SORT_ROLE, TOTAL_ROLE, table_label

_ROOT = QModelIndex()
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


class RecordsModel(QAbstractTableModel):
    """``table`` with its row labels in column 0 (indented by ``row_depth``); ``Qt.UserRole`` of a cell
    is ``(row key, None)``, as :class:`~qcode.ui.analysis.table_model.TableModel` gives it."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.table: Table | None = None
        self._headers: list[str] = []
        self._comma = False

    def set_table(self, table: Table) -> None:
        """Show another table (a full reset)."""
        self.beginResetModel()
        self.table = table = shown_table(self, table)
        self._headers = [table_label(table.row_header), *(table_label(c) for c in table.columns)]
        self._comma = i18n.current_language() == "da"
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.table is None else len(self.table.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or self.table is None else len(self._headers)

    def _value(self, row: int, column: int) -> object:
        table = self.table
        if column == 0:
            depth = table.row_depth[row] if table.row_depth else 0
            return "    " * depth + table.rows[row].split("/")[-1] if depth else table.rows[row]
        return table.values[row][column - 1]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row, column = index.row(), index.column()
        if role == Qt.DisplayRole:
            value = self._value(row, column)
            if isinstance(value, float):
                text = f"{value:.1f}"
                return text.replace(".", ",") if self._comma else text
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            value = self.table.rows[row] if column == 0 else self.table.values[row][column - 1]
            return value if isinstance(value, int | float) else str(value)
        if role == Qt.TextAlignmentRole and column:
            return _RIGHT if isinstance(self.table.values[row][column - 1], int | float) else None
        if role == Qt.ToolTipRole and column == 0:
            return self.table.rows[row]
        if role == Qt.UserRole:
            return (self.table.row_keys[row] if self.table.row_keys else None, None)
        if role == TOTAL_ROLE:
            return False
        return None

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal and section < len(self._headers):
            return self._headers[section]
        return None
