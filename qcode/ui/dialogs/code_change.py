"""Questions before a change of the code tree, each with a field for the reason that goes into the
codebook history: merge into which code, delete really, or a reason for a change already made. Each
class has an ``ask_…`` class method that shows the dialog and returns the answer (tests monkeypatch
it)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


class ReasonDialog(QDialog):
    """A message, optional extra fields, and a one-line reason; OK / Cancel."""

    def __init__(self, parent: QWidget | None, title: str, text: str, reason: str = "",
                 ok_text: str | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.message = QLabel(text, self)
        self.message.setWordWrap(True)
        self.form = QFormLayout()
        self.reason = QLineEdit(reason, self)
        self.reason.setPlaceholderText(self.tr("Optional: why, for the codebook history"))
        self.form.addRow(self.tr("Reason:"), self.reason)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        if ok_text:
            self.buttons.button(QDialogButtonBox.Ok).setText(ok_text)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addLayout(self.form)
        layout.addWidget(self.buttons)

    @classmethod
    def ask_reason(cls, parent: QWidget | None, title: str, text: str, reason: str = "") -> str | None:
        """The reason typed ('' for none); None when cancelled."""
        dialog = cls(parent, title, text, reason)
        return dialog.reason.text().strip() if dialog.exec() == QDialog.Accepted else None


class MergeCodeDialog(ReasonDialog):
    """Merge a code into another: choose the target, give a reason."""

    def __init__(self, parent: QWidget | None, source: str, targets: list[str]):
        super().__init__(parent, self.tr("Merge codes"),
                         self.tr("Merge '%1' (and its codings) into:").replace("%1", source),
                         ok_text=self.tr("Merge"))
        self.target = QComboBox(self)
        self.target.addItems(targets)
        # No target chosen for the user: a merge moves every coding, so Merge waits for a choice.
        self.target.setCurrentIndex(-1)
        self.target.setPlaceholderText(self.tr("Choose a code…"))
        merge = self.buttons.button(QDialogButtonBox.Ok)
        merge.setEnabled(False)
        self.target.currentIndexChanged.connect(lambda i: merge.setEnabled(i >= 0))
        self.form.insertRow(0, self.tr("Into:"), self.target)

    @classmethod
    def ask_merge(cls, parent: QWidget | None, source: str, targets: list[str]) -> tuple[str, str] | None:
        """(target path, reason); None when cancelled."""
        dialog = cls(parent, source, targets)
        if dialog.exec() != QDialog.Accepted or not dialog.target.currentText():
            return None
        return dialog.target.currentText(), dialog.reason.text().strip()


class DeleteCodeDialog(ReasonDialog):
    """Delete a code with its sub-codes and codings, after confirmation, with a reason."""

    def __init__(self, parent: QWidget | None, name: str, codings: int):
        super().__init__(parent, self.tr("Delete code"),
                         self.tr("Delete the code '%1', its sub-codes and %2 codings?").replace(
                             "%1", name).replace("%2", str(codings)), ok_text=self.tr("Delete"))

    @classmethod
    def ask_delete(cls, parent: QWidget | None, name: str, codings: int) -> str | None:
        """The reason ('' for none) when the user confirms; None when cancelled."""
        dialog = cls(parent, name, codings)
        return dialog.reason.text().strip() if dialog.exec() == QDialog.Accepted else None
