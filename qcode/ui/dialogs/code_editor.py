"""CodeEditorDialog: a code's description and criteria (inclusion, exclusion, example)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QPlainTextEdit, QWidget

from qcode.core.types import Code

FIELDS = ("description", "inclusion", "exclusion", "example")


class CodeEditorDialog(QDialog):
    """Edits the four text fields of one code."""

    def __init__(self, code: Code, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Code '%1'").replace("%1", code.name))
        labels = (self.tr("Description"), self.tr("Include when"), self.tr("Exclude when"),
                  self.tr("Example"))
        form = QFormLayout(self)
        self.edits: dict[str, QPlainTextEdit] = {}
        for field, label in zip(FIELDS, labels, strict=True):
            edit = QPlainTextEdit(getattr(code, field), self)
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(70)
            self.edits[field] = edit
            form.addRow(label, edit)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @classmethod
    def edit(cls, parent: QWidget | None, code: Code) -> dict[str, str] | None:
        """The changed fields (possibly empty), or None when cancelled."""
        dialog = cls(code, parent)
        if dialog.exec() != QDialog.Accepted:
            return None
        values = {f: e.toPlainText() for f, e in dialog.edits.items()}
        return {f: v for f, v in values.items() if v != getattr(code, f)}
