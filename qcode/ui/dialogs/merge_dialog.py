"""File → Merge project…: choose coders' copies, review the new and clashing codes, merge as one undo step,
and say what came in. The plan (nothing written) and the merge are :mod:`qcode.core.merge`; no SQL here.
The questions are module functions and class methods that tests monkeypatch."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from qcode.analysis.codetree import code_rows
from qcode.core.errors import QcodeError, ui_language
from qcode.core.merge import MergeChoices, MergeResult, plan_merge
from qcode.ui.commands import push
from qcode.ui.commands.coders import MergeProjectsCommand
from qcode.ui.dialogs import ask
from qcode.ui.start_folder import start_path

OBJECT_NAME = "qcode_merge_dialog"


def _tr(text: str) -> str:
    return QCoreApplication.translate("MergeDialog", text)


def choose_paths(parent: QWidget | None) -> list[Path]:
    """The project files to merge in (empty when cancelled)."""
    names, _ = QFileDialog.getOpenFileNames(parent, _tr("Merge project"), start_path(),
                                            f"{_tr('qcode projects')} (*.qcode)")
    return [Path(n) for n in names]


class MergeReviewDialog(QDialog):
    """The codes a merge would add or that are defined differently, each with a choice, and what would
    come in; OK merges."""

    CREATE, KEEP, THEIRS = "create", "keep", "theirs"

    def __init__(self, parent: QWidget | None, project, paths: list[Path], plan: MergeResult):
        super().__init__(parent)
        self.setObjectName(OBJECT_NAME)
        self.setWindowTitle(_tr("Merge project"))
        self.project, self.paths, self.plan = project, paths, plan
        self.resize(820, 520)
        self.summary = QLabel("\n".join(plan.summary.lines(ui_language(), planned=True)), self)
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextSelectableByMouse)
        heading = QLabel(_tr("Codes to review: a new code is created unless you put it into one of "
                             "yours; a code defined differently keeps your definition unless you take "
                             "theirs."), self)
        heading.setWordWrap(True)
        self.table = QTableWidget(len(plan.review), 4, self)
        self.table.setHorizontalHeaderLabels([_tr("Code"), _tr("What"), _tr("Differs in"), _tr("Do")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        ours = [r.path for r in code_rows(project)]
        self.choices: dict[str, QComboBox] = {}
        for row, review in enumerate(plan.review):
            self.table.setItem(row, 0, QTableWidgetItem(review.path))
            what = _tr("new code") if review.status == "new" else _tr("defined differently")
            self.table.setItem(row, 1, QTableWidgetItem(what + f" ({', '.join(review.files)})"))
            self.table.setItem(row, 2, QTableWidgetItem(", ".join(review.differences)))
            combo = QComboBox(self.table)
            if review.status == "new":
                combo.addItem(_tr("Create it"), (self.CREATE, None))
                for path in ours:
                    combo.addItem(_tr("Put into %1").replace("%1", path), (self.CREATE, path))
            else:
                combo.addItem(_tr("Keep ours"), (self.KEEP, None))
                combo.addItem(_tr("Take theirs"), (self.THEIRS, None))
                combo.setToolTip("\n".join(f"{f}: {review.ours[f]!r} → {review.theirs[f]!r}"
                                           for f in review.differences))
            self.choices[review.path] = combo
            self.table.setCellWidget(row, 3, combo)
        self.table.resizeColumnsToContents()
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.Stretch)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.button(QDialogButtonBox.Ok).setText(_tr("Merge"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(heading)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)

    def set_choice(self, path: str, index: int) -> None:
        """Choose the ``index``-th option for a code (tests, and keyboard users through the combo)."""
        self.choices[path].setCurrentIndex(index)

    def merge_choices(self) -> MergeChoices:
        """The review's answers."""
        choices = MergeChoices()
        for path, combo in self.choices.items():
            kind, target = combo.currentData()
            if kind == self.CREATE and target:
                choices.map_codes[path] = target
            elif kind == self.THEIRS:
                choices.take_theirs.add(path)
        return choices

    @classmethod
    def review(cls, parent: QWidget | None, project, paths: list[Path],
               plan: MergeResult) -> MergeChoices | None:
        """Show the review; the choices, or None when cancelled (tests patch this)."""
        dialog = cls(parent, project, paths, plan)
        choices = dialog.merge_choices() if dialog.exec() == QDialog.Accepted else None
        dialog.deleteLater()
        return choices


def merge_project(window, project, paths: list[Path] | None = None) -> MergeResult | None:
    """Ask for copies, review, merge (one undo step on the window's stack), and show the summary."""
    paths = paths if paths is not None else choose_paths(window)
    if not paths:
        return None
    QGuiApplication.setOverrideCursor(Qt.WaitCursor)
    try:
        plan = plan_merge(project, paths)
    except QcodeError as error:
        ask.inform(window, _tr("Merge project"), error.message(ui_language()))
        return None
    finally:
        QGuiApplication.restoreOverrideCursor()
    choices = MergeReviewDialog.review(window, project, paths, plan)
    if choices is None:
        return None
    command = MergeProjectsCommand(project, paths, choices)
    error = push(window.undo_stack(), command)
    if error is not None:
        ask.inform(window, _tr("Merge project"), error.message(ui_language()))
        return None
    ask.inform(window, _tr("Merge project"), "\n".join(command.result.summary.lines(ui_language())))
    return command.result
