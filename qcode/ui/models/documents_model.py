"""DocumentsModel: the document list (name, case, coded %) as a table model over core rows. In the
pseudonymised view it shows documents and cases by the names the exports give them."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from qcode.core.workspace_queries import DocumentRow, coded_fractions, document_rows

DOCUMENT_ID_ROLE = Qt.UserRole + 1
# Roles as plain ints, looked up once (an enum member costs a slow attribute lookup per use).
_ID, _DISPLAY, _SORT = DOCUMENT_ID_ROLE, int(Qt.DisplayRole), int(Qt.UserRole)
_ALIGN = int(Qt.TextAlignmentRole)
_RIGHT = int(Qt.AlignRight | Qt.AlignVCenter)


def pseudonymised_labels(project) -> dict[int, tuple[str, str]]:
    """Document id → (document name, case names) as the quote exports print them."""
    from qcode.export.pseudonymiser import export_labels  # noqa: PLC0415 (the pseudonymised view only: the export package is not needed to start)

    return {doc_id: (name, ", ".join(sorted(cases, key=natural_key)))
            for doc_id, (name, cases) in export_labels(project).items()}


def natural_key(text: str) -> str:
    """Sort key with numbers compared as numbers ("Dokument 2" before "Dokument 10")."""
    return re.sub(r"\d+", lambda m: m.group().zfill(10), text.lower())


def share_text(fraction: float) -> str:
    """The coded share as shown: a coded document never reads "0%" (a few words in a long
    interview are "<1%"), and one with uncoded words left never reads "100%"."""
    if 0 < fraction < 0.005:
        return "<1%"
    if 0.995 <= fraction < 1:
        return ">99%"
    return f"{fraction:.0%}"


_ROOT = QModelIndex()  # the invisible root; Qt passes it by value


class DocumentsModel(QAbstractTableModel):
    """Every document of the project with its case and the share of its text that is coded.

    The model sorts itself (``sort``, asked for through :class:`DocumentsProxy`): a sorting proxy
    asks ``data()`` twice per comparison, some 3,000 Python calls for 200 documents at every open,
    where sorting the keys kept per row is one ``sorted``."""

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self._base: list[DocumentRow] = []  # in the order core gives them (by name)
        self._rows: list[DocumentRow] = []  # as shown, in the current sort order
        self._keys: list[tuple] = []  # sort keys per column, in core's order
        self._base_cells: list[tuple[dict, dict, dict]] = []  # role → value per column, core's order
        self._cells: list[tuple[dict, dict, dict]] = []  # the same, per shown row
        self._sort: tuple[int, Qt.SortOrder] = (0, Qt.AscendingOrder)
        self.pseudonymised = False
        self._labels: dict[int, tuple[str, str]] = {}  # pseudonymised (name, cases) per document
        self.reload()

    def reload(self) -> None:
        """Re-read the rows (after documents, cases or codings changed)."""
        self.beginResetModel()
        if self.pseudonymised:
            self._labels = pseudonymised_labels(self.project)
        self._set_rows(document_rows(self.project))
        self.endResetModel()

    def set_pseudonymised(self, on: bool) -> None:
        """Show the names the exports use (True) or the stored ones."""
        if bool(on) != self.pseudonymised:
            self.pseudonymised = bool(on)
            self._labels = {}
            self.reload()

    def _set_rows(self, rows: list[DocumentRow]) -> None:
        # Views ask for data thousands of times while painting and sizing: answer every role of a
        # cell from one dict built here, once per change.
        self._base = rows
        if self.pseudonymised:
            shown = [self._labels.get(r.id, ("?", "")) for r in rows]
            self._keys = [(natural_key(name), natural_key(cases), r.coded_fraction)
                          for (name, cases), r in zip(shown, rows, strict=True)]
        else:
            shown = [(r.name, r.cases) for r in rows]
            self._keys = [(r.name.lower(), r.cases.lower(), r.coded_fraction) for r in rows]
        self._base_cells = [
            ({_ID: r.id, _DISPLAY: name, _SORT: key[0]},
             {_ID: r.id, _DISPLAY: cases, _SORT: key[1]},
             {_ID: r.id, _DISPLAY: share_text(r.coded_fraction), _SORT: key[2], _ALIGN: _RIGHT})
            for (name, cases), r, key in zip(shown, rows, self._keys, strict=True)]
        self._order()

    def _order(self) -> None:
        column, order = self._sort
        # Stable, from core's order, as a sorting proxy did: ties keep the name order.
        keys = self._keys
        shown = sorted(range(len(keys)), key=lambda i: keys[i][column],
                       reverse=Qt.SortOrder(order) == Qt.DescendingOrder) if 0 <= column < 3 \
            else range(len(keys))
        self._rows = [self._base[i] for i in shown]
        self._cells = [self._base_cells[i] for i in shown]

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        """Sort the rows by a column (the proxy passes the header's clicks here)."""
        self._sort = (column, order)
        if not self._base:
            return
        self.layoutAboutToBeChanged.emit()
        before = [r.id for r in self._rows]
        self._order()
        self._move_persistent(before)
        self.layoutChanged.emit()

    def _move_persistent(self, before: list[int]) -> None:
        """Point the persistent indexes (selection, current row) at their documents' new rows."""
        row_of = {r.id: i for i, r in enumerate(self._rows)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(
            old, [self.index(row_of[before[i.row()]], i.column()) for i in old])

    def refresh_coverage(self, document_ids: tuple = ()) -> None:
        """Re-read the coded shares in place (after codings changed), keeping the selection; only
        the given documents when known, so one coding does not rescan a 200-document project."""
        if not document_ids:
            rows = document_rows(self.project)
            if [r.id for r in rows] != [r.id for r in self._base]:
                self.reload()
                return
        else:
            fractions = coded_fractions(self.project, list(document_ids))
            rows = [replace(r, coded_fraction=fractions[r.id]) if r.id in fractions else r
                    for r in self._base]
        if self._sort[0] == 2:  # the order may change with the shares
            self.layoutAboutToBeChanged.emit()
            before = [r.id for r in self._rows]
            self._set_rows(rows)
            self._move_persistent(before)
            self.layoutChanged.emit()
            return
        self._set_rows(rows)
        if rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(rows) - 1, 2))

    def name_of(self, document_id: int | None) -> str | None:
        """A listed document's name as shown (pseudonymised in that view; None when not listed)."""
        row = self.row_of(document_id) if document_id is not None else -1
        return self._cells[row][0][_DISPLAY] if row >= 0 else None

    def row_of(self, document_id: int) -> int:
        """The row of a document, or -1."""
        return next((i for i, r in enumerate(self._rows) if r.id == document_id), -1)

    def rowCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 3

    def headerData(self, section, orientation, role=Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < 3:
            return (self.tr("Document"), self.tr("Case"), self.tr("Coded"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid():
            return None
        return self._cells[index.row()][index.column()].get(role)


class DocumentsProxy(QSortFilterProxyModel):
    """Filters on any column; sorting is passed to the documents model, which keeps the keys."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.AscendingOrder) -> None:
        self.sourceModel().sort(column, order)


def filtered(model: DocumentsModel, parent=None) -> QSortFilterProxyModel:
    """A proxy that filters on any column, case-insensitively, and sorts by the real values."""
    proxy = DocumentsProxy(parent)
    proxy.setSourceModel(model)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
    return proxy
