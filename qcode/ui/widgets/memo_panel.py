"""MemoPanel: memos of the current document and code (and the project's), with an editor. The
"Attached to" line says what the memo in the editor is attached to; for a new memo it is a choice that
starts at what the coder selected last (a document in the list or a code in the codebook). Saving,
adding and deleting push undo commands; the list refreshes from the bridge's memo signal. In the
pseudonymised view memos are shown as the transcript shows text, and read-only (a note says why): saving
what is shown would store the pseudonyms in place of what was written. A draft in the editor when the view
turns on is kept, unshown, and comes back when it turns off."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from qcode.core import codebook, documents, memos
from qcode.core.errors import QcodeError
from qcode.core.types import Memo

DOCUMENT, CODE, PROJECT = "document", "code", "project"
CODING_ROLE = Qt.UserRole + 1  # a coding memo's item: the coding's id (its Qt.UserRole is None)


class MemoPanel(QWidget):
    """List + editor; ``command_requested`` carries ('add'|'save'|'delete', values)."""

    # ('add', {title, body, document_id, code_id}) | ('save', {memo_id, title, body}) |
    # ('delete', {memo_id}); the workspace turns each into an undo command
    command_requested = Signal(str, dict)
    coding_chosen = Signal(int)  # coding id: a coding memo was picked in the list, show its passage

    def __init__(self, project, parent=None):
        super().__init__(parent)
        self.project = project
        self.document_id: int | None = None
        self.code_id: int | None = None
        self.last_selected = DOCUMENT  # what the coder picked last: a new memo is about that
        # How documents are named here; the workspace passes the document list's (pseudonymised) names.
        self.document_label: Callable[[int], str | None] | None = None
        # The open document's coding memos, (coding id, code name, memo as shown); the workspace passes
        # the transcript view's. They are listed after the memos and shown read-only: a coding memo is
        # written from its coding (right-click → Memo…).
        self.coding_memos: Callable[[], list[tuple[int, str, str]]] | None = None
        # The pseudonymised view's rendering of a text (the transcript view's); None: memos as written.
        self.shown_text: Callable[[str], str] | None = None
        self._kept_draft: tuple[int | None, str, str] | None = None  # (memo id, title, body) while shown
        self.read_only_note = QLabel(self)
        self.read_only_note.setWordWrap(True)
        self.read_only_note.setStyleSheet("color: palette(mid);")
        self.read_only_note.hide()
        self.list = QListWidget(self)
        self.about_label = QLabel(self)
        self.target = QComboBox(self)
        self.target.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.title = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setTabChangesFocus(True)  # Tab moves on, as everywhere else: a memo needs no tab stops
        self.new_button = QPushButton(self)
        self.save_button = QPushButton(self)
        self.delete_button = QPushButton(self)
        self.delete_button.setEnabled(False)
        about = QHBoxLayout()
        about.addWidget(self.about_label)
        about.addWidget(self.target, 1)
        # One row of buttons, or two in a narrow panel (at a large scale factor): the panel neither
        # widens for them nor clips their labels ("Nyt memo", not "yt mem").
        self.buttons = buttons = QGridLayout()
        buttons.setSpacing(3)
        for b in (self.new_button, self.save_button, self.delete_button):
            b.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Fixed)
        self._button_rows = 0
        # An empty memo panel shrinks to a few lines; the codebook above it keeps the room.
        self.list.setMinimumHeight(24)
        self.body.setMinimumHeight(24)
        self.target.setMinimumContentsLength(6)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.setSpacing(3)
        layout.addWidget(self.list, 2)
        layout.addLayout(about)
        layout.addWidget(self.title)
        layout.addWidget(self.body, 3)
        layout.addWidget(self.read_only_note)
        layout.addLayout(buttons)
        self.list.currentItemChanged.connect(self._show)
        self.new_button.clicked.connect(self.new_memo)
        self.save_button.clicked.connect(self._save)
        self.delete_button.clicked.connect(self._delete)
        self.retranslate()
        self._arrange_buttons()
        self._fill_targets()

    def retranslate(self) -> None:
        self.about_label.setText(self.tr("Attached to:"))
        self.title.setPlaceholderText(self.tr("Title"))
        self.body.setPlaceholderText(self.tr("Write a memo…"))
        self.new_button.setText(self.tr("New memo"))
        self.save_button.setText(self.tr("Save"))
        self.delete_button.setText(self.tr("Delete"))
        self.read_only_note.setText(self.tr(
            "Read-only in the pseudonymised view: it shows pseudonyms, not what was written."))
        self.refresh_names()  # the targets and the list say "Document:"/"Code:" in the new language too
        self._refresh_about()
        self._button_rows = 0  # the labels' widths changed
        self._arrange_buttons()

    def _arrange_buttons(self) -> None:
        """All three buttons in a row when their labels fit, else New memo above Save and Delete."""
        if not hasattr(self, "buttons"):
            return
        items = (self.new_button, self.save_button, self.delete_button)
        # A label's own width plus the button's frame (the style's minimum of 80 px is not needed).
        needed = (sum(b.fontMetrics().horizontalAdvance(b.text()) + 20 for b in items)
                  + 2 * self.buttons.spacing())
        margins = self.layout().contentsMargins() if self.layout() is not None else None
        room = self.width() - (margins.left() + margins.right() if margins is not None else 0)
        rows = 1 if needed <= room else 2
        if rows == self._button_rows:
            return
        self._button_rows = rows
        for b in items:
            self.buttons.removeWidget(b)
        if rows == 1:
            for column, b in enumerate(items):
                self.buttons.addWidget(b, 0, column)
        else:
            self.buttons.addWidget(self.new_button, 0, 0, 1, 2)
            self.buttons.addWidget(self.save_button, 1, 0)
            self.buttons.addWidget(self.delete_button, 1, 1)

    def resizeEvent(self, event) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._arrange_buttons()

    # -- context -----------------------------------------------------------------------------------
    def set_context(self, document_id: int | None, code_id: int | None) -> None:
        """Show the memos of this document and code (and the project's); the one that changed is
        what a new memo is about by default."""
        if code_id != self.code_id and code_id is not None:
            self.last_selected = CODE
        elif document_id != self.document_id and document_id is not None:
            self.last_selected = DOCUMENT
        self.document_id, self.code_id = document_id, code_id
        self.reload()
        if self.current_memo_id() is None and not self._has_draft():
            self._fill_targets()

    def current_memo_id(self) -> int | None:
        """The selected memo's id, or None."""
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None else None

    def select_memo(self, memo_id: int) -> None:
        """Select a listed memo and show it in the editor (a memo about something not shown now, such
        as a document left while writing it, is saved: the editor is cleared instead)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.UserRole) == memo_id:
                self.list.setCurrentRow(row)
                return
        self._show(None)

    def reload(self) -> None:
        """Re-read the memo list, keeping the selection (and an unsaved new memo in the editor)."""
        keep = self.current_memo_id()
        current = self.list.currentItem()
        keep_coding = current.data(CODING_ROLE) if current is not None else None
        self.list.blockSignals(True)
        self.list.clear()
        shown: list[Memo] = []
        if self.document_id is not None:
            shown += memos.list_memos(self.project, document_id=self.document_id)
        if self.code_id is not None:
            shown += memos.list_memos(self.project, code_id=self.code_id)
        shown += [m for m in memos.list_memos(self.project)
                  if m.document_id is None and m.code_id is None and m.coding_id is None]
        for memo in shown:
            item = QListWidgetItem(self._shown(memo.title) or self.tr("(untitled)"), self.list)
            item.setData(Qt.UserRole, memo.id)
            # shown whole, then cut: a name cut in two ("Bir") would not be recognised
            item.setToolTip(f"{self._describe(memo)}\n\n{self._shown(memo.body)[:300]}".strip())
            if memo.id == keep:
                self.list.setCurrentItem(item)
        for coding_id, code, text in self.coding_memos() if self.coding_memos is not None else []:
            first = " ".join(text.split())
            item = QListWidgetItem(f"{code}: {first[:50]}{'…' if len(first) > 50 else ''}", self.list)
            item.setData(CODING_ROLE, coding_id)
            item.setToolTip(f"{self._coding_about(code)}\n\n{text[:300]}")
            if coding_id == keep_coding:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if keep is not None or keep_coding is not None:  # the memo shown may have changed or gone
            self._show(self.list.currentItem())

    # -- the pseudonymised view ---------------------------------------------------------------------
    @property
    def pseudonymised(self) -> bool:
        """Whether memos are shown pseudonymised (and read-only)."""
        return self.shown_text is not None

    def _shown(self, text: str) -> str:
        return self.shown_text(text) if self.shown_text is not None and text else text

    def set_shown_text(self, shown_text: Callable[[str], str] | None) -> None:
        """Show memos through ``shown_text`` (the pseudonymised view) read-only, or as written (None)."""
        if shown_text is not None and self.shown_text is None and self._is_edited():
            self._kept_draft = (self.current_memo_id(), self.title.text(), self.body.toPlainText())
        self.shown_text = shown_text
        self.read_only_note.setVisible(shown_text is not None)
        self.new_button.setEnabled(shown_text is None)
        self.refresh_names()
        self._show(self.list.currentItem())
        if shown_text is None and self._kept_draft is not None:
            memo_id, title, body = self._kept_draft
            self._kept_draft = None
            if memo_id is not None:
                self.select_memo(memo_id)  # still listed unless another document or code was chosen
            if memo_id is None or memo_id == self.current_memo_id():
                self.title.setText(title)
                self.body.setPlainText(body)

    def _is_edited(self) -> bool:
        """Whether the editor holds text not saved: a new memo's, or a change to the memo shown."""
        memo_id = self.current_memo_id()
        if memo_id is None:
            return self._has_draft()
        try:
            memo = memos.get_memo(self.project, memo_id)
        except QcodeError:
            return False
        return (self.title.text(), self.body.toPlainText()) != (memo.title, memo.body)

    # -- what a memo is about ------------------------------------------------------------------------
    def refresh_names(self) -> None:
        """Show document names again (after the pseudonymised view was turned on or off)."""
        self.reload()
        if self.current_memo_id() is None and not self._has_draft():
            self._fill_targets()

    def _document_name(self, document_id: int) -> str:
        shown = self.document_label(document_id) if self.document_label is not None else None
        if shown:
            return shown
        try:
            return documents.get_document(self.project, document_id).name
        except QcodeError:
            return "?"

    def _code_name(self, code_id: int) -> str:
        try:
            return self._shown(codebook.code_path(self.project, code_id))
        except QcodeError:
            return "?"

    def _coding_about(self, code: str) -> str:
        return self.tr("A coding of '%1'").replace("%1", code)

    def _describe(self, memo: Memo) -> str:
        if memo.document_id is not None:
            return self.tr("Document: %1").replace("%1", self._document_name(memo.document_id))
        if memo.code_id is not None:
            return self.tr("Code: %1").replace("%1", self._code_name(memo.code_id))
        if memo.coding_id is not None:
            return self.tr("A coding")
        return self.tr("The whole project")

    def _fill_targets(self) -> None:
        """Offer what a new memo can be about; what was selected last comes first and is chosen."""
        options = []
        if self.document_id is not None:
            options.append(((DOCUMENT, self.document_id),
                            self.tr("Document: %1").replace("%1", self._document_name(self.document_id))))
        if self.code_id is not None:
            options.append(((CODE, self.code_id),
                             self.tr("Code: %1").replace("%1", self._code_name(self.code_id))))
        options.sort(key=lambda o: o[0][0] != self.last_selected)
        options.append(((PROJECT, None), self.tr("The whole project")))
        self.target.clear()
        for data, text in options:
            self.target.addItem(text, data)
        self.target.setCurrentIndex(0)
        self.target.setEnabled(True)

    def _refresh_about(self) -> None:
        memo_id = self.current_memo_id()
        if memo_id is None:
            return
        try:
            memo = memos.get_memo(self.project, memo_id)
        except QcodeError:
            return
        self.target.clear()
        self.target.addItem(self._describe(memo), None)
        self.target.setEnabled(False)  # a saved memo stays where it is

    def attachment(self) -> tuple[str, int | None]:
        """What the memo in the editor is (or will be) about: (kind, id)."""
        memo_id = self.current_memo_id()
        if memo_id is not None:
            memo = memos.get_memo(self.project, memo_id)
            if memo.document_id is not None:
                return DOCUMENT, memo.document_id
            if memo.code_id is not None:
                return CODE, memo.code_id
            return PROJECT, None
        data = self.target.currentData()
        return tuple(data) if data else (PROJECT, None)

    # -- editing -----------------------------------------------------------------------------------
    def _has_draft(self) -> bool:
        return bool(self.title.text().strip() or self.body.toPlainText().strip())

    def _show(self, item, _previous=None) -> None:
        coding_id = item.data(CODING_ROLE) if item is not None else None
        for editor in (self.title, self.body):
            editor.setReadOnly(coding_id is not None or self.pseudonymised)
        self.save_button.setEnabled(coding_id is None and not self.pseudonymised)
        if coding_id is not None:
            self._show_coding_memo(item, coding_id)
            return
        memo = None
        if item is not None:
            try:
                memo = memos.get_memo(self.project, item.data(Qt.UserRole))
            except QcodeError:
                memo = None
        self.title.setText(self._shown(memo.title) if memo else "")
        self.body.setPlainText(self._shown(memo.body) if memo else "")
        self.delete_button.setEnabled(memo is not None)
        if memo is not None:
            self._refresh_about()
        else:
            self._fill_targets()

    def _show_coding_memo(self, item: QListWidgetItem, coding_id: int) -> None:
        found = next((m for m in (self.coding_memos() if self.coding_memos else []) if m[0] == coding_id),
                     None)
        self.title.clear()
        self.body.setPlainText(found[2] if found else "")
        self.delete_button.setEnabled(False)
        self.target.clear()
        self.target.addItem(self._coding_about(found[1] if found else "?"), None)
        self.target.setEnabled(False)
        self.coding_chosen.emit(coding_id)

    def new_memo(self) -> None:
        """Start a new memo about what was selected last (the "Attached to" box can change it)."""
        if self.pseudonymised:
            return
        self.list.setCurrentItem(None)  # shows an empty editor and offers the targets
        self.list.clearSelection()
        self._show(None)
        self.title.setFocus()

    def _save(self) -> None:
        if self.pseudonymised:  # the editor holds the pseudonymised text, not what was written
            return
        title = self.title.text().strip() or self.body.toPlainText().strip()[:40]
        if not title:
            return
        memo_id = self.current_memo_id()
        if memo_id is None:
            kind, target_id = self.attachment()
            self.command_requested.emit("add", {
                "title": title, "body": self.body.toPlainText(),
                "document_id": target_id if kind == DOCUMENT else None,
                "code_id": target_id if kind == CODE else None})
        else:
            self.command_requested.emit("save", {"memo_id": memo_id, "title": title,
                                                 "body": self.body.toPlainText()})

    def _delete(self) -> None:
        memo_id = self.current_memo_id()
        if memo_id is not None:
            self.command_requested.emit("delete", {"memo_id": memo_id})
