"""The table every analysis view shows: a heat-shaded, sortable model over a report
:class:`~qcode.analysis.table.Table` (with its Total row and column), the proxy that keeps the totals last,
and the translated fixed headers the headless tables carry."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import QHeaderView, QTableView, QWidget

from qcode.analysis.table import Table
from qcode.ui import i18n
from qcode.ui.analysis.display import shown_table

SORT_ROLE = Qt.UserRole + 1
TOTAL_ROLE = Qt.UserRole + 2
HEAT = QColor("#2e86c1")
_ROOT = QModelIndex()


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate looks for)
    return text  # lupdate extracts the pair; the lookup happens in table_label()


# The fixed column and row headers that qcode.analysis (no Qt) puts in its tables, so lupdate sees
# them; table_label() shows them in the UI language. Names of codes, documents and cases are data.
_CORE_LABELS = (
    QT_TRANSLATE_NOOP("AnalysisTables", "Count"),
    QT_TRANSLATE_NOOP("AnalysisTables", "Share %"),
    QT_TRANSLATE_NOOP("AnalysisTables", "Lemma"),
    QT_TRANSLATE_NOOP("AnalysisTables", "Word"),
    QT_TRANSLATE_NOOP("AnalysisTables", "Code"),
    QT_TRANSLATE_NOOP("AnalysisTables", "Coder"),
    QT_TRANSLATE_NOOP("AnalysisTables", "Speaker"),
    QT_TRANSLATE_NOOP("AnalysisTables", "Start"),
    QT_TRANSLATE_NOOP("AnalysisTables", "End"),
    QT_TRANSLATE_NOOP("AnalysisTables", "Text"),
    QT_TRANSLATE_NOOP("AnalysisTables", "Context"),
    QT_TRANSLATE_NOOP("AnalysisTables", "Document"),
    QT_TRANSLATE_NOOP("AnalysisTables", "Before"),
    QT_TRANSLATE_NOOP("AnalysisTables", "Hit"),
    QT_TRANSLATE_NOOP("AnalysisTables", "After"),
    QT_TRANSLATE_NOOP("AnalysisTables", "(none)"),
)


def table_label(text: str) -> str:
    """A header from a core table in the UI language (unknown texts, i.e. data, stay as they are)."""
    return QCoreApplication.translate("AnalysisTables", text) if text in _CORE_LABELS else text


def _shade(fraction: float) -> QColor:
    colour = QColor(HEAT)
    colour.setAlphaF(0.12 + 0.78 * fraction)
    return colour


class TableModel(QAbstractTableModel):
    """A report table with a Total column and row (when it has them) and heat-shaded number cells.

    ``Qt.UserRole`` of a cell is ``(row key, column key)`` (code id and document/case/… key) so a view
    can show the segments behind it; the Total row and column have None keys.
    """

    def __init__(self, parent=None, heat: bool = True):
        super().__init__(parent)
        self.table: Table | None = None
        self.heat = heat
        self._max = 0.0
        # Brushes by shade step: a 30 × 1,000 matrix asks for hundreds of thousands of cells.
        self._brushes = [QBrush(_shade(step / 20)) for step in range(21)]
        self._white = QBrush(QColor("white"))
        self._bold = QFont()
        self._bold.setBold(True)
        self._shown_rows: set[str] = set()

    def set_table(self, table: Table) -> None:
        """Show another table (a full reset: rows and columns both change), as the view mode shows it."""
        self.beginResetModel()
        self.table = table = shown_table(self, table)
        self._shown_rows = set(table.rows)
        numbers = [v for row in table.values for v in row if isinstance(v, int | float)]
        self._max = max(numbers, default=0) or 0
        self.endResetModel()

    def _has_totals(self) -> tuple[bool, bool]:
        t = self.table
        return (t is not None and t.row_totals is not None, t is not None and t.column_totals is not None)

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.rows) + (1 if self._has_totals()[1] else 0)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        if parent.isValid() or self.table is None:
            return 0
        return len(self.table.columns) + (1 if self._has_totals()[0] else 0)

    def _value(self, row: int, column: int) -> object:
        t = self.table
        total_row = row == len(t.rows)
        total_col = column == len(t.columns)
        if total_row and total_col:
            return t.grand_total
        if total_row:
            return t.column_totals[column]
        if total_col:
            return t.row_totals[row]
        return t.values[row][column]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or self.table is None:
            return None
        row, column = index.row(), index.column()
        value = self._value(row, column)
        is_total = row == len(self.table.rows) or column == len(self.table.columns)
        if role == Qt.DisplayRole:
            if isinstance(value, float):
                text = f"{value:.2f}".rstrip("0").rstrip(".")
                # Danish writes decimal commas; the exported CSV/Excel keep real numbers.
                return text.replace(".", ",") if i18n.current_language() == "da" else text
            return "" if value is None else str(value)
        if role == SORT_ROLE:
            return value if isinstance(value, int | float) else str(value)
        if role == TOTAL_ROLE:
            return row == len(self.table.rows)
        if role == Qt.TextAlignmentRole and isinstance(value, int | float):
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and is_total:
            return self._bold
        if role == Qt.BackgroundRole and self.heat and not is_total and isinstance(value, int | float):
            if value and self._max:
                return self._brushes[round(20 * value / self._max)]
            return None
        if role == Qt.ForegroundRole and self.heat and not is_total and isinstance(value, int | float):
            if self._max and value / self._max > 0.6:
                return self._white
            return None
        if role == Qt.UserRole and not is_total:
            keys = self.table.row_keys, self.table.column_keys
            return (keys[0][row] if keys[0] else None, keys[1][column] if keys[1] else None)
        return None

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if self.table is None:
            return None
        t = self.table
        if role == Qt.DisplayRole:
            if orientation == Qt.Horizontal:
                return table_label(t.columns[section]) if section < len(t.columns) else self.tr("Total")
            if section < len(t.rows):
                depth = t.row_depth[section] if t.row_depth else 0
                path = t.rows[section]
                if not t.row_depth or ("/" in path and path.rsplit("/", 1)[0] not in self._shown_rows):
                    return path  # no tree, or its parent is hidden (unused): the whole path says where
                return "    " * depth + path.split("/")[-1]
            return self.tr("Total")
        if role == Qt.ToolTipRole and orientation == Qt.Vertical and section < len(t.rows):
            return t.rows[section]
        return None


class TotalsLastProxy(QSortFilterProxyModel):
    """Sorts by the numbers themselves and keeps the Total row at the bottom in both directions."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:  # noqa: N802
        model = self.sourceModel()
        if model.data(left, TOTAL_ROLE):
            return self.sortOrder() == Qt.DescendingOrder
        if model.data(right, TOTAL_ROLE):
            return self.sortOrder() == Qt.AscendingOrder
        a, b = model.data(left, SORT_ROLE), model.data(right, SORT_ROLE)
        if isinstance(a, int | float) and isinstance(b, int | float):
            return a < b
        return str(a).casefold() < str(b).casefold()


def make_table_view(model: TableModel, parent: QWidget) -> tuple[QTableView, TotalsLastProxy]:
    """A sortable table view over ``model`` (through a proxy that keeps totals last)."""
    proxy = TotalsLastProxy(parent)
    proxy.setSourceModel(model)
    view = QTableView(parent)
    view.setModel(proxy)
    view.setSortingEnabled(True)
    view.sortByColumn(-1, Qt.AscendingOrder)  # keep the tree order until a header is clicked
    # Interactive, not ResizeToContents: sizing to contents asks every cell of a 30 × 1,000 matrix.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.Interactive)
    view.horizontalHeader().setDefaultSectionSize(72)
    view.verticalHeader().setDefaultAlignment(Qt.AlignLeft | Qt.AlignVCenter)
    view.setSelectionBehavior(QTableView.SelectItems)
    view.setAlternatingRowColors(False)
    return view, proxy


def fit_columns(view: QTableView, max_cells: int = 3000) -> None:
    """Size columns to their contents when the table is small enough for that to be quick."""
    model = view.model()
    if model.rowCount() * model.columnCount() <= max_cells:
        view.resizeColumnsToContents()
