"""CodePickerDialog (Ctrl+K): type to find a code by name or path. The best existing match is
highlighted as you type (an exact name, then names that begin with the text, then words that begin
with it, then any path that contains it), so a prefix and Enter apply that code. A new code is only
made by an explicit choice: the "Create '…'" row at the end, reached with the arrow keys (or a
click), never preselected, so a typo or half a word cannot make a junk code."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLabel, QLineEdit, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

CREATE_ROLE = Qt.UserRole + 1  # True on the "Create '…'" row; its UserRole is the typed name


def _tidy(text: str) -> str:
    """The typed text as a code path: parts stripped, "a / b" → "a/b"."""
    return "/".join(part.strip() for part in text.strip().split("/"))


def rank(path: str, needle: str) -> int | None:
    """How well a code path matches typed text (lower is better), None when it does not match:
    0 the path or the code's own name, 1 the name begins with it, 2 a word of the path begins with it,
    3 the path contains it."""
    low, name = path.lower(), path.rsplit("/", 1)[-1].lower()
    if needle in (low, name):
        return 0
    if name.startswith(needle) or low.startswith(needle):
        return 1
    words = low.replace("/", " ").replace("-", " ").split()
    if any(w.startswith(needle) for w in words):
        return 2
    return 3 if needle in low else None


class CodePickerDialog(QDialog):
    """A filter box over every code path, most recent codes first."""

    def __init__(self, paths: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Apply code"))
        self.resize(420, 360)
        self.paths = paths
        self.edit = QLineEdit(self)
        self.edit.setPlaceholderText(self.tr("Code name — Enter applies the highlighted code"))
        self.list = QListWidget(self)
        self.hint = QLabel(self)
        self.hint.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.edit)
        layout.addWidget(self.list)
        layout.addWidget(self.hint)
        self.edit.textChanged.connect(self._filter)
        self.list.itemActivated.connect(lambda _item: self.accept())
        self._filter("")

    def exact_match(self, text: str) -> str | None:
        """The path of the code whose path or own name is ``text`` (ignoring case), most recent first."""
        needle = _tidy(text).lower()
        if not needle:
            return None
        return next((p for p in self.paths if p.lower() == needle or p.rsplit("/", 1)[-1].lower() == needle),
                    None)

    def matches(self, text: str) -> list[str]:
        """The code paths matching ``text``, best first (recent first among equals)."""
        needle = _tidy(text).lower()
        if not needle:
            return list(self.paths)
        ranked = [(r, n, p) for n, p in enumerate(self.paths) if (r := rank(p, needle)) is not None]
        return [p for _r, _n, p in sorted(ranked)]

    def _filter(self, text: str) -> None:
        self.list.clear()
        found = self.matches(text)
        for path in found:
            QListWidgetItem(path, self.list).setData(Qt.UserRole, path)
        name = _tidy(text)
        if name and self.exact_match(text) is None and all(name.split("/")):
            item = QListWidgetItem(self.tr("Create '%1'").replace("%1", name), self.list)
            item.setData(Qt.UserRole, name)
            item.setData(CREATE_ROLE, True)
            font = item.font()
            font.setItalic(True)
            item.setFont(font)
        if found:
            self.list.setCurrentRow(0)
            self.hint.setText(self.tr("Enter applies '%1'.").replace("%1", found[0]) if name else "")
        elif name:
            self.list.setCurrentRow(-1)
            hint = self.tr("No code matches. Press ↓ and Enter to create '%1'.")
            self.hint.setText(hint.replace("%1", name))
        else:
            self.hint.setText("")

    def _enter(self) -> None:
        # Enter applies what is highlighted; with nothing highlighted (no match) it does nothing:
        # creating a code is a choice of its own.
        if self.list.currentItem() is not None:
            self.accept()

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.key() in (Qt.Key_Down, Qt.Key_Up) and self.list.count():
            step = 1 if event.key() == Qt.Key_Down else -1
            row = self.list.currentRow()
            row = 0 if row < 0 else row + step
            self.list.setCurrentRow(max(0, min(self.list.count() - 1, row)))
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self._enter()
            return
        super().keyPressEvent(event)

    def choice(self) -> str:
        """The highlighted code path or new name ('' when nothing is highlighted)."""
        item = self.list.currentItem()
        return item.data(Qt.UserRole) if item is not None else ""

    def creates(self) -> bool:
        """Whether the highlighted row is "Create '…'"."""
        item = self.list.currentItem()
        return bool(item is not None and item.data(CREATE_ROLE))

    @classmethod
    def pick(cls, parent: QWidget | None, paths: list[str]) -> str | None:
        """Show the picker; the chosen path or new name, None when cancelled."""
        dialog = cls(paths, parent)
        return dialog.choice() or None if dialog.exec() == QDialog.Accepted else None
