"""Small modal questions (confirm, choose, text) behind one module, so tests can monkeypatch them."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLabel, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question; True for yes."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def proceed(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """A question whose answer is usually yes: a button named for the action is the default, so Enter
    does it, and Cancel (or Escape) does not; True for the action."""
    box = QMessageBox(QMessageBox.Question, title, text, QMessageBox.Cancel, parent)
    button = box.addButton(action, QMessageBox.AcceptRole)
    box.setDefaultButton(button)
    box.setEscapeButton(QMessageBox.Cancel)
    box.exec()
    return box.clickedButton() is button


def _input_dialog(parent: QWidget | None, title: str, label: str) -> QInputDialog:
    """A question dialog wide enough for its title ("Ny kode — qcode", not "Ny ko…")."""
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    return dialog


def _widen(dialog: QInputDialog, title: str) -> None:
    # QInputDialog sizes itself from its layout (min-and-max), so the width goes on its label
    width = max(360, dialog.fontMetrics().horizontalAdvance(f"{title} — qcode") + 160)
    for label in dialog.findChildren(QLabel):
        label.setMinimumWidth(width - 40)


def choose(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """Pick one of ``items``; None when cancelled."""
    dialog = _input_dialog(parent, title, label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    _widen(dialog, title)
    return dialog.textValue() if dialog.exec() == QDialog.Accepted else None


def text(
    parent: QWidget | None, title: str, label: str, value: str = "", multiline: bool = False
) -> str | None:
    """Ask for a line (or several); None when cancelled."""
    dialog = _input_dialog(parent, title, label)
    if multiline:
        dialog.setOption(QInputDialog.UsePlainTextEditForTextInput)
    dialog.setTextValue(value)
    _widen(dialog, title)
    return dialog.textValue() if dialog.exec() == QDialog.Accepted else None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A message with an OK button."""
    QMessageBox.information(parent, title, text)
