"""DocumentsModel: the document list (name, case, coded %) as a table model over core rows. In the
pseudonymised view it shows documents and cases by the names the exports give them."""

from __future__ import annotations

import re
from dataclasses import replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QSortFilterProxyModel, Qt

from qcode.core.workspace_queries import DocumentRow, coded_fractions, document_rows
from qcode.export.quotes import export_labels

DOCUMENT_ID_ROLE = Qt.UserRole + 1


def pseudonymised_labels(project) -> dict[int, tuple[str, str]]:
    """Document id → (document name, case names) as the quote exports print them."""

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
    """Every document of the project with its case and the share of its text that is coded."""

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self._rows: list[DocumentRow] = []
        self._display: list[tuple[str, str, str]] = []
        self._keys: list[tuple] = []
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
        # Views ask for data thousands of times while sorting and sizing: answer from tuples.
        self._rows = rows
        if self.pseudonymised:
            shown = [self._labels.get(r.id, ("?", "")) for r in rows]
            self._display = [(name, cases, share_text(r.coded_fraction))
                             for (name, cases), r in zip(shown, rows, strict=True)]
            self._keys = [(natural_key(name), natural_key(cases), r.coded_fraction)
                          for (name, cases), r in zip(shown, rows, strict=True)]
            return
        self._display = [(r.name, r.cases, share_text(r.coded_fraction)) for r in rows]
        self._keys = [(r.name.lower(), r.cases.lower(), r.coded_fraction) for r in rows]

    def refresh_coverage(self, document_ids: tuple = ()) -> None:
        """Re-read the coded shares in place (after codings changed), keeping the selection; only
        the given documents when known, so one coding does not rescan a 200-document project."""
        if not document_ids:
            rows = document_rows(self.project)
            if [r.id for r in rows] != [r.id for r in self._rows]:
                self.reload()
                return
        else:
            fractions = coded_fractions(self.project, list(document_ids))
            rows = [replace(r, coded_fraction=fractions[r.id]) if r.id in fractions else r
                    for r in self._rows]
        self._set_rows(rows)
        if rows:
            self.dataChanged.emit(self.index(0, 2), self.index(len(rows) - 1, 2))

    def name_of(self, document_id: int | None) -> str | None:
        """A listed document's name as shown (pseudonymised in that view; None when not listed)."""
        row = self.row_of(document_id) if document_id is not None else -1
        return self._display[row][0] if row >= 0 else None

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
        row = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return self._display[index.row()][index.column()]
        if role == DOCUMENT_ID_ROLE:
            return row.id
        if role == Qt.UserRole:  # sort key
            return self._keys[index.row()][index.column()]
        if role == Qt.TextAlignmentRole and index.column() == 2:
            return int(Qt.AlignRight | Qt.AlignVCenter)
        return None


def filtered(model: DocumentsModel, parent=None) -> QSortFilterProxyModel:
    """A proxy that sorts by the real values and filters on any column, case-insensitively."""
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setSortRole(Qt.UserRole)
    proxy.setFilterKeyColumn(-1)
    proxy.setFilterCaseSensitivity(Qt.CaseInsensitive)
    return proxy
