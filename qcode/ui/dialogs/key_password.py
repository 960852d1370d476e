"""Asking for the sealing key's file and password: the key re-identifies every participant, so it is
encrypted unless the user explicitly chooses otherwise, and the dialog says what that means."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from qcode.ui.start_folder import start_path

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text") calls
MIN_PASSWORD = 8


@dataclass(frozen=True)
class KeyChoice:
    """Where the key goes and how it is protected (``password`` is None only with ``plaintext``)."""

    path: str
    password: str | None
    plaintext: bool = False


class KeyPasswordDialog(QDialog):
    """A password typed twice, or an explicit, warned choice of an unencrypted key."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Protect the key file"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The key file links every pseudonym to the real name. It is encrypted with this password; "
            "without the password nobody, you included, can read it."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.password = QLineEdit()
        self.repeat = QLineEdit()
        for edit in (self.password, self.repeat):
            edit.setEchoMode(QLineEdit.Password)
            edit.textChanged.connect(self._update)
        form.addRow(self.tr("Password"), self.password)
        form.addRow(self.tr("Repeat"), self.repeat)
        layout.addLayout(form)
        self.plaintext = QCheckBox(self.tr("Write the key without a password (not recommended)"))
        self.plaintext.toggled.connect(self._update)
        layout.addWidget(self.plaintext)
        self.problem = QLabel()
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._update()

    def _update(self) -> None:
        plaintext = self.plaintext.isChecked()
        for edit in (self.password, self.repeat):
            edit.setEnabled(not plaintext)
        if plaintext:
            problem = self.tr("Anyone who can read an unencrypted key can re-identify every participant. "
                              "Keep it off shared drives and destroy it when it is no longer needed.")
            ok = True
        elif len(self.password.text()) < MIN_PASSWORD:
            problem, ok = self.tr("Choose a password of at least %n characters.", "", MIN_PASSWORD), False
        elif self.password.text() != self.repeat.text():
            problem, ok = self.tr("The two passwords differ."), False
        else:
            problem, ok = "", True
        self.problem.setText(problem)
        self.buttons.button(QDialogButtonBox.Ok).setEnabled(ok)

    def choice_password(self) -> tuple[str | None, bool]:
        """(password, plaintext) as chosen."""
        if self.plaintext.isChecked():
            return None, True
        return self.password.text(), False


def ask_key_choice(parent: QWidget | None) -> KeyChoice | None:
    """Ask where to write the key and how to protect it; None when cancelled."""
    path, _ = QFileDialog.getSaveFileName(
        parent, translate("KeyPasswordDialog", "Key file (keep it apart from the project)"), start_path(),
        translate("KeyPasswordDialog", "Key files (*.json)"))
    if not path:
        return None
    dialog = KeyPasswordDialog(parent)
    if dialog.exec() != QDialog.Accepted:
        return None
    password, plaintext = dialog.choice_password()
    return KeyChoice(path, password, plaintext)
