"""Workspace: everything the main window shows for one open project — the document list, the
document view, the codebook tree, the memo panel — wired to the project's change signals and to
one undo stack. It owns the project's one ProjectEvents, which the main window hands to the other
windows and dialogs of the project. Built when a project opens, torn down when it closes."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from qcode.core.errors import QcodeError
from qcode.ui.actions import menu_titles
from qcode.ui.bridge import ProjectEvents
from qcode.ui.codebook_controller import CodebookController
from qcode.ui.coding_controller import CodingController
from qcode.ui.commands import push, retranslate_stack
from qcode.ui.commands.memos import AddMemoCommand, DeleteMemoCommand, EditMemoCommand
from qcode.ui.models.codebook_model import CodebookModel
from qcode.ui.models.documents_model import DOCUMENT_ID_ROLE, DocumentsModel, filtered
from qcode.ui.pseudonymised_warmup import WARM_AFTER_MS, start_warm_up
from qcode.ui.widgets.codebook_view import CodebookView
from qcode.ui.widgets.document_view import DocumentView
from qcode.ui.widgets.memo_panel import MemoPanel


class _FirstPaint(QObject):
    """Calls ``then`` on the turn of the event loop after ``window``'s first paint."""

    def __init__(self, window: QWidget, then):
        super().__init__(window)
        self.window, self.then = window, then
        window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's name)
        if event.type() == QEvent.Type.Paint:
            self.window.removeEventFilter(self)
            QTimer.singleShot(0, self, self.then)
        return False


class DocumentTable(QTableView):
    """The document table: the name takes the width the Case and Coded columns do not need. Their
    widths come from the font, not the rows (sizing to contents reads every row of a 200-document
    project), and the case column gives way in a narrow dock so the name stays readable."""

    def fit_columns(self) -> None:
        header = self.horizontalHeader()
        model = self.model()
        if model is None or model.columnCount() < 3:
            return
        metrics = header.fontMetrics()
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMargin) + 4
        coded = max(metrics.horizontalAdvance("100%"),
                    metrics.horizontalAdvance(str(model.headerData(2, Qt.Horizontal)))) + pad
        wanted = max(metrics.horizontalAdvance(str(model.headerData(1, Qt.Horizontal))) + 2 * pad,
                     metrics.horizontalAdvance("M") * 8)
        width = self.viewport().width()
        # The name keeps at least half of the table; the case column gives way first.
        case = max(0, min(wanted, width - width // 2 - coded))
        header.setMinimumSectionSize(metrics.horizontalAdvance("M"))
        header.resizeSection(2, coded)
        # Too narrow for three columns (a small dock at a large scale factor): the case goes (it is
        # in the document's name or the case sheet), and the name keeps the room.
        header.setSectionHidden(1, width < metrics.horizontalAdvance("M") * 14)
        header.resizeSection(1, case)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.LanguageChange):
            self.fit_columns()


class DocumentList(QWidget):
    """Filter box over the document table."""

    def __init__(self, model: DocumentsModel, parent=None):
        super().__init__(parent)
        self.model = model
        self.proxy: QSortFilterProxyModel = filtered(model, self)
        self.filter = QLineEdit(self)
        self.filter.setClearButtonEnabled(True)
        self.table = DocumentTable(self)
        self.table.setWordWrap(False)  # "Informant 1" on one line, elided when narrow, never broken in two
        self.table.verticalHeader().hide()  # before the model: a hidden header sizes no rows
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.horizontalHeader().setStretchLastSection(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.Interactive)
        header.setSectionResizeMode(2, QHeaderView.Interactive)
        self.table.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table (the arrow keys move in it)
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.filter)
        layout.addWidget(self.table)

    def retranslate(self) -> None:
        self.filter.setPlaceholderText(self.tr("Filter documents…"))
        self.table.fit_columns()

    def select_document(self, document_id: int) -> None:
        """Select a document's row (which shows it)."""
        row = self.model.row_of(document_id)
        if row >= 0:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())

    def current_document_id(self) -> int | None:
        """The selected document's id, or None."""
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(DOCUMENT_ID_ROLE) if rows else None


# A visible focus ring on the panes that take the keyboard (the platform style draws none on some
# desktops): the same width focused or not, so nothing moves when the focus does.
FOCUS_RING = ("{cls} {{ border: 2px solid palette(midlight); }}"
              " {cls}:focus {{ border: 2px solid palette(highlight); }}")
SIDE_MIN = 140  # px: a side panel may shrink to this; the transcript keeps TRANSCRIPT_MIN
TRANSCRIPT_MIN = 200
PANES = ("documents", "transcript", "codebook", "memos")  # in F6 order


class Workspace(QObject):
    """Owns the widgets and controllers of one open project inside a main window."""

    def __init__(self, window, project):
        super().__init__(window)
        self.window, self.project = window, project
        self.events = ProjectEvents(project, self)
        self.stack = QUndoStack(self)
        self.documents = DocumentsModel(project, self)
        self.codebook = CodebookModel(project, self)
        self.view = DocumentView(project, window)
        self.tree = CodebookView(self.codebook)
        self.doc_list = DocumentList(self.documents)
        self.memos = MemoPanel(project)
        self.memos.document_label = self.documents.name_of
        self.memos.coding_memos = self.view.coding_memos
        self.view.set_codebook(self.codebook.codes())
        self.coding = CodingController(project, self.stack, self.view, self.tree, self)
        self.code_edits = CodebookController(project, self.stack, self.tree, self, self.events)
        for controller in (self.coding, self.code_edits):
            controller.error.connect(self.show_error)
        for controller in (self.coding, self.code_edits):
            controller.message.connect(lambda text: window.statusBar().showMessage(text, 4000))
        self.docks = {
            "documents": self._dock("documents", self.doc_list, Qt.LeftDockWidgetArea),
            "codebook": self._dock("codebook", self.tree, Qt.RightDockWidgetArea),
            "memos": self._dock("memos", self.memos, Qt.RightDockWidgetArea),
        }
        window.setCentralWidget(self.view)
        self.view.hint_button.setDefaultAction(window.actions["import"])
        if window.isVisible():
            # The new docks get their sizes on the next pass of the event loop; sizing them now
            # measures them unsized (a wide document list, a sliver of transcript, "…" for every code).
            QTimer.singleShot(0, self, self.default_dock_sizes)
        else:
            self.default_dock_sizes()
        self.view.setTabChangesFocus(True)
        self.view.setMinimumWidth(TRANSCRIPT_MIN)  # when the window shrinks, the side panels give way
        for widget in (self.doc_list, self.tree, self.memos):
            widget.setMinimumWidth(SIDE_MIN)
        for widget, cls in ((self.doc_list.table, "QTableView"), (self.view, "QPlainTextEdit"),
                            (self.tree, "QTreeView")):
            widget.setStyleSheet(FOCUS_RING.format(cls=cls))
        self._wire()
        self.retranslate()
        self._open_first_after_paint()

    def _open_first_after_paint(self) -> None:
        """Open the first document once the window has been painted: loading and highlighting a big
        text before that would keep the coder looking at nothing for a few hundred milliseconds."""
        if self.window.isVisible():
            QTimer.singleShot(0, self, self._open_first_document)
        else:
            self._painted = _FirstPaint(self.window, self._open_first_document)

    def _open_first_document(self) -> None:
        if self.view.document_id is None and not self.doc_list.table.selectionModel().hasSelection() \
                and self.doc_list.proxy.index(0, 0).isValid():
            self.doc_list.table.selectRow(0)
        QTimer.singleShot(WARM_AFTER_MS, self, self._warm_pseudonymised)

    def _warm_pseudonymised(self) -> None:
        """Ready the pseudonymised view off the GUI thread (its first use took ~2 s: spaCy's word lists)."""
        if not self.view.pseudonymised and self.documents.rowCount():
            self.warm_up = start_warm_up(self.project.path, self.project.coder_name, self.view.document_id)

    def default_dock_sizes(self) -> None:
        """The side docks at their usual widths, narrower on a small window (the transcript takes the
        rest); the codebook gets most of the right column, the memos (often empty) the rest."""
        width, height = self.window.width(), self.window.height()
        side = max(SIDE_MIN, min(360, width * 22 // 100))
        self.window.resizeDocks([self.docks["documents"], self.docks["codebook"]], [side * 5 // 6, side],
                                Qt.Horizontal)
        self.window.resizeDocks([self.docks["codebook"], self.docks["memos"]],
                                [height * 2 // 3, height // 3], Qt.Vertical)

    def pane_widget(self, name: str) -> QWidget:
        """The widget that takes the keyboard in a pane ("documents", "transcript", "codebook", "memos")."""
        return {"documents": self.doc_list.table, "transcript": self.view, "codebook": self.tree,
                "memos": self.memos}[name]

    def focus_pane(self, name: str) -> None:
        """Move the keyboard focus to a pane (Ctrl+1..3), showing its dock if it was closed."""
        if name in self.docks:
            self.docks[name].show()
            self.docks[name].raise_()
        widget = self.pane_widget(name)
        if name == "memos":
            widget.setFocus(Qt.ShortcutFocusReason)
            widget = widget.focusWidget() or widget
        widget.setFocus(Qt.ShortcutFocusReason)

    def current_pane(self) -> str | None:
        """The pane that holds the keyboard focus, or None."""
        focus = self.window.focusWidget()
        for name in PANES:
            widget = self.pane_widget(name)
            if focus is not None and (focus is widget or widget.isAncestorOf(focus)):
                return name
        return None

    def cycle_pane(self, step: int) -> None:
        """F6 / Shift+F6: the focus to the next (previous) visible pane."""
        visible = [n for n in PANES if n not in self.docks or self.docks[n].isVisible()]
        current = self.current_pane()
        at = visible.index(current) if current in visible else (-1 if step > 0 else 0)
        self.focus_pane(visible[(at + step) % len(visible)])

    def _dock(self, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(self.window)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.window.addDockWidget(area, dock)
        return dock

    def _wire(self) -> None:
        ev = self.events
        ev.codebook_changed.connect(self._codebook_changed)
        ev.codings_changed.connect(self._codings_changed)
        ev.documents_changed.connect(self._documents_changed)
        ev.cases_changed.connect(lambda _ids: self.documents.reload())
        ev.memos_changed.connect(lambda _ids: self.memos.reload())
        self.doc_list.table.selectionModel().selectionChanged.connect(self._document_selected)
        self.tree.selectionModel().currentChanged.connect(self._code_selected)
        self.memos.command_requested.connect(self._memo_command)
        self.memos.coding_chosen.connect(self._show_coding)
        self.view.anonymise_requested.connect(lambda kind: self.window.mark_for_anonymisation(kind))

    # -- refresh from the bridge -----------------------------------------------------------------
    def _codebook_changed(self, _ids: tuple) -> None:
        self.codebook.reload()
        self.view.set_codebook(self.codebook.codes())

    def _codings_changed(self, _ids: tuple, document_ids: tuple) -> None:
        self.codebook.refresh_counts()
        self.documents.refresh_coverage(document_ids)
        if self.view.document_id in document_ids or not document_ids:
            self.view.refresh_codings()
            self.memos.reload()  # its coding memos

    def _update_hint(self) -> None:
        """An empty project says how to begin instead of showing a blank page."""
        if self.documents.rowCount():
            self.view.show_hint(None)
            return
        shortcut = self.window.actions["import"].shortcut().toString(QKeySequence.NativeText)
        text = self.tr("Import documents to begin")
        self.view.show_hint(f"{text} ({shortcut})" if shortcut else text)

    def _documents_changed(self, document_ids: tuple) -> None:
        current = self.view.document_id
        self.documents.reload()
        self._update_hint()
        if current is not None and self.documents.row_of(current) < 0:
            self.view.load(None)
        elif current is not None:
            self.doc_list.select_document(current)
            if current in document_ids or not document_ids:
                self.view.load(current)
        elif self.documents.rowCount():
            self.doc_list.table.selectRow(0)

    def _document_selected(self, *_args) -> None:
        document_id = self.doc_list.current_document_id()
        if document_id is not None and document_id != self.view.document_id:
            self.view.load(document_id)
            self.memos.set_context(document_id, self.tree.current_code_id())
            self.window.update_status()

    def _code_selected(self, *_args) -> None:
        code_id = self.tree.current_code_id()
        self.memos.set_context(self.view.document_id, code_id)
        if self.view.highlighter.only_code is not None and code_id is not None:
            self.view.set_only_code(code_id)

    def _show_coding(self, coding_id: int) -> None:
        coding = next((c for c in self.view.codings if c.id == coding_id), None)
        if coding is not None:
            self.view.select_range(coding.start, coding.end)

    def _memo_command(self, kind: str, values: dict) -> None:
        command = {"add": lambda: AddMemoCommand(self.project, values["title"], values["body"],
                                                 document_id=values.get("document_id"),
                                                 code_id=values.get("code_id")),
                   "save": lambda: EditMemoCommand(self.project, values["memo_id"], values["title"],
                                                   values["body"]),
                   "delete": lambda: DeleteMemoCommand(self.project, values["memo_id"])}[kind]()
        error = push(self.stack, command)
        if error is not None:
            self.show_error(error)
        elif kind == "add":
            # The saved memo stays in the editor, selected: the next Save updates it.
            self.memos.select_memo(command.memo_id)

    def set_pseudonymised(self, on: bool) -> None:
        """Show the pseudonymised text, documents and cases by the names the exports use, and code names
        and memos (which may quote the text) rendered as the text is; renaming codes and editing memos
        are off meanwhile."""
        self.view.set_pseudonymised(on)
        on = self.view.pseudonymised
        self.documents.set_pseudonymised(on)
        self.events.set_pseudonymised(on)  # the analysis window follows
        # The transcript view's rendering: one pseudonymisation for everything the window shows. The
        # codebook's reset re-selects its code, which reloads the memos; a draft the memo panel keeps
        # while the view is on must be put aside before that and put back after it.
        shown = self.view.shown_text if on else None
        for part in (self.memos, self.codebook) if on else (self.codebook, self.memos):
            part.set_shown_text(shown)
        current = self.view.document_id
        if current is not None:
            self.doc_list.select_document(current)  # the reset cleared the selection

    def nothing_pseudonymised(self) -> bool:
        """Whether the pseudonymised view has nothing to replace yet (no accepted names, not sealed)."""
        from qcode.anonymise.register import nothing_pseudonymised  # noqa: PLC0415 (asked only in the pseudonymised view)

        return nothing_pseudonymised(self.project)

    def show_error(self, error: QcodeError) -> None:
        """Show a user-facing error through the window."""
        self.window.show_error(error)

    def retranslate(self) -> None:
        retranslate_stack(self.stack)  # steps made before a language switch are named in the new one
        titles = menu_titles()
        for name, dock in self.docks.items():
            dock.setWindowTitle(titles[name])
        self.doc_list.retranslate()
        self.tree.fit_columns()
        self.memos.retranslate()
        self._update_hint()
        for model in (self.codebook, self.documents):
            model.headerDataChanged.emit(Qt.Horizontal, 0, model.columnCount() - 1)

    def close(self) -> None:
        """Detach from the project (the project's other windows close) and remove the widgets."""
        self.events.detach()
        self.stack.clear()
        for dock in self.docks.values():
            self.window.removeDockWidget(dock)
            # The next workspace's docks have the same object names, and restoreState() looks docks
            # up by name among the window's children: one only queued for deletion must not be found.
            dock.setObjectName("")
            dock.setParent(None)
            dock.deleteLater()
        self.view.deleteLater()
        self.deleteLater()
