"""The filter bar above the anonymisation review's table: find a name, pseudonym or context, and show one
kind or decision. After a first detection the table has hundreds of rows."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLineEdit, QWidget


class ReviewFilter(QWidget):
    """A find field and two choices; :attr:`changed` fires when any of them changes."""

    changed = Signal()

    def __init__(self, kinds: dict[str, str], parent: QWidget | None = None):
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.find = QLineEdit()
        self.find.setPlaceholderText(self.tr("Find a name, pseudonym or context…"))
        self.find.setClearButtonEnabled(True)
        self.find.textChanged.connect(self.changed)
        layout.addWidget(self.find, 1)
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All kinds"), "")
        for kind, label in kinds.items():
            self.kind.addItem(label, kind)
        self.kind.currentIndexChanged.connect(self.changed)
        layout.addWidget(self.kind)
        self.decision = QComboBox()
        for label, decision in ((self.tr("All decisions"), ""), (self.tr("pending"), "pending"),
                                (self.tr("accepted"), "accepted"), (self.tr("rejected"), "rejected")):
            self.decision.addItem(label, decision)
        self.decision.currentIndexChanged.connect(self.changed)
        layout.addWidget(self.decision)

    def shows(self, text: str, kind: str, decision: str) -> bool:
        """Whether a row with this text (original, pseudonym, context), kind and decision is shown."""
        needle = self.find.text().strip().casefold()
        return ((not needle or needle in text.casefold()) and self.kind.currentData() in ("", kind)
                and self.decision.currentData() in ("", decision))
