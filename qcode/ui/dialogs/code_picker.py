"""CodePickerDialog (Ctrl+K): type to find a code by name or path; Enter applies it, and a name
that matches nothing becomes a new code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget


class CodePickerDialog(QDialog):
    """A filter box over every code path, most recent codes first."""

    def __init__(self, paths: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Apply code"))
        self.resize(420, 360)
        self.paths = paths
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Code name — Enter applies, a new name creates the code"))
        self.list = QListWidget(self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        self.edit.textChanged.connect(self._filter)
        self.edit.returnPressed.connect(self.accept)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._filter("")

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        self.list.clear()
        for path in self.paths:
            if needle in path.lower():
                QListWidgetItem(path, self.list)
        if self.list.count():
            self.list.setCurrentRow(0)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Down, Qt.Key_Up) and self.list.count():
            step = 1 if event.key() == Qt.Key_Down else -1
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))
            return
        super().keyPressEvent(event)

    def choice(self) -> str:
        """The highlighted code path, or the typed text when nothing matches."""
        item = self.list.currentItem()
        return item.text() if item is not None else self.edit.text().strip()

    @classmethod
    def pick(cls, parent: QWidget | None, paths: list[str]) -> str | None:
        """Show the picker; the chosen path or new name, None when cancelled."""
        dialog = cls(paths, parent)
        return dialog.choice() or None if dialog.exec() == QDialog.Accepted else None
