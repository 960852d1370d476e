"""The export buttons under an analysis table ('Copy', 'Export CSV…', 'Export Excel…'): every table
that leaves the window, on the clipboard or in a file, is pseudonymised, leak-checked and logged."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QFileDialog, QHBoxLayout, QPushButton, QWidget

from qcode.analysis.table import Table, write_csv, write_xlsx
from qcode.core.errors import QcodeError
from qcode.core.quotes import record_export
from qcode.export.report_tables import pseudonymised_tables
from qcode.ui import i18n
from qcode.ui.dialogs import ask
from qcode.ui.start_folder import start_path


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
