"""The small questions: wide enough for their titles, and they return what was chosen or typed."""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from qcode.ui.dialogs import ask


def _answer_with(value: str | None, seen: list) -> None:
    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        seen.append(dialog.width())
        if value is not None:
            dialog.setTextValue(value)
        dialog.accept()
    QTimer.singleShot(50, answer)


def test_questions_are_wide_enough_for_their_titles(qtbot):
    seen: list[int] = []
    _answer_with(None, seen)
    assert ask.choose(None, "Methods appendix", "Language:", ["Dansk", "English"]) == "Dansk"
    _answer_with("sorg", seen)
    assert ask.text(None, "New code", "Name:") == "sorg"
    _answer_with("to\nlinjer", seen)
    assert ask.text(None, "Memo on coding", "Memo:", "", True) == "to\nlinjer"
    assert min(seen) >= 300  # Qt's own size (200 px) cut titles to "Ny ko… — qcode"
