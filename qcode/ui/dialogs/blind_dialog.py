"""Tools → Blind coding…: the lead decides who sees whose codings. With blind coding on, every coder who is
not a lead sees (in the document view, its stripes, retrieval, frequencies and every export they make)
only their own codings, the shared coders' and those the lead lets them see, until the lead reveals the
codings for the comparison. Changes are one undo step each; a blind coder sees the settings but cannot
change them. The settings live in :mod:`qcode.core.visibility`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcode.core.coders import list_coders
from qcode.core.errors import ui_language
from qcode.core.visibility import BlindState, blind_state, consensus_coders, session_is_blind
from qcode.ui.commands import push
from qcode.ui.commands.coders import SetBlindCommand
from qcode.ui.dialogs import ask

OBJECT_NAME = "qcode_blind_dialog"
LEAD_COLUMN, SHARED_COLUMN = 1, 2


def _tr(text: str) -> str:
    return QCoreApplication.translate("BlindDialog", text)


class BlindDialog(QDialog):
    """Blind coding on or off, the coders' roles (lead, shared), and Reveal."""

    def __init__(self, parent: QWidget | None, project):
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(_tr("Blind coding"))
        self.project = project
        self.revealed = False
        state = blind_state(project)
        self.locked = session_is_blind(project)
        self.active = QCheckBox(_tr("Blind coding: coders who are not leads see only their own codings"),
                                self)
        self.active.setChecked(state.active)
        note = QLabel(_tr("Leads see every coding and can change these settings. A shared coder's codings "
                          "(for example speaker auto-coding done before the round) are seen by everyone. "
                          "This is a working agreement, not a lock: the file holds every coding."), self)
        note.setWordWrap(True)
        consensus = set(consensus_coders(project))
        names = [c.name for c in list_coders(project) if c.name not in consensus]
        if project.coder_name not in names:
            names.append(project.coder_name)
        names.sort()
        self.table = QTableWidget(len(names), 3, self)
        self.table.setHorizontalHeaderLabels([_tr("Coder"), _tr("Lead"), _tr("Shared")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        for row, name in enumerate(names):
            self.table.setItem(row, 0, QTableWidgetItem(name))
            for column, members in ((LEAD_COLUMN, state.leads), (SHARED_COLUMN, state.shared)):
                item = QTableWidgetItem()
                flags = Qt.ItemIsUserCheckable | (Qt.ItemIsEnabled if not self.locked else Qt.NoItemFlags)
                item.setFlags(flags)
                item.setCheckState(Qt.Checked if name in members else Qt.Unchecked)
                self.table.setItem(row, column, item)
        self.sees = state.sees
        self.reveal_button = QPushButton(_tr("Reveal the codings (open the comparison)"), self)
        self.reveal_button.setEnabled(state.active and not self.locked)
        self.reveal_button.clicked.connect(self._reveal)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        if self.locked:
            self.status.setText(_tr("You (%1) code blind: only a lead can change these settings.")
                                .replace("%1", project.coder_name))
            self.active.setEnabled(False)
        elif state.revealed_at and not state.active:
            self.status.setText(_tr("Revealed %1.").replace("%1", state.revealed_at))
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setEnabled(not self.locked)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.active)
        layout.addWidget(note)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.reveal_button)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(520, 420)

    def _names(self, column: int) -> tuple[str, ...]:
        return tuple(self.table.item(r, 0).text() for r in range(self.table.rowCount())
                     if self.table.item(r, column).checkState() == Qt.Checked)

    def set_role(self, name: str, column: int, on: bool) -> None:
        """Tick or untick a coder's lead or shared box (tests)."""
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).text() == name:
                self.table.item(row, column).setCheckState(Qt.Checked if on else Qt.Unchecked)

    def state(self) -> BlindState:
        """The settings as the dialog shows them."""
        return BlindState(self.active.isChecked(), self._names(LEAD_COLUMN), self._names(SHARED_COLUMN),
                          self.sees)

    def _reveal(self) -> None:
        self.active.setChecked(False)
        self.revealed = True
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, project) -> BlindState | None:
        """Show the dialog; the new settings, or None when cancelled or unchanged (tests patch this)."""
        dialog = cls(parent, project)
        state = dialog.state() if dialog.exec() == QDialog.Accepted else None
        dialog.deleteLater()
        return state


def edit_blind(window, project) -> bool:
    """Tools → Blind coding…: apply the dialog's settings as one undo step; True when changed."""
    state = BlindDialog.ask(window, project)
    current = blind_state(project)
    if state is None or (state.active, set(state.leads), set(state.shared)) == (
            current.active, set(current.leads), set(current.shared)):
        return False
    error = push(window.undo_stack(), SetBlindCommand(project, state))
    if error is not None:
        ask.inform(window, _tr("Blind coding"), error.message(ui_language()))
        return False
    return True

