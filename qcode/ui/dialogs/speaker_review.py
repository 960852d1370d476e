"""SpeakerReviewDialog: the speakers detected across the files about to be imported, before storing.

The coder can rename a speaker, merge speakers (give them the same name, or select rows and press
Merge), uncheck a label that is not a speaker, set roles, and choose to code turns by speaker. The
decisions are plain :class:`qcode.io.speaker_map.SpeakerDecision` values; the logic that applies
them lives in ``qcode.io.speaker_map`` and is tested without Qt.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcode.core.speaker_labels import generic_speaker, speaker_case_name
from qcode.io.base import ROLES
from qcode.io.speaker_map import SpeakerDecision, SpeakerInfo

NAME, ROLE, TURNS, FILES, LABELS, SAMPLE = range(6)


class SpeakerReviewDialog(QDialog):
    """A table of detected speakers with name, role and "is a speaker" per row."""

    def __init__(self, speakers: Sequence[SpeakerInfo], files: Sequence[str] = (),
                 parent: QWidget | None = None, *, failed: Sequence[str] = (),
                 existing_cases: Collection[str] = ()):
        """``failed``: one line per file that could not be read (said above the table);
        ``existing_cases``: case names in the project, so an interviewee who would be merged into an
        existing case is pointed out instead of merged silently."""
        super().__init__(parent)
        self._existing_cases = {name.casefold(): name for name in existing_cases}
        self.setWindowTitle(self.tr("Review speakers"))
        self.resize(820, 420)
        self.speakers = list(speakers)
        self._role_names = {
            "interviewer": self.tr("Interviewer"), "interviewee": self.tr("Interviewee (becomes a case)"),
            "other": self.tr("Other"),
        }
        intro = QLabel(self.tr(
            "{n} file(s) read. Check the speakers before they are stored: rename a speaker, give two "
            "speakers the same name (or select them and press Merge) to merge them, and uncheck a "
            "label that is not a speaker — its lines stay in the turn before.").format(n=len(files)),
            self)
        intro.setWordWrap(True)
        # Files that failed: the coder must not think the batch is complete.
        self.failed_label = QLabel(self)
        self.failed_label.setWordWrap(True)
        self.failed_label.setStyleSheet("color: #a40000;")
        if failed:
            self.failed_label.setText(self.tr("{n} other file(s) could not be read and will not be "
                                              "imported:").format(n=len(failed)) + "\n" +
                                      "\n".join(f"• {line}" for line in failed))
        self.failed_label.setVisible(bool(failed))
        self.case_warning = QLabel(self)
        self.case_warning.setWordWrap(True)
        self.case_warning.setStyleSheet("color: #8a5a00;")
        self.case_warning.setVisible(False)
        # A label such as "IP" or "Speaker_01" is no person: say that each file's becomes a case of its own
        self.generic_note = QLabel(self)
        self.generic_note.setWordWrap(True)
        self.generic_note.setVisible(False)
        self.table = QTableWidget(len(self.speakers), 6, self)
        self.table.setHorizontalHeaderLabels([
            self.tr("Speaker"), self.tr("Role"), self.tr("Turns"), self.tr("Files"),
            self.tr("Printed labels"), self.tr("First words")])
        self.table.horizontalHeader().setSectionResizeMode(SAMPLE, QHeaderView.Stretch)
        self.table.setSelectionBehavior(QTableWidget.SelectRows)
        for row, speaker in enumerate(self.speakers):
            name = QTableWidgetItem(speaker.name)
            name.setFlags(name.flags() | Qt.ItemIsUserCheckable | Qt.ItemIsEditable)
            name.setCheckState(Qt.Checked)
            name.setData(Qt.UserRole, speaker.name)  # the detected name: the decision's key
            name.setToolTip(self.tr("Uncheck if this is not a speaker"))
            self.table.setItem(row, NAME, name)
            combo = QComboBox(self.table)
            for role in ROLES:
                combo.addItem(self._role_names[role], role)
            combo.setCurrentIndex(ROLES.index(speaker.role) if speaker.role in ROLES else 2)
            combo.currentIndexChanged.connect(self._update_case_warning)
            self.table.setCellWidget(row, ROLE, combo)
            for column, value in ((TURNS, str(speaker.turns)), (FILES, ", ".join(speaker.documents)),
                                  (LABELS, ", ".join(speaker.labels)), (SAMPLE, speaker.sample)):
                item = QTableWidgetItem(value)
                item.setFlags(item.flags() & ~Qt.ItemIsEditable)
                item.setToolTip(value)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.table.itemChanged.connect(self._update_case_warning)
        self._update_case_warning()
        self.merge_button = QPushButton(self.tr("Merge selected"), self)
        self.merge_button.setToolTip(self.tr("Give the selected speakers the name of the one with "
                                             "most turns"))
        self.merge_button.clicked.connect(self.merge_selected)
        self.autocode = QCheckBox(self.tr("Code each interviewer turn with a code named after the "
                                          "speaker (e.g. \"Interviewer\")"), self)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Import"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row_layout = QHBoxLayout()
        row_layout.addWidget(self.merge_button)
        row_layout.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.failed_label)
        layout.addWidget(self.table)
        layout.addWidget(self.case_warning)
        layout.addWidget(self.generic_note)
        layout.addLayout(row_layout)
        layout.addWidget(self.autocode)
        layout.addWidget(buttons)

    # -- editing -----------------------------------------------------------------------------------
    def row_of(self, detected: str) -> int:
        """The table row of a detected speaker name."""
        return next(r for r in range(self.table.rowCount())
                    if self.table.item(r, NAME).data(Qt.UserRole) == detected)

    def set_name(self, detected: str, name: str) -> None:
        self.table.item(self.row_of(detected), NAME).setText(name)

    def set_role(self, detected: str, role: str) -> None:
        combo = self.table.cellWidget(self.row_of(detected), ROLE)
        combo.setCurrentIndex(ROLES.index(role))

    def set_is_speaker(self, detected: str, is_speaker: bool) -> None:
        self.table.item(self.row_of(detected), NAME).setCheckState(
            Qt.Checked if is_speaker else Qt.Unchecked)

    def merge_selected(self) -> None:
        """Give every selected speaker the name and role of the selected one with most turns."""
        rows = sorted({index.row() for index in self.table.selectedIndexes()})
        if len(rows) < 2:
            return
        target = max(rows, key=lambda r: int(self.table.item(r, TURNS).text()))
        name = self.table.item(target, NAME).text()
        role = self.table.cellWidget(target, ROLE).currentIndex()
        for row in rows:
            self.table.item(row, NAME).setText(name)
            self.table.cellWidget(row, ROLE).setCurrentIndex(role)

    def existing_case_names(self) -> list[str]:
        """Interviewees (as now named) that already exist as cases in the project."""
        found: list[str] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is None or item.checkState() != Qt.Checked:
                continue
            if self.table.cellWidget(row, ROLE).currentData() != "interviewee":
                continue
            name = item.text().strip() or item.data(Qt.UserRole)
            if generic_speaker(name):  # "IP" becomes a case of its own document, never an existing one
                continue
            existing = self._existing_cases.get(name.casefold())
            if existing is not None and existing not in found:
                found.append(existing)
        return found

    def generic_interviewees(self) -> list[str]:
        """Checked interviewees (as now named) whose name is a label ("IP", "Speaker_01"), not a person's."""
        found: list[str] = []
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            if item is None or item.checkState() != Qt.Checked:
                continue
            name = item.text().strip() or item.data(Qt.UserRole)
            if self.table.cellWidget(row, ROLE).currentData() == "interviewee" and generic_speaker(name) \
                    and name not in found:
                found.append(name)
        return found

    def _update_case_warning(self, *_args: object) -> None:
        generic = self.generic_interviewees()
        if generic:
            self.generic_note.setText(self.tr(
                "{names}: a label, not a name. In each file it becomes a case of its own, named after the "
                "file (“{example}”); give it a person's name to make it one case across files.").format(
                names=", ".join(f"“{n}”" for n in generic),
                example=speaker_case_name(generic[0], self.tr("file"))))
        self.generic_note.setVisible(bool(generic))
        names = self.existing_case_names()
        if names:
            self.case_warning.setText(self.tr(
                "Already a case in this project: {names}. The new turns will be added to that case. "
                "If this is another person, give the speaker another name.").format(
                names=", ".join(f"“{n}”" for n in names)))
        self.case_warning.setVisible(bool(names))

    # -- result ------------------------------------------------------------------------------------
    def decisions(self) -> dict[str, SpeakerDecision]:
        """Detected speaker name → decision; merged speakers share a name (and the first's role)."""
        result: dict[str, SpeakerDecision] = {}
        role_of_name: dict[str, str] = {}
        for row in range(self.table.rowCount()):
            item = self.table.item(row, NAME)
            detected = item.data(Qt.UserRole)
            if item.checkState() != Qt.Checked:
                result[detected] = SpeakerDecision(None)
                continue
            name = item.text().strip() or detected
            role = self.table.cellWidget(row, ROLE).currentData()
            role = role_of_name.setdefault(name, role)
            result[detected] = SpeakerDecision(name, role)
        return result

    def autocode_roles(self) -> tuple[str, ...]:
        """Roles whose turns are coded by speaker (empty when the box is unchecked)."""
        return ("interviewer",) if self.autocode.isChecked() else ()
