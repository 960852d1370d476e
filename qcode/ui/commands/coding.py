"""Undo commands for codings: apply, remove, memo. No widget references; the views refresh from
the project's change signals."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qcode.core import codings
from qcode.core.coding_edits import add_codings, reapply_coding, reapply_codings, undo_add_codings
from qcode.core.codings import CodingResult
from qcode.ui.commands import CoreCommand


class ApplyCodingCommand(CoreCommand):
    """Code a range of a document with a code."""

    def __init__(self, project, document_id: int, code_id: int, start: int, end: int, code_name: str):
        super().__init__(lambda: QCoreApplication.translate("Commands", "Code '%1'").replace("%1", code_name))
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
        super().__init__(lambda: QCoreApplication.translate("Commands", "Uncode '%1'")
                         .replace("%1", code_name))
        self.project, self.coding_id = project, coding_id
        self.removed = None

    def do(self) -> None:
        self.removed = codings.remove_coding(self.project, self.coding_id)

    def undo(self) -> None:
        codings.restore_codings(self.project, [self.removed])


class SetCodingMemoCommand(CoreCommand):
    """Set the memo of one coding."""

    def __init__(self, project, coding_id: int, memo: str):
        super().__init__(lambda: QCoreApplication.translate("Commands", "Edit coding memo"))
        self.project, self.coding_id, self.memo = project, coding_id, memo
        self.old = ""

    def do(self) -> None:
        self.old = codings.set_coding_memo(self.project, self.coding_id, self.memo)

    def undo(self) -> None:
        codings.set_coding_memo(self.project, self.coding_id, self.old)


class CodeHitsCommand(CoreCommand):
    """Code reviewed search hits with one code: one core call, one undo step. Hits that touch codings
    of the same code merge with them (as any coding does); undo takes back exactly what changed."""

    def __init__(self, project, code_id: int, hits: list, code_name: str):
        super().__init__(lambda: QCoreApplication.translate("Commands", "Code %1 hits with '%2'")
                         .replace("%1", str(len(hits))).replace("%2", code_name))
        self.project, self.code_id, self.hits = project, code_id, list(hits)
        self.done: list | None = None

    def do(self) -> None:
        if self.done is not None:  # redo after undo: the same ids come back for later commands
            reapply_codings(self.project, self.done)
            return
        self.done = add_codings(self.project, self.code_id,
                                [(h.document_id, h.start, h.end) for h in self.hits])
        if not any(result.created for result, _created in self.done):  # all coded already
            self.setObsolete(True)

    def undo(self) -> None:
        undo_add_codings(self.project, self.done or [])
