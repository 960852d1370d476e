"""Pieces every analysis view shares: a heat-shaded, sortable table model over a report
:class:`~qcode.analysis.table.Table`, a segment list that asks to jump to the text, the export buttons,
and the embedded matplotlib canvas (Agg via FigureCanvasQTAgg, so it also renders offscreen)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.table import Table, write_csv, write_xlsx
from qcode.core.errors import QcodeError
from qcode.core.quotes import record_export
from qcode.core.report_segments import Segment
from qcode.export.report_tables import pseudonymised_tables
from qcode.ui import i18n
from qcode.ui.analysis.display import shown_segments, shown_table
from qcode.ui.dialogs import ask
from qcode.ui.start_folder import start_path

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


def ask_save_path(parent: QWidget, title: str, file_filter: str) -> str | None:
    """Ask where to save (monkeypatched in tests); None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(parent, title, start_path(), file_filter)
    return path or None


class ExportButtons(QWidget):
    """'Copy', 'Export CSV…' and 'Export Excel…' for the tables a callable returns (Excel: one sheet
    each). The clipboard is an export like a file: what it gets is pseudonymised and leak-checked."""

    def __init__(self, tables: Callable[[], Sequence[Table]], parent=None):
        super().__init__(parent)
        self._tables = tables
        self.copy_button, self.csv_button, self.xlsx_button = (QPushButton(self) for _ in range(3))
        self.retranslate()
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        self.csv_button.clicked.connect(self.export_csv)
        self.xlsx_button.clicked.connect(self.export_xlsx)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.copy_button)
        layout.addWidget(self.csv_button)
        layout.addWidget(self.xlsx_button)

    def retranslate(self) -> None:
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the table (pseudonymised) to paste into Word or Excel"))
        self.csv_button.setText(self.tr("Export CSV…"))
        self.xlsx_button.setText(self.tr("Export Excel…"))

    def changeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def copy_to_clipboard(self) -> str | None:
        """Put the first table on the clipboard as tab-separated text; returns what was copied."""
        tables = self._tables()
        tables = tables and self._pseudonymised(tables[:1])
        if not tables:
            return None
        text = "\n".join("\t".join(" ".join(str(cell).split()) for cell in row)
                         for row in tables[0].records())
        QGuiApplication.clipboard().setText(text)
        return text

    def export_csv(self) -> str | None:
        """Save the first table as CSV; returns the path written."""
        tables = self._tables()
        path = tables and ask_save_path(self, self.tr("Export CSV"), "CSV (*.csv)")
        if not path:
            return None
        path = path if path.lower().endswith(".csv") else path + ".csv"
        tables = self._pseudonymised(tables[:1])
        if tables is None:
            return None
        write_csv(tables[0], path)
        self._log("csv", path, 1)
        return path

    def export_xlsx(self) -> str | None:
        """Save every table as a sheet of one workbook; returns the path written."""
        tables = self._tables()
        path = tables and ask_save_path(self, self.tr("Export Excel"), "Excel (*.xlsx)")
        if not path:
            return None
        path = path if path.lower().endswith(".xlsx") else path + ".xlsx"
        tables = self._pseudonymised(tables)
        if tables is None:
            return None
        write_xlsx(tables, path)
        self._log("xlsx", path, len(tables))
        return path

    def _log(self, fmt: str, path: str, count: int) -> None:
        """A written table is in the export log, like every other export."""
        record_export(self.window().project, "report", fmt, path, count)

    def _pseudonymised(self, tables: Sequence[Table]) -> list[Table] | None:
        """The tables as exported: pseudonymised and leak-checked (None, with a message, on a leak)."""
        project = getattr(self.window(), "project", None)
        if project is None:  # nothing to check against: nothing leaves (fail closed)
            return None
        for acknowledge in (False, True):
            try:
                return pseudonymised_tables(project, tables, acknowledge_warnings=acknowledge)
            except QcodeError as error:
                text = error.message(i18n.current_language())
                if not acknowledge and error.message_id == "anon.leak_warnings" and ask.confirm(
                        self, self.tr("Possible identifying text"), text):
                    continue
                ask.inform(self, self.tr("Export"), text)
                return None
        return None


class SegmentTableModel(QAbstractTableModel):
    """Passages as rows, for a list that jumps to the text: the passage record under ``Qt.UserRole``,
    and the text in the last column, on one line in the cell and whole in its tooltip. A subclass sets
    ``headers`` and says what the columns before the text show (:meth:`columns`)."""

    headers: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.segments: list = []
        self.code_paths: dict[int, str] = {}

    def columns(self, segment) -> tuple[str, ...]:
        """What a segment shows before its text."""
        raise NotImplementedError

    def text(self, segment) -> str:
        """The passage's text (the last column)."""
        return segment.text

    def _reset(self, segments: Sequence, code_paths: dict[int, str]) -> None:
        self.beginResetModel()
        self.segments, self.code_paths = shown_segments(self, segments), code_paths
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.segments)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        s = self.segments[index.row()]
        if role in (Qt.DisplayRole, Qt.ToolTipRole):
            text = self.text(s)
            values = (*self.columns(s), text if role == Qt.ToolTipRole else " ".join(text.split()))
            return values[index.column()]
        if role == Qt.UserRole:
            return s
        return None

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if role == Qt.DisplayRole and orientation == Qt.Horizontal:
            return self.headers[section]
        return None


class SegmentModel(SegmentTableModel):
    """Segments as rows: document, code, coder, speaker, text (or the turn, when context is on)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = (self.tr("Document"), self.tr("Code"), self.tr("Coder"), self.tr("Speaker"),
                        self.tr("Text"))
        self.show_context = False

    def set_segments(self, segments: Sequence[Segment], code_paths: dict[int, str],
                     show_context: bool = False) -> None:
        self.show_context = show_context
        self._reset(segments, code_paths)

    def columns(self, s: Segment) -> tuple[str, ...]:
        return (s.document_name, self.code_paths.get(s.code_id, "") if s.code_id else "", s.coder_name,
                s.speaker)

    def text(self, s: Segment) -> str:
        return s.context if self.show_context and s.context else s.text


class SegmentList(QWidget):
    """A list of segments; double-click (or Enter) asks to show the passage in its document."""

    jump_requested = Signal(int, int, int)  # document id, start, end (str offsets)

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = SegmentModel(self)
        self.view = QTableView(self)
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QTableView.SelectRows)
        self.view.setWordWrap(True)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.view.activated.connect(self._activated)
        self.view.doubleClicked.connect(self._activated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def set_segments(self, segments: Sequence[Segment], code_paths: dict[int, str],
                     show_context: bool = False) -> None:
        self.model.set_segments(segments, code_paths, show_context)
        self.view.resizeColumnsToContents()
        self.view.horizontalHeader().setStretchLastSection(True)

    def _activated(self, index: QModelIndex) -> None:
        segment: Segment = self.model.data(index, Qt.UserRole)
        if segment is not None:
            self.jump_requested.emit(segment.document_id, segment.start, segment.end)


def chart_canvas(parent: QWidget):
    """A matplotlib figure canvas for Qt (imported lazily: matplotlib costs ~0.3 s to import)."""
    from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg  # noqa: PLC0415 (matplotlib costs ~0.3-2 s; loaded when a chart is first drawn)
    from matplotlib.figure import Figure  # noqa: PLC0415 (matplotlib costs ~0.3-2 s; loaded when a chart is first drawn)

    canvas = FigureCanvasQTAgg(Figure(figsize=(6, 4), layout="constrained"))
    canvas.setParent(parent)
    return canvas
