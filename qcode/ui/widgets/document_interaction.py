"""What the reader does with a :class:`~qcode.ui.widgets.document_view.DocumentView`: the selection in
stored-text offsets (snapped to whole words as the user set), the context menus of the text and of a
stripe, the recent-code keys 1–9, and dragging a selection onto a code. Requests leave through the view's
signals; nothing here changes the project. A mixin of DocumentView (which has the signals, ``conv``,
``index``, ``codings`` and the offset helpers); its menu texts keep the DocumentView translation context."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QMimeData, QPoint, Qt
from PySide6.QtGui import QDrag, QTextCursor
from PySide6.QtWidgets import QApplication, QMenu

from qcode.core.workspace_queries import snap_to_words
from qcode.ui import settings
from qcode.ui.models.codebook_model import SELECTION_MIME


class DocumentInteraction:
    """Mixin for DocumentView: selection, menus, keys and drag."""


    # -- selection ---------------------------------------------------------------------------------
    def selection_range(self, snap: bool | None = None) -> tuple[int, int] | None:
        """The selection in stored-text offsets, widened to whole words when asked (default:
        the user's setting); None when empty or when the pseudonymised text is shown."""
        cursor = self.textCursor()
        if self.pseudonymised or self.document_id is None or not cursor.hasSelection():
            return None
        start = self.conv.from_qt(cursor.selectionStart())
        end = self.conv.from_qt(cursor.selectionEnd())
        if settings.snap_to_words() if snap is None else snap:
            start, end = snap_to_words(self.stored_text, start, end)
        return (start, end) if end > start else None

    def selected_text(self) -> str:
        """The selected stored text (snapped as for coding), or ''."""
        rng = self.selection_range()
        return self.stored_text[rng[0]:rng[1]] if rng else ""

    def select_range(self, start: int, end: int) -> None:
        """Select stored offsets [start, end) and scroll there."""
        cursor = self.textCursor()
        cursor.setPosition(self._shown(start))
        cursor.setPosition(self._shown(end), QTextCursor.KeepAnchor)
        self.setTextCursor(cursor)
        self.centerCursor()

    def shown_passage(self, start: int, end: int) -> str:
        """The words of stored offsets [start, end) as shown (pseudonymised when the view is)."""
        cursor = QTextCursor(self.document())
        first, last = self._shown_range(start, end)
        cursor.setPosition(first)
        cursor.setPosition(last, QTextCursor.KeepAnchor)
        return cursor.selectedText().replace("\u2029", "\n")

    def codings_at_cursor(self) -> list[int]:
        """Coding ids under the cursor (or overlapping the selection)."""
        c = self.textCursor()
        if c.hasSelection():
            return [s.coding_id for s in self.index.overlapping(c.selectionStart(), c.selectionEnd())]
        return [s.coding_id for s in self.index.at(c.position())]

    # -- interaction ---------------------------------------------------------------------------------
    def _stripe_clicked(self, coding_id: int) -> None:
        coding = next((c for c in self.codings if c.id == coding_id), None)
        if coding is not None:
            self.select_range(coding.start, coding.end)
            self.coding_selected.emit(coding_id)

    def _coding_menu(self, coding_id: int, where: QPoint) -> None:
        menu = self.coding_menu(coding_id)
        if menu is not None:
            menu.exec(where)
            menu.deleteLater()

    def coding_menu(self, coding_id: int) -> QMenu | None:
        """The stripe's context menu for one coding: uncode and memo for your own, a note for others'."""
        coding = next((c for c in self.codings if c.id == coding_id), None)
        if coding is None:
            return None
        menu = QMenu(self)
        name = self.code_name(coding.code_id)
        if self.is_own(coding):
            menu.addAction(QCoreApplication.translate("DocumentView", "Uncode '%1'").replace("%1", name),
                           lambda: self.uncode_requested.emit(coding_id))
            menu.addAction(QCoreApplication.translate("DocumentView", "Memo on this coding…"),
                           lambda: self.memo_requested.emit(coding_id))
        else:
            self._others_coding(menu, coding)
        return menu

    def _others_coding(self, menu: QMenu, coding) -> None:
        """Another coder's coding: named, not editable (uncode acts on your own codings only)."""
        label = QCoreApplication.translate("DocumentView", "'%1' coded by %2 (only they can change it)")
        label = label.replace("%1", self.code_name(coding.code_id))
        label = label.replace("%2", self.coder_name(coding.coder_id))
        menu.addAction(label).setEnabled(False)

    def context_menu(self, pos: QPoint) -> QMenu:
        """The text's context menu at ``pos`` (viewport coordinates): copy, code, anonymise, and uncode
        or memo for each coding under the mouse (not every coding of a large selection). A right-click
        outside the selection moves the cursor there first, as in a word processor."""
        at = self.cursorForPosition(pos).position()
        cursor = self.textCursor()
        if cursor.hasSelection() and not cursor.selectionStart() <= at < cursor.selectionEnd():
            cursor.clearSelection()
            cursor.setPosition(at)
            self.setTextCursor(cursor)
        menu = self.createStandardContextMenu(pos)
        if not self.pseudonymised and self.textCursor().hasSelection():
            menu.addSeparator()
            code_with = menu.addMenu(QCoreApplication.translate("DocumentView", "Code with"))
            for code_id in self.menu_codes:
                code = self._codes.get(code_id)
                if code is not None:
                    code_with.addAction(code.name, lambda cid=code_id: self.code_requested.emit(cid))
            menu.addAction(QCoreApplication.translate("DocumentView", "In-vivo code"),
                           self.invivo_requested.emit)
            mark = menu.addMenu(QCoreApplication.translate("DocumentView", "Mark for anonymisation"))
            mark.setObjectName("anonymise_menu")
            for kind, text in (("PERSON", QCoreApplication.translate("DocumentView", "Mark as name…")),
                               ("AGE", QCoreApplication.translate("DocumentView", "Mark as age…")),
                               ("PLACE", QCoreApplication.translate("DocumentView", "Mark as place…")),
                               ("ORG", QCoreApplication.translate("DocumentView", "Mark as organisation…"))):
                mark.addAction(text, lambda k=kind: self.anonymise_requested.emit(k))
        for coding in self.codings_at(at):
            menu.addSeparator()
            name = self.code_name(coding.code_id)
            if not self.is_own(coding):
                self._others_coding(menu, coding)
                continue
            menu.addAction(QCoreApplication.translate("DocumentView", "Uncode '%1'").replace("%1", name),
                           lambda cid=coding.id: self.uncode_requested.emit(cid))
            menu.addAction(QCoreApplication.translate("DocumentView", "Memo on '%1' coding…")
                           .replace("%1", name),
                           lambda cid=coding.id: self.memo_requested.emit(cid))
        return menu

    def codings_at(self, position: int) -> list:
        """The shown codings at a Qt position, each once, in stripe order (codebook order)."""
        ids = {s.coding_id for s in self.index.at(position)}
        found = [c for c in self.codings if c.id in ids]
        return sorted(found, key=lambda c: (self._order.get(c.code_id, 1 << 30), c.start, c.id))

    def contextMenuEvent(self, event) -> None:  # noqa: N802
        menu = self.context_menu(event.pos())
        menu.exec(event.globalPos())
        menu.deleteLater()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        key = event.key()
        if Qt.Key_1 <= key <= Qt.Key_9 and not (event.modifiers() & ~Qt.KeypadModifier):
            self.recent_code_key.emit(key - Qt.Key_0)
            return
        super().keyPressEvent(event)

    def mousePressEvent(self, event) -> None:  # noqa: N802
        cursor = self.textCursor()
        pos = self.cursorForPosition(event.position().toPoint()).position()
        if (event.button() == Qt.LeftButton and cursor.hasSelection() and not self.pseudonymised
                and cursor.selectionStart() <= pos < cursor.selectionEnd()):
            self._drag_from = event.position().toPoint()  # may become a drag onto a code
            return
        self._drag_from = None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:  # noqa: N802
        if self._drag_from is not None:
            if (event.position().toPoint() - self._drag_from).manhattanLength() >= \
                    QApplication.startDragDistance():
                self._drag_from = None
                self.start_selection_drag()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        if self._drag_from is not None:  # a click inside the selection: place the cursor there
            self._drag_from = None
            self.setTextCursor(self.cursorForPosition(event.position().toPoint()))
            return
        if event.button() == Qt.LeftButton and settings.snap_to_words():
            rng = self.selection_range()
            if rng:
                cursor = self.textCursor()
                cursor.setPosition(self._shown(rng[0]))
                cursor.setPosition(self._shown(rng[1]), QTextCursor.KeepAnchor)
                self.setTextCursor(cursor)

    def selection_mime(self) -> QMimeData | None:
        """The selection as drag data for the codebook: 'document:start:end'."""
        rng = self.selection_range()
        if rng is None:
            return None
        mime = QMimeData()
        mime.setData(SELECTION_MIME, f"{self.document_id}:{rng[0]}:{rng[1]}".encode())
        return mime

    def start_selection_drag(self) -> None:
        """Drag the selection (to drop it on a code in the tree)."""
        mime = self.selection_mime()
        if mime is not None:
            drag = QDrag(self)
            drag.setMimeData(mime)
            drag.exec(Qt.CopyAction)
