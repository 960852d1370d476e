"""ProjectEvents: the one object that turns the core's plain-Python change records into Qt signals.

The workspace of an open project owns the only one and hands it to every window and dialog that shows
the project (analysis window, quote workbench, case sheet, anonymisation review). Widgets connect here
and refresh from these signals only; they never tell each other domain facts. Changes made on a
background job's own connection reach it too: the worker announces them again on this project."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from qcode.core import changes
from qcode.core.changes import Change


class ProjectEvents(QObject):
    """Re-emits a project's :class:`Change` records as typed Qt signals on the GUI thread."""

    documents_changed = Signal(tuple)  # document ids touched (empty: unknown / all)
    codebook_changed = Signal(tuple)  # code ids touched
    codings_changed = Signal(tuple, tuple)  # coding ids, document ids
    cases_changed = Signal(tuple)  # case ids (empty: unknown / all, as after a new attribute)
    memos_changed = Signal(tuple)  # memo ids
    coders_changed = Signal(tuple)  # coder ids
    anonymisation_changed = Signal(tuple)  # document ids, else entity ids
    any_changed = Signal()  # after every change, for "modified" indicators
    closing = Signal()  # the project is about to close: windows that show it close too
    view_mode_changed = Signal(bool)  # the pseudonymised view turned on (True) or off

    pseudonymised = False  # whether windows show the project as its exports do (View → pseudonymised)

    def set_pseudonymised(self, on: bool) -> None:
        """Tell every window that shows the project that the pseudonymised view turned on or off."""
        if on != self.pseudonymised:
            self.pseudonymised = on
            self.view_mode_changed.emit(on)

    def __init__(self, project, parent: QObject | None = None):
        super().__init__(parent)
        self.project = project
        project.changes.subscribe(self._on_change)

    def detach(self) -> None:
        """Say that the project closes, and stop listening (before the project is closed)."""
        self.closing.emit()
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
        elif kind == changes.CODERS:
            self.coders_changed.emit(change.ids)
        elif kind == changes.ANONYMISATION:
            self.anonymisation_changed.emit(change.document_ids or change.ids)
            # Anonymisation rewrites texts: documents and codings both move.
            self.documents_changed.emit(change.document_ids)
        self.any_changed.emit()
