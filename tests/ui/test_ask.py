"""The small questions: wide enough for their titles, and they return what was chosen or typed."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from qcode.ui.dialogs import ask

REAL_PROCEED = ask.proceed  # read before the autouse guard replaces it


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


def _press(key, seen: list) -> None:
    def press() -> None:
        box = QApplication.activeModalWidget()
        seen.append(box.defaultButton().text())
        QTest.keyClick(box, key)
    QTimer.singleShot(50, press)


def test_a_question_about_an_action_does_it_on_enter_and_not_on_escape(qtbot, monkeypatch):
    monkeypatch.setattr(ask, "proceed", REAL_PROCEED)
    seen: list[str] = []
    _press(Qt.Key_Return, seen)
    assert ask.proceed(None, "Code search hits", "Code 3 hits with 'stigma'?", "&Code") is True
    _press(Qt.Key_Escape, seen)
    assert ask.proceed(None, "Code search hits", "Code 3 hits with 'stigma'?", "&Code") is False
    assert seen == ["&Code", "&Code"]  # the action, not No, is what Enter presses


def test_enter_in_the_search_views_question_codes_the_ticked_hits(qtbot, events, doc_project, monkeypatch):
    """The question after 'Code ticked hits…' is the real message box: Enter codes, Escape does not."""
    from qcode.core.codebook import ensure_code_path
    from qcode.core.codings import codings_for_document
    from qcode.ui.analysis import open_analysis

    project, doc = doc_project
    monkeypatch.setattr(ask, "proceed", REAL_PROCEED)
    host = QWidget()
    qtbot.addWidget(host)
    view = open_analysis(host, events, "search")
    view.query.setText("og")
    view.run()
    view.code.setCurrentIndex(view.code.findData(ensure_code_path(project, "ønsker")))
    seen: list[str] = []
    _press(Qt.Key_Escape, seen)
    assert view.code_ticked() == 0 and codings_for_document(project, doc) == []
    _press(Qt.Key_Return, seen)
    assert view.code_ticked() == 2 and len(codings_for_document(project, doc)) == 2
    assert seen == ["&Code", "&Code"]
    view.window().close()
