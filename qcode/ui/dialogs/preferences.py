"""Edit → Settings: the preferences dialog. The coder name and the UI language are the user's (kept in
QSettings); the pseudonym and age style and the backups belong to the open project (kept in the project
file through core and anonymise functions). The dialog only collects the choices; the window applies
them (the style as an undoable command)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from qcode.anonymise import pseudonyms, state
from qcode.core import backup
from qcode.core.project import Project
from qcode.ui import settings
from qcode.ui.coder_identity import current_coder


@dataclass(frozen=True)
class Preferences:
    """What the dialog was left with."""

    coder: str
    language: str  # '' follows the system
    person_style: str | None = None  # None: no project open
    age_style: str | None = None
    backup_folder: str = ""  # '' beside the project
    backup_keep: int = backup.KEEP


class PreferencesDialog(QDialog):
    """Coder name, UI language, and for an open project its pseudonym style, age style and backups."""

    def __init__(self, parent: QWidget | None, project: Project | None):
        super().__init__(parent)
        self.setObjectName("qcode_preferences")
        self.setWindowTitle(self.tr("Settings"))
        self.project = project
        self.coder = QLineEdit(current_coder(), self)
        self.language = QComboBox(self)
        for code, text in (("", self.tr("As the system")), ("da", "Dansk"), ("en", "English")):
            self.language.addItem(text, code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language())))
        you = QFormLayout()
        you.addRow(self.tr("Coder name:"), self.coder)
        you.addRow(self.tr("Language:"), self.language)

        self.person_style = QComboBox(self)
        for code, text in ((pseudonyms.NUMBERED, self.tr("Numbered ([Informant 3], [Person 2])")),
                           (pseudonyms.BRACKET, self.tr("Kind only ([navn])")),
                           (pseudonyms.NAME, self.tr("Substitute names (Karen → Birthe)"))):
            self.person_style.addItem(text, code)
        self.age_style = QComboBox(self)
        for code, text in ((pseudonyms.DECADE, self.tr("Decades ([fyrrerne])")),
                           (pseudonyms.RANGE, self.tr("Ranges ([40-49 år])"))):
            self.age_style.addItem(text, code)
        self.backup_folder = QLineEdit(self)
        self.backup_folder.setPlaceholderText(self.tr("Beside the project"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.backup_folder, 1)
        folder_row.addWidget(browse)
        self.backup_keep = QSpinBox(self)
        self.backup_keep.setRange(1, 100)
        self.backup_keep.setValue(backup.KEEP)
        self.project_box = QGroupBox(self.tr("This project"), self)
        form = QFormLayout(self.project_box)
        form.addRow(self.tr("Names in pseudonymised text:"), self.person_style)
        form.addRow(self.tr("Ages in pseudonymised text:"), self.age_style)
        form.addRow(self.tr("Backup folder:"), folder_row)
        form.addRow(self.tr("Automatic backups kept:"), self.backup_keep)
        if project is not None:
            current = state.settings(project)
            self.person_style.setCurrentIndex(max(0, self.person_style.findData(current.person_style)))
            self.age_style.setCurrentIndex(max(0, self.age_style.findData(current.age_style)))
            chosen = project.get_setting(backup.FOLDER_SETTING) or ""
            self.backup_folder.setText(chosen)
            self.backup_keep.setValue(backup.backup_keep(project))
        else:
            self.project_box.setEnabled(False)
            self.project_box.setToolTip(self.tr("Open a project to change its settings"))

        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.coder.textChanged.connect(
            lambda text: self.buttons.button(QDialogButtonBox.Ok).setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addLayout(you)
        layout.addWidget(self.project_box)
        layout.addWidget(self.buttons)

    def _choose_folder(self) -> None:
        start = self.backup_folder.text() or (str(self.project.path.parent) if self.project else "")
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), start)
        if folder:
            self.backup_folder.setText(folder)

    def preferences(self) -> Preferences:
        """The choices as they stand."""
        if self.project is None:
            return Preferences(self.coder.text().strip(), self.language.currentData())
        return Preferences(self.coder.text().strip(), self.language.currentData(),
                           self.person_style.currentData(), self.age_style.currentData(),
                           self.backup_folder.text().strip(), self.backup_keep.value())

    @classmethod
    def ask(cls, parent: QWidget | None, project: Project | None) -> Preferences | None:
        """Show the dialog; the choices, or None when cancelled (tests patch this)."""
        dialog = cls(parent, project)
        accepted = dialog.exec() == QDialog.Accepted
        result = dialog.preferences() if accepted and dialog.coder.text().strip() else None
        dialog.deleteLater()
        return result
