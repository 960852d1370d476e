"""The main window's project lifecycle: new, open (showing what opening found), restore from a backup,
and close. The workspace of an open project lives in :mod:`qcode.ui.workspace`. A mixin of MainWindow."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from qcode.core.coders import remember_coder
from qcode.core.errors import QcodeError
from qcode.core.project import create_project, default_coder, open_project
from qcode.core.storage import ProjectDamagedError
from qcode.ui import i18n, settings
from qcode.ui.actions import texts
from qcode.ui.coder_identity import current_coder
from qcode.ui.dialogs import ask
from qcode.ui.start_folder import start_path
from qcode.ui.welcome import WelcomePanel
from qcode.ui.workers import stop_background_jobs
from qcode.ui.workspace import Workspace


# The strings keep the main window's translation context (they were its own before this module).
def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


class ProjectLifecycle:
    """Mixin for MainWindow (which has ``project``, ``workspace``, ``menus`` and ``actions``): opens and
    closes projects."""

    def set_project(self, project) -> None:
        """Show an open project (closing the current one)."""
        self.close_project()
        self.project = project
        self.workspace = Workspace(self, project)
        for dock in self.workspace.docks.values():
            self.menus["view"].addAction(dock.toggleViewAction())
        stack = self.workspace.stack
        for signal in (stack.indexChanged, stack.cleanChanged):
            signal.connect(self._undo_texts)
        self.workspace.events.any_changed.connect(self.update_status)
        self.workspace.tree.show_only_requested.connect(self.show_only_code)
        if self.actions["pseudonymised"].isChecked():
            self.workspace.set_pseudonymised(True)
        if self.actions["stripes_by_coder"].isChecked():
            self.workspace.view.set_stripes_by_coder(True)
        _geometry, state = settings.window_state()
        if state is not None:
            self.restore_layout(state)
        settings.add_recent_project(project.path)
        self.show_title()
        self._update_enabled()
        self.update_status()

    def close_project(self) -> None:
        """Save the layout, stop background jobs, tear down the workspace and close the project file.

        Closing is quick (tens of ms) unless a job is running: it is cancelled and waited for, which
        can take a moment, so the window says what it is doing and shows a busy cursor meanwhile."""
        if self.workspace is None:
            return
        QApplication.setOverrideCursor(Qt.WaitCursor)
        try:
            self.statusBar().showMessage(_tr("Closing %1…").replace("%1", self.shown_project_name()))
            self.statusBar().repaint()  # now: the event loop does not run again before the window goes
            stop_background_jobs()
            self._close_project()
        finally:
            QApplication.restoreOverrideCursor()
            self.statusBar().clearMessage()

    def _close_project(self) -> None:
        self.save_layout()
        for dock in self.workspace.docks.values():
            self.menus["view"].removeAction(dock.toggleViewAction())
        self.workspace.close()
        self.workspace = None
        self.actions["show_only"].setChecked(False)  # the next project starts with every code painted
        self.project.close()
        self.project = None
        self.setWindowTitle("qcode")
        self.setCentralWidget(WelcomePanel(self))
        self._update_enabled()
        self.update_status()

    def open_path(self, path: str | Path) -> bool:
        """Open a project file, showing any error; True on success. A damaged project offers its
        backups; what the check on opening found is shown once the project is open."""
        try:
            project = open_project(path, coder=current_coder())
        except ProjectDamagedError as error:
            if self.offer_restore(error):
                self.restore_from_backup(Path(path))
            return False
        except QcodeError as error:
            self.show_error(error)
            return False
        try:  # the command line, run later by this login without --coder, works as this coder too
            remember_coder(project, default_coder())
        except QcodeError as error:  # not worth refusing the project over; said like any other error
            self.show_error(error)
        self.set_project(project)
        self.show_open_notes(project)
        return True

    def show_open_notes(self, project) -> None:
        """What opening found: problems of the check on open, a failed backup, a pending compaction."""
        lang = i18n.current_language()
        lines = [note.message(lang) for note in project.notes]
        if project.check is not None:
            lines += [f"• {line}" for line in project.check.lines(lang)]
        if lines:
            ask.inform(self, _tr("qcode"), "\n".join(lines))

    def offer_restore(self, error: QcodeError) -> bool:
        """Say that the project is damaged, with a Restore from backup… button; True if pressed."""
        box = QMessageBox(QMessageBox.Warning, _tr("qcode"), error.message(i18n.current_language()),
                          QMessageBox.Close, self)
        button = box.addButton(texts()["restore_backup"].replace("&", ""), QMessageBox.AcceptRole)
        box.exec()
        return box.clickedButton() is button

    def restore_from_backup(self, project_path: Path | None = None) -> None:
        """File → Restore from backup…: the open project's backups (or a project chosen first); the
        project is closed for the restore and opened again afterwards."""
        if project_path is None and self.project is not None:
            project_path = self.project.path
        if project_path is None:
            chosen, _ = QFileDialog.getOpenFileName(self, _tr("Restore which project?"), start_path(),
                                                    _tr("qcode projects (*.qcode)"))
            if not chosen:
                return
            project_path = Path(chosen)
        from qcode.ui.dialogs.restore_dialog import RestoreDialog, restore  # noqa: PLC0415 (not needed for the first paint)

        backup = RestoreDialog.ask(project_path, self)
        if backup is None:
            return
        if not ask.confirm(self, texts()["restore_backup"].replace("&", "").rstrip("…"), _tr(
                "Put the backup %1 in place of %2? The project as it is now is kept as a backup.")
                .replace("%1", backup.name).replace("%2", project_path.name)):
            return
        was_open = self.project is not None and self.project.path.resolve() == project_path.resolve()
        if was_open:
            self.close_project()  # the restore takes the project's lock
        try:
            lines = restore(project_path, backup)
        except QcodeError as error:
            self.show_error(error)
            lines = []
        if (was_open or lines) and self.open_path(project_path) and lines:
            ask.inform(self, _tr("qcode"), "\n".join(lines))

    def choose_project(self) -> None:
        """Ask for a project file and open it."""
        path, _ = QFileDialog.getOpenFileName(self, _tr("Open project"), start_path(),
                                              _tr("qcode projects (*.qcode)"))
        if path:
            self.open_path(path)

    def new_project(self) -> None:
        """Ask where to create a project (with the default codebook) and open it."""
        path, _ = QFileDialog.getSaveFileName(self, _tr("New project"), start_path(),
                                              _tr("qcode projects (*.qcode)"))
        if not path:
            return
        try:
            project = create_project(path, coder=current_coder())
        except QcodeError as error:
            self.show_error(error)
            return
        self.set_project(project)
