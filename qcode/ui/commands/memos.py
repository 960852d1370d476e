"""Undo commands for memos: add, edit, delete."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qcode.core import memos
from qcode.ui.commands import CoreCommand


class AddMemoCommand(CoreCommand):
    """Write a new memo attached to a document, code or nothing."""

    def __init__(self, project, title: str, body: str = "", *, document_id=None, code_id=None):
        super().__init__(lambda: QCoreApplication.translate("Commands", "New memo"))
        self.project, self.title, self.body = project, title, body
        self.document_id, self.code_id = document_id, code_id
        self.memo_id = None
        self._deleted = None

    def do(self) -> None:
        if self._deleted is not None:
            memos.restore_memo(self.project, self._deleted)
        else:
            self.memo_id = memos.add_memo(self.project, self.title, self.body,
                                          document_id=self.document_id, code_id=self.code_id)

    def undo(self) -> None:
        self._deleted = memos.delete_memo(self.project, self.memo_id)


class EditMemoCommand(CoreCommand):
    """Change a memo's title and body."""

    def __init__(self, project, memo_id: int, title: str, body: str):
        super().__init__(lambda: QCoreApplication.translate("Commands", "Edit memo"))
        self.project, self.memo_id, self.title, self.body = project, memo_id, title, body
        self.before = None

    def do(self) -> None:
        self.before = memos.update_memo(self.project, self.memo_id, title=self.title, body=self.body)

    def undo(self) -> None:
        memos.update_memo(self.project, self.memo_id, title=self.before.title, body=self.before.body)


class DeleteMemoCommand(CoreCommand):
    """Delete a memo (undo restores it with its id)."""

    def __init__(self, project, memo_id: int):
        super().__init__(lambda: QCoreApplication.translate("Commands", "Delete memo"))
        self.project, self.memo_id = project, memo_id
        self.memo = None

    def do(self) -> None:
        self.memo = memos.delete_memo(self.project, self.memo_id)

    def undo(self) -> None:
        memos.restore_memo(self.project, self.memo)
