"""Small modal questions (confirm, choose, text) behind one module, so tests can monkeypatch them."""

from __future__ import annotations

from PySide6.QtWidgets import QInputDialog, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Yes/No question; True for yes."""
    answer = QMessageBox.question(parent, title, text, QMessageBox.Yes | QMessageBox.No, QMessageBox.No)
    return answer == QMessageBox.Yes


def choose(parent: QWidget | None, title: str, label: str, items: list[str]) -> str | None:
    """Pick one of ``items``; None when cancelled."""
    item, ok = QInputDialog.getItem(parent, title, label, items, 0, False)
    return item if ok else None


def text(
    parent: QWidget | None, title: str, label: str, value: str = "", multiline: bool = False
) -> str | None:
    """Ask for a line (or several); None when cancelled."""
    if multiline:
        result, ok = QInputDialog.getMultiLineText(parent, title, label, value)
    else:
        result, ok = QInputDialog.getText(parent, title, label, text=value)
    return result if ok else None


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """A message with an OK button."""
    QMessageBox.information(parent, title, text)
