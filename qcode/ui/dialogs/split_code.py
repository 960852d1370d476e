"""Split a code (the code tree's "Split…"): name the new codes, then give each of the code's codings and
sub-codes to one of them or leave it where it is; the new codes become sub-codes of the code or its
siblings; a reason goes into the codebook history. The choices come back as
:class:`qcode.core.code_split.SplitPart` records; the controller pushes the undoable split."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcode.core.code_split import SplitPart
from qcode.core.codebook import children, get_code
from qcode.core.report_segments import coded_segments
from qcode.export.pseudonymiser import Pseudonymiser

ROLE = Qt.UserRole  # ("coding", id) or ("code", id) on a row's first item


@dataclass(frozen=True)
class SplitRequest:
    """What the dialog asks for."""

    parts: tuple[SplitPart, ...]
    as_children: bool
    reason: str


class SplitCodeDialog(QDialog):
    """Parts on the left (names), the code's codings and sub-codes on the right, each with its part."""

    def __init__(self, parent: QWidget | None, project, code_id: int, pseudonymised: bool = False):
        super().__init__(parent)
        self.project, self.code_id = project, code_id
        # In the pseudonymised view the dialog shows what the window shows: code names (an in-vivo code
        # quotes the text), documents and passages as the exports give them. The new names typed here
        # are the user's own words and are stored as typed.
        self._pseudo = Pseudonymiser(project) if pseudonymised else None
        code = get_code(project, code_id)
        name = self._shown(code.name)
        self.setWindowTitle(self.tr("Split '%1'").replace("%1", name))
        self.resize(860, 560)
        self.names = [QLineEdit(self), QLineEdit(self)]
        self.names_box = QVBoxLayout()
        for edit in self.names:
            self._add_name_edit(edit)
        self.add_part_button = QPushButton(self.tr("Another new code"), self)
        self.add_part_button.clicked.connect(lambda: self.add_part(""))
        self.rows = QTableWidget(0, 3, self)
        self.rows.setHorizontalHeaderLabels([self.tr("Goes to"), self.tr("Document / sub-code"),
                                             self.tr("Text")])
        self.rows.horizontalHeader().setSectionResizeMode(2, QHeaderView.Stretch)
        self.rows.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.rows.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.as_children = QCheckBox(
            self.tr("Make the new codes sub-codes of '%1'").replace("%1", name), self)
        self.as_children.setChecked(True)
        self.reason = QLineEdit(self)
        self.reason.setPlaceholderText(self.tr("Optional: why, for the codebook history"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(self.tr("Split"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("New codes:"), self))
        left.addLayout(self.names_box)
        left.addWidget(self.add_part_button)
        left.addStretch()
        top = QHBoxLayout()
        top.addLayout(left, 1)
        top.addWidget(self.rows, 3)
        reason_line = QHBoxLayout()
        reason_line.addWidget(QLabel(self.tr("Reason:"), self))
        reason_line.addWidget(self.reason, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Give each coding or sub-code to a new code; what you leave on "
                                        "'(stays)' remains with '%1'.").replace("%1", name), self))
        layout.addLayout(top, 1)
        layout.addWidget(self.as_children)
        layout.addLayout(reason_line)
        layout.addWidget(self.buttons)
        self._fill_rows()

    def _shown(self, text: str) -> str:
        return self._pseudo.text(text) if self._pseudo is not None and text else text

    def _add_name_edit(self, edit: QLineEdit) -> None:
        edit.setPlaceholderText(self.tr("Name of a new code"))
        edit.textChanged.connect(self._names_changed)
        self.names_box.addWidget(edit)

    def add_part(self, name: str) -> QLineEdit:
        """Add a field for another new code."""
        edit = QLineEdit(name, self)
        self.names.append(edit)
        self._add_name_edit(edit)
        self._names_changed()
        return edit

    def _fill_rows(self) -> None:
        items: list[tuple[tuple[str, int], str, str]] = []
        for sub in children(self.project, self.code_id):
            items.append((("code", sub.id), self.tr("Sub-code: %1").replace("%1", self._shown(sub.name)), ""))
        for segment in coded_segments(self.project, [self.code_id]):
            where, text = segment.document_name, segment.text
            if self._pseudo is not None:
                where = self._pseudo.document_label(segment.document_id)
                text = self._pseudo.span(segment.document_id, segment.start, segment.end)
            items.append((("coding", segment.coding_id), where, " ".join(text.split())))
        self.rows.setRowCount(len(items))
        for row, (key, where, text) in enumerate(items):
            combo = QComboBox(self.rows)
            self.rows.setCellWidget(row, 0, combo)
            first = QTableWidgetItem(where)
            first.setData(ROLE, key)
            self.rows.setItem(row, 1, first)
            self.rows.setItem(row, 2, QTableWidgetItem(text))
        self._names_changed()
        self.rows.resizeColumnToContents(1)

    def _part_names(self) -> list[str]:
        return [edit.text().strip() for edit in self.names]

    def _names_changed(self) -> None:
        labels = [self.tr("(stays)")] + [name or self.tr("(new code %1)").replace("%1", str(i))
                                         for i, name in enumerate(self._part_names(), start=1)]
        for row in range(self.rows.rowCount()):
            combo: QComboBox = self.rows.cellWidget(row, 0)
            current = combo.currentIndex()
            combo.blockSignals(True)
            combo.clear()
            combo.addItems(labels)
            combo.setCurrentIndex(max(0, min(current, len(labels) - 1)))
            combo.blockSignals(False)

    def assign(self, row: int, part: int) -> None:
        """Give row ``row`` to part ``part`` (1-based; 0: it stays)."""
        self.rows.cellWidget(row, 0).setCurrentIndex(part)

    def row_keys(self) -> list[tuple[str, int]]:
        """("coding", id) or ("code", id) of every row, in order."""
        return [self.rows.item(row, 1).data(ROLE) for row in range(self.rows.rowCount())]

    def request(self) -> SplitRequest:
        """The parts as chosen: every named new code and every code given something (core refuses a part
        without a name or without anything given, with a message saying which)."""
        given: dict[int, tuple[list[int], list[int]]] = {}
        for row, (kind, item_id) in enumerate(self.row_keys()):
            part = self.rows.cellWidget(row, 0).currentIndex()
            if part:
                codings, codes = given.setdefault(part, ([], []))
                (codings if kind == "coding" else codes).append(item_id)
        names = self._part_names()
        parts = tuple(SplitPart(name, tuple(given.get(i, ([], []))[0]), tuple(given.get(i, ([], []))[1]))
                      for i, name in enumerate(names, start=1) if name or i in given)
        return SplitRequest(parts, self.as_children.isChecked(), self.reason.text().strip())

    @classmethod
    def ask_split(cls, parent: QWidget | None, project, code_id: int,
                  pseudonymised: bool = False) -> SplitRequest | None:
        """Show the dialog (as the pseudonymised view shows the project when ``pseudonymised``); the
        request, or None when cancelled."""
        dialog = cls(parent, project, code_id, pseudonymised)
        return dialog.request() if dialog.exec() == QDialog.Accepted else None
