"""MainWindow: menus, toolbar, status bar, docks and project lifecycle (new, open, recent, close).
The workspace of an open project lives in :mod:`qcode.ui.workspace`; the menu entries into the other
parts (import, anonymise, cases, analysis, export, REFI-QDA) are in :mod:`qcode.ui.entry_points`."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QStyle,
)

from qcode import __version__
from qcode.core.errors import QcodeError
from qcode.core.project import create_project, open_project
from qcode.core.storage import ProjectDamagedError
from qcode.core.visibility import session_is_blind
from qcode.ui import i18n, settings
from qcode.ui.actions import make_actions, menu_titles, texts
from qcode.ui.coder_identity import current_coder
from qcode.ui.dialogs import ask
from qcode.ui.entry_points import EntryPoints
from qcode.ui.layout_memory import LayoutMemory
from qcode.ui.start_folder import start_path
from qcode.ui.team_entries import TeamEntries
from qcode.ui.welcome import WelcomePanel
from qcode.ui.window_fit import PREFERRED, fit_to_screen
from qcode.ui.workers import stop_background_jobs
from qcode.ui.workspace import Workspace

FOCUS_ACTIONS = ("focus_documents", "focus_transcript", "focus_codebook", "next_pane", "previous_pane")
ANALYSIS_VIEWS = ("frequencies", "cooccurrence", "segments", "search", "query", "wordfreq")


class MainWindow(EntryPoints, TeamEntries, LayoutMemory, QMainWindow):
    """The application window; ``workspace`` is None while no project is open."""

    def __init__(self, project=None):
        super().__init__()
        self.setObjectName("qcode_main_window")
        self.project = None
        self.workspace: Workspace | None = None
        fit_to_screen(self, PREFERRED)
        self.setAcceptDrops(True)
        self.actions = make_actions(self)
        self._build_menus()
        self._status = QLabel(self)
        self.statusBar().addPermanentWidget(self._status)
        self.retranslate()
        if project is not None:
            self.set_project(project)
        else:
            self.setCentralWidget(WelcomePanel(self))
        self._update_enabled()

    # -- menus -------------------------------------------------------------------------------------
    def _build_menus(self) -> None:
        a, bar = self.actions, self.menuBar()
        self.menus = {name: bar.addMenu("") for name in
                      ("file", "edit", "view", "tools", "analysis", "export", "help")}
        m = self.menus
        m["file"].addActions([a["new_project"], a["open_project"]])
        self.menus["recent"] = m["file"].addMenu("")
        self.menus["recent"].aboutToShow.connect(self._fill_recent)
        self.menus["file_import"] = m["file"].addMenu("")
        self.menus["file_import"].addActions([a["import"], a["import_qdpx"]])
        self.menus["file_export"] = m["file"].addMenu("")
        self.menus["file_export"].addActions([a["export_quotes"], a["export_qdpx"]])
        m["file"].addAction(a["merge_project"])
        m["file"].addAction(a["close_project"])
        m["file"].addAction(a["restore_backup"])
        m["file"].addSeparator()
        m["file"].addAction(a["quit"])
        m["edit"].addActions([a["undo"], a["redo"]])
        m["edit"].addSeparator()
        m["edit"].addActions([a["apply_code"], a["invivo"], a["uncode"], a["next_coding"],
                              a["previous_coding"], a["new_code"]])
        m["edit"].addSeparator()
        m["edit"].addActions([a["find_in_text"], a["find_document"]])
        m["edit"].addSeparator()
        m["edit"].addAction(a["settings"])
        m["view"].addActions([a["pseudonymised"], a["show_only"], a["snap_words"]])
        m["view"].addAction(a["stripes_by_coder"])
        self.menus["coders"] = m["view"].addMenu("")
        self.menus["coders"].aboutToShow.connect(self._fill_coders)
        self.menus["language"] = m["view"].addMenu("")
        group = QActionGroup(self)
        for key in ("lang_system", "lang_da", "lang_en"):
            group.addAction(a[key])
            self.menus["language"].addAction(a[key])
        a[{"da": "lang_da", "en": "lang_en"}.get(settings.language(), "lang_system")].setChecked(True)
        self.menus["go_to"] = m["view"].addMenu("")
        self.menus["go_to"].addActions([a[k] for k in FOCUS_ACTIONS])
        m["view"].addSeparator()
        self.dock_actions_at = m["view"].addSeparator()
        m["tools"].addAction(a["cases"])
        m["tools"].addSeparator()
        m["tools"].addActions([a["blind"], a["adjudicate"]])
        m["tools"].addSeparator()
        m["tools"].addActions([a["anonymise"], a["mark_anonymise"]])
        m["analysis"].addActions([a[v] for v in ANALYSIS_VIEWS])
        m["analysis"].addSeparator()
        m["analysis"].addAction(a["agreement"])
        m["analysis"].addSeparator()
        m["analysis"].addActions([a["overview"], a["saturation"], a["codebook_history"]])
        m["export"].addActions([a["export_quotes"], a["export_qdpx"], a["export_appendix"]])
        m["help"].addAction(a["about"])
        self.toolbar = self.addToolBar("")
        self.toolbar.setObjectName("main_toolbar")
        self.toolbar.addActions([a["open_project"], a["import"], a["undo"], a["redo"], a["apply_code"],
                                 a["pseudonymised"]])
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextBesideIcon)
        style = self.style()
        for key, icon in (("open_project", QStyle.SP_DialogOpenButton), ("import", QStyle.SP_FileIcon),
                          ("undo", QStyle.SP_ArrowBack), ("redo", QStyle.SP_ArrowForward),
                          ("apply_code", QStyle.SP_DialogApplyButton),
                          ("pseudonymised", QStyle.SP_FileDialogContentsView)):
            a[key].setIcon(style.standardIcon(icon))
        a["snap_words"].setChecked(settings.snap_to_words())
        connect = {
            "new_project": self.new_project, "open_project": self.choose_project,
            "close_project": self.close_project, "import": lambda: self.import_files([]),
            "quit": self.close, "anonymise": self.open_anonymiser, "export_quotes": self.open_export,
            "about": self._about, "find_document": self._find_document,
            "find_in_text": self._find_in_text,
            "import_qdpx": self.import_qdpx, "export_qdpx": self.export_qdpx,
            "agreement": self.open_coder_comparison, "settings": self.edit_settings,
            "mark_anonymise": lambda: self.mark_for_anonymisation(None), "cases": self.open_cases,
            "restore_backup": lambda: self.restore_from_backup(),
            "overview": lambda: self.open_analysis("overview"),
            "saturation": lambda: self.open_analysis("saturation"),
            "codebook_history": lambda: self.open_codebook_history(),
            "export_appendix": lambda: self.export_methods_appendix(),
            "merge_project": lambda: self.merge_project(), "blind": self.edit_blind,
            "adjudicate": lambda: self.open_adjudication(),
        }
        for key, slot in connect.items():
            a[key].triggered.connect(slot)
        for view in ANALYSIS_VIEWS:
            a[view].triggered.connect(lambda _=False, v=view: self.open_analysis(v))
        a["snap_words"].toggled.connect(settings.set_snap_to_words)
        a["lang_system"].triggered.connect(lambda: self.set_language(""))
        a["lang_da"].triggered.connect(lambda: self.set_language("da"))
        a["lang_en"].triggered.connect(lambda: self.set_language("en"))
        ws = lambda fn: lambda *_: self.workspace and fn(self.workspace)  # noqa: E731
        a["undo"].triggered.connect(ws(lambda w: w.stack.undo()))
        a["redo"].triggered.connect(ws(lambda w: w.stack.redo()))
        a["apply_code"].triggered.connect(ws(lambda w: w.coding.pick_and_apply()))
        a["invivo"].triggered.connect(ws(lambda w: w.coding.invivo()))
        a["uncode"].triggered.connect(ws(lambda w: w.coding.uncode_selected_code()))
        a["next_coding"].triggered.connect(ws(lambda w: w.coding.jump(True)))
        a["previous_coding"].triggered.connect(ws(lambda w: w.coding.jump(False)))
        a["new_code"].triggered.connect(ws(lambda w: w.code_edits.new_code(None)))
        a["focus_documents"].triggered.connect(ws(lambda w: w.focus_pane("documents")))
        a["focus_transcript"].triggered.connect(ws(lambda w: w.focus_pane("transcript")))
        a["focus_codebook"].triggered.connect(ws(lambda w: w.focus_pane("codebook")))
        a["next_pane"].triggered.connect(ws(lambda w: w.cycle_pane(1)))
        a["previous_pane"].triggered.connect(ws(lambda w: w.cycle_pane(-1)))
        a["pseudonymised"].toggled.connect(self.set_pseudonymised)
        a["show_only"].toggled.connect(ws(lambda w: w.view.set_only_code(
            w.tree.current_code_id() if self.actions["show_only"].isChecked() else None)))
        a["stripes_by_coder"].toggled.connect(ws(lambda w: w.view.set_stripes_by_coder(
            self.actions["stripes_by_coder"].isChecked())))

    def retranslate(self) -> None:
        """Set every visible text in the current language (also on LanguageChange)."""
        for key, text in texts().items():
            self.actions[key].setText(text)
        titles = menu_titles()
        for key, menu in self.menus.items():
            menu.setTitle(titles[key])
        self.toolbar.setWindowTitle(titles["toolbar"])
        self.actions["pseudonymised"].setToolTip(texts()["pseudonymised"])
        if isinstance(self.centralWidget(), WelcomePanel):
            self.centralWidget().retranslate()
        if self.workspace is not None:
            self.workspace.retranslate()
            self._undo_texts()
        self.update_status()

    def changeEvent(self, event) -> None:  # noqa: N802
        if event.type() == QEvent.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_language(self, code: str) -> None:
        """Switch the UI language ('' follows the system) and remember the choice."""
        settings.set_language(code)
        i18n.install_language(i18n.effective_language(code))
        self.retranslate()  # now; the LanguageChange event Qt posts would come a moment later

    # -- project lifecycle ---------------------------------------------------------------------------
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
        self.setWindowTitle(f"{project.path.stem} — qcode")
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
            self.statusBar().showMessage(self.tr("Closing %1…").replace("%1", self.project.path.stem))
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
            ask.inform(self, self.tr("qcode"), "\n".join(lines))

    def offer_restore(self, error: QcodeError) -> bool:
        """Say that the project is damaged, with a Restore from backup… button; True if pressed."""
        box = QMessageBox(QMessageBox.Warning, self.tr("qcode"), error.message(i18n.current_language()),
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
            chosen, _ = QFileDialog.getOpenFileName(self, self.tr("Restore which project?"), start_path(),
                                                    self.tr("qcode projects (*.qcode)"))
            if not chosen:
                return
            project_path = Path(chosen)
        from qcode.ui.dialogs.restore_dialog import RestoreDialog, restore  # noqa: PLC0415 (not needed for the first paint)

        backup = RestoreDialog.ask(project_path, self)
        if backup is None:
            return
        if not ask.confirm(self, texts()["restore_backup"].replace("&", "").rstrip("…"), self.tr(
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
            ask.inform(self, self.tr("qcode"), "\n".join(lines))

    def choose_project(self) -> None:
        """Ask for a project file and open it."""
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Open project"), start_path(),
                                              self.tr("qcode projects (*.qcode)"))
        if path:
            self.open_path(path)

    def new_project(self) -> None:
        """Ask where to create a project (with the default codebook) and open it."""
        path, _ = QFileDialog.getSaveFileName(self, self.tr("New project"), start_path(),
                                              self.tr("qcode projects (*.qcode)"))
        if not path:
            return
        try:
            project = create_project(path, coder=current_coder())
        except QcodeError as error:
            self.show_error(error)
            return
        self.set_project(project)

    def _fill_recent(self) -> None:
        menu = self.menus["recent"]
        menu.clear()
        menu.setToolTipsVisible(True)
        home = Path.home()
        # Newest first, numbered; the folder beside the name, since two studies' files often share one.
        for number, path in enumerate(settings.recent_projects(), start=1):
            folder = path.parent
            shown = f"~/{folder.relative_to(home)}" if folder.is_relative_to(home) else str(folder)
            action = QAction(f"&{number} {path.name} — {shown}", menu)
            action.setToolTip(str(path))
            action.triggered.connect(lambda _=False, p=path: self.open_path(p))
            menu.addAction(action)
        menu.setEnabled(True)

    # -- state ---------------------------------------------------------------------------------------
    def _update_enabled(self) -> None:
        has = self.workspace is not None
        for key in self.actions:
            if key not in ("new_project", "open_project", "quit", "about", "snap_words", "lang_system",
                           "lang_da", "lang_en", "settings", "restore_backup"):
                self.actions[key].setEnabled(has)
        self.actions["pseudonymised"].setEnabled(has)
        self._undo_texts()  # undo and redo follow the stack (disabled while it is empty)

    def _undo_texts(self, *_args) -> None:
        stack, a = (self.workspace.stack if self.workspace is not None else None), self.actions
        undo, redo = (stack.undoText(), stack.redoText()) if stack is not None else ("", "")
        if self.workspace is not None:  # a step may quote the text ("Code with new code 'Jesper …'")
            undo, redo = self._shown_step(undo), self._shown_step(redo)
        a["undo"].setEnabled(stack is not None and stack.canUndo())
        a["redo"].setEnabled(stack is not None and stack.canRedo())
        for key, step, label in (("undo", undo, self.tr("&Undo %1")), ("redo", redo, self.tr("&Redo %1"))):
            full = label.replace("%1", step).strip() if step else texts()[key]
            a[key].setText(full)  # the Edit menu names the step
            # The toolbar keeps the short label, so the buttons after it do not move with each step;
            # the step is in the tooltip.
            a[key].setIconText(texts()[key].replace("&", ""))
            a[key].setToolTip(full.replace("&", ""))

    def _shown_step(self, step: str) -> str:
        """An undo step as the view shows text, each stretch between its quotes rendered alone: "'Line'"
        whole reads as the possessive "Line'" and would become "'[Informant 1]s"."""
        shown = self.workspace.view.shown_text
        return "'".join(shown(part) for part in step.split("'"))

    def set_pseudonymised(self, on: bool) -> None:
        """Turn the pseudonymised view (text, document and case names, status bar) on or off."""
        if self.workspace is not None:
            self.workspace.set_pseudonymised(on)
        self._undo_texts()  # the Edit menu's steps as the view shows text
        self.update_status()

    def update_status(self, *_args) -> None:
        """Refresh the permanent status-bar text."""
        if self.workspace is None:
            self._status.setText(self.tr("No project · coder: %1").replace("%1", current_coder()))
            return
        ws = self.workspace
        name = ws.documents.name_of(ws.view.document_id) or "—"
        text = self.tr("%1 documents · %2 · coder: %3").replace(
            "%1", str(ws.documents.rowCount())).replace("%2", name).replace("%3", self.project.coder_name)
        if session_is_blind(self.project):
            text += " · " + self.tr("blind coding: you see your own codings")
        if ws.view.pseudonymised and ws.nothing_pseudonymised():
            where = " → ".join(t.replace("&", "") for t in (menu_titles()["tools"], texts()["anonymise"]))
            text = self.tr("Nothing has been pseudonymised yet (run %1)").replace("%1", where) + " · " + text
        self._status.setText(text)

    def show_error(self, error: Exception) -> None:
        """Show a user-facing error in the UI language."""
        text = error.message(i18n.current_language()) if isinstance(error, QcodeError) else str(error)
        ask.inform(self, self.tr("qcode"), text)

    def _about(self) -> None:

        ask.inform(self, self.tr("About qcode"),
                   self.tr("qcode %1 — qualitative coding of interview transcripts.").replace(
                       "%1", __version__))

    def undo_stack(self):
        """The open project's undo stack (None without a project); other windows push edits here."""
        return self.workspace.stack if self.workspace is not None else None

    def show_only_code(self, code_id: int) -> None:
        """Paint only one code (the codebook's "Show only this code"); the same state as Ctrl+Shift+F,
        so the View menu's check mark follows."""
        if self.workspace is None:
            return
        self.workspace.tree.select_code(code_id)
        if self.actions["show_only"].isChecked():
            self.workspace.view.set_only_code(code_id)
        else:
            self.actions["show_only"].setChecked(True)  # toggled: paints only the current code

    def show_document_range(self, document_id: int, start: int, end: int) -> None:
        """Show a document with ``[start, end)`` (stored offsets) selected; analysis views call this
        when a segment is double-clicked."""
        if self.workspace is None:
            return
        ws = self.workspace
        if ws.view.pseudonymised:
            self.actions["pseudonymised"].setChecked(False)  # a selection needs the stored text
        ws.doc_list.filter.clear()
        ws.doc_list.select_document(document_id)
        if ws.view.document_id != document_id:
            ws.view.load(document_id)
        ws.view.select_range(start, end)
        self.raise_()
        self.activateWindow()

    def _find_in_text(self) -> None:
        if self.workspace is not None and self.workspace.view.document_id is not None:
            self.workspace.view.find_bar.open_bar()

    def _find_document(self) -> None:
        if self.workspace is not None:
            self.workspace.docks["documents"].show()
            self.workspace.doc_list.filter.setFocus()
            self.workspace.doc_list.filter.selectAll()

    # -- window events ------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if not paths:
            return
        event.acceptProposedAction()
        if len(paths) == 1 and paths[0].endswith(".qcode"):
            self.open_path(paths[0])  # a project file opens; anything else is imported
        elif self.project is not None:
            self.import_files(paths)

    def showEvent(self, event) -> None:  # noqa: N802
        super().showEvent(event)
        QTimer.singleShot(0, self, self.repair_layout)  # after the saved layout has been applied

    def closeEvent(self, event) -> None:  # noqa: N802
        if self.workspace is None:  # keep the docks' layout of the last project; only the size changes
            settings.save_window_state(self.saveGeometry(), settings.window_state()[1] or self.saveState())
        self.close_project()
        super().closeEvent(event)
