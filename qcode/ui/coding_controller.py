"""CodingController: turns coding requests from the document view and the codebook (click, drop,
keys 1–9, Ctrl+K, in-vivo, uncode, coding memo) into undo commands, and keeps the list of recent
codes. It holds the project and the undo stack; the widgets only emit requests."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from qcode.core import codebook
from qcode.core import codings as core_codings
from qcode.ui.actions import pseudonymised_toggle
from qcode.ui.commands import push
from qcode.ui.commands.codebook import AddCodeCommand
from qcode.ui.commands.coding import ApplyCodingCommand, RemoveCodingCommand, SetCodingMemoCommand
from qcode.ui.dialogs import ask
from qcode.ui.dialogs.code_picker import CodePickerDialog

INVIVO_MAX = 60
PASSAGE_SHOWN = 200  # characters of a coding's passage in the memo question


class CodingController(QObject):
    """Applies and removes codings on the current document view through the undo stack."""

    message = Signal(str)  # a short status-bar line
    error = Signal(object)  # a QcodeError to show

    def __init__(self, project, stack: QUndoStack, view, codebook_view, parent=None):
        super().__init__(parent)
        self.project, self.stack, self.view, self.tree = project, stack, view, codebook_view
        self.recent: list[int] = []
        view.recent_code_key.connect(self.apply_recent)
        view.uncode_requested.connect(self.uncode)
        view.memo_requested.connect(self.edit_memo)
        view.invivo_requested.connect(self.invivo)
        view.code_requested.connect(self.apply)
        codebook_view.selection_dropped.connect(self._dropped)
        codebook_view.apply_requested.connect(self._apply_from_tree)
        codebook_view.model().modelReset.connect(lambda: setattr(view, "menu_codes", self.recent_codes()))
        view.menu_codes = self.recent_codes()

    def _push(self, command) -> bool:
        error = push(self.stack, command)
        if error is not None:
            self.error.emit(error)
        return error is None

    def _explain_no_selection(self) -> None:
        """Why nothing was coded. In the pseudonymised view a selection exists but is of the shown
        (pseudonymised) words, not the stored text the codings belong to, so coding is off there."""
        if self.view.pseudonymised:
            where, keys = pseudonymised_toggle()
            self.message.emit(self.tr(
                "Coding is off in the pseudonymised view: it shows other words than the stored text. "
                "Turn it off to code: %1 (%2).").replace("%1", where).replace("%2", keys))
        else:
            self.message.emit(self.tr("Select some text first."))

    def recent_codes(self) -> list[int]:
        """Codes for keys 1–9: used most recently first, then the tree's order."""
        known = [c.id for c in self.tree.model().codes()]
        ordered = [c for c in self.recent if c in known] + [c for c in known if c not in self.recent]
        return ordered[:9]

    def _remember(self, code_id: int) -> None:
        self.recent = [code_id] + [c for c in self.recent if c != code_id]
        self.view.menu_codes = self.recent_codes()

    def apply(self, code_id: int, rng: tuple[int, int] | None = None, document_id: int | None = None) -> bool:
        """Code the selection (or ``rng``) with a code, as one undo step."""
        document_id = self.view.document_id if document_id is None else document_id
        rng = rng or self.view.selection_range()
        if rng is None or document_id is None:
            self._explain_no_selection()
            return False
        name = codebook.get_code(self.project, code_id).name
        ok = self._push(ApplyCodingCommand(self.project, document_id, code_id, rng[0], rng[1], name))
        if ok:
            self._remember(code_id)
            self.message.emit(self.tr("Coded with '%1'").replace("%1", name))
        return ok

    def apply_recent(self, n: int) -> None:
        """Keys 1–9: apply the n-th recent code to the selection."""
        codes = self.recent_codes()
        if 1 <= n <= len(codes):
            self.apply(codes[n - 1])

    def apply_by_name(self, path: str) -> bool:
        """Apply the code at ``path`` ("parent/child"), creating the missing codes of the path;
        creating and coding are one undo step."""
        rng = self.view.selection_range()
        if rng is None:
            self._explain_no_selection()
            return False
        parts = [part.strip() for part in path.split("/")]
        if not all(parts):
            self.message.emit(self.tr("A code name cannot be empty."))
            return False
        parent_id, missing = None, parts
        for n, part in enumerate(parts):
            # Case-insensitive, as core's duplicate check among siblings is.
            found = next((c for c in codebook.children(self.project, parent_id)
                          if c.name.lower() == part.lower()), None)
            if found is None:
                missing = parts[n:]
                break
            parent_id = found.id
        else:
            return self.apply(parent_id, rng)
        new_name = missing[-1]

        def label() -> str:
            return self.tr("Code with new code '%1'").replace("%1", new_name)

        self.stack.beginMacro(label())
        ok = True
        try:
            for n, part in enumerate(missing):
                add = AddCodeCommand(self.project, part, parent_id)
                if n == 0:
                    add.macro_label = label  # the macro's text follows a language switch through it
                ok = self._push(add)
                if not ok:
                    break
                parent_id = add.code_id
            if ok:
                ok = self.apply(parent_id, rng)
        finally:
            self.stack.endMacro()
        if not ok:
            self.stack.undo()  # take back the codes this step did create
        return ok

    def pick_and_apply(self) -> None:
        """Ctrl+K: search codes by name and apply one (or a new one)."""
        if self.view.selection_range() is None:
            self._explain_no_selection()
            return
        by_id = {c.id: c for c in self.tree.model().codes()}
        order = self.recent_codes() + [c for c in by_id if c not in self.recent_codes()]
        paths = [codebook.code_path(self.project, c) for c in order]
        choice = CodePickerDialog.pick(self.view.window(), paths)
        if choice:
            self.apply_by_name(choice)

    def invivo(self) -> None:
        """The selected words become a new top-level code that codes them."""
        text = " ".join(self.view.selected_text().split()).strip(" .,;:!?\"'«»")
        if not text:
            self._explain_no_selection()
            return
        name = text if len(text) <= INVIVO_MAX else text[:INVIVO_MAX].rsplit(" ", 1)[0] + "…"
        self.apply_by_name(name.replace("/", "-"))

    def uncode(self, coding_id: int) -> bool:
        """Remove one of your own codings (another coder's coding is theirs to remove)."""
        coding = core_codings.get_coding(self.project, coding_id)
        name = codebook.get_code(self.project, coding.code_id).name
        shown = self.view.shown_text(name)  # the status bar as the view shows text
        if not self.view.is_own(coding):
            self.message.emit(self.tr("'%1' here was coded by %2; uncode removes only your own codings.")
                              .replace("%1", shown).replace("%2", self.view.coder_name(coding.coder_id)))
            return False
        done = self._push(RemoveCodingCommand(self.project, coding_id, name))
        if done and (coding.memo or "").strip():  # a memo goes with its coding: say so, and how to undo
            said = self.tr("Uncoded '%1' and its memo; Ctrl+Z brings both back.")
            self.message.emit(said.replace("%1", shown))
        return done

    def uncode_selected_code(self) -> None:
        """Remove the selected code's codings under the cursor or selection (your own only)."""
        code_id = self.tree.current_code_id()
        by_id = {c.id: c for c in self.view.codings}
        for coding_id in self.view.codings_at_cursor():
            coding = by_id[coding_id]
            if (code_id is None or coding.code_id == code_id) and self.view.is_own(coding):
                self.uncode(coding_id)

    def edit_memo(self, coding_id: int) -> None:
        """Ask for and set the memo of one of your own codings."""
        coding = core_codings.get_coding(self.project, coding_id)
        if not self.view.is_own(coding):
            return
        # The question shows what the memo is about: the code and the passage, as the view shows it.
        passage = " ".join(self.view.shown_passage(coding.start, coding.end).split())
        if len(passage) > PASSAGE_SHOWN:
            passage = passage[:PASSAGE_SHOWN].rsplit(" ", 1)[0] + " …"
        name = self.view.code_name(coding.code_id)  # as the passage: pseudonymised in that view
        label = self.tr("Memo on '%1' for: “%2”").replace("%1", name).replace("%2", passage)
        memo = ask.text(self.view.window(), self.tr("Memo on coding"), label, coding.memo, True)
        if memo is not None and memo != coding.memo:
            self._push(SetCodingMemoCommand(self.project, coding_id, memo))

    def _dropped(self, code_id: int, document_id: str, start: int, end: int) -> None:
        self.apply(code_id, (start, end), int(document_id))

    def _apply_from_tree(self, code_id: int) -> None:
        # Applying from the tree clears the selection, so that a second double-click (meant for
        # another code) cannot code the same words again by accident.
        if self.apply(code_id):
            cursor = self.view.textCursor()
            cursor.clearSelection()
            self.view.setTextCursor(cursor)

    def jump(self, forward: bool) -> None:
        """Select the next/previous coding of the selected code in this document."""
        code_id = self.tree.current_code_id()
        cursor = self.view.textCursor()
        here = cursor.selectionStart()
        index = self.view.index
        span = index.next_start(here, code_id) if forward else index.previous_start(here, code_id)
        if span is None:
            self.message.emit(self.tr("No more codings of this code in the document."))
            return
        coding = next(c for c in self.view.codings if c.id == span.coding_id)
        self.view.select_range(coding.start, coding.end)
