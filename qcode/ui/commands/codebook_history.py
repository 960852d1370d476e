"""Undo commands for the codebook history: splitting a code, and giving a change its reason."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qcode.core.code_split import SplitPart, SplitResult, split_code, unsplit_code
from qcode.core.codebook_history import set_reason
from qcode.ui.commands import CoreCommand


class SplitCodeCommand(CoreCommand):
    """Split a code into new codes; undo puts codings and sub-codes back, redo makes the same codes
    (same ids) again."""

    def __init__(self, project, code_id: int, name: str, parts: tuple[SplitPart, ...], as_children: bool,
                 reason: str = ""):
        super().__init__(lambda: QCoreApplication.translate("Commands", "Split '%1'").replace("%1", name))
        self.project, self.code_id, self.parts = project, code_id, parts
        self.as_children, self.reason = as_children, reason
        self.result: SplitResult | None = None

    def do(self) -> None:
        new_ids = self.result.new_ids if self.result is not None else None
        self.result = split_code(self.project, self.code_id, self.parts, as_children=self.as_children,
                                 reason=self.reason, new_ids=new_ids)

    def undo(self) -> None:
        unsplit_code(self.project, self.result)


class SetReasonCommand(CoreCommand):
    """Give a logged change of the codebook its reason (or change it)."""

    def __init__(self, project, log_id: int, reason: str):
        super().__init__(lambda: QCoreApplication.translate("Commands", "Reason for a codebook change"))
        self.project, self.log_id, self.reason = project, log_id, reason
        self.old = ""

    def do(self) -> None:
        self.old = set_reason(self.project, self.log_id, self.reason)

    def undo(self) -> None:
        set_reason(self.project, self.log_id, self.old)
