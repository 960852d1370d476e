"""The table models of the coder comparison view (:mod:`qcode.ui.analysis.agreement_view`): a two-coder
comparison's rows (per code, optionally per document under it, pooled and mean) with kappa and alpha shaded
from red (no better than chance) to green (full agreement), every coder's alpha, and the disagreeing
segments. They only show numbers computed in :mod:`qcode.analysis.agreement` and
:mod:`qcode.analysis.agreement_alpha`."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from qcode.analysis.agreement import Agreement, AgreementRow, SegmentCheck
from qcode.analysis.agreement_alpha import AlphaAgreement, AlphaRow
from qcode.ui.analysis.segment_list import SegmentTableModel
from qcode.ui.analysis.table_model import SORT_ROLE, TOTAL_ROLE

_ROOT = QModelIndex()
KAPPA_COLUMN, ALPHA_COLUMN = 1, 2
MEAN = "mean"  # the row of plain means over the codes


def kappa_colour(kappa: float) -> QColor:
    """Red at kappa ≤ 0 (chance), through amber, to green at 1; light enough to read black text on."""
    share = min(1.0, max(0.0, kappa))
    return QColor.fromHsv(round(120 * share), 110, 245)


def _number(value: float | None, decimals: int) -> str:
    return "–" if value is None else f"{value:.{decimals}f}"


def unit_label(unit: str) -> str:
    return {"characters": QCoreApplication.translate("AgreementView", "characters"),
            "sentences": QCoreApplication.translate("AgreementView", "sentences"),
            "turns": QCoreApplication.translate("AgreementView", "turns")}[unit]


def _short_unit(unit: str) -> str:
    return {"characters": QCoreApplication.translate("AgreementView", "chars"),
            "sentences": QCoreApplication.translate("AgreementView", "sentences"),
            "turns": QCoreApplication.translate("AgreementView", "turns")}[unit]


class AgreementModel(QAbstractTableModel):
    """Rows of an :class:`Agreement` (per code, optionally per document under it, pooled and mean)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AgreementRow | str] = []
        self.headers: list[str] = []
        self.result: Agreement | None = None
        self._bold = QFont()
        self._bold.setBold(True)

    def set_result(self, result: Agreement | None, per_document: bool) -> None:
        """Show ``result`` (None: nothing), with a row per document under each code when asked."""
        self.beginResetModel()
        self.rows = []
        self.result = result
        if result is not None:
            cells: dict[int | None, list[AgreementRow]] = {}
            for cell in result.cells:
                cells.setdefault(cell.code_id, []).append(cell)
            for row in result.codes:
                self.rows.append(row)
                if per_document:
                    self.rows.extend(cells.get(row.code_id, []))
            self.rows.extend([result.overall, MEAN])
            a, b, unit = result.label_a, result.label_b, _short_unit(result.unit)
            self.headers = [self.tr("Agreement %"), self.tr("Kappa"), self.tr("Alpha"),
                            self.tr("Only %1 (%2)").replace("%1", a).replace("%2", unit),
                            self.tr("Only %1 (%2)").replace("%1", b).replace("%2", unit),
                            self.tr("Segment agreement %")]
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or not self.rows else len(self.headers)

    def _value(self, row: AgreementRow | str, column: int) -> float | None:
        if row == MEAN:
            m = self.result.mean
            return (m.percent, m.kappa, m.alpha, None, None, m.segment_percent)[column]
        c = row.chars
        return (c.percent, c.kappa, c.alpha, c.only_a, c.only_b, row.segment_percent)[column]

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        value = self._value(row, index.column())
        overall = row == MEAN or row.code_id is None
        if role == Qt.DisplayRole:
            decimals = 2 if index.column() in (KAPPA_COLUMN, ALPHA_COLUMN) else 1
            if row == MEAN and value is None:
                return ""
            return str(value) if isinstance(value, int) else _number(value, decimals)
        if role == SORT_ROLE:
            return -2.0 if value is None else value
        if role == TOTAL_ROLE:
            return overall
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.FontRole and overall:
            return self._bold
        if role == Qt.BackgroundRole and index.column() in (KAPPA_COLUMN, ALPHA_COLUMN) and value is not None:
            return QBrush(kappa_colour(value))
        if role == Qt.UserRole:
            return row
        return None

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal:
            return self.headers[section] if role == Qt.DisplayRole and section < len(self.headers) else None
        if section >= len(self.rows):
            return None
        row = self.rows[section]
        if role == Qt.DisplayRole:
            if row == MEAN:
                return self.tr("Mean of codes")
            if row.code_id is None:
                return self.tr("Overall (pooled)")
            if row.document_id is not None:
                return "    " * (row.depth + 1) + "· " + row.document_name
            return "    " * row.depth + row.path.split("/")[-1]
        if role == Qt.ToolTipRole:
            if row == MEAN:
                return self.tr("The plain mean of the codes' figures: every code weighs the same.")
            if row.code_id is None:
                return self.tr("Every code's counts added up, then one figure: codes with more text weigh "
                               "more (NVivo's overall).")
            return row.path + (f" – {row.document_name}" if row.document_name else "")
        return None


class AlphaModel(QAbstractTableModel):
    """Rows of an :class:`AlphaAgreement`: alpha, pairable units and each coder's coded units."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[AlphaRow | str] = []
        self.headers: list[str] = []
        self.result: AlphaAgreement | None = None

    def set_result(self, result: AlphaAgreement | None, per_document: bool) -> None:
        self.beginResetModel()
        self.rows, self.result = [], result
        if result is not None:
            for row in result.codes:
                self.rows.append(row)
                if per_document:
                    self.rows.extend(c for c in result.cells if c.code_id == row.code_id)
            self.rows.extend([result.overall, MEAN])
            unit = _short_unit(result.unit)
            self.headers = [self.tr("Alpha"), self.tr("Pairable units (%1)").replace("%1", unit)] + [
                self.tr("Coded by %1").replace("%1", name) for name in result.coders]
        self.endResetModel()

    def rowCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=_ROOT) -> int:  # noqa: N802
        return 0 if parent.isValid() or not self.rows else len(self.headers)

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        row, column = self.rows[index.row()], index.column()
        if row == MEAN:
            value = self.result.mean if column == 0 else None
        else:
            value = row.alpha if column == 0 else row.pairable if column == 1 else row.coded(column - 2)
        total = row == MEAN or row.code_id is None
        if role == Qt.DisplayRole:
            return "" if value is None and row == MEAN else (
                _number(value, 2) if column == 0 else str(value))
        if role == SORT_ROLE:
            return -2.0 if value is None else value
        if role == TOTAL_ROLE:
            return total
        if role == Qt.TextAlignmentRole:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        if role == Qt.BackgroundRole and column == 0 and value is not None:
            return QBrush(kappa_colour(value))
        return None

    def headerData(self, section: int, orientation, role: int = Qt.DisplayRole):  # noqa: N802
        if orientation == Qt.Horizontal:
            return self.headers[section] if role == Qt.DisplayRole and section < len(self.headers) else None
        if role != Qt.DisplayRole or section >= len(self.rows):
            return None
        row = self.rows[section]
        if row == MEAN:
            return self.tr("Mean of codes")
        if row.code_id is None:
            return self.tr("Overall (pooled)")
        if row.document_id is not None:
            return "    " * (row.depth + 1) + "· " + row.document_name
        return "    " * row.depth + row.path.split("/")[-1]


class DisagreementModel(SegmentTableModel):
    """Unmatched segments: document, code, who coded it, how much the other side coded, the text."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.headers = (self.tr("Document"), self.tr("Code"), self.tr("Coded by"),
                        self.tr("Other coder coded %"), self.tr("Text"))

    def set_segments(self, segments: list[SegmentCheck], paths: dict[int, str]) -> None:
        self._reset(segments, paths)

    def columns(self, s: SegmentCheck) -> tuple[str, ...]:
        return (s.document_name, self.code_paths.get(s.code_id, ""), s.coder, f"{s.covered_percent:.0f}")
