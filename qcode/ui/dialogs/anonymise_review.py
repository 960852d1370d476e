"""The anonymisation review queue: one row per distinct entity with its context, where the user
accepts, rejects, merges, edits pseudonyms, changes the pseudonym style and runs detection over the
whole project off the GUI thread. All rules live in ``qcode.anonymise``; this module only shows and asks.

Every decision is an undo command on the main window's stack (Ctrl+Z works in the review), and the
queue re-reads whenever the register changes, whoever changed it. Sealing cannot be undone, and the
review says so before it seals.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QKeySequence, QShortcut, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcode.anonymise import register, review, state
from qcode.anonymise.seal import seal_project
from qcode.anonymise.triage import why_text
from qcode.core import entities
from qcode.core.documents import get_document, list_documents
from qcode.core.errors import QcodeError, ui_language
from qcode.ui import i18n
from qcode.ui.bridge import ProjectEvents
from qcode.ui.commands import CoreCommand, push
from qcode.ui.commands.anonymise import (
    PseudonymStyleCommand,
    decide_command,
    merge_command,
    pseudonym_command,
)
from qcode.ui.dialogs import ask
from qcode.ui.dialogs.entity_kinds import contact_kind_labels, kind_labels
from qcode.ui.dialogs.key_password import KeyChoice, ask_key_choice
from qcode.ui.dialogs.pseudonym_style_box import PseudonymStyleBox
from qcode.ui.dialogs.review_filter import ReviewFilter
from qcode.ui.workers import run_in_background

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
COLUMNS = ("Decision", "Kind", "Original", "Pseudonym", "Mentions", "Why it waits", "Context")
WHY = COLUMNS.index("Why it waits")
MENTIONS = COLUMNS.index("Mentions")


def _detect_job(texts, known, places, orgs, progress, cancelled):
    """The worker-thread part: pure detection, no project connection needed."""
    return register.detect_texts(texts, known, places=places, orgs=orgs, progress=progress,
                                 cancelled=cancelled)


def detect_and_store_job(project, progress, cancelled) -> int | None:
    """Read, detect and record on the worker's own connection to the project; None when cancelled
    (nothing is recorded then)."""
    places, orgs = register.user_lists(project)
    names = {d.id: d.name for d in list_documents(project)}

    def named(done: int, total: int, label: str) -> None:
        # detection labels a document "#id": say which document, and how far along, in the UI language
        document = names.get(int(label[1:])) if label.startswith("#") and label[1:].isdigit() else None
        if document is not None:
            label = translate("AnonymiseReviewDialog", "Searching %1 (%2 of %3)").replace(
                "%1", document).replace("%2", str(done + 1)).replace("%3", str(total))
        progress(done, total, label)

    found = _detect_job(register.detection_input(project), register.known_map(project), places, orgs,
                        named, cancelled)
    if cancelled() or not found:
        return None
    return register.store_detections(project, found)


class AnonymiseReviewDialog(QDialog):
    """Lists the register; every decision is an undo command on ``stack`` (the main window's when it
    has one) over one core call, so the audit log sees every decision and its undo."""

    def __init__(self, parent: QWidget | None, events: ProjectEvents, stack: QUndoStack | None = None):
        super().__init__(parent)
        self.events, self.project = events, events.project
        self.stack = stack if stack is not None else QUndoStack(self)
        self.sealed = False  # set after a successful seal: the stored texts were rewritten
        self._order: list[int] = []  # entity ids in the order the table shows them
        self._states: dict[int, tuple[str, str]] = {}  # entity id -> (decision, kind), for the filter
        self.setWindowTitle(self.tr("Anonymisation review"))
        self.resize(980, 560)
        layout = QVBoxLayout(self)

        top = QHBoxLayout()
        self.detect_button = QPushButton(self.tr("Detect in all documents"))
        self.detect_button.clicked.connect(self.detect)
        top.addWidget(self.detect_button)
        top.addStretch(1)
        self.style_box = PseudonymStyleBox(self)
        self.person_style, self.age_style = self.style_box.person_style, self.style_box.age_style
        top.addWidget(self.style_box)
        layout.addLayout(top)

        self.filter = ReviewFilter({**kind_labels(), **contact_kind_labels()})
        self.filter.changed.connect(self._apply_filter)
        layout.addWidget(self.filter)

        self.table = QTableWidget(0, len(COLUMNS))
        # Spelled out so lupdate sees each header (self.tr(variable) is never extracted).
        self.table.setHorizontalHeaderLabels([
            self.tr("Decision"), self.tr("Kind"), self.tr("Original"), self.tr("Pseudonym"),
            self.tr("Mentions"), self.tr("Why it waits"), self.tr("Context")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)

        buttons = QHBoxLayout()
        self.summary = QLabel()
        buttons.addWidget(self.summary, 1)
        # Alt+A, Alt+R, Alt+M, Alt+P through the buttons' mnemonics, and Ctrl+Return to accept: a bare
        # letter in the table accepted a row when someone typed a name to look for it
        for text, slot in ((self.tr("&Accept"), self.accept_selected),
                           (self.tr("&Reject"), self.reject_selected),
                           (self.tr("&Merge"), self.merge_selected),
                           (self.tr("Edit &pseudonym…"), self.edit_selected_pseudonym)):
            button = QPushButton(text)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            if slot == self.merge_selected:
                button.setToolTip(self.tr("Merge the selected entities into the one you selected first; "
                                          "it keeps its pseudonym and role"))
        QShortcut(QKeySequence("Ctrl+Return"), self.table, activated=self.accept_selected)
        seal = QPushButton(self.tr("&Seal…"))
        seal.setToolTip(self.tr("Make the pseudonyms permanent; the key goes to a separate file"))
        seal.clicked.connect(self.seal)
        buttons.addWidget(seal)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self.undo_action = self.stack.createUndoAction(self)
        self.redo_action = self.stack.createRedoAction(self)
        self.undo_action.setShortcuts(QKeySequence.Undo)
        self.redo_action.setShortcuts([*QKeySequence.keyBindings(QKeySequence.Redo), QKeySequence("Ctrl+Y")])
        self.addActions([self.undo_action, self.redo_action])

        self._load_styles()
        self.person_style.currentIndexChanged.connect(self._style_changed)
        self.age_style.currentIndexChanged.connect(self._style_changed)
        # Decisions, their undo, detection and sealing all announce the register's change.
        events.anonymisation_changed.connect(self._register_changed)
        events.documents_changed.connect(lambda _ids: self.reload())  # an import: not searched yet
        events.closing.connect(self.reject)
        self.reload()

    # -- display -----------------------------------------------------------------------------------
    def reload(self) -> None:
        """Re-read the register into the table, keeping the selection where possible."""
        selected = set(self.selected_ids())
        items = review.review_items(self.project)
        # The rows stay where they are while the dialog is open: a decision that re-sorted them
        # (pending first) would move the next row under the mouse. New entities (from detection)
        # follow in the register's order; the next opening shows the register's order again.
        place = {entity_id: n for n, entity_id in enumerate(self._order)}
        items.sort(key=lambda i: place.get(i.entity.id, len(place)))
        self._order = [i.entity.id for i in items]
        states = {"pending": self.tr("pending"), "accepted": self.tr("accepted"),
                  "rejected": self.tr("rejected")}
        kinds = {**kind_labels(), **contact_kind_labels(), "DATE": self.tr("Date"),
                 "RELATIVE": self.tr("Relative")}
        header = self.table.horizontalHeader()
        sorted_by = header.sortIndicatorSection() if self.table.isSortingEnabled() else -1
        order = header.sortIndicatorOrder()
        self.table.setSortingEnabled(False)  # filling a sorted table moves rows under the loop
        self.table.setRowCount(len(items))
        lang = i18n.current_language()
        for row, item in enumerate(items):
            entity = item.entity
            forms = [f for f in entity.forms if f != entity.core]
            original = entity.core + (f"  ({', '.join(forms)})" if forms else "")
            values = (states.get(entity.state, entity.state), kinds.get(entity.kind, entity.kind), original,
                      entity.pseudonym, str(item.mentions), why_text(item.why, lang), item.context)
            for column, value in enumerate(values):
                cell = QTableWidgetItem(value)
                if column == MENTIONS:
                    cell.setData(Qt.DisplayRole, item.mentions)  # sorts as a number, not as text
                elif value:
                    cell.setToolTip(value)  # the reason and the context are often wider than their column
                cell.setData(Qt.UserRole, entity.id)
                self.table.setItem(row, column, cell)
            if entity.id in selected:
                self.table.selectRow(row)
        # the reason a finding waits is what a reviewer reads first: wide enough for it, within reason
        self.table.resizeColumnToContents(WHY)
        self.table.setColumnWidth(WHY, min(self.table.columnWidth(WHY), 340))
        pending = sum(i.entity.state == "pending" for i in items)
        summary = self.tr("%n entities, ", "", len(items)) + self.tr("%n to review", "", pending)
        # documents imported after the last detection (or never searched) have no findings here yet
        unsearched = len(entities.documents_never_detected(self.project))
        if unsearched:
            summary += " · " + self.tr("%n document(s) not searched yet: Detect in all documents", "",
                                       unsearched)
        font = self.detect_button.font()
        font.setBold(bool(unsearched))
        self.detect_button.setFont(font)
        self.summary.setText(summary)
        self._states = {i.entity.id: (i.entity.state, i.entity.kind) for i in items}
        self.table.setSortingEnabled(True)  # a click on a column's header sorts by it
        if sorted_by >= 0:
            self.table.sortByColumn(sorted_by, order)
        else:
            self.table.horizontalHeader().setSortIndicator(-1, Qt.AscendingOrder)  # the register's order
        self._apply_filter()

    def _apply_filter(self) -> None:
        """Hide the rows the filter bar does not show (their order stays)."""
        for row in range(self.table.rowCount()):
            decision, kind = self._states.get(self.table.item(row, 0).data(Qt.UserRole), ("", ""))
            text = " ".join(self.table.item(row, column).text() for column in (2, 3, 5, 6))
            self.table.setRowHidden(row, not self.filter.shows(text, kind, decision))

    def visible_rows(self) -> list[tuple[int, str, str, str]]:
        """The rows the filter shows, as :meth:`rows` gives them."""
        return [row for n, row in enumerate(self.rows()) if not self.table.isRowHidden(n)]

    def rows(self) -> list[tuple[int, str, str, str]]:
        """(entity id, decision, original, pseudonym) per row, as shown (for tests and screen readers)."""
        return [(self.table.item(r, 0).data(Qt.UserRole), self.table.item(r, 0).text(),
                 self.table.item(r, 2).text(), self.table.item(r, 3).text())
                for r in range(self.table.rowCount())]

    def selected_ids(self) -> list[int]:
        """Entity ids of the selected rows, in table order."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.table.item(r, 0).data(Qt.UserRole) for r in rows]

    def select_ids(self, ids: list[int]) -> None:
        """Select the rows of these entities."""
        self.table.clearSelection()
        mode = self.table.selectionMode()
        self.table.setSelectionMode(QAbstractItemView.MultiSelection)
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(Qt.UserRole) in ids:
                self.table.selectRow(row)
        self.table.setSelectionMode(mode)

    def _register_changed(self, *_ids) -> None:
        self._load_styles()  # an undone style change puts the old style back
        self.reload()

    # -- actions -----------------------------------------------------------------------------------
    def _push(self, command: CoreCommand) -> bool:
        """Make a decision as an undoable edit; show the core's refusal. True when it was made."""
        error = push(self.stack, command)
        if error is not None:
            ask.inform(self, self.tr("Anonymisation"), error.message(ui_language()))
        return error is None

    def accept_selected(self) -> None:
        self._decide(accept=True)

    def reject_selected(self) -> None:
        self._decide(accept=False)

    def _decide(self, accept: bool) -> None:
        ids = self.selected_ids()
        if ids and self._push(decide_command(self.project, ids, accept=accept)):
            # On to the row below the decided ones, so A and R walk down the list.
            rows = [r for r in range(self.table.rowCount()) if self.table.item(r, 0).data(Qt.UserRole) in ids]
            if rows and rows[-1] + 1 < self.table.rowCount():
                self.table.selectRow(rows[-1] + 1)

    def chosen_ids(self) -> list[int]:
        """Entity ids of the selected rows in the order the user selected them (Ctrl+click appends)."""
        rows = list(dict.fromkeys(r for part in self.table.selectionModel().selection()
                                  for r in range(part.top(), part.bottom() + 1)))
        return [self.table.item(r, 0).data(Qt.UserRole) for r in rows]

    def merge_selected(self) -> None:
        """Merge every other selected entity into the one selected first, which keeps its pseudonym and
        role (the user picks who stays by clicking it first, whatever the table's order)."""
        ids = self.chosen_ids()
        if len(ids) < 2:
            ask.inform(self, self.tr("Merge"), self.tr("Select two or more entities of the same kind."))
            return
        if self._push(merge_command(self.project, ids[0], ids[1:])):
            self.select_ids([ids[0]])

    def edit_selected_pseudonym(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        current = next(r[3] for r in self.rows() if r[0] == ids[0])
        value = ask.text(self, self.tr("Pseudonym"),
                         self.tr("Pseudonym (leave empty for the automatic one):"), current)
        if value is not None:
            self._push(pseudonym_command(self.project, ids[0], value.strip() or None))

    def detect(self) -> None:
        """Detect in every document and record the automatic decisions, all on a worker thread (the
        worker announces what it recorded, and the queue follows)."""
        try:
            run_in_background(self, self.tr("Detecting names and ages…"), detect_and_store_job,
                              project=self.project)
        except QcodeError as error:
            ask.inform(self, self.tr("Anonymisation"), error.message(ui_language()))

    @staticmethod
    def ask_key_file(parent: QWidget) -> KeyChoice | None:
        """Where to write the key and its password; None when cancelled (tests patch this)."""
        return ask_key_choice(parent)

    def seal(self) -> None:
        """Seal after a confirmation that says it cannot be undone: texts rewritten, key written apart,
        originals removed, and the undo history cleared."""
        if not ask.confirm(self, self.tr("Seal the project"), self.tr(
                "Sealing replaces every accepted name, age and place in the stored texts and removes the "
                "originals from the project. Codings keep their words.\n\nThis cannot be undone: Undo "
                "does not bring the originals back, and the undo history is cleared. Continue?")):
            return
        choice = self.ask_key_file(self)
        if choice is None:
            return
        try:
            # refused while a candidate is undecided: the user looks at what waits before it is for good
            result = seal_project(self.project, choice.path, password=choice.password,
                                  plaintext_key=choice.plaintext)
        except QcodeError as error:
            ask.inform(self, self.tr("Anonymisation"), error.message(ui_language()))
            return
        self.sealed = True
        # Every text was rewritten and the register is gone: no earlier edit can be undone.
        self.stack.clear()
        if result.compaction_pending is not None:  # sealed, but freed pages still hold originals
            ask.inform(self, self.tr("Seal the project"), result.compaction_pending.message(ui_language()))

    def _load_styles(self) -> None:
        config = state.settings(self.project)
        for box, value in ((self.person_style, config.person_style), (self.age_style, config.age_style)):
            box.blockSignals(True)  # showing the stored style is not choosing one
            box.setCurrentIndex(max(0, box.findData(value)))
            box.blockSignals(False)

    def _style_changed(self) -> None:
        self._push(PseudonymStyleCommand(self.project, self.person_style.currentData(),
                                         self.age_style.currentData()))


def open_review(parent: QWidget | None, events: ProjectEvents) -> bool:
    """Show the review queue for ``events.project`` (modal; its decisions go on the parent's undo
    stack when it has one); True when the project was sealed in it."""
    stack_of = getattr(parent, "undo_stack", None)
    dialog = AnonymiseReviewDialog(parent, events, stack_of() if callable(stack_of) else None)
    dialog.exec()
    return dialog.sealed


def mark_selection(parent: QWidget | None, project, doc_id: int, start: int, end: int,
                   kind: str | None = None) -> int | None:
    """Ask what the selected text is (unless ``kind`` is given), confirm, and add it as a missed
    mention. There is no inverse core call (a marked string can only be rejected later), so the
    user confirms instead of getting an undo step. Returns the entity id, or None when cancelled."""
    labels = kind_labels()
    if kind is None:
        chosen = ask.choose(parent, translate("AnonymiseReviewDialog", "Anonymise selection"),
                            translate("AnonymiseReviewDialog", "The selected text is a:"),
                            list(labels.values()))
        if chosen is None:
            return None
        kind = next(k for k, label in labels.items() if label == chosen)
    text = get_document(project, doc_id).text[start:end].strip()
    if not ask.confirm(parent, translate("AnonymiseReviewDialog", "Anonymise selection"), translate(
            "AnonymiseReviewDialog",
            "Mark '%1' as %2? It is replaced by a pseudonym in every document and export. This cannot "
            "be undone with Undo; reject it in Tools → Anonymise to keep it.").replace(
            "%1", text).replace("%2", labels.get(kind, kind).lower())):
        return None
    return review.add_manual_mention(project, doc_id, start, end, kind)
