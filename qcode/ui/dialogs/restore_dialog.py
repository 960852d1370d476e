"""File → Restore from backup…: pick one of the project's backups (or another backup file) and put it in
place of the project. The work is :func:`qcode.core.restore.restore_backup`; this dialog only lists, asks
and reports. The project is closed first (a restore needs the lock) and opened again afterwards."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcode.core import backup as backups
from qcode.core.errors import say
from qcode.core.migrations import latest_version
from qcode.core.project import open_project
from qcode.core.restore import restore_backup
from qcode.ui import i18n

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
PATH_ROLE = Qt.UserRole


def backups_of(project_path: Path) -> list[backups.Backup]:
    """The backups of a project: beside it and in the folder it names (read without the lock)."""
    folders: list[Path] = []
    try:
        with open_project(project_path, read_only=True) as project:
            folders.append(backups.backup_folder(project))
    except Exception:  # noqa: BLE001 (a damaged project cannot name its folder; the default still counts)
        pass
    return backups.list_backups(project_path, folders)


class RestoreDialog(QDialog):
    """Lists the backups of one project, newest first; ``chosen()`` is the selected file."""

    def __init__(self, project_path: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.project_path = Path(project_path)
        self.setWindowTitle(translate("RestoreDialog", "Restore from backup"))
        self.resize(560, 360)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.list = QListWidget(self)
        self.other = QPushButton(translate("RestoreDialog", "Other backup file…"), self)
        self.other.clicked.connect(self._choose_file)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        self.buttons.button(QDialogButtonBox.Ok).setText(translate("RestoreDialog", "Restore"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.label, self.list, self.other, self.buttons):
            layout.addWidget(widget)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.fill(backups_of(self.project_path))

    def fill(self, found: list[backups.Backup]) -> None:
        kinds = {backups.AUTO: translate("RestoreDialog", "automatic"),
                 backups.MANUAL: translate("RestoreDialog", "made on request"),
                 backups.BEFORE_RESTORE: translate("RestoreDialog", "before a restore")}
        self.list.clear()
        for backup in found:
            text = f"{backup.taken_at:%Y-%m-%d %H:%M:%S}  ·  {kinds.get(backup.kind, backup.kind)}  ·  " \
                   f"{backup.size / 1e6:.1f} MB  ·  {backup.path.name}"
            item = QListWidgetItem(text, self.list)
            item.setData(PATH_ROLE, str(backup.path))
            item.setToolTip(str(backup.path))
        if found:
            self.list.setCurrentRow(0)
            self.label.setText(translate("RestoreDialog",
                "Choose the backup of {name} to restore. The project as it is now is kept as a backup "
                "first, so the restore can be undone.").format(name=self.project_path.name))
        else:
            self.label.setText(translate("RestoreDialog",
                "There is no backup of {name} in {folder}. Choose a backup file with \"Other backup "
                "file…\".").format(name=self.project_path.name,
                                   folder=backups.default_folder(self.project_path)))
        self._update()

    def _update(self) -> None:
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(self.list.currentItem() is not None)

    def _choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, translate("RestoreDialog", "Choose a backup"),
                                              str(self.project_path.parent),
                                              translate("RestoreDialog", "qcode projects (*.qcode)"))
        if path:
            item = QListWidgetItem(Path(path).name, self.list)
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            self.list.setCurrentItem(item)

    def chosen(self) -> Path | None:
        item = self.list.currentItem()
        return Path(item.data(PATH_ROLE)) if item is not None else None

    @classmethod
    def ask(cls, project_path: Path, parent: QWidget | None = None) -> Path | None:
        """Show the dialog; the backup to restore, or None when cancelled (tests patch this)."""
        dialog = cls(project_path, parent)
        return dialog.chosen() if dialog.exec() == QDialog.Accepted else None


def restore(project_path: Path, backup: Path) -> list[str]:
    """Restore ``backup`` over the (closed) project and log it; the lines to tell the user."""
    lang = i18n.current_language()
    result = restore_backup(project_path, backup, latest_version=latest_version())
    with open_project(project_path, backup=False) as project, project.transaction():
        project.log("restore_backup", "project", None, backup=Path(backup).name)
    lines = [say("backup.restored", lang, name=Path(project_path).name, backup=Path(backup).name)]
    if result.kept is not None:
        lines.append(say("backup.kept", lang, path=result.kept))
    if result.damaged is not None:
        lines.append(say("backup.damaged_kept", lang, path=result.damaged))
    return lines
