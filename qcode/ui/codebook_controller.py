"""CodebookController: turns the code tree's requests (new, rename, move, merge, split, delete, edit,
colour) into undo commands, asking the user through ``dialogs.ask`` (merge, split and delete: through
dialogs with a reason for the codebook history) where a choice is needed. In the pseudonymised view the
questions name codes as the tree shows them, and the editors of a code's stored texts (rename,
description) are off: they would start from the shown words and store them."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QUndoStack
from PySide6.QtWidgets import QColorDialog

from qcode.core import codebook
from qcode.core import codings as core_codings
from qcode.ui.actions import pseudonymised_toggle
from qcode.ui.commands import push
from qcode.ui.commands.codebook import (
    AddCodeCommand,
    DeleteCodeCommand,
    MergeCodesCommand,
    MoveCodeCommand,
    RenameCodeCommand,
    UpdateCodeCommand,
)
from qcode.ui.dialogs import ask
from qcode.ui.dialogs.code_change import DeleteCodeDialog, MergeCodeDialog
from qcode.ui.dialogs.code_editor import CodeEditorDialog


class CodebookController(QObject):
    """Owns no state but the project and the undo stack; the tree refreshes from the bridge."""

    error = Signal(object)
    message = Signal(str)  # a short status-bar line

    def __init__(self, project, stack: QUndoStack, tree, parent=None, events=None):
        super().__init__(parent)
        self.project, self.stack, self.tree = project, stack, tree
        self.events = events  # the workspace's ProjectEvents, for the windows opened from the tree
        model = tree.model()
        model.rename_requested.connect(self.rename)
        # Queued: the move resets the model, which must not happen inside the view's drop handler.
        model.move_requested.connect(self.move, Qt.QueuedConnection)
        tree.new_code_requested.connect(self.new_code)
        tree.merge_requested.connect(self.merge)
        tree.split_requested.connect(self.split)
        tree.delete_requested.connect(self.delete)
        tree.history_requested.connect(self.history)
        tree.open_requested.connect(self.open_code)
        tree.edit_requested.connect(self.edit)
        tree.colour_requested.connect(self.colour)
        tree.rename_refused.connect(self._explain_read_only)

    def _push(self, command) -> bool:
        error = push(self.stack, command)
        if error is not None:
            self.error.emit(error)
        return error is None

    def _name(self, code_id: int) -> str:
        return codebook.get_code(self.project, code_id).name

    def _shown(self, text: str) -> str:
        """A code's name or path as the tree shows it (pseudonymised in that view)."""
        shown_text = self.tree.model().shown_text
        return shown_text(text) if shown_text is not None else text

    def _read_only(self) -> bool:
        """Whether the stored texts of codes cannot be edited now (the pseudonymised view); says why."""
        if self.tree.model().pseudonymised:
            self._explain_read_only()
            return True
        return False

    def _explain_read_only(self) -> None:
        where, keys = pseudonymised_toggle()
        self.message.emit(self.tr(
            "Code names and descriptions cannot be edited in the pseudonymised view: it shows other words "
            "than the stored ones. Turn it off to edit them: %1 (%2).").replace("%1", where).replace(
            "%2", keys))

    def new_code(self, parent_id: int | None = None) -> None:
        """Ask for a name and add a code (under ``parent_id``, which the question names)."""
        if parent_id is None:
            title, label = self.tr("New code"), self.tr("Name:")
        else:
            parent = self._shown(codebook.code_path(self.project, parent_id))
            title = self.tr("New sub-code")
            label = self.tr("Name of the new sub-code of '%1':").replace("%1", parent)
        name: str | None = ""
        # a refused name ("already exists") is asked again with what was typed, not lost
        while (name := ask.text(self.tree.window(), title, label, name or "")) and name.strip():
            add = AddCodeCommand(self.project, name.strip(), parent_id)
            if self._push(add):
                self.tree.select_code(add.code_id)
                return

    def rename(self, code_id: int, name: str) -> None:
        """Rename a code (from the tree's inline editor; never in the pseudonymised view)."""
        if self._read_only():
            return
        self._push(RenameCodeCommand(self.project, code_id, self._name(code_id), name))

    def move(self, code_id: int, parent_id: int | None, position: int) -> None:
        """Move a code after a drop in the tree (position -1: at the end)."""
        self._push(MoveCodeCommand(self.project, code_id, self._name(code_id), parent_id,
                                   None if position < 0 else position))

    def merge(self, source_id: int) -> None:
        """Ask for a target and merge the code into it."""
        excluded = set(codebook.descendant_ids(self.project, source_id))
        targets: dict[str, int] = {}
        for c in codebook.list_codes(self.project):
            if c.id not in excluded:
                shown = self._shown(codebook.code_path(self.project, c.id))
                # two paths may be pseudonymised alike; each stays a choice of its own
                targets[shown if shown not in targets else f"{shown} (#{c.id})"] = c.id
        source = self._name(source_id)
        answer = MergeCodeDialog.ask_merge(self.tree.window(), self._shown(source), list(targets))
        if answer:
            choice, reason = answer
            self._push(MergeCodesCommand(self.project, source_id, targets[choice], source,
                                         self._name(targets[choice]), reason))

    def split(self, code_id: int) -> None:
        """Ask how to split the code and split it (undoable)."""
        from qcode.ui.commands.codebook_history import SplitCodeCommand  # noqa: PLC0415 (the split and its history code load on first use, not at start)
        from qcode.ui.dialogs.split_code import SplitCodeDialog  # noqa: PLC0415 (the split and its history code load on first use, not at start)

        request = SplitCodeDialog.ask_split(self.tree.window(), self.project, code_id,
                                            pseudonymised=self.tree.model().pseudonymised)
        if request is not None:
            self._push(SplitCodeCommand(self.project, code_id, self._name(code_id), request.parts,
                                        request.as_children, request.reason))

    def delete(self, code_id: int) -> None:
        """Delete a code with its sub-codes and codings, after confirmation."""
        name = self._name(code_id)
        count = len(core_codings.codings_for_code(self.project, code_id, include_children=True))
        reason = DeleteCodeDialog.ask_delete(self.tree.window(), self._shown(name), count)
        if reason is not None:
            self._push(DeleteCodeCommand(self.project, code_id, name, reason))

    def history(self, code_id: int) -> None:
        """Show the codebook history of one code."""
        # The history window brings the analysis tables and the exports with it: loaded on first use, as
        # the main window's entry points load theirs, so the coding workspace starts without them.
        from qcode.ui.dialogs import codebook_history  # noqa: PLC0415 (~0.1 s: the export package)

        codebook_history.open_history(self.tree.window(), self.events, code_id)

    def open_code(self, code_id: int) -> None:
        """Open a code, as NVivo does: its coded segments in the analysis window's segments view."""
        from qcode.ui import analysis  # noqa: PLC0415 (the analysis views load on first use)

        view = analysis.open_analysis(self.tree.window(), self.events, "segments")
        view.select(code_id)

    def edit(self, code_id: int) -> None:
        """Edit description and criteria in a dialog (not in the pseudonymised view)."""
        if self._read_only():
            return
        fields = CodeEditorDialog.edit(self.tree.window(), codebook.get_code(self.project, code_id))
        if fields:
            self._push(UpdateCodeCommand(self.project, code_id, self._name(code_id), **fields))

    def colour(self, code_id: int) -> None:
        """Pick a new colour for a code."""
        code = codebook.get_code(self.project, code_id)
        chosen = QColorDialog.getColor(QColor(code.colour), self.tree.window(), self.tr("Code colour"))
        if chosen.isValid() and chosen.name() != code.colour:
            self._push(UpdateCodeCommand(self.project, code_id, code.name, colour=chosen.name()))
