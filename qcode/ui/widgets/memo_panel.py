"""MemoPanel: memos of the current document and code, with an editor. Saving, adding and deleting
push undo commands; the list refreshes from the bridge's memo signal."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from qcode.core import memos


class MemoPanel(QWidget):
    """List + editor; ``command_requested`` carries ('add'|'save'|'delete', values)."""

    command_requested = Signal(str, dict)

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.document_id: int | None = None
        self.code_id: int | None = None
        self.list = QListWidget(self)
        self.title = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.new_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        buttons = QHBoxLayout()
        for b in (self.new_button, self.save_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.list, 2)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 3)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._show)
        self.new_button.clicked.connect(self._new)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)
        self.retranslate()

    def retranslate(self) -> None:
        self.title.setPlaceholderText(self.tr("Title"))
        self.body.setPlaceholderText(self.tr("Write a memo about this document or code…"))
        self.new_button.setText(self.tr("New memo"))
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Delete"))

    def set_context(self, document_id: int | None, code_id: int | None) -> None:
        """Show the memos of this document and code (and the project's)."""
        self.document_id, self.code_id = document_id, code_id
        self.reload()

    def current_memo_id(self) -> int | None:
        """The selected memo's id, or None."""
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def reload(self) -> None:
        """Re-read the memo list, keeping the selection."""
        keep = self.current_memo_id()
        self.list.blockSignals(True)
        self.list.clear()
        shown = []
        if self.document_id is not None:
            shown += memos.list_memos(self.project, document_id=self.document_id)
        if self.code_id is not None:
            shown += memos.list_memos(self.project, code_id=self.code_id)
        shown += [m for m in memos.list_memos(self.project)
                  if m.document_id is None and m.code_id is None and m.coding_id is None]
        for memo in shown:
            item = QListWidgetItem(memo.title or self.tr("(untitled)"), self.list)
            item.setData(Qt.UserRole, memo.id)
            item.setToolTip(memo.body[:300])
            if memo.id == keep:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        self._show(self.list.currentItem())

    def _show(self, item, _previous=None) -> None:
        memo = memos.get_memo(self.project, item.data(Qt.UserRole)) if item is not None else None
        self.title.setText(memo.title if memo else "")
        self.body.setPlainText(memo.body if memo else "")
        self.delete_button.setEnabled(memo is not None)

    def _new(self) -> None:
        self.list.setCurrentItem(None)
        self.title.setText("")
        self.body.setPlainText("")
        self.title.setFocus()

    def _save(self) -> None:
        title = self.title.text().strip() or self.body.toPlainText().strip()[:40]
        if not title:
            return
        memo_id = self.current_memo_id()
        if memo_id is None:
            self.command_requested.emit("add", {"title": title, "body": self.body.toPlainText(),
                                                "document_id": self.document_id})
        else:
            self.command_requested.emit("save", {"memo_id": memo_id, "title": title,
                                                 "body": self.body.toPlainText()})

    def _delete(self) -> None:
        memo_id = self.current_memo_id()
        if memo_id is not None:
            self.command_requested.emit("delete", {"memo_id": memo_id})
