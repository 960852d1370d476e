"""CodebookView: the code tree with swatches and counts. Codes are dragged to move them, a text
selection dragged from the document view onto a code codes it, and the context menu offers the
tree edits. Every edit leaves as a signal; the codebook controller turns it into an undo command."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QColor, QPainter, QPen
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTreeView

from qcode.ui.models.codebook_model import CODE_ID_ROLE, SELECTION_MIME, CodebookModel


class CodebookView(QTreeView):
    """Tree of codes; ``current_code_id`` is the selected code or None."""

    selection_dropped = Signal(int, str, int, int)  # code id, then document id, start, end of the text
    new_code_requested = Signal(object)  # parent code id or None
    merge_requested = Signal(int)
    split_requested = Signal(int)
    delete_requested = Signal(int)
    history_requested = Signal(int)  # code id: its changes in the codebook history
    edit_requested = Signal(int)
    colour_requested = Signal(int)
    show_only_requested = Signal(int)  # code id: paint only this code (the View menu's check follows)
    apply_requested = Signal(int)  # code id: code the document's selection with it (double-click, Enter)
    open_requested = Signal(int)  # code id: list its coded segments
    rename_refused = Signal()  # a rename was asked for in the pseudonymised view, where it is off

    def __init__(self, model: CodebookModel, parent=None):
        super().__init__(parent)
        self.setModel(model)
        # Every row is one line of text with a swatch: the view need not ask each row for its size.
        self.setUniformRowHeights(True)
        self.setHeaderHidden(False)
        self.header().setStretchLastSection(False)
        self.header().setSectionResizeMode(0, QHeaderView.Stretch)
        # The count column is as wide as its numbers (its header may shorten in a narrow dock), so the
        # code names keep the width: "ensomhed", not "enso…".
        self.header().setSectionResizeMode(1, QHeaderView.Fixed)
        self.setDragEnabled(True)
        self.setAcceptDrops(True)
        self.setDropIndicatorShown(True)
        self.setDragDropMode(QAbstractItemView.DragDrop)
        self.setDefaultDropAction(Qt.MoveAction)
        self.setSelectionMode(QAbstractItemView.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditKeyPressed | QAbstractItemView.SelectedClicked)
        self.setContextMenuPolicy(Qt.CustomContextMenu)
        self.customContextMenuRequested.connect(self._menu)
        self.doubleClicked.connect(self._apply)
        self._expanded: set[int] = set()
        self._current: int | None = None
        self._known = {c.id for c in model.codes()}
        self._parents: dict[int, int | None] = {}
        self._drop_target = QPersistentModelIndex()  # the code a dragged selection would be coded with
        model.modelAboutToBeReset.connect(self._remember)
        model.modelReset.connect(self._restore)
        self.expandAll()

    def fit_columns(self) -> None:
        """Size the count column from the font: its numbers in full, its header only if there is room."""
        header, metrics, model = self.header(), self.header().fontMetrics(), self.model()
        pad = 2 * self.style().pixelMetric(self.style().PixelMetric.PM_HeaderMargin) + 4
        full = str(model.headerData(1, Qt.Horizontal, Qt.ToolTipRole))
        label = metrics.horizontalAdvance(full) + pad
        numbers = metrics.horizontalAdvance("0000") + pad
        header.setMinimumSectionSize(metrics.horizontalAdvance("M"))
        width = max(numbers, min(label, self.viewport().width() // 4))
        header.resizeSection(1, width)
        # Qt clips a header that does not fit ("Kodning"); it is elided instead, so it reads as cut
        shown = None if width >= label else metrics.elidedText(full, Qt.ElideRight, width - pad)
        if shown != model.count_header:
            model.count_header = shown
            model.headerDataChanged.emit(Qt.Horizontal, 1, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self.fit_columns()

    def changeEvent(self, event) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() in (QEvent.FontChange, QEvent.LanguageChange):
            self.fit_columns()

    def current_code_id(self) -> int | None:
        """The selected code's id, or None."""
        idx = self.currentIndex()
        return idx.data(CODE_ID_ROLE) if idx.isValid() else None

    def select_code(self, code_id: int) -> None:
        """Make a code current, opening its parents."""
        idx = self.model().index_of(code_id)
        if idx.isValid():
            parent = idx.parent()
            while parent.isValid():
                self.expand(parent)
                parent = parent.parent()
            self.setCurrentIndex(idx)
            self.scrollTo(idx)

    # Resets (after any codebook change) keep what was open and selected.
    def _remember(self) -> None:
        model = self.model()
        self._expanded = {c.id for c in model.codes() if self.isExpanded(model.index_of(c.id))}
        self._current = self.current_code_id()
        self._parents = {c.id: c.parent_id for c in model.codes()}

    def _restore(self) -> None:
        model = self.model()
        for code in model.codes():
            idx = model.index_of(code.id)
            # What was open stays open; a new or moved code is shown with its parents opened.
            if code.id in self._expanded:
                self.expand(idx)
            elif code.id not in self._known or self._parents.get(code.id, code.parent_id) != code.parent_id:
                self.expand(idx)
                parent = idx.parent()
                while parent.isValid():
                    self.expand(parent)
                    parent = parent.parent()
        self._known = {c.id for c in model.codes()}
        if self._current is not None:
            self.select_code(self._current)

    # One click only selects a code (to read its memo, to jump between its codings); applying it is
    # explicit, as in NVivo: double-click, Enter, or the context menu.
    def _apply(self, index: QModelIndex) -> None:
        code_id = index.data(CODE_ID_ROLE)
        if code_id is not None:
            self.apply_requested.emit(code_id)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if (event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.state() != QAbstractItemView.EditingState
                and self.currentIndex().isValid()):
            self._apply(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def edit(self, index, trigger=QAbstractItemView.AllEditTriggers, event=None) -> bool:  # type: ignore[override]
        # In the pseudonymised view the model offers no editor (it would start from the shown name and
        # store it); a deliberate rename (F2, the menu) is told why instead of doing nothing.
        if (self.model().pseudonymised and index.isValid() and index.column() == 0
                and trigger in (QAbstractItemView.EditKeyPressed, QAbstractItemView.AllEditTriggers)):
            self.rename_refused.emit()
            return False
        return super().edit(index, trigger, event)

    # -- drops -------------------------------------------------------------------------------------
    def dragEnterEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(SELECTION_MIME):
            event.acceptProposedAction()
            return
        super().dragEnterEvent(event)

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        if event.mimeData().hasFormat(SELECTION_MIME):
            target = self.indexAt(event.position().toPoint())
            self._set_drop_target(target)
            event.setDropAction(Qt.CopyAction)
            event.setAccepted(target.isValid())
            return
        super().dragMoveEvent(event)

    def dragLeaveEvent(self, event) -> None:  # noqa: N802
        self._set_drop_target(QModelIndex())
        super().dragLeaveEvent(event)

    def drop_target_code(self) -> int | None:
        """The code a text selection dragged over the tree would be coded with (None: no drag, or
        not over a code)."""
        return self._drop_target.data(CODE_ID_ROLE) if self._drop_target.isValid() else None

    def _set_drop_target(self, index: QModelIndex) -> None:
        row = index.siblingAtColumn(0) if index.isValid() else QModelIndex()
        if QPersistentModelIndex(row) != self._drop_target:
            self._drop_target = QPersistentModelIndex(row)
            self.viewport().update()

    def paintEvent(self, event) -> None:  # noqa: N802
        super().paintEvent(event)
        if not self._drop_target.isValid():
            return
        # The whole row of the receiving code is framed and tinted, as NVivo and MAXQDA mark it, so
        # the coder sees which code the words will get before letting go.
        index = QModelIndex(self._drop_target)
        rect = self.visualRect(index).united(self.visualRect(index.siblingAtColumn(1)))
        rect.setLeft(0)
        colour = self.palette().highlight().color()
        tint = QColor(colour)
        tint.setAlpha(70)
        painter = QPainter(self.viewport())
        painter.fillRect(rect, tint)
        painter.setPen(QPen(colour, 2))
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
        painter.end()

    def dropEvent(self, event) -> None:  # noqa: N802
        self._set_drop_target(QModelIndex())
        mime = event.mimeData()
        if mime.hasFormat(SELECTION_MIME):
            idx = self.indexAt(event.position().toPoint())
            if idx.isValid():
                doc, start, end = bytes(mime.data(SELECTION_MIME)).decode().split(":")
                event.setDropAction(Qt.CopyAction)
                event.accept()
                self.selection_dropped.emit(idx.data(CODE_ID_ROLE), doc, int(start), int(end))
            return
        super().dropEvent(event)

    # -- context menu -------------------------------------------------------------------------------
    def _menu(self, pos) -> None:
        menu = self.context_menu(pos)
        menu.exec(self.viewport().mapToGlobal(pos))
        menu.deleteLater()

    def context_menu(self, pos) -> QMenu:
        """The tree's context menu at ``pos`` (viewport coordinates): new, rename, colour, merge…"""
        idx = self.indexAt(pos)
        code_id = idx.data(CODE_ID_ROLE) if idx.isValid() else None
        menu = QMenu(self)
        if code_id is not None:
            name = idx.siblingAtColumn(0).data(Qt.DisplayRole)
            menu.addAction(self.tr("Code the selection with '%1'").replace("%1", name),
                           lambda: self.apply_requested.emit(code_id))
            menu.addAction(self.tr("Open code (its coded segments)"),
                           lambda: self.open_requested.emit(code_id))
            menu.addSeparator()
        menu.addAction(self.tr("New code"), lambda: self.new_code_requested.emit(None))
        if code_id is not None:
            menu.addAction(self.tr("New sub-code of '%1'…").replace("%1", name),
                           lambda: self.new_code_requested.emit(code_id))
            menu.addAction(self.tr("Rename"), lambda: self.edit(idx.siblingAtColumn(0)))
            menu.addAction(self.tr("Description and criteria…"), lambda: self.edit_requested.emit(code_id))
            menu.addAction(self.tr("Colour…"), lambda: self.colour_requested.emit(code_id))
            menu.addAction(self.tr("Show only this code"), lambda: self.show_only_requested.emit(code_id))
            menu.addSeparator()
            menu.addAction(self.tr("Merge into…"), lambda: self.merge_requested.emit(code_id))
            menu.addAction(self.tr("Split…"), lambda: self.split_requested.emit(code_id))
            menu.addAction(self.tr("Delete…"), lambda: self.delete_requested.emit(code_id))
            menu.addSeparator()
            menu.addAction(self.tr("History…"), lambda: self.history_requested.emit(code_id))
        return menu
