"""CodePickerDialog (Ctrl+K): type to find a code by name or path. Enter applies a code whose name or
path is exactly what was typed (ignoring case); any other text is offered as "Create '…'" at the top,
selected, so Enter makes the new code (``parent/child`` too). The arrow keys still reach the codes
that contain the typed text."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

CREATE_ROLE = Qt.UserRole + 1  # True on the "Create '…'" row; its UserRole is the typed name


def _tidy(text: str) -> str:
    """The typed text as a code path: parts stripped, "a / b" → "a/b"."""
    return "/".join(part.strip() for part in text.strip().split("/"))


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

    def exact_match(self, text: str) -> str | None:
        """The path of the code whose path or own name is ``text`` (ignoring case), most recent first."""
        needle = _tidy(text).lower()
        if not needle:
            return None
        return next((p for p in self.paths if p.lower() == needle or p.rsplit("/", 1)[-1].lower() == needle),
                    None)

    def _filter(self, text: str) -> None:
        needle = text.strip().lower()
        self.list.clear()
        exact = self.exact_match(text)
        if needle and exact is None:
            name = _tidy(text)
            item = QListWidgetItem(self.tr("Create '%1'").replace("%1", name), self.list)
            item.setData(Qt.UserRole, name)
            item.setData(CREATE_ROLE, True)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        # An exact match leads; the other codes containing the text follow in their order.
        matches = [p for p in self.paths if needle in p.lower() and p != exact]
        for path in ([exact] if exact is not None else []) + matches:
            QListWidgetItem(path, self.list).setData(Qt.UserRole, path)
        if self.list.count():
            self.list.setCurrentRow(0)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Down, Qt.Key_Up) and self.list.count():
            step = 1 if event.key() == Qt.Key_Down else -1
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, self.list.currentRow() + step)))
            return
        super().keyPressEvent(event)

    def choice(self) -> str:
        """The highlighted code path or new name (the typed text when nothing is highlighted)."""
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None else _tidy(self.edit.text())

    def creates(self) -> bool:
        """Whether the highlighted row is "Create '…'"."""
        item = self.list.currentItem()
        return bool(item is not None and item.data(CREATE_ROLE))

    @classmethod
    def pick(cls, parent: QWidget | None, paths: list[str]) -> str | None:
        """Show the picker; the chosen path or new name, None when cancelled."""
        dialog = cls(paths, parent)
        return dialog.choice() or None if dialog.exec() == QDialog.Accepted else None
