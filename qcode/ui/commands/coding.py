"""Undo commands for codings: apply, remove, memo. No widget references; the views refresh from
the project's change signals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qcode.core import codings
from qcode.core.coding_edits import reapply_coding
from qcode.core.codings import CodingResult
from qcode.ui.commands import CoreCommand


class ApplyCodingCommand(CoreCommand):
    """Code a range of a document with a code."""

    def __init__(self, project, document_id: int, code_id: int, start: int, end: int, code_name: str):
        super().__init__(QCoreApplication.translate("Commands", "Code '%1'").replace("%1", code_name))
        self.project, self.document_id, self.code_id = project, document_id, code_id
        self.start, self.end = start, end
        self.result: CodingResult | None = None
        self.created = None

    def do(self) -> None:
        if self.result is None:
            self.result = codings.add_coding(self.project, self.document_id, self.code_id, self.start,
                                             self.end)
            if self.result.created:
                self.created = codings.get_coding(self.project, self.result.coding_id)
            else:  # already coded: nothing changed, so the stack drops this command
                self.setObsolete(True)
        else:  # a redo after undo brings back the same coding id for later commands on the stack
            reapply_coding(self.project, self.result, self.created)

    def undo(self) -> None:
        if self.result is not None:
            codings.undo_add_coding(self.project, self.result)


class RemoveCodingCommand(CoreCommand):
    """Remove one coding (undo restores it with the same id)."""

    def __init__(self, project, coding_id: int, code_name: str):
        super().__init__(QCoreApplication.translate("Commands", "Uncode '%1'").replace("%1", code_name))
        self.project, self.coding_id = project, coding_id
        self.removed = None

    def do(self) -> None:
        self.removed = codings.remove_coding(self.project, self.coding_id)

    def undo(self) -> None:
        codings.restore_codings(self.project, [self.removed])


class SetCodingMemoCommand(CoreCommand):
    """Set the memo of one coding."""

    def __init__(self, project, coding_id: int, memo: str):
        super().__init__(QCoreApplication.translate("Commands", "Edit coding memo"))
        self.project, self.coding_id, self.memo = project, coding_id, memo
        self.old = ""

    def do(self) -> None:
        self.old = codings.set_coding_memo(self.project, self.coding_id, self.memo)

    def undo(self) -> None:
        codings.set_coding_memo(self.project, self.coding_id, self.old)
