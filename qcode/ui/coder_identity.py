"""Who is coding: a coder name asked on first start (prefilled with the OS user), kept in QSettings,
changeable under Edit → Settings, and used to open every project so codings carry it."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qcode.core.project import default_coder
from qcode.ui import settings


class CoderDialog(QDialog):
    """Asks for the coder name (first start, or Edit → Settings)."""

    def __init__(self, parent: QWidget | None, current: str, first_start: bool):
        super().__init__(parent)
        self.setObjectName("qcode_coder_dialog")
        self.setWindowTitle(self.tr("Welcome to qcode") if first_start else self.tr("Settings"))
        self.name = QLineEdit(current, self)
        self.name.setMinimumWidth(260)
        note = QLabel(self.tr("Your codings, memos and decisions are saved under this name, so a "
                              "project lead can compare coders. Change it later under Edit → Settings."),
                      self)
        note.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Coder name:"), self.name)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(
            lambda text: buttons.button(QDialogButtonBox.Ok).setEnabled(bool(text.strip())))
        layout = QVBoxLayout(self)
        layout.addWidget(note)
        layout.addLayout(form)
        layout.addWidget(buttons)

    @classmethod
    def ask(cls, parent: QWidget | None, current: str, first_start: bool = False) -> str | None:
        """Show the dialog; the stripped name, or None when cancelled (tests patch this)."""
        dialog = cls(parent, current, first_start)
        name = dialog.name.text().strip() if dialog.exec() == QDialog.Accepted else ""
        dialog.deleteLater()
        return name or None


def current_coder() -> str:
    """The coder name to open projects with: the chosen one, else the OS user."""
    return settings.coder_name() or default_coder()


def ensure_coder_name(parent: QWidget | None = None) -> str:
    """On first start ask who is coding (prefilled with the OS user) and remember it."""
    if not settings.coder_name():
        # A cancelled first-start question still settles on the OS user, so it is asked once.
        settings.set_coder_name(CoderDialog.ask(parent, default_coder(), first_start=True)
                                or default_coder())
    return settings.coder_name()
