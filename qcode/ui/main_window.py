"""MainWindow: the window itself (texts, status bar, enabled actions, drag and drop, showing and closing).
Its menus and toolbar are built in :mod:`qcode.ui.menu_bar`, new/open/restore/close of a project are in
:mod:`qcode.ui.project_lifecycle`, the workspace of an open project lives in :mod:`qcode.ui.workspace`,
and the menu entries into the other parts (import, anonymise, cases, analysis, export, REFI-QDA) are in
:mod:`qcode.ui.entry_points`."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QTimer
from PySide6.QtWidgets import QLabel, QMainWindow

from qcode import __version__
from qcode.core.errors import QcodeError
from qcode.core.visibility import session_is_blind
from qcode.ui import i18n, settings
from qcode.ui.actions import make_actions, menu_titles, texts
from qcode.ui.coder_identity import current_coder
from qcode.ui.dialogs import ask
from qcode.ui.entry_points import EntryPoints
from qcode.ui.layout_memory import LayoutMemory
from qcode.ui.menu_bar import MenuBar
from qcode.ui.project_lifecycle import ProjectLifecycle
from qcode.ui.team_entries import TeamEntries
from qcode.ui.welcome import WelcomePanel
from qcode.ui.window_fit import PREFERRED, fit_to_screen
from qcode.ui.workspace import Workspace


class MainWindow(MenuBar, ProjectLifecycle, EntryPoints, TeamEntries, LayoutMemory, QMainWindow):
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

    # -- texts -------------------------------------------------------------------------------------
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
        self.show_title()
        self.update_status()

    def show_title(self) -> None:
        """The project's name in the title bar, as :meth:`shown_project_name` gives it."""
        if self.workspace is not None:
            self.setWindowTitle(f"{self.shown_project_name()} — qcode")

    def shown_project_name(self) -> str:
        """The open project's name; in the pseudonymised view as its exports name files (a project is
        often named after its first interviewee)."""
        stem = self.project.path.stem
        if self.workspace is not None and self.workspace.view.pseudonymised:
            from qcode.export.pseudonymiser import Pseudonymiser  # noqa: PLC0415 (the pseudonymised view only; not needed to start)

            stem = Pseudonymiser(self.project).file_name(stem)
        return stem

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
