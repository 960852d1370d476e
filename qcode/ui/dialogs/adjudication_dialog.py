"""Tools → Adjudicate… (and the coder comparison's Adjudicate button): the lead walks through the
passages two coders coded differently, one by one, with both versions side by side in their context,
and keeps A's, B's, both, neither, or writes their own version by selecting text; the result is the
consensus coder's layer that reports use (``--layer consensus``). Every decision is one undo step on the
main window's stack and is stored at once, so progress survives closing the dialog. The passages and
decisions come from :mod:`qcode.core.adjudication`; this module only shows them."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor, QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from qcode.core.adjudication import DEFAULT_CONSENSUS, Adjudication, Disagreement, adjudication
from qcode.core.codebook import code_path, list_codes
from qcode.core.coders import list_coders
from qcode.core.documents import get_document, turns_for_document
from qcode.core.errors import QcodeError, ui_language
from qcode.core.passage_context import context_range
from qcode.core.visibility import consensus_coders
from qcode.ui.actions import pseudonymised_toggle
from qcode.ui.bridge import ProjectEvents
from qcode.ui.commands import push
from qcode.ui.commands.coders import AcceptAgreedCommand, DecideCommand
from qcode.ui.dialogs import ask
from qcode.ui.highlight.coding_highlighter import tint
from qcode.ui.text_offsets import OffsetConverter

OBJECT_NAME = "qcode_adjudication_dialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate("AdjudicationDialog", text)


class AdjudicationDialog(QDialog):
    """Disagreements on the left; the chosen one's two versions, the consensus and the decisions right."""

    def __init__(self, events: ProjectEvents, parent: QWidget | None = None, stack: QUndoStack | None = None,
                 coders: tuple[list[str], list[str]] | None = None):
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(_tr("Adjudicate disagreements"))
        self.setAttribute(Qt.WA_DeleteOnClose)
        self.events, self.project = events, events.project
        project = self.project
        self.stack = stack if stack is not None else QUndoStack(self)
        self.state: Adjudication | None = None
        self.current: Disagreement | None = None
        self._texts: dict[int, tuple[str, list[tuple[int, int]]]] = {}
        self._context = (0, 0)
        self.coder_a, self.coder_b = QComboBox(self), QComboBox(self)
        consensus = set(consensus_coders(project))
        names = [c.name for c in list_coders(project) if c.name not in consensus]
        for combo, index in ((self.coder_a, 0), (self.coder_b, 1)):
            combo.addItems(names)
            if index < len(names):
                combo.setCurrentIndex(index)
        self.consensus = QLineEdit(next(iter(sorted(consensus)), DEFAULT_CONSENSUS), self)
        self.progress = QLabel(self)
        self.message = QLabel(self)
        self.message.setStyleSheet("color: #b03a2e")
        self.message.setWordWrap(True)
        self.agreed_button = QPushButton(self)
        self.agreed_button.clicked.connect(self.accept_agreed)
        self.list = QListWidget(self)
        self.list.currentRowChanged.connect(self._row_changed)
        self.heading = QLabel(self)
        self.heading.setWordWrap(True)
        self.label_a, self.label_b = QLabel(self), QLabel(self)
        self.version_a, self.version_b = QTextBrowser(self), QTextBrowser(self)
        self.own = QPlainTextEdit(self)
        self.own.setReadOnly(True)
        self.own.setTextInteractionFlags(Qt.TextSelectableByMouse | Qt.TextSelectableByKeyboard)
        self.buttons = {
            "a": QPushButton(self), "b": QPushButton(self),
            "both": QPushButton(_tr("Keep both"), self),
            "neither": QPushButton(_tr("Keep neither"), self),
            "own": QPushButton(_tr("Use my selection"), self),
        }
        for decision, button in self.buttons.items():
            button.setObjectName(f"decide_{decision}")
            button.clicked.connect(lambda _=False, d=decision: self.decide(d))
        self.previous_button = QPushButton(_tr("◀ Previous"), self)
        self.next_button = QPushButton(_tr("Next ▶"), self)
        self.previous_button.clicked.connect(lambda: self._step(-1))
        self.next_button.clicked.connect(lambda: self._step(1))

        top = QHBoxLayout()
        for label, widget in ((_tr("Coder A:"), self.coder_a), (_tr("Coder B:"), self.coder_b),
                              (_tr("Consensus coder:"), self.consensus)):
            top.addWidget(QLabel(label, self))
            top.addWidget(widget)
        top.addStretch()
        right = QWidget(self)
        grid = QGridLayout(right)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.addWidget(self.heading, 0, 0, 1, 2)
        grid.addWidget(self.label_a, 1, 0)
        grid.addWidget(self.label_b, 1, 1)
        grid.addWidget(self.version_a, 2, 0)
        grid.addWidget(self.version_b, 2, 1)
        grid.addWidget(QLabel(_tr("Consensus (select words and press \"Use my selection\" to write your own "
                                  "version):"), self), 3, 0, 1, 2)
        grid.addWidget(self.own, 4, 0, 1, 2)
        decisions = QHBoxLayout()
        for button in self.buttons.values():
            decisions.addWidget(button)
        decisions.addStretch()
        decisions.addWidget(self.previous_button)
        decisions.addWidget(self.next_button)
        grid.addLayout(decisions, 5, 0, 1, 2)
        split = QSplitter(Qt.Horizontal, self)
        split.addWidget(self.list)
        split.addWidget(right)
        split.setStretchFactor(1, 3)
        split.setSizes([330, 770])
        progress = QHBoxLayout()
        progress.addWidget(self.progress, 1)
        progress.addWidget(self.agreed_button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(progress)
        layout.addWidget(self.message)
        layout.addWidget(split, 1)
        self.resize(1100, 640)
        # every change of codings (a decision, its undo in the main window, a coder's merge) re-reads
        events.codings_changed.connect(self._codings_changed)
        events.closing.connect(self.close)  # the dialog goes with its project (and its undo stack)
        # It shows and selects in the stored text: it goes when the pseudonymised view comes on.
        events.view_mode_changed.connect(self._view_mode_changed)
        if coders is not None:
            self.coder_a.setCurrentText("+".join(coders[0]))
            self.coder_b.setCurrentText("+".join(coders[1]))
        for combo in (self.coder_a, self.coder_b):
            combo.currentIndexChanged.connect(lambda *_: self.refresh())
        self.consensus.editingFinished.connect(self.refresh)
        self.refresh()

    # -- data ---------------------------------------------------------------------------------------
    def sides(self) -> tuple[list[str], list[str]]:
        return ([n for n in self.coder_a.currentText().split("+") if n],
                [n for n in self.coder_b.currentText().split("+") if n])

    def refresh(self) -> None:
        """Re-read the passages and decisions (after a decision, an undo, or other coders' changes)."""
        if self.project.db is None:
            return
        keep = (self.current.document_id, self.current.code_id, self.current.start) if self.current else None
        self.message.clear()
        try:
            a, b = self.sides()
            self.state = adjudication(self.project, a, b, consensus=self.consensus.text().strip()
                                      or DEFAULT_CONSENSUS)
        except QcodeError as error:
            self.state = None
            self.message.setText(error.message(ui_language()))
        self.message.setVisible(bool(self.message.text()))
        self.list.blockSignals(True)
        self.list.clear()
        paths = {c.id: code_path(self.project, c.id) for c in list_codes(self.project)}
        row = 0
        for index, d in enumerate(self.state.disagreements if self.state else []):
            mark = "✓ " if d.decision else "• "
            item = QListWidgetItem(
                f"{mark}{d.document_name} · {paths.get(d.code_id, '?')} · {d.start}–{d.end}")
            item.setData(Qt.UserRole, index)
            if d.decision:
                item.setForeground(QColor("#2e7d32"))
            self.list.addItem(item)
            if keep == (d.document_id, d.code_id, d.start):
                row = index
        self.list.blockSignals(False)
        self._show_progress()
        if self.list.count():
            self.list.setCurrentRow(row)
            self._row_changed(row)
        else:
            self.current = None
            self._show(None)

    def _show_progress(self) -> None:
        a, b = (" + ".join(side) for side in self.sides())
        self.buttons["a"].setText(_tr("Keep %1's").replace("%1", a or "A"))
        self.buttons["b"].setText(_tr("Keep %1's").replace("%1", b or "B"))
        self.label_a.setText(_tr("Version A: %1").replace("%1", a))
        self.label_b.setText(_tr("Version B: %1").replace("%1", b))
        if self.state is None:
            self.progress.clear()
            self.agreed_button.setEnabled(False)
            self.agreed_button.setText(_tr("Add agreed passages"))
            return
        self.progress.setText(_tr("%1 of %2 disagreements decided; %3 of %4 agreed passages in the "
                                  "'%5' layer.")
                              .replace("%1", str(self.state.decided))
                              .replace("%2", str(len(self.state.disagreements)))
                              .replace("%3", str(self.state.agreed_done))
                              .replace("%4", str(len(self.state.agreed)))
                              .replace("%5", self.state.consensus))
        missing = len(self.state.agreed) - self.state.agreed_done
        self.agreed_button.setText(_tr("Add %1 agreed passages to the consensus layer")
                                   .replace("%1", str(missing)))
        self.agreed_button.setEnabled(missing > 0)

    def _document(self, document_id: int) -> tuple[str, list[tuple[int, int]]]:
        if document_id not in self._texts:
            text = get_document(self.project, document_id).text
            turns = [(t.start, t.end) for t in turns_for_document(self.project, document_id)]
            self._texts[document_id] = (text, turns)
        return self._texts[document_id]

    # -- showing ------------------------------------------------------------------------------------
    def _row_changed(self, row: int) -> None:
        if self.state is None or not 0 <= row < len(self.state.disagreements):
            return
        self.current = self.state.disagreements[row]
        self._show(self.current)

    def _html(self, text: str, low: int, ranges, colour: str) -> str:
        """The context with ``ranges`` painted in the code's colour and the passage's edges marked."""
        out, position = [], low
        background = tint([colour]).name()
        for start, end in sorted(ranges):
            start, end = max(start, low), max(min(end, low + len(text)), start)
            out.append(html.escape(text[position - low:start - low]))
            out.append(f'<span style="background-color:{background}; border-bottom: 2px solid {colour}">'
                       f"{html.escape(text[start - low:end - low])}</span>")
            position = end
        out.append(html.escape(text[position - low:]))
        return "<p style='white-space: pre-wrap'>" + "".join(out) + "</p>"

    def _show(self, d: Disagreement | None) -> None:
        for button in (*self.buttons.values(), self.previous_button, self.next_button):
            button.setEnabled(d is not None)
        if d is None:
            self.heading.setText(_tr("No disagreements between these coders.") if self.state else "")
            for view in (self.version_a, self.version_b):
                view.clear()
            self.own.clear()
            return
        text, turns = self._document(d.document_id)
        low, high = context_range(text, turns, d.start, d.end)
        piece = text[low:high]
        self._context = (low, high)
        colour = next((c.colour for c in list_codes(self.project) if c.id == d.code_id), "#999999")
        if d.decision:
            a, b = (" + ".join(side) for side in self.sides())
            kept = {"a": _tr("%1's version").replace("%1", a), "b": _tr("%1's version").replace("%1", b),
                    "both": _tr("both versions"), "neither": _tr("neither version"),
                    "own": _tr("your own version")}.get(d.decision.decision, d.decision.decision)
            decided = (_tr("Decided: %1 (%2, %3)").replace("%1", kept).replace("%2", d.decision.decided_by)
                       .replace("%3", d.decision.decided_at[:16].replace("T", " ")))
        else:
            decided = _tr("Not decided yet.")
        where = f"{d.document_name} · {code_path(self.project, d.code_id)}"
        self.heading.setText(f"<b>{html.escape(where)}</b> · {d.start}–{d.end} · {html.escape(decided)}")
        self.version_a.setHtml(self._html(piece, low, d.a, colour))
        self.version_b.setHtml(self._html(piece, low, d.b, colour))
        self.own.setPlainText(piece)
        kept = d.decision.ranges if d.decision else ()
        conv = OffsetConverter(piece)
        selections = []
        for start, end in kept:
            if end <= low or start >= high:
                continue
            cursor = QTextCursor(self.own.document())
            cursor.setPosition(conv.to_qt(max(start, low) - low))
            cursor.setPosition(conv.to_qt(min(end, high) - low), QTextCursor.KeepAnchor)
            selection = QTextEdit.ExtraSelection()
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(tint([colour]))
            selection.format = fmt
            selections.append(selection)
        self.own.setExtraSelections(selections)

    def select_own(self, start: int, end: int) -> None:
        """Select stored offsets [start, end) in the consensus text (tests, and a coder's mouse)."""
        low, _high = self._context
        piece = self.own.toPlainText()
        conv = OffsetConverter(piece)
        cursor = self.own.textCursor()
        cursor.setPosition(conv.to_qt(start - low))
        cursor.setPosition(conv.to_qt(end - low), QTextCursor.KeepAnchor)
        self.own.setTextCursor(cursor)

    def own_selection(self) -> tuple[int, int] | None:
        """The consensus text's selection as stored offsets, or None."""
        cursor = self.own.textCursor()
        if not cursor.hasSelection():
            return None
        conv = OffsetConverter(self.own.toPlainText())
        low = self._context[0]
        return low + conv.from_qt(cursor.selectionStart()), low + conv.from_qt(cursor.selectionEnd())

    # -- acting -------------------------------------------------------------------------------------
    def decide(self, decision: str) -> bool:
        """Settle the shown disagreement as one undo step, then show the next undecided one."""
        if self.state is None or self.current is None:
            return False
        ranges = None
        if decision == "own":
            selected = self.own_selection()
            if selected is None:
                self.message.setText(_tr("Select the words of your version in the consensus text first."))
                self.message.show()
                return False
            ranges = [selected]
        index = self.state.disagreements.index(self.current)
        error = push(self.stack, DecideCommand(self.project, self.state, self.current, decision, ranges))
        if error is not None:
            self.message.setText(error.message(ui_language()))
            self.message.show()
            return False
        self.refresh()
        self._to_next_undecided(index)
        return True

    def _to_next_undecided(self, after: int) -> None:
        if self.state is None:
            return
        order = list(range(after + 1, len(self.state.disagreements))) + list(range(after + 1))
        for index in order:
            if self.state.disagreements[index].decision is None:
                self.list.setCurrentRow(index)
                return

    def accept_agreed(self) -> None:
        """Copy the passages both coded alike into the consensus layer (one undo step)."""
        if self.state is not None:
            error = push(self.stack, AcceptAgreedCommand(self.project, self.state))
            if error is not None:
                self.message.setText(error.message(ui_language()))
                self.message.show()
            self.refresh()

    def _step(self, delta: int) -> None:
        row = self.list.currentRow() + delta
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def _codings_changed(self, *_args) -> None:
        self.refresh()

    def _view_mode_changed(self, pseudonymised: bool) -> None:
        if pseudonymised:
            self.close()

    def closeEvent(self, event) -> None:  # noqa: N802
        self.events.codings_changed.disconnect(self._codings_changed)
        self.events.closing.disconnect(self.close)
        self.events.view_mode_changed.disconnect(self._view_mode_changed)
        super().closeEvent(event)


def open_adjudication(parent: QWidget | None, events: ProjectEvents,
                      coders: tuple[list[str], list[str]] | None = None) -> AdjudicationDialog | None:
    """Show the adjudication for ``events.project`` (one per parent window), for the given coders if
    any; decisions go on the parent's undo stack when it has one. Not in the pseudonymised view (None)."""
    if events.pseudonymised:
        where, keys = pseudonymised_toggle()
        ask.inform(parent, _tr("Adjudicate disagreements"), _tr(
            "Adjudication shows and selects the stored text, with the original names. Turn off the "
            "pseudonymised view to adjudicate: %1 (%2).").replace("%1", where).replace("%2", keys))
        return None
    dialog = parent.findChild(AdjudicationDialog, OBJECT_NAME) if parent is not None else None
    if dialog is not None and (dialog.events is not events or coders is not None):
        dialog.close()
        dialog = None
    if dialog is None:
        stack_of = getattr(parent, "undo_stack", None)
        dialog = AdjudicationDialog(events, parent, stack_of() if callable(stack_of) else None, coders)
    dialog.show()
    dialog.raise_()
    dialog.activateWindow()
    return dialog
