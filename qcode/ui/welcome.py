"""The panel a window shows when no project is open: New project / Open project."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

if TYPE_CHECKING:
    from qcode.ui.main_window import MainWindow


class WelcomePanel(QWidget):
    """Shown when no project is open: New / Open buttons."""

    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.label = QLabel(self)
        self.label.setAlignment(Qt.AlignCenter)
        self.new_button = QPushButton(self)
        self.open_button = QPushButton(self)
        self.new_button.clicked.connect(window.new_project)
        self.open_button.clicked.connect(window.choose_project)
        layout = QVBoxLayout(self)
        layout.addStretch()
        for w in (self.label, self.new_button, self.open_button):
            layout.addWidget(w, 0, Qt.AlignCenter)
        layout.addStretch()
        self.retranslate()

    def retranslate(self) -> None:
        self.label.setText(self.tr("No project is open."))
        self.new_button.setText(self.tr("New project…"))
        self.open_button.setText(self.tr("Open project…"))
