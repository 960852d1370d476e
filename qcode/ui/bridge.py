"""ProjectEvents: the one object that turns the core's plain-Python change records into Qt signals.
Widgets connect here and refresh from these signals only; they never tell each other domain facts."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from qcode.core import changes
from qcode.core.changes import Change


class ProjectEvents(QObject):
    """Re-emits a project's :class:`Change` records as typed Qt signals on the GUI thread."""

    documents_changed = Signal(tuple)  # document ids touched (empty: unknown / all)
    codebook_changed = Signal(tuple)  # code ids touched
    codings_changed = Signal(tuple, tuple)  # coding ids, document ids
    cases_changed = Signal(tuple)  # case ids
    memos_changed = Signal(tuple)  # memo ids
    anonymisation_changed = Signal(tuple)  # document ids
    any_changed = Signal()  # after every change, for "modified" indicators

    def __init__(self, project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        project.changes.subscribe(self._on_change)

    def detach(self) -> None:
        """Stop listening (before the project is closed)."""
        self.project.changes.unsubscribe(self._on_change)

    def _on_change(self, change: Change) -> None:
        kind = change.kind
        if kind == changes.DOCUMENTS:
            self.documents_changed.emit(change.document_ids or change.ids)
        elif kind == changes.CODEBOOK:
            self.codebook_changed.emit(change.ids)
        elif kind == changes.CODINGS:
            self.codings_changed.emit(change.ids, change.document_ids)
        elif kind == changes.CASES:
            self.cases_changed.emit(change.ids)
        elif kind == changes.MEMOS:
            self.memos_changed.emit(change.ids)
        elif kind == changes.ANONYMISATION:
            self.anonymisation_changed.emit(change.document_ids or change.ids)
            # Anonymisation rewrites texts: documents and codings both move.
            self.documents_changed.emit(change.document_ids)
        self.any_changed.emit()
