"""FindBar: Ctrl+F in the open transcript. A small bar over the transcript's top edge; Enter finds
the next hit, Shift+Enter the previous one, wrapping at the ends, Esc closes it. A hit is selected,
so it can be coded at once. It reads the view's own text and changes nothing."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPlainTextEdit, QToolButton


class FindBar(QFrame):
    """Find-in-text for one QPlainTextEdit (the document view), shown over its top right corner."""

    def __init__(self, view: QPlainTextEdit):
        super().__init__(view)
        self.view = view
        self.setFrameShape(QFrame.StyledPanel)
        self.setAutoFillBackground(True)
        self.field = QLineEdit(self)
        self.field.setClearButtonEnabled(True)
        self.status = QLabel(self)
        # room for "Not found" from the start: the field must not shrink under the typed word when it shows
        self.status.setMinimumWidth(self.status.fontMetrics().horizontalAdvance(self.tr("Not found")) + 8)
        self.previous_button, self.next_button, self.close_button = (QToolButton(self) for _ in range(3))
        self.previous_button.setText("▲")
        self.next_button.setText("▼")
        self.close_button.setText("✕")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in (self.field, self.status, self.previous_button, self.next_button, self.close_button):
            layout.addWidget(widget)
        self.field.installEventFilter(self)
        self.field.textEdited.connect(lambda _t: self.find(forward=True, from_start_of_hit=True))
        self.previous_button.clicked.connect(lambda: self.find(forward=False))
        self.next_button.clicked.connect(lambda: self.find(forward=True))
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.field.setPlaceholderText(self.tr("Find in this document…"))
        self.previous_button.setToolTip(self.tr("Previous (Shift+Enter)"))
        self.next_button.setToolTip(self.tr("Next (Enter)"))
        self.close_button.setToolTip(self.tr("Close (Esc)"))

    def open_bar(self) -> None:
        """Show the bar with the selected words (if short) as the search, ready to type."""
        selected = self.view.textCursor().selectedText()
        if selected and "\u2029" not in selected and len(selected) <= 60:
            self.field.setText(selected)
        self.place()
        self.show()
        self.raise_()
        self.field.setFocus(Qt.ShortcutFocusReason)
        self.field.selectAll()

    def close_bar(self) -> None:
        self.hide()
        self.view.setFocus(Qt.OtherFocusReason)

    def place(self) -> None:
        """Over the top right corner of the text, clear of the scroll bar."""
        width = min(max(260, self.sizeHint().width()), max(120, self.view.viewport().width() - 8))
        right = self.view.viewport().geometry().right()
        self.setGeometry(right - width - 4, 4, width, self.sizeHint().height())

    def find(self, forward: bool = True, from_start_of_hit: bool = False) -> bool:
        """Select the next (previous) hit, wrapping around; False when the text has none."""
        text = self.field.text()
        self.status.setText("")
        if not text:
            return False
        cursor = self.view.textCursor()
        if from_start_of_hit:  # typing more letters keeps the hit being typed, not the next one
            cursor.setPosition(cursor.selectionStart())
        flags = QTextDocument.FindFlags() if forward else QTextDocument.FindBackward
        document = self.view.document()
        hit = document.find(text, cursor, flags)
        if hit.isNull():  # wrap around
            start = QTextCursor(document)
            start.movePosition(QTextCursor.Start if forward else QTextCursor.End)
            hit = document.find(text, start, flags)
        if hit.isNull():
            self.status.setText(self.tr("Not found"))
            return False
        self.view.setTextCursor(hit)
        self.view.centerCursor()
        return True

    def eventFilter(self, watched, event) -> bool:  # noqa: N802
        if watched is self.field and event.type() == QEvent.KeyPress:
            if event.key() == Qt.Key_Escape:
                self.close_bar()
                return True
            if event.key() in (Qt.Key_Return, Qt.Key_Enter):
                self.find(forward=not event.modifiers() & Qt.ShiftModifier)
                return True
        return super().eventFilter(watched, event)
