"""Undo commands for the code tree: add, rename, move, edit fields, delete, merge (split and reasons:
:mod:`qcode.ui.commands.codebook_history`)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qcode.core import code_removal, codebook
from qcode.ui.commands import CoreCommand


def _fill(text: str, name: str = "", other: str = "") -> str:
    """Put code names into a translated label (names may contain '%', so no str.format)."""
    return text.replace("%1", name).replace("%2", other)


class AddCodeCommand(CoreCommand):
    """Create a code (undo deletes it; redo after undo restores the same id)."""

    def __init__(self, project, name: str, parent_id: int | None = None, colour: str | None = None):
        super().__init__(lambda: _fill(QCoreApplication.translate("Commands", "New code '%1'"), name))
        self.project, self.name, self.parent_id, self.colour = project, name, parent_id, colour
        self.code_id: int | None = None
        self._snapshot = None

    def do(self) -> None:
        if self._snapshot is not None:
            code_removal.restore_codes(self.project, self._snapshot)
        else:
            self.code_id = codebook.add_code(self.project, self.name, self.parent_id, colour=self.colour)

    def undo(self) -> None:
        self._snapshot = code_removal.delete_code(self.project, self.code_id)


class RenameCodeCommand(CoreCommand):
    """Rename a code, keeping both names."""

    def __init__(self, project, code_id: int, old: str, new: str):
        super().__init__(lambda: _fill(QCoreApplication.translate("Commands", "Rename '%1' to '%2'"),
                                       old, new))
        self.project, self.code_id, self.old, self.new = project, code_id, old, new

    def do(self) -> None:
        codebook.rename_code(self.project, self.code_id, self.new)

    def undo(self) -> None:
        codebook.rename_code(self.project, self.code_id, self.old)


class UpdateCodeCommand(CoreCommand):
    """Change colour, description or criteria of a code."""

    def __init__(self, project, code_id: int, name: str, **fields: str):
        colour_only = set(fields) == {"colour"}
        super().__init__(lambda: _fill(QCoreApplication.translate("Commands", "Colour of '%1'") if colour_only
                                       else QCoreApplication.translate("Commands", "Edit '%1'"), name))
        self.project, self.code_id, self.fields = project, code_id, fields
        self.before: dict[str, str] = {}

    def do(self) -> None:
        old = codebook.update_code(self.project, self.code_id, **self.fields)
        self.before = {k: getattr(old, k) for k in self.fields}

    def undo(self) -> None:
        codebook.update_code(self.project, self.code_id, **self.before)


class MoveCodeCommand(CoreCommand):
    """Move a code (with its sub-codes) under a new parent and/or position."""

    def __init__(self, project, code_id: int, name: str, new_parent_id: int | None, position: int | None):
        super().__init__(lambda: _fill(QCoreApplication.translate("Commands", "Move '%1'"), name))
        self.project, self.code_id = project, code_id
        self.new_parent_id, self.position = new_parent_id, position
        self.old: tuple[int | None, int] | None = None

    def do(self) -> None:
        self.old = codebook.move_code(self.project, self.code_id, self.new_parent_id, self.position)

    def undo(self) -> None:
        codebook.move_code(self.project, self.code_id, *self.old)


class DeleteCodeCommand(CoreCommand):
    """Delete a code with its sub-codes and codings."""

    def __init__(self, project, code_id: int, name: str, reason: str = ""):
        super().__init__(lambda: _fill(QCoreApplication.translate("Commands", "Delete code '%1'"), name))
        self.project, self.code_id, self.reason = project, code_id, reason
        self.snapshot = None

    def do(self) -> None:
        self.snapshot = code_removal.delete_code(self.project, self.code_id, self.reason)

    def undo(self) -> None:
        code_removal.restore_codes(self.project, self.snapshot)


class MergeCodesCommand(CoreCommand):
    """Merge one code into another."""

    def __init__(self, project, source_id: int, target_id: int, source: str, target: str, reason: str = ""):
        super().__init__(lambda: _fill(QCoreApplication.translate("Commands", "Merge '%1' into '%2'"),
                                       source, target))
        self.project, self.source_id, self.target_id, self.reason = project, source_id, target_id, reason
        self.snapshot = None

    def do(self) -> None:
        self.snapshot = code_removal.merge_codes(self.project, self.source_id, self.target_id, self.reason)

    def undo(self) -> None:
        code_removal.restore_codes(self.project, self.snapshot)
