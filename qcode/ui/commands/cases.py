"""Undo commands for cases: set or clear an attribute value, rename a case, link or unlink a document."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from qcode.core import cases
from qcode.core.snapshots import Snapshot
from qcode.ui.commands import CoreCommand


def _fill(text: str, *values: str) -> str:
    """Put names into a translated label (names may contain '%', so no str.format)."""
    for n, value in reversed(list(enumerate(values, 1))):
        text = text.replace(f"%{n}", value)
    return text


class SetAttributeCommand(CoreCommand):
    """Give a case's attribute a value, or clear it (``new`` None); undo puts back ``old``."""

    def __init__(self, project, case_id: int, case_name: str, attribute: str, type_: str,
                 old: str | None, new: str | None):
        super().__init__(lambda: _fill(
            QCoreApplication.translate("Commands", "Set %1 of '%2'") if new is not None
            else QCoreApplication.translate("Commands", "Clear %1 of '%2'"), attribute, case_name))
        self.project, self.case_id, self.attribute, self.type = project, case_id, attribute, type_
        self.old, self.new = old, new

    def _put(self, value: str | None) -> None:
        if value is None:
            cases.remove_attribute(self.project, self.case_id, self.attribute)
        else:
            cases.set_attribute(self.project, self.case_id, self.attribute, value, self.type)

    def do(self) -> None:
        self._put(self.new)

    def undo(self) -> None:
        self._put(self.old)


class RenameCaseCommand(CoreCommand):
    """Rename a case, keeping both names."""

    def __init__(self, project, case_id: int, old: str, new: str):
        super().__init__(lambda: _fill(QCoreApplication.translate("Commands", "Rename case '%1' to '%2'"),
                                       old, new))
        self.project, self.case_id, self.old, self.new = project, case_id, old, new

    def do(self) -> None:
        self.old = cases.rename_case(self.project, self.case_id, self.new)

    def undo(self) -> None:
        cases.rename_case(self.project, self.case_id, self.old)


class LinkDocumentCommand(CoreCommand):
    """Say that a document belongs to a case (``link``) or no longer does; undo says the opposite."""

    def __init__(self, project, case_id: int, case_name: str, document_id: int, document_name: str,
                 link: bool = True):
        super().__init__(lambda: _fill(
            QCoreApplication.translate("Commands", "Link '%1' to case '%2'") if link
            else QCoreApplication.translate("Commands", "Unlink '%1' from case '%2'"),
            document_name, case_name))
        self.project, self.case_id, self.document_id, self.link = project, case_id, document_id, link

    def _put(self, link: bool) -> None:
        (cases.link_document if link else cases.unlink_document)(self.project, self.document_id, self.case_id)

    def do(self) -> None:
        self._put(self.link)

    def undo(self) -> None:
        self._put(not self.link)


class AddCaseCommand(CoreCommand):
    """Add a case; undo deletes it, redo brings back the same id."""

    def __init__(self, project, name: str):
        super().__init__(lambda: _fill(QCoreApplication.translate("Commands", "New case '%1'"), name))
        self.project, self.name = project, name
        self.case_id: int | None = None
        self._snapshot: Snapshot | None = None

    def do(self) -> None:
        if self._snapshot is None:
            self.case_id = cases.add_case(self.project, self.name)
        else:
            self.case_id = cases.restore_case(self.project, self._snapshot)

    def undo(self) -> None:
        self._snapshot = cases.delete_case(self.project, self.case_id)


class DefineAttributeCommand(CoreCommand):
    """Add an (empty) case attribute of a type; undo removes it with any values given since."""

    def __init__(self, project, name: str, type_: str):
        super().__init__(lambda: _fill(QCoreApplication.translate("Commands", "New attribute '%1'"), name))
        self.project, self.name, self.type = project, name, type_
        self._snapshot: Snapshot | None = None

    def do(self) -> None:
        if self._snapshot is not None:
            cases.restore_attribute(self.project, self._snapshot)
        else:
            cases.define_attribute(self.project, self.name, self.type)

    def undo(self) -> None:
        self._snapshot = cases.delete_attribute(self.project, self.name)
